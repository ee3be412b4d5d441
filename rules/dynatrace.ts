import type { Rule } from '../src/engine/rule.ts';
import { placements, unsetPlacements } from './lib/databases-and-saas-kit.ts';

// Dynatrace access tokens: `dt0c01.` + 24-char public part + `.` + 64-char secret part, both
// upper-case alphanumerics. https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens#token-format
export const dynatraceApiToken: Rule = {
  id: 'dynatrace-api-token',
  description: 'Dynatrace API / PaaS access token (dt0c01.)',
  docs: 'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens',
  keywords: ['dt0c01.'],
  regex: /\b(dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 4.0,
  remediation:
    'Revoke the token in Dynatrace (Access tokens → select token → Delete, or the /api/v2/apiTokens/{id} endpoint), create a replacement with the minimum scopes, and update the OneAgent / operator secret.',
  examples: (f) => ({
    match: placements('DT_API_TOKEN', () => `dt0c01.${f.upperAlnum(24)}.${f.upperAlnum(64)}`),
    noMatch: [
      ...unsetPlacements('DT_API_TOKEN', 'dt0c01.'),
      `DT_API_TOKEN=dt0c01.${f.upperAlnum(24)}`,
      `DT_API_TOKEN=dt0c01.${f.upperAlnum(24)}.${f.upperAlnum(40)}`,
    ],
  }),
};

export const dynatrace: Rule[] = [dynatraceApiToken];
