import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, near } from './lib/messaging-ai-registries-kit.ts';

// Mailjet authenticates with an API key (public) and a secret key, both 32 hex
// (https://dev.mailjet.com/email/guides/#authentication). Only the secret half is reported, and only
// next to a Mailjet secret / private setting (MJ_APIKEY_PRIVATE, MAILJET_SECRET_KEY, MAILJET_API_SECRET).
const MAILJET = '(?:mailjet|(?<![A-Za-z])mj)';

export const mailjetSecretKey: Rule = {
  id: 'mailjet-secret-key',
  description: 'Mailjet API secret key',
  docs: 'https://dev.mailjet.com/email/guides/#authentication',
  keywords: ['mailjet', 'mj_'],
  regex: assigned(near(MAILJET, '(?:secret|private)'), '[a-f0-9]{32}', String.raw`(?![\w-])`),
  minEntropy: 2.5,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation:
    'Regenerate the secret key at https://app.mailjet.com/account/apikeys (Account settings → API key management), or create a sub-account key, and update the senders.',
  examples: (f) => ({
    match: [`MJ_APIKEY_PRIVATE=${f.hex(32)}`, `MAILJET_SECRET_KEY="${f.hex(32)}"`, `mailjet_api_secret: ${f.hex(32)}`],
    noMatch: [`MJ_APIKEY_PUBLIC=${f.hex(32)}`, 'MAILJET_SECRET_KEY=your-secret-key', 'MJ_APIKEY_PRIVATE=${MJ_APIKEY_PRIVATE}'],
  }),
};

export const mailjet: Rule[] = [mailjetSecretKey];
