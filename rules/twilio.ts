import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, near, OP } from './lib/messaging-ai-registries-kit.ts';

// Formats: https://www.twilio.com/docs/iam/api-keys (API key SID `SK` + 32 hex, secret 32 base62) and
// https://www.twilio.com/docs/iam/credentials/api (account SID `AC` + 32 hex, auth token 32 hex).
// The account SID alone is an identifier, not a secret: it is never reported by itself.
const CONSOLE = 'https://console.twilio.com → Account → API keys & tokens';

export const twilioApiKey: Rule = {
  id: 'twilio-api-key',
  description: 'Twilio API key SID (SK…), the identifier half of an API key pair',
  docs: 'https://www.twilio.com/docs/iam/api-keys',
  // `SK` + 32 hex has no other meaning, but "sk" is everywhere: only run where Twilio or an API key SID is named.
  keywords: ['twilio', 'key_sid', 'keysid'],
  regex: /(?<![\w-])(SK[0-9a-f]{32})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(2),
  minEntropy: 2.5,
  remediation: `Delete the API key at ${CONSOLE} (its secret is the sensitive half), create a new key, and check the Monitor logs for use.`,
  examples: (f) => ({
    match: [
      `TWILIO_API_KEY=SK${f.hex(32)}`,
      `const client = twilio(process.env.TWILIO_API_KEY_SID ?? 'SK${f.hex(32)}', secret, { accountSid });`,
    ],
    noMatch: [
      `TWILIO_ACCOUNT_SID=AC${f.hex(32)}`,
      'TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `TASK${f.hex(32)}`,
      `SK${f.hex(32)} without the provider`,
    ],
  }),
};

export const twilioApiKeySecret: Rule = {
  id: 'twilio-api-key-secret',
  description: 'Twilio API key secret',
  docs: 'https://www.twilio.com/docs/iam/api-keys',
  keywords: ['twilio'],
  regex: assigned(near('twilio', '(?:api[_.-]?)?(?:key[_.-]?)?secret'), '[A-Za-z0-9]{32}', String.raw`(?![\w-])`),
  minEntropy: 3.0,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation: `Delete the API key at ${CONSOLE}, create a new one, and redeploy with the new SID and secret.`,
  examples: (f) => ({
    match: [`TWILIO_API_SECRET=${f.b62(32)}`, `TWILIO_API_KEY_SECRET=${f.hex(32)}`, `twilio_api_key_secret: "${f.b62(32)}"`],
    noMatch: ['TWILIO_API_SECRET=your_api_secret', 'TWILIO_API_KEY_SID_LABEL="production"', 'TWILIO_API_SECRET=${TWILIO_API_SECRET}'],
  }),
};

export const twilioAuthToken: Rule = {
  id: 'twilio-auth-token',
  description: 'Twilio account auth token',
  docs: 'https://www.twilio.com/docs/iam/credentials/api',
  keywords: ['twilio'],
  // 32 lower-case hex: next to an auth-token setting, as the password after `AC<sid>:` in basic auth, or
  // as the argument after the account SID (`Client("AC…", "<token>")`).
  regex: new RegExp(
    `(?:${near('twilio', '(?:auth[_.-]?)?token')}${OP}|(?<![\\w-])AC[0-9a-f]{32}(?::|["'\x60][ \\t]*,[ \\t]*["'\x60]))([0-9a-f]{32})(?![\\w-])`,
  ),
  minEntropy: 2.5,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation: `Rotate it at ${CONSOLE} → Auth tokens (create a secondary token, promote it, then delete the old one); prefer API keys for applications.`,
  examples: (f) => ({
    match: [
      `TWILIO_AUTH_TOKEN=${f.hex(32)}`,
      `client = Client(account_sid, twilio_auth_token="${f.hex(32)}")`,
      `curl -u AC${f.hex(32)}:${f.hex(32)} https://api.twilio.com/2010-04-01/Accounts.json  # twilio`,
      `from twilio.rest import Client\nclient = Client("AC${f.hex(32)}", "${f.hex(32)}")`,
      `        - name: TWILIO_AUTH_TOKEN\n          value: "${f.hex(32)}"`,
      `    "os.environ[\\"TWILIO_AUTH_TOKEN\\"] = \\"${f.hex(32)}\\"\\n",`,
      `const authToken = process.env.TWILIO_AUTH_TOKEN || '${f.hex(32)}';`,
    ],
    noMatch: [
      `TWILIO_ACCOUNT_SID=AC${f.hex(32)}`,
      'TWILIO_AUTH_TOKEN=your_auth_token',
      'TWILIO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `twilio_auth_token_sha = "${f.hex(40)}"`,
    ],
  }),
};

export const twilio: Rule[] = [twilioApiKey, twilioApiKeySecret, twilioAuthToken];
