import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Format: `xai-` + 80 base62 (https://docs.x.ai/docs/overview).
export const xaiApiKey: Rule = {
  id: 'xai-api-key',
  description: 'xAI (Grok) API key',
  docs: 'https://docs.x.ai/docs/overview',
  keywords: ['xai-'],
  regex: /(?<![\w-])(xai-[A-Za-z0-9]{80})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(4),
  minEntropy: 4.0,
  remediation: 'Delete the key at https://console.x.ai (API Keys), create a new one with the fewest endpoints and models, and check Usage.',
  examples: (f) => ({
    match: [`XAI_API_KEY=xai-${f.b62(80)}`, `client = Client(api_key="xai-${f.b62(80)}")`],
    noMatch: ['XAI_API_KEY=xai-...', `XAI_API_KEY=xai-${'x'.repeat(80)}`, `xai-${f.b62(40)}`],
  }),
};

export const xai: Rule[] = [xaiApiKey];
