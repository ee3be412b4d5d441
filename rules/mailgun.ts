import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, near } from './lib/messaging-ai-registries-kit.ts';

// Formats: https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/#primary-account-api-key
// (legacy `key-` + 32 hex; current private keys 32 hex + `-` 8 hex + `-` 8 hex) and the HTTP webhook
// signing key (https://documentation.mailgun.com/docs/mailgun/user-manual/tracking-messages/#securing-webhooks).
// Shapes as in the gitleaks rules mailgun-private-api-token / mailgun-signing-key.
const KEYS = 'https://app.mailgun.com/settings/api_security';
const MAILGUN = '(?:mailgun|(?<![A-Za-z])mg)';

export const mailgunWebhookSigningKey: Rule = {
  id: 'mailgun-webhook-signing-key',
  description: 'Mailgun HTTP webhook signing key',
  docs: 'https://documentation.mailgun.com/docs/mailgun/user-manual/tracking-messages/#securing-webhooks',
  keywords: ['mailgun', 'mg_', 'mg-'],
  regex: assigned(near(MAILGUN, 'signing[_.-]?key'), '(?:key-)?[a-f0-9]{32}(?:-[a-f0-9]{8}-[a-f0-9]{8})?', String.raw`(?![\w-])`),
  minEntropy: 2.5,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation: `Reset the HTTP webhook signing key at ${KEYS} (Webhook signing key → Reset) and update the webhook verifier.`,
  examples: (f) => ({
    match: [
      `MAILGUN_WEBHOOK_SIGNING_KEY=${f.hex(32)}-${f.hex(8)}-${f.hex(8)}`,
      `const mailgunSigningKey = "key-${f.hex(32)}";`,
      `MG_SIGNING_KEY=${f.hex(32)}`,
    ],
    noMatch: [
      'MAILGUN_WEBHOOK_SIGNING_KEY=your-signing-key',
      'MAILGUN_SIGNING_KEY_FILE=/etc/mailgun/signing.key',
      'const mailgunSigningKey = process.env.MAILGUN_SIGNING_KEY;',
    ],
  }),
};

export const mailgunApiKey: Rule = {
  id: 'mailgun-api-key',
  description: 'Mailgun private API key (legacy key- format)',
  docs: 'https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/#primary-account-api-key',
  keywords: ['key-'],
  regex: /(?<![\w.-])(key-[a-f0-9]{32})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(4),
  minEntropy: 2.5,
  remediation: `Delete the key at ${KEYS}, create a new one (a sending key per domain where possible), and review the sending logs.`,
  examples: (f) => ({
    match: [
      `MAILGUN_API_KEY=key-${f.hex(32)}`,
      `mg = Mailgun({ username: 'api', key: 'key-${f.hex(32)}' })`,
      `curl -s --user 'api:key-${f.hex(32)}' https://api.mailgun.net/v3/example.org/messages`,
    ],
    noMatch: [
      'MAILGUN_API_KEY=key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'MAILGUN_API_KEY=key-your-api-key',
      `cache-key-${f.hex(32)}`,
      `key-${f.hex(40)}`,
    ],
  }),
};

export const mailgunPrivateApiKey: Rule = {
  id: 'mailgun-private-api-key',
  description: 'Mailgun private or sending API key (32-8-8 hex format)',
  docs: 'https://documentation.mailgun.com/docs/mailgun/user-manual/get-started/#primary-account-api-key',
  // The 32-8-8 hex shape is not a UUID or a digest, but it carries no prefix: only where Mailgun is named.
  keywords: ['mailgun'],
  regex: /(?<![\w-])([a-f0-9]{32}-[a-f0-9]{8}-[a-f0-9]{8})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  minEntropy: 2.5,
  remediation: `Delete the key at ${KEYS}, create a new one (a domain sending key where possible), and review the sending logs.`,
  examples: (f) => ({
    match: [
      `MAILGUN_API_KEY=${f.hex(32)}-${f.hex(8)}-${f.hex(8)}`,
      `const mailgun = new Mailgun(formData);\nconst mg = mailgun.client({ username: 'api', key: '${f.hex(32)}-${f.hex(8)}-${f.hex(8)}' });`,
    ],
    noMatch: [
      `MAILGUN_DOMAIN_ID=${f.uuid()}`,
      'MAILGUN_DOMAIN=mg.acme.io',
      'MAILGUN_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-xxxxxxxx-xxxxxxxx',
    ],
  }),
};

export const mailgun: Rule[] = [mailgunWebhookSigningKey, mailgunApiKey, mailgunPrivateApiKey];
