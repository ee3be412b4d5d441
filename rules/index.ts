import type { Rule } from '../src/engine/rule.ts';
import { forbiddenFiles } from './forbidden-files.ts';
import { github } from './github.ts';
import { cloudAndCode } from './catalog/cloud-and-code.ts';
import { messagingAiRegistries } from './catalog/messaging-ai-registries.ts';
import { databasesAndSaas } from './catalog/databases-and-saas.ts';
import { generic } from './catalog/generic.ts';

/**
 * Every built-in rule, specific before generic: where two rules match the same text, the one
 * listed first wins (and a rule marked `generic` always yields). One module per provider or kind
 * lives beside this file; rules/catalog/ groups them by area.
 */
export const builtinRules: readonly Rule[] = [
  ...forbiddenFiles,
  ...github,
  ...cloudAndCode,
  ...messagingAiRegistries,
  ...databasesAndSaas,
  ...generic,
];
