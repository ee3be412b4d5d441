import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, near } from './lib/messaging-ai-registries-kit.ts';

// Current keys: `tgp_v1_` + 43 base64url (trufflehog detector togetherai); older keys are 64 hex with no
// prefix (https://docs.together.ai/reference/authentication-1), only next to a Together key setting.
const REMEDIATION = 'Revoke the key at https://api.together.ai/settings/api-keys, create a new one, and check Billing → Usage.';

export const togetherAiApiKey: Rule = {
  id: 'together-ai-api-key',
  description: 'Together AI API key (tgp_v1_)',
  docs: 'https://docs.together.ai/reference/authentication-1',
  keywords: ['tgp_v1_'],
  regex: /(?<![\w-])(tgp_v1_[A-Za-z0-9_-]{43})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(7),
  minEntropy: 4.0,
  remediation: REMEDIATION,
  examples: (f) => ({
    match: [`TOGETHER_API_KEY=tgp_v1_${f.b64url(43)}`, `client = Together(api_key="tgp_v1_${f.b64url(43)}")`],
    noMatch: ['TOGETHER_API_KEY=tgp_v1_...', `TOGETHER_API_KEY=tgp_v1_${'x'.repeat(43)}`, `tgp_v1_${f.b64url(20)}`],
  }),
};

export const togetherAiLegacyApiKey: Rule = {
  id: 'together-ai-legacy-api-key',
  description: 'Together AI API key (legacy 64-hex format)',
  docs: 'https://docs.together.ai/reference/authentication-1',
  keywords: ['together'],
  regex: assigned(near('together', '(?:ai[_.-]?)?(?:api[_.-]?)?key', 2), '[a-f0-9]{64}', String.raw`(?![\w-])`),
  minEntropy: 2.8,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation: REMEDIATION,
  examples: (f) => ({
    match: [`TOGETHER_API_KEY=${f.hex(64)}`, `together_ai_key: "${f.hex(64)}"`],
    noMatch: [
      `together_model_digest: ${f.hex(64)}`,
      `TOGETHER_PUBLIC_KEY=${f.hex(64)}`,
      'TOGETHER_API_KEY=your-together-key',
      'together with the API key from the dashboard',
    ],
  }),
};

export const togetherAi: Rule[] = [togetherAiApiKey, togetherAiLegacyApiKey];
