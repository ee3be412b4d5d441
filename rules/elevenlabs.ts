import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, ci, near } from './lib/messaging-ai-registries-kit.ts';

// Current keys: `sk_` + 48 hex (https://elevenlabs.io/docs/api-reference/authentication; kingfisher rule
// elevenlabs). Older keys are 32 hex with no prefix, sent as the `xi-api-key` header: only next to an
// ElevenLabs key setting or that header.
const REMEDIATION =
  'Delete the key at https://elevenlabs.io/app/settings/api-keys, create a new one with restricted scopes and a credit limit, and check Usage.';

export const elevenlabsApiKey: Rule = {
  id: 'elevenlabs-api-key',
  description: 'ElevenLabs API key (sk_ + 48 hex)',
  docs: 'https://elevenlabs.io/docs/api-reference/authentication',
  keywords: ['sk_'],
  regex: /(?<![\w-])(sk_[a-f0-9]{48})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(3),
  minEntropy: 2.8,
  remediation: REMEDIATION,
  examples: (f) => ({
    match: [`ELEVENLABS_API_KEY=sk_${f.hex(48)}`, `client = ElevenLabs(api_key="sk_${f.hex(48)}")`, `-H "xi-api-key: sk_${f.hex(48)}"`],
    noMatch: ['ELEVENLABS_API_KEY=sk_...', `STRIPE_SECRET_KEY=sk_test_${f.b62(24)}`, `ELEVENLABS_API_KEY=sk_${f.hex(32)}`],
  }),
};

export const elevenlabsLegacyApiKey: Rule = {
  id: 'elevenlabs-legacy-api-key',
  description: 'ElevenLabs API key (legacy 32-hex format)',
  docs: 'https://elevenlabs.io/docs/api-reference/authentication',
  keywords: ['elevenlabs', 'eleven_labs', 'xi-api-key'],
  regex: assigned(`(?:${near('eleven[_.-]?labs', '(?:api[_.-]?)?key')}|${ci('xi-api-key')})`, '[a-f0-9]{32}', String.raw`(?![\w-])`),
  minEntropy: 2.5,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation: REMEDIATION,
  examples: (f) => ({
    match: [`ELEVENLABS_API_KEY=${f.hex(32)}`, `headers = {"xi-api-key": "${f.hex(32)}"}`],
    noMatch: [`ELEVENLABS_VOICE_ID=${f.b62(20)}`, 'ELEVENLABS_API_KEY=your-api-key', `elevenlabs_model_hash: ${f.hex(32)}`],
  }),
};

export const elevenlabs: Rule[] = [elevenlabsApiKey, elevenlabsLegacyApiKey];
