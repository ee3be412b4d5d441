import type { Rule } from '../src/engine/rule.ts';
import { assignment, prefixedToken, readsAsWords } from './lib/databases-and-saas-kit.ts';

// Atlassian account API tokens (Jira, Confluence, Bitbucket REST) are `ATATT3` + 186 characters;
// tokens created before 2023 are 24 alphanumerics with no prefix, so they need a Jira / Confluence /
// Atlassian setting name. https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/
const DOCS = 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/';
const ROTATE =
  'Revoke the token at https://id.atlassian.com/manage-profile/security/api-tokens, create a replacement, and update the CI / script that used it.';

export const atlassianApiToken = prefixedToken({
  id: 'atlassian-api-token',
  description: 'Atlassian account API token (ATATT3…)',
  docs: DOCS,
  keywords: ['atatt3'],
  regex: /\b(ATATT3[A-Za-z0-9_=-]{186})(?![A-Za-z0-9_=-])/,
  minEntropy: 4.5,
  remediation: ROTATE,
  env: 'JIRA_API_TOKEN',
  prefix: 'ATATT3',
  token: (f) => `ATATT3xFfGF0${f.b64url(171)}=${f.HEX(8)}`,
  extraNoMatch: (f) => [`see ATATT3${f.b62(100)} in the docs`],
});

export const atlassianLegacyApiToken: Rule = {
  id: 'atlassian-legacy-api-token',
  description:
    'Atlassian (Jira / Confluence) API token in the older 24-character format, assigned to a Jira, Confluence or Atlassian token setting',
  docs: DOCS,
  keywords: ['jira', 'confluence', 'atlassian'],
  regex: assignment('jira|confluence|atlassian', '(?:api[_.-]?)?token|api[_.-]?key', '[A-Za-z0-9]{24}'),
  minEntropy: 3.4,
  validate: (s) => (/[a-z]/.test(s) && /[A-Z]/.test(s) && !readsAsWords(s) ? true : 'not a random token'),
  remediation: ROTATE,
  examples: (f) => ({
    match: [
      `JIRA_API_TOKEN=${f.b62(24)}`,
      `confluence:\n  url: https://acme.atlassian.net/wiki\n  confluenceToken: "${f.b62(24)}"`,
      `atlassian_api_token = '${f.b62(24)}'`,
    ],
    noMatch: ['JIRA_API_TOKEN=${JIRA_API_TOKEN}', 'jira_token: yourJiraApiTokenGoesHere', `JIRA_PROJECT_KEY=${f.b62(24)}`],
  }),
};

export const atlassian: Rule[] = [atlassianApiToken, atlassianLegacyApiToken];
