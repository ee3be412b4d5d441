import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Brevo (formerly Sendinblue): API keys `xkeysib-` and SMTP keys `xsmtpsib-`, each 64 hex + `-` + 16 base62
// (https://developers.brevo.com/docs/getting-started; gitleaks rule sendinblue-api-token).
const REMEDIATION =
  'Delete the key at https://app.brevo.com/settings/keys/api (SMTP keys under SMTP & API → SMTP), create a new one, and restrict API access by IP (Security → Authorised IPs).';

function brevoRule(id: string, prefix: string, description: string): Rule {
  return {
    id,
    description,
    docs: 'https://developers.brevo.com/docs/getting-started',
    keywords: [prefix],
    regex: new RegExp(`(?<![\\w-])(${prefix}[a-f0-9]{64}-[A-Za-z0-9]{16})(?![\\w-])`),
    allowFillers: true,
    validate: bodyIsNotPlaceholder(prefix.length),
    minEntropy: 3.5,
    remediation: REMEDIATION,
    examples: (f) => ({
      match: [
        `BREVO_API_KEY=${prefix}${f.hex(64)}-${f.b62(16)}`,
        `defaultClient.authentications['api-key'].apiKey = '${prefix}${f.hex(64)}-${f.b62(16)}';`,
        `SENDINBLUE_KEY: "${prefix}${f.hex(64)}-${f.b62(16)}"`,
      ],
      noMatch: [
        `BREVO_API_KEY=${prefix}your-api-key`,
        `BREVO_API_KEY=${prefix}${'x'.repeat(64)}-${'x'.repeat(16)}`,
        `${prefix}${f.hex(40)}-${f.b62(16)}`,
      ],
    }),
  };
}

export const brevoApiKey = brevoRule('brevo-api-key', 'xkeysib-', 'Brevo (Sendinblue) API v3 key');
export const brevoSmtpKey = brevoRule('brevo-smtp-key', 'xsmtpsib-', 'Brevo (Sendinblue) SMTP key');

export const brevo: Rule[] = [brevoApiKey, brevoSmtpKey];
