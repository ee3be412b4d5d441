import type { Rule } from '../src/engine/rule.ts';
import { all, bodyIsNotPlaceholder, bothCases } from './lib/messaging-ai-registries-kit.ts';

// Format: `re_` + 8 base58 + `_` + 24 base58 (https://resend.com/docs/dashboard/api-keys/introduction;
// trufflehog detector resend). Base58 has no 0 O I l, which most identifiers that start with `re_` contain.
const B58 = '1-9A-HJ-NP-Za-km-z';

export const resendApiKey: Rule = {
  id: 'resend-api-key',
  description: 'Resend email API key',
  docs: 'https://resend.com/docs/dashboard/api-keys/introduction',
  keywords: ['re_'],
  regex: new RegExp(`(?<![\\w-])(re_[${B58}]{8}_[${B58}]{24})(?![\\w-])`),
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(3), bothCases(2)),
  minEntropy: 4.0,
  remediation:
    'Delete the key at https://resend.com/api-keys, create a new one (Sending access, limited to one domain, where possible), and check the Emails log for mail you did not send.',
  examples: (f) => {
    const b58 = (n: number) => f.chars('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', n);
    return {
      match: [
        `RESEND_API_KEY=re_${b58(8)}_${b58(24)}`,
        `const resend = new Resend('re_${b58(8)}_${b58(24)}');`,
        `resend.api_key = "re_${b58(8)}_${b58(24)}"`,
      ],
      noMatch: [
        'RESEND_API_KEY=re_xxxxxxxxxxxxxxxxxxxxx',
        'RESEND_API_KEY=re_your_resend_api_key_here',
        'RESEND_API_KEY=re_123456789',
        'def re_validate_customer_address_formats(x):',
      ],
    };
  },
};

export const resend: Rule[] = [resendApiKey];
