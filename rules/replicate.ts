import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Format: `r8_` + 37 base62 (https://replicate.com/docs/topics/security/api-tokens).
export const replicateApiToken: Rule = {
  id: 'replicate-api-token',
  description: 'Replicate API token',
  docs: 'https://replicate.com/docs/topics/security/api-tokens',
  keywords: ['r8_'],
  regex: /(?<![\w-])(r8_[A-Za-z0-9]{37})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(3),
  minEntropy: 4.0,
  remediation:
    'Disable the token at https://replicate.com/account/api-tokens, create a new one, and check the Dashboard for predictions you did not run.',
  examples: (f) => ({
    match: [`REPLICATE_API_TOKEN=r8_${f.b62(37)}`, `client = replicate.Client(api_token="r8_${f.b62(37)}")`],
    noMatch: [
      'REPLICATE_API_TOKEN=r8_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'REPLICATE_API_TOKEN=r8_...',
      `REPLICATE_API_TOKEN=r8_${f.b62(20)}`,
    ],
  }),
};

export const replicate: Rule[] = [replicateApiToken];
