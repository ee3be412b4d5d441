import type { Rule } from '../src/engine/rule.ts';
import { assignment, UUID } from './lib/databases-and-saas-kit.ts';

// Snyk API tokens are UUIDs; a UUID is only reported when assigned to a Snyk token setting.
// https://docs.snyk.io/snyk-api/authentication-for-api
export const snykApiToken: Rule = {
  id: 'snyk-api-token',
  description: 'Snyk API token (UUID) assigned to a Snyk token setting',
  docs: 'https://docs.snyk.io/snyk-api/authentication-for-api',
  keywords: ['snyk'],
  regex: assignment('snyk', '(?:api[_.-]?|auth[_.-]?|oauth[_.-]?)?(?:token|key)', UUID),
  minEntropy: 3.0,
  remediation:
    'Revoke and regenerate the token in Snyk (Account settings → General → Auth Token → Revoke & Regenerate, or the service account page for org tokens), then update SNYK_TOKEN in CI.',
  examples: (f) => ({
    match: [`SNYK_TOKEN=${f.uuid()}`, `snyk:\n  org: acme\nsnykApiKey: "${f.uuid()}"`, `env:\n  SNYK_TOKEN: ${f.uuid()}`],
    noMatch: [
      'SNYK_TOKEN=${{ secrets.SNYK_TOKEN }}',
      `SNYK_ORG_ID=${f.uuid()}`,
      'SNYK_TOKEN=00000000-0000-0000-0000-000000000000',
      `snyk_project_id: ${f.uuid()}`,
      `SNYK_TOKEN_NAME=ci-${f.lowerAlnum(6)}`,
      `snyk_api_token_id: ${f.uuid()}`,
    ],
  }),
};

export const snyk: Rule[] = [snykApiToken];
