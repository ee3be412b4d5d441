import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Format: `pplx-` + 48 base62 (https://docs.perplexity.ai/guides/getting-started).
export const perplexityApiKey: Rule = {
  id: 'perplexity-api-key',
  description: 'Perplexity API key',
  docs: 'https://docs.perplexity.ai/guides/getting-started',
  keywords: ['pplx-'],
  regex: /(?<![\w-])(pplx-[A-Za-z0-9]{48})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(5),
  minEntropy: 4.0,
  remediation:
    'Delete the key at https://www.perplexity.ai/settings/api (API Keys), create a new one, and check the usage and billing page.',
  examples: (f) => ({
    match: [`PERPLEXITY_API_KEY=pplx-${f.b62(48)}`, `client = OpenAI(api_key="pplx-${f.b62(48)}", base_url="https://api.perplexity.ai")`],
    noMatch: [
      'PERPLEXITY_API_KEY=pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'PERPLEXITY_API_KEY=pplx-...',
      `pplx-${f.b62(20)}`,
    ],
  }),
};

export const perplexity: Rule[] = [perplexityApiKey];
