import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Format: `mlsn.` + a 64-character random body (https://developers.mailersend.com/general.html#authentication;
// the vendor's own lefthook secret check greps `mlsn\.[A-Za-z0-9._-]+`).
export const mailersendApiToken: Rule = {
  id: 'mailersend-api-token',
  description: 'MailerSend API token',
  docs: 'https://developers.mailersend.com/general.html#authentication',
  keywords: ['mlsn.'],
  regex: /(?<![\w.-])(mlsn\.[A-Za-z0-9]{60,80})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(5),
  minEntropy: 3.5,
  remediation:
    'Delete the token at https://app.mailersend.com/api-tokens, create a new one with the fewest scopes, and review the Activity page.',
  examples: (f) => ({
    match: [`MAILERSEND_API_KEY=mlsn.${f.hex(64)}`, `const mailerSend = new MailerSend({ apiKey: "mlsn.${f.hex(64)}" });`],
    noMatch: ['MAILERSEND_API_KEY=mlsn.your-api-token', `MAILERSEND_API_KEY=mlsn.${'x'.repeat(64)}`, `mlsn.${f.hex(20)}`],
  }),
};

export const mailersend: Rule[] = [mailersendApiToken];
