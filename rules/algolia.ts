import type { Rule } from '../src/engine/rule.ts';

// Algolia API keys are 32 hex characters with no prefix. The Admin / write key is secret; the
// search-only key is meant for browsers. Only a key assigned to an admin / write / plain API-key
// setting is reported (not SEARCH keys, not NEXT_PUBLIC_/VITE_/REACT_APP_ build-time public vars).
// https://www.algolia.com/doc/guides/security/api-keys/
export const algoliaAdminKey: Rule = {
  id: 'algolia-admin-key',
  description: 'Algolia Admin / write API key assigned to an Algolia setting',
  docs: 'https://www.algolia.com/doc/guides/security/api-keys/',
  keywords: ['algolia'],
  regex:
    /(?<!(?:public|vite|react_app|gatsby|expo_public|nuxt_public)[_.-])algolia[_.-]?(?:admin|write|master|private|secret)?[_.-]?(?:api)?[_.-]?key["'\]]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}["'`]?([a-f0-9]{32})(?![\w+/=-])/i,
  minEntropy: 3.0,
  validate: (s) => (/^[a-f0-9]{32}$/.test(s) ? true : 'Algolia keys are lower-case hex'),
  remediation:
    'Regenerate the Admin API key in the Algolia dashboard (Settings → API Keys → Admin API Key → Regenerate) or delete the restricted key, then update the indexing jobs that used it.',
  examples: (f) => ({
    match: [
      `ALGOLIA_ADMIN_KEY=${f.hex(32)}`,
      `ALGOLIA_API_KEY="${f.hex(32)}"`,
      `algoliaWriteApiKey: '${f.hex(32)}'`,
      `{"algolia_admin_api_key": "${f.hex(32)}"}`,
    ],
    noMatch: [
      `ALGOLIA_SEARCH_KEY=${f.hex(32)}`,
      `NEXT_PUBLIC_ALGOLIA_API_KEY=${f.hex(32)}`,
      `ALGOLIA_SEARCH_API_KEY=${f.hex(32)}`,
      'ALGOLIA_ADMIN_KEY=${ALGOLIA_ADMIN_KEY}',
      `ALGOLIA_APP_ID=${f.upperAlnum(10)}`,
    ],
  }),
};

export const algolia: Rule[] = [algoliaAdminKey];
