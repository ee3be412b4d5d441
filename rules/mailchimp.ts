import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Format: 32 hex + `-us` + data-centre number (https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key;
// gitleaks rule mailchimp-api-key).
export const mailchimpApiKey: Rule = {
  id: 'mailchimp-api-key',
  description: 'Mailchimp Marketing API key',
  docs: 'https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key',
  // The data-centre suffix (-us1 … -us21); plain '-us' is in every "-user" and "-use".
  keywords: ['-us1', '-us2', '-us3', '-us4', '-us5', '-us6', '-us7', '-us8', '-us9'],
  regex: /(?<![\w-])([a-f0-9]{32}-us\d{1,2})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  minEntropy: 2.5,
  remediation:
    'Disable the key at https://us1.admin.mailchimp.com/account/api/ (Account → Extras → API keys), create a new one, and check the audience activity for exports you did not make.',
  examples: (f) => ({
    match: [
      `MAILCHIMP_API_KEY=${f.hex(32)}-us6`,
      `mailchimp.setConfig({ apiKey: "${f.hex(32)}-us21", server: "us21" });`,
      `MC_API_KEY = '${f.hex(32)}-us14'`,
    ],
    noMatch: [
      'MAILCHIMP_API_KEY=your-api-key-us6',
      'MAILCHIMP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-us6',
      `bucket ${f.hex(32)}-us-east-1`,
      `md5 ${f.hex(32)}`,
    ],
  }),
};

export const mailchimp: Rule[] = [mailchimpApiKey];
