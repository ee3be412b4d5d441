import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, bothCases, ci, near, notHex } from './lib/messaging-ai-registries-kit.ts';

// Mistral API keys are 32 base62 characters with no prefix (https://docs.mistral.ai/getting-started/quickstart/):
// only next to a Mistral key setting or passed to Mistral(api_key=…). Hex digests (model hashes) are excluded.
export const mistralApiKey: Rule = {
  id: 'mistral-api-key',
  description: 'Mistral AI API key',
  docs: 'https://docs.mistral.ai/getting-started/quickstart/',
  keywords: ['mistral'],
  regex: assigned(
    `(?:${near('mistral', '(?:api[_.-]?)?(?:key|token)')}|${ci('mistral')}(?:Client)?)`,
    '[A-Za-z0-9]{32}',
    String.raw`(?![\w-])`,
  ),
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(0), notHex, bothCases(2)),
  minEntropy: 3.8,
  remediation: 'Delete the key at https://console.mistral.ai/api-keys, create a new one, and review Usage for requests you did not make.',
  examples: (f) => ({
    match: [`MISTRAL_API_KEY=${f.b62(32)}`, `client = Mistral(api_key="${f.b62(32)}")`, `const mistralApiKey = '${f.b62(32)}';`],
    noMatch: [
      `mistral_model_sha256: ${f.hex(32)}`,
      'MISTRAL_API_KEY=your-mistral-api-key',
      'MISTRAL_API_KEY=${MISTRAL_API_KEY}',
      `model = "mistral-large-latest"`,
    ],
  }),
};

export const mistral: Rule[] = [mistralApiKey];
