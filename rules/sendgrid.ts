import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Format: `SG.` + 22-char key id + `.` + 43-char secret, both base64url
// (https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys; gitleaks rule sendgrid-api-token).
export const sendgridApiKey: Rule = {
  id: 'sendgrid-api-key',
  description: 'SendGrid (Twilio) API key',
  docs: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
  keywords: ['sg.'],
  regex: /(?<![\w.-])(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(3),
  minEntropy: 4.0,
  remediation:
    'Delete the key at https://app.sendgrid.com/settings/api_keys, create a new one with the narrowest scopes (Mail Send only if that is all you need), and review the Activity feed for mail you did not send.',
  examples: (f) => ({
    match: [
      `SENDGRID_API_KEY=SG.${f.b64url(22)}.${f.b64url(43)}`,
      `sgMail.setApiKey('SG.${f.b64url(22)}.${f.b64url(43)}');`,
      `sg = SendGridAPIClient(api_key="SG.${f.b64url(22)}.${f.b64url(43)}")`,
      `-H "Authorization: Bearer SG.${f.b64url(22)}.${f.b64url(43)}"`,
      `sendgrid:\n  api_key: SG.${f.b64url(22)}.${f.b64url(43)}`,
    ],
    noMatch: [
      'SENDGRID_API_KEY=SG.xxxxxx',
      'SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SENDGRID_API_KEY=SG.your-api-key-here',
      `SENDGRID_API_KEY=SG.${f.b64url(22)}.${f.b64url(20)}`,
      'sgMail.setApiKey(process.env.SENDGRID_API_KEY);',
      'SENDGRID_API_KEY=${SENDGRID_API_KEY}',
    ],
  }),
};

export const sendgrid: Rule[] = [sendgridApiKey];
