import type { Rule } from '../src/engine/rule.ts';
import { all, bodyIsNotPlaceholder, hasDigit } from './lib/messaging-ai-registries-kit.ts';

// Format: `csk-` + 48 lower-case letters and digits (https://inference-docs.cerebras.ai/quickstart;
// gitleaks rule cerebras-api-key).
export const cerebrasApiKey: Rule = {
  id: 'cerebras-api-key',
  description: 'Cerebras inference API key',
  docs: 'https://inference-docs.cerebras.ai/quickstart',
  keywords: ['csk-'],
  regex: /(?<![\w-])(csk-[a-z0-9]{48})(?![\w-])/,
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(4), hasDigit),
  minEntropy: 3.8,
  remediation: 'Delete the key at https://cloud.cerebras.ai (API Keys), create a new one, and check Usage.',
  examples: (f) => ({
    match: [`CEREBRAS_API_KEY=csk-${f.lowerAlnum(48)}`, `client = Cerebras(api_key="csk-${f.lowerAlnum(48)}")`],
    noMatch: ['CEREBRAS_API_KEY=csk-...', `csk-${f.lowerAlnum(20)}`, 'CCSK-AB12-CD34-EF56'],
  }),
};

export const cerebras: Rule[] = [cerebrasApiKey];
