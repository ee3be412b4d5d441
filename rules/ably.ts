import type { Rule } from '../src/engine/rule.ts';
import { all, bodyIsNotPlaceholder, textMentions } from './lib/messaging-ai-registries-kit.ts';

// Ably API keys are `<appId>.<keyId>:<keySecret>` (https://ably.com/docs/auth/basic): a 6-char app id,
// a 6-char key id and a 43-char base64 secret. The word "ably" (not "probably") must be in the file.
export const ablyApiKey: Rule = {
  id: 'ably-api-key',
  description: 'Ably realtime API key (app id, key id and secret)',
  docs: 'https://ably.com/docs/auth/basic',
  keywords: ['ably'],
  regex: /(?<![\w.:/-])([A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_+/-]{40,45})(?![\w+/=-])/,
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(0), textMentions(/(?<![A-Za-z])[Aa]bly(?![a-z])|ABLY/, 'Ably')),
  minEntropy: 4.0,
  remediation:
    'Revoke the key at https://ably.com/accounts → your app → API Keys (Revoke), create a new one with the fewest capabilities, and prefer token auth for clients.',
  examples: (f) => ({
    match: [
      `ABLY_API_KEY=${f.b62(6)}.${f.b62(6)}:${f.b64url(43)}`,
      `const realtime = new Ably.Realtime({ key: '${f.b62(6)}.${f.b62(6)}:${f.b64url(43)}' });`,
    ],
    noMatch: [
      `// this is probably fine\nconst v = '${f.b62(6)}.${f.b62(6)}:${f.b64url(43)}';`,
      'ABLY_API_KEY=your-ably-api-key',
      `ABLY_API_KEY=${f.b62(6)}.${f.b62(6)}:${'x'.repeat(43)}`,
    ],
  }),
};

export const ably: Rule[] = [ablyApiKey];
