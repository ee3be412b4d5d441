import type { Rule } from '../src/engine/rule.ts';
import { contextual, gap, prefixed, tfProvider } from './lib/cloud-and-code-kit.ts';

const ROTATE =
  'Revoke it with `heroku authorizations:revoke` (or regenerate the API key under Account settings > API Key at https://dashboard.heroku.com/account), then log in again and store the new key outside the repository.';

// Heroku API keys and OAuth tokens issued since 2024 are `HRKU-` + 60 URL-safe characters.
// https://devcenter.heroku.com/articles/authentication#api-token-storage
export const herokuApiKey = prefixed({
  id: 'heroku-api-key',
  description: 'Heroku API key / OAuth token (HRKU- format)',
  docs: 'https://devcenter.heroku.com/articles/authentication',
  prefix: 'HRKU-',
  body: '[A-Za-z0-9_\\-]{60}',
  fake: (f) => 'AA' + f.b64url(58),
  env: 'HEROKU_API_KEY',
  minEntropy: 4.0,
  remediation: ROTATE,
  more: [(t) => `machine api.heroku.com\n  login deploy@example.org\n  password ${t}`],
});

// Before HRKU-, Heroku API keys were bare UUIDs: flagged only in a Heroku key/token setting or the
// api.heroku.com entry of a .netrc, never for app or team IDs.
export const herokuApiKeyLegacy = contextual({
  id: 'heroku-api-key-legacy',
  description: 'Heroku API key (legacy UUID format, in a Heroku setting or .netrc)',
  docs: 'https://devcenter.heroku.com/articles/authentication',
  keywords: ['heroku'],
  name: `heroku${gap()}(?:api[_.\\-]?key|api[_.\\-]?token|auth[_.\\-]?token|oauth[_.\\-]?token|token|secret|password|key)`,
  // The .netrc form: `machine api.heroku.com login <email> password <uuid>`.
  alt: String.raw`machine\s+api\.heroku\.com\s+login\s+\S{1,100}\s+password\s+|` + tfProvider('heroku', 'api_key'),
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  tail: 'A-Za-z0-9-',
  fake: (f) => f.uuid(),
  envs: ['HEROKU_API_KEY', 'heroku_api_token', 'HEROKU_OAUTH_TOKEN'],
  remediation: ROTATE,
  more: [
    (v) => `machine api.heroku.com\n  login deploy@example.org\n  password ${v}`,
    (v) => `provider "heroku" {\n  email   = "ops@example.org"\n  api_key = "${v}"\n}`,
  ],
  moreNoMatch: (f) => [`HEROKU_APP_ID=${f.uuid()}`, `heroku_team_id: "${f.uuid()}"`, 'HEROKU_API_KEY=00000000-0000-0000-0000-000000000000'],
});

export const heroku: Rule[] = [herokuApiKey, herokuApiKeyLegacy];
