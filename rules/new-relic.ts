import type { Rule } from '../src/engine/rule.ts';
import { placements, unsetPlacements } from './lib/databases-and-saas-kit.ts';

// New Relic key formats: user API keys `NRAK-` + 27 upper-case alphanumerics, Insights insert keys
// `NRII-` + 32, browser keys `NRJS-` + 19 hex, admin keys `NRAA-` + 27, and 40-char ingest
// license keys ending in `NRAL` (6-char region prefix + 30 hex + NRAL).
// https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/
const DOCS = 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/';
const ROTATE =
  'Delete the key in New Relic (https://one.newrelic.com/api-keys → ⋯ → Delete), create a replacement, and update the agent config / environment that used it.';

function prefixed(
  id: string,
  description: string,
  prefix: string,
  body: string,
  len: number,
  gen: (f: import('../src/engine/fake.ts').Fake) => string,
  env: string,
): Rule {
  return {
    id,
    description,
    docs: DOCS,
    keywords: [prefix.toLowerCase()],
    regex: new RegExp(`\\b(${prefix}${body}{${len}})(?![A-Za-z0-9_-])`),
    minEntropy: 3.0,
    remediation: ROTATE,
    examples: (f) => ({
      match: placements(env, () => prefix + gen(f)),
      noMatch: [...unsetPlacements(env, prefix), `${env}=${prefix}<key>`, `New Relic keys look like ${prefix}${'…'.repeat(3)}`],
    }),
  };
}

export const newRelicUserApiKey = prefixed(
  'new-relic-user-api-key',
  'New Relic user API key (NRAK-)',
  'NRAK-',
  '[A-Z0-9]',
  27,
  (f) => f.upperAlnum(27),
  'NEW_RELIC_API_KEY',
);
export const newRelicInsertKey = prefixed(
  'new-relic-insert-key',
  'New Relic Insights insert key (NRII-)',
  'NRII-',
  '[A-Za-z0-9_-]',
  32,
  (f) => f.b64url(32),
  'NEW_RELIC_INSERT_KEY',
);
export const newRelicAdminKey = prefixed(
  'new-relic-admin-key',
  'New Relic admin API key (NRAA-)',
  'NRAA-',
  '[A-Za-z0-9]',
  27,
  (f) => f.upperAlnum(27),
  'NEW_RELIC_ADMIN_KEY',
);
export const newRelicBrowserKey = prefixed(
  'new-relic-browser-key',
  'New Relic browser ingest key (NRJS-)',
  'NRJS-',
  '[a-f0-9]',
  19,
  (f) => f.hex(19),
  'NEW_RELIC_BROWSER_KEY',
);

export const newRelicLicenseKey: Rule = {
  id: 'new-relic-license-key',
  description: 'New Relic ingest license key (40 characters ending in NRAL)',
  docs: DOCS,
  keywords: ['nral'],
  // 6-char region/account prefix (e.g. eu01xx) + 30 hex + the literal NRAL suffix.
  regex: /\b([a-z0-9]{6}[a-f0-9]{30}NRAL)(?![A-Za-z0-9_-])/i,
  minEntropy: 3.0,
  validate: (s) => (/NRAL$/.test(s) && /[0-9]/.test(s.slice(6, 36)) ? true : 'not the license-key layout'),
  remediation: ROTATE,
  examples: (f) => ({
    match: [
      `NEW_RELIC_LICENSE_KEY=${f.hex(36)}NRAL`,
      `common: &default_settings\n  license_key: '${f.hex(36)}NRAL'`,
      `newrelic.license = "eu01xx${f.hex(30)}NRAL"`,
      `  license_key: eu01xx${f.hex(30)}NRAL`,
    ],
    noMatch: [
      'license_key: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaNRAL',
      'license_key: <YOUR_LICENSE_KEY>NRAL',
      `NEW_RELIC_LICENSE_KEY=${f.hex(30)}NRAL`,
      'The general NRAL guidance applies',
      'NEW_RELIC_LICENSE_KEY=${NEW_RELIC_LICENSE_KEY}',
    ],
  }),
};

export const newRelic: Rule[] = [newRelicUserApiKey, newRelicInsertKey, newRelicAdminKey, newRelicBrowserKey, newRelicLicenseKey];
