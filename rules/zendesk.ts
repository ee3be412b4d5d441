import type { Rule } from '../src/engine/rule.ts';
import { assignment, randomMixedCase } from './lib/databases-and-saas-kit.ts';

// Zendesk API tokens are 40 alphanumerics with no prefix, used as `email/token:<token>`; a Zendesk
// token setting (or the `/token:` basic-auth form next to a Zendesk host) is required.
// https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token
export const zendeskApiToken: Rule = {
  id: 'zendesk-api-token',
  description: 'Zendesk API token assigned to a Zendesk setting',
  docs: 'https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token',
  keywords: ['zendesk'],
  regex: assignment('zendesk|(?<![a-z])zd', '(?:api[_.-]?)?(?:token|key)|secret', '[A-Za-z0-9]{40}'),
  minEntropy: 4.0,
  validate: randomMixedCase,
  remediation:
    'Delete the token in Zendesk Admin Center (Apps and integrations → APIs → Zendesk API → the token → Delete), create a replacement, and update the integration.',
  examples: (f) => ({
    match: [`ZENDESK_API_TOKEN=${f.b62(40)}`, `zendesk:\n  subdomain: acme\nzendeskToken: '${f.b62(40)}'`, `ZENDESK_SECRET="${f.b62(40)}"`],
    noMatch: ['ZENDESK_API_TOKEN=${ZENDESK_API_TOKEN}', `ZENDESK_SUBDOMAIN=acme-support`],
  }),
};

export const zendesk: Rule[] = [zendeskApiToken];
