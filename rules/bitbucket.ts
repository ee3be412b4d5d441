import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder, notFilled } from './lib/cloud-and-code-kit.ts';

// App passwords (Bitbucket Cloud) start `ATBB` and end with an 8-character upper-case checksum.
// https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/
export const bitbucketAppPassword: Rule = {
  id: 'bitbucket-app-password',
  description: 'Bitbucket Cloud app password (ATBB)',
  docs: 'https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/',
  keywords: ['atbb'],
  regex: /(?<![A-Za-z0-9_.-])(ATBB[A-Za-z0-9_=.-]{24,36}[A-Z0-9]{8})(?![A-Za-z0-9_=.-])/,
  minEntropy: 3.8,
  validate: bodyIsNotPlaceholder(4),
  remediation:
    'Revoke the app password in Bitbucket (Personal settings > App passwords > Revoke), replace it with an API token or access token with the fewest scopes, and review the audit log.',
  examples: (f) => {
    const pw = () => 'ATBB' + f.b62(24) + f.HEX(8);
    return {
      match: [
        `BITBUCKET_APP_PASSWORD=${pw()}`,
        `git clone https://jdoe:${pw()}@bitbucket.org/team/repo.git`,
        `auth = HTTPBasicAuth("jdoe", "${pw()}")`,
      ],
      noMatch: [
        'BITBUCKET_APP_PASSWORD=ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
        `// app passwords start ATBB${f.b62(10)}…`,
        'BITBUCKET_APP_PASSWORD=$BITBUCKET_APP_PASSWORD',
      ],
    };
  },
};

// Repository / project / workspace access tokens: `ATCTT3xFfGN0` + ~180 URL-safe characters,
// then `=` and an 8-hex checksum. https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/
export const bitbucketAccessToken: Rule = {
  id: 'bitbucket-access-token',
  description: 'Bitbucket Cloud repository, project or workspace access token (ATCTT3xFfGN0)',
  docs: 'https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/',
  keywords: ['atctt3xffgn0'],
  regex: /(?<![A-Za-z0-9_-])(ATCTT3xFfGN0[A-Za-z0-9_-]{120,300}=[A-F0-9]{8})(?![A-Za-z0-9_=-])/,
  minEntropy: 4.5,
  allowFillers: true,
  validate: notFilled,
  remediation:
    'Revoke the access token in Bitbucket (Repository / Project / Workspace settings > Security > Access tokens > Revoke) and create a new one with the fewest scopes.',
  examples: (f) => {
    const token = () => 'ATCTT3xFfGN0' + f.b64url(176) + '=' + f.HEX(8);
    return {
      match: [
        `BITBUCKET_ACCESS_TOKEN=${token()}`,
        `curl -H "Authorization: Bearer ${token()}" https://api.bitbucket.org/2.0/repositories/team/repo`,
        `git clone https://x-token-auth:${token()}@bitbucket.org/team/repo.git`,
      ],
      noMatch: [
        'BITBUCKET_ACCESS_TOKEN=ATCTT3xFfGN0...',
        'BITBUCKET_ACCESS_TOKEN=${BITBUCKET_ACCESS_TOKEN}',
        `BITBUCKET_ACCESS_TOKEN=ATCTT3xFfGN0${f.b64url(30)}`,
      ],
    };
  },
};

// Bitbucket Data Center HTTP access tokens: `BBDC-` + 44 characters.
// https://confluence.atlassian.com/bitbucketserver/http-access-tokens-939515499.html
export const bitbucketDataCenterToken: Rule = {
  id: 'bitbucket-data-center-token',
  description: 'Bitbucket Data Center / Server HTTP access token (BBDC-)',
  docs: 'https://confluence.atlassian.com/bitbucketserver/http-access-tokens-939515499.html',
  keywords: ['bbdc-'],
  regex: /(?<![A-Za-z0-9_-])(BBDC-[A-Za-z0-9+/@_-]{40,50})(?![A-Za-z0-9+/@_=-])/,
  minEntropy: 4.0,
  validate: bodyIsNotPlaceholder(5),
  remediation:
    'Revoke the HTTP access token in Bitbucket Data Center (Manage account > HTTP access tokens, or the project/repository settings) and create a new one with an expiry.',
  examples: (f) => ({
    match: [
      `BITBUCKET_TOKEN=BBDC-${f.b64(44)}`,
      `curl -H "Authorization: Bearer BBDC-${f.b64(44)}" https://git.example.org/rest/api/latest/projects`,
    ],
    noMatch: [
      'BITBUCKET_TOKEN=BBDC-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `BITBUCKET_TOKEN=BBDC-${f.b64(12)}`,
      'BITBUCKET_TOKEN=${BITBUCKET_TOKEN}',
    ],
  }),
};

export const bitbucket: Rule[] = [bitbucketAppPassword, bitbucketAccessToken, bitbucketDataCenterToken];
