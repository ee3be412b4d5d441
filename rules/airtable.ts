import type { Rule } from '../src/engine/rule.ts';
import { assignment, prefixedToken, randomMixedCase } from './lib/databases-and-saas-kit.ts';

// Airtable personal access tokens: `pat` + 14 alphanumerics (token ID) + `.` + 64 hex.
// Legacy API keys (retired 2024) were `key` + 14 alphanumerics. https://airtable.com/developers/web/api/authentication
const DOCS = 'https://airtable.com/developers/web/api/authentication';
const ROTATE =
  'Delete or regenerate the token at https://airtable.com/create/tokens, create one with the minimum scopes and bases, and update the integration.';

export const airtablePersonalAccessToken = prefixedToken({
  id: 'airtable-personal-access-token',
  description: 'Airtable personal access token (pat….)',
  docs: DOCS,
  keywords: ['pat'],
  // `pat` is in every `path` and `pattern`: run the regex only from each occurrence to the token's end.
  near: { before: 3, after: 80 },
  regex: /\b(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: ROTATE,
  env: 'AIRTABLE_TOKEN',
  prefix: 'pat',
  token: (f) => `pat${f.b62(14)}.${f.hex(64)}`,
  extraNoMatch: (f) => [`patterns.${f.hex(64)}`, `AIRTABLE_BASE=app${f.b62(14)}`],
});

export const airtableLegacyApiKey: Rule = {
  id: 'airtable-legacy-api-key',
  description: 'Airtable legacy API key (key + 14) assigned to an Airtable setting',
  docs: DOCS,
  keywords: ['airtable'],
  regex: assignment('airtable', '(?:api[_.-]?)?(?:key|token)', 'key[A-Za-z0-9]{14}'),
  minEntropy: 3.0,
  validate: (s) => randomMixedCase(s.slice(3)),
  remediation: ROTATE,
  examples: (f) => ({
    match: [`AIRTABLE_API_KEY=key${f.b62(14)}`, `airtable:\n  base: app${f.b62(14)}\nairtableApiKey: "key${f.b62(14)}"`],
    noMatch: ['AIRTABLE_API_KEY=${AIRTABLE_API_KEY}', `AIRTABLE_BASE_ID=app${f.b62(14)}`, 'AIRTABLE_API_KEY=keyXXXXXXXXXXXXXX'],
  }),
};

export const airtable: Rule[] = [airtablePersonalAccessToken, airtableLegacyApiKey];
