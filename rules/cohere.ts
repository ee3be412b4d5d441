import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, bothCases, ci, near, notHex } from './lib/messaging-ai-registries-kit.ts';

// Cohere API keys are 40 base62 characters with no prefix (https://docs.cohere.com/reference/about;
// gitleaks rule cohere-api-token): only next to a Cohere key setting (COHERE_API_KEY, CO_API_KEY) or
// passed to cohere.Client(...).
export const cohereApiKey: Rule = {
  id: 'cohere-api-key',
  description: 'Cohere API key',
  docs: 'https://docs.cohere.com/reference/about',
  keywords: ['cohere', 'co_api_key', 'coapikey'],
  regex: assigned(
    `(?:${near('cohere', '(?:api[_.-]?)?(?:key|token)')}|(?<![A-Za-z])${ci('co[_.-]?api[_.-]?key')}|${ci('cohere')}\\.(?:Async)?Client(?:V2)?)`,
    '[A-Za-z0-9]{40}',
    String.raw`(?![\w-])`,
  ),
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(0), notHex, bothCases(2)),
  minEntropy: 4.0,
  remediation:
    'Delete the key at https://dashboard.cohere.com/api-keys, create a new production key, and check Usage for calls you did not make.',
  examples: (f) => ({
    match: [
      `COHERE_API_KEY=${f.b62(40)}`,
      `export CO_API_KEY=${f.b62(40)}`,
      `co = cohere.ClientV2("${f.b62(40)}")`,
      `export const cohere = new CohereClient({ token: '${f.b62(40)}' });`,
      `  coApiKey: "${f.b62(40)}",`,
    ],
    noMatch: [
      'COHERE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `cohere_model_sha: ${f.hex(40)}`,
      'COHERE_MODEL=command-r-plus',
      'CO_API_KEY=your-api-key',
    ],
  }),
};

export const cohere: Rule[] = [cohereApiKey];
