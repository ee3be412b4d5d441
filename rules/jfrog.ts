import type { Rule } from '../src/engine/rule.ts';
import { all, bodyIsNotPlaceholder, hasDigit } from './lib/messaging-ai-registries-kit.ts';

// Artifactory API keys (deprecated): `AKCp` + 69 base62, 73 characters in all. Reference tokens: base64 of
// `reftkn:01:<expiry>:<id>`, so they start `cmVmdGtuOjAxOj`, 64 characters in all
// (https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens).
const DOCS = 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens';

export const jfrogApiKey: Rule = {
  id: 'jfrog-api-key',
  description: 'JFrog Artifactory API key',
  docs: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key',
  keywords: ['akcp'],
  regex: /(?<![\w-])(AKCp[A-Za-z0-9]{69})(?![\w-])/,
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(4), hasDigit),
  minEntropy: 4.0,
  remediation:
    'Revoke the key in the JFrog Platform (Edit Profile → API Key → Revoke, or the admin API key list), move to scoped access tokens, and review the repositories it could deploy to.',
  examples: (f) => ({
    match: [
      `ARTIFACTORY_API_KEY=AKCp${f.b62(69)}`,
      `curl -H "X-JFrog-Art-Api: AKCp${f.b62(69)}" https://acme.jfrog.io/artifactory/api/repositories`,
    ],
    noMatch: ['ARTIFACTORY_API_KEY=AKCp...', `AKCp${f.b62(30)}`, `ARTIFACTORY_API_KEY=AKCp${'x'.repeat(69)}`],
  }),
};

export const jfrogReferenceToken: Rule = {
  id: 'jfrog-reference-token',
  description: 'JFrog Platform access token (reference token form)',
  docs: DOCS,
  keywords: ['cmvmdgtu'],
  regex: /(?<![\w+/-])(cmVmdGtuOjAxOj[A-Za-z0-9+/]{50})(?![\w+/=-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  minEntropy: 4.0,
  remediation:
    'Revoke the token in the JFrog Platform (Administration → User Management → Access Tokens, or Edit Profile → Identity Tokens), create a new scoped, expiring one, and review the repositories it could reach.',
  examples: (f) => {
    const ref = () => Buffer.from(`reftkn:01:${f.digits(10)}:${f.b62(27)}`).toString('base64');
    return {
      match: [
        `JFROG_ACCESS_TOKEN=${ref()}`,
        `jf rt ping --url https://acme.jfrog.io/artifactory --access-token ${ref()}`,
        `password: "${ref()}"`,
      ],
      noMatch: ['JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOj...', `cmVmdGtuOjAxOj${f.b62(20)}`],
    };
  },
};

export const jfrog: Rule[] = [jfrogApiKey, jfrogReferenceToken];
