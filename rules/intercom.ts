import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Intercom access tokens are base64 of `tok:<id>:<n>:<n>`, so they start with `dG9rO`
// (https://developers.intercom.com/docs/build-an-integration/learn-more/authentication; 60 characters in
// the gitleaks rule intercom-api-key).
export const intercomAccessToken: Rule = {
  id: 'intercom-access-token',
  description: 'Intercom access token',
  docs: 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication',
  keywords: ['dg9ro'],
  regex: /(?<![\w+/-])(dG9rO[A-Za-z0-9+/]{50,80}={0,2})(?![\w+/=-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  minEntropy: 4.0,
  remediation:
    'Revoke it at https://app.intercom.com/a/apps/_/developer-hub → your app → Authentication (regenerate the access token), or uninstall the app for OAuth tokens.',
  examples: (f) => {
    const tok = () => Buffer.from(`tok:${f.uuid().replace(/-/g, '_')}:1:0`).toString('base64');
    return {
      match: [
        `INTERCOM_ACCESS_TOKEN=${tok()}`,
        `const client = new Client({ tokenAuth: { token: '${tok()}' } });`,
        `-H "Authorization: Bearer ${tok()}"`,
      ],
      noMatch: ['INTERCOM_ACCESS_TOKEN=your-access-token', `dG9rOj${'x'.repeat(54)}`, 'INTERCOM_ACCESS_TOKEN=dG9rOj...'],
    };
  },
};

export const intercom: Rule[] = [intercomAccessToken];
