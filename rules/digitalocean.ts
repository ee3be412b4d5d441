import type { Rule } from '../src/engine/rule.ts';
import { prefixed } from './lib/cloud-and-code-kit.ts';

// DigitalOcean token prefixes (2022+): dop_v1_ personal access token, doo_v1_ OAuth access token,
// dor_v1_ OAuth refresh token, each followed by 64 lower-case hex characters.
// https://docs.digitalocean.com/reference/api/create-personal-access-token/
const DOCS = 'https://docs.digitalocean.com/reference/api/create-personal-access-token/';
const ROTATE =
  'Delete the token in the DigitalOcean control panel (API > Tokens, or Settings > Applications & API > Authorized applications for OAuth), create a replacement with the narrowest scopes, and check the security history.';

export const digitaloceanPat = prefixed({
  id: 'digitalocean-pat',
  description: 'DigitalOcean personal access token',
  docs: DOCS,
  prefix: 'dop_v1_',
  body: '[a-f0-9]{64}',
  tail: 'A-Za-z0-9_',
  fake: (f) => f.hex(64),
  env: 'DIGITALOCEAN_TOKEN',
  remediation: ROTATE,
  more: [(t) => `doctl auth init --access-token ${t}`, (t) => `provider "digitalocean" {\n  token = "${t}"\n}`],
});

export const digitaloceanOauthToken = prefixed({
  id: 'digitalocean-oauth-token',
  description: 'DigitalOcean OAuth access token',
  docs: 'https://docs.digitalocean.com/reference/api/oauth/',
  prefix: 'doo_v1_',
  body: '[a-f0-9]{64}',
  tail: 'A-Za-z0-9_',
  fake: (f) => f.hex(64),
  env: 'DO_OAUTH_TOKEN',
  remediation: ROTATE,
  more: [(t) => `Authorization: Bearer ${t}`],
});

export const digitaloceanRefreshToken = prefixed({
  id: 'digitalocean-refresh-token',
  description: 'DigitalOcean OAuth refresh token',
  docs: 'https://docs.digitalocean.com/reference/api/oauth/',
  prefix: 'dor_v1_',
  body: '[a-f0-9]{64}',
  tail: 'A-Za-z0-9_',
  fake: (f) => f.hex(64),
  env: 'DO_REFRESH_TOKEN',
  remediation: ROTATE,
  more: [(t) => `{"refresh_token": "${t}", "token_type": "bearer"}`],
});

export const digitalocean: Rule[] = [digitaloceanPat, digitaloceanOauthToken, digitaloceanRefreshToken];
