import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Format: `sk-or-v1-` + 64 hex (https://openrouter.ai/docs/api-reference/authentication).
export const openrouterApiKey: Rule = {
  id: 'openrouter-api-key',
  description: 'OpenRouter API key',
  docs: 'https://openrouter.ai/docs/api-reference/authentication',
  keywords: ['sk-or-v1-'],
  regex: /(?<![\w-])(sk-or-v1-[a-f0-9]{64})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(9),
  minEntropy: 2.8,
  remediation:
    'Delete the key at https://openrouter.ai/settings/keys, create a new one with a credit limit, and check Activity for spend you do not recognise.',
  examples: (f) => ({
    match: [
      `OPENROUTER_API_KEY=sk-or-v1-${f.hex(64)}`,
      `client = OpenAI(base_url="https://openrouter.ai/api/v1", api_key="sk-or-v1-${f.hex(64)}")`,
    ],
    noMatch: ['OPENROUTER_API_KEY=sk-or-v1-...', `OPENROUTER_API_KEY=sk-or-v1-${'0'.repeat(64)}`, `sk-or-v1-${f.hex(32)}`],
  }),
};

export const openrouter: Rule[] = [openrouterApiKey];
