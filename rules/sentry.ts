import type { Rule } from '../src/engine/rule.ts';
import { assignment, base64Json, base64Of, placements, unsetPlacements } from './lib/databases-and-saas-kit.ts';

// Sentry auth tokens: organization tokens `sntrys_` + base64 JSON ({"iat":…,"url":…,"region_url":…,
// "org":…}) + `_` + 43-char secret; user tokens `sntryu_` + 64 hex; older user / integration tokens
// were bare 64 hex. A DSN (https://<public key>@oXXX.ingest.sentry.io/<project>) is meant to be
// public and is never reported. https://docs.sentry.io/account/auth-tokens/
const DOCS = 'https://docs.sentry.io/account/auth-tokens/';
const ROTATE =
  'Revoke the token in Sentry (Settings → Developer Settings → Organization Tokens, or User Settings → Personal Tokens at https://sentry.io/settings/account/api/auth-tokens/), create a replacement, and update SENTRY_AUTH_TOKEN in CI.';

function orgPayload(f: import('../src/engine/fake.ts').Fake): string {
  return base64Of({ iat: 1700000000 + Number(f.digits(6)), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme' });
}

export const sentryOrgAuthToken: Rule = {
  id: 'sentry-org-auth-token',
  description: 'Sentry organization auth token (sntrys_)',
  docs: DOCS,
  keywords: ['sntrys_'],
  regex: /\b(sntrys_(eyJ[A-Za-z0-9+/]{20,600}={0,2})_[A-Za-z0-9+/]{43})(?![A-Za-z0-9+/=_-])/,
  secretGroup: 1,
  minEntropy: 4.0,
  validate: (_s, m) => (base64Json(m[2] ?? '')?.iat !== undefined ? true : 'payload is not Sentry token JSON'),
  remediation: ROTATE,
  examples: (f) => ({
    match: placements('SENTRY_AUTH_TOKEN', () => `sntrys_${orgPayload(f)}_${f.b64(43)}`),
    noMatch: [
      ...unsetPlacements('SENTRY_AUTH_TOKEN', 'sntrys_'),
      `SENTRY_AUTH_TOKEN=sntrys_${base64Of({ name: 'x', n: 1 })}_${f.b64(43)}`,
      `SENTRY_DSN=https://${f.hex(32)}@o${f.digits(6)}.ingest.sentry.io/${f.digits(7)}`,
    ],
  }),
};

export const sentryUserAuthToken: Rule = {
  id: 'sentry-user-auth-token',
  description: 'Sentry user auth token (sntryu_)',
  docs: DOCS,
  keywords: ['sntryu_'],
  regex: /\b(sntryu_[a-f0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.2,
  remediation: ROTATE,
  examples: (f) => ({
    match: placements('SENTRY_AUTH_TOKEN', () => `sntryu_${f.hex(64)}`),
    noMatch: [...unsetPlacements('SENTRY_AUTH_TOKEN', 'sntryu_'), `see sntryu_${f.hex(40)} in the docs`],
  }),
};

export const sentryLegacyAuthToken: Rule = {
  id: 'sentry-legacy-auth-token',
  description: 'Sentry auth token in the older 64-hex format, assigned to a Sentry token setting',
  docs: DOCS,
  keywords: ['sentry'],
  regex: assignment('sentry', '(?:auth[_.-]?|api[_.-]?)?token', '[a-f0-9]{64}'),
  minEntropy: 3.2,
  validate: (s) => (/^[a-f0-9]{64}$/.test(s) ? true : 'not lower-case hex'),
  remediation: ROTATE,
  examples: (f) => ({
    match: [`SENTRY_AUTH_TOKEN=${f.hex(64)}`, `sentryAuthToken: "${f.hex(64)}"`, `export SENTRY_API_TOKEN='${f.hex(64)}'`],
    noMatch: [
      'SENTRY_AUTH_TOKEN=${SENTRY_AUTH_TOKEN}',
      `SENTRY_DSN=https://${f.hex(32)}@o${f.digits(6)}.ingest.sentry.io/${f.digits(7)}`,
      `sentry_release_sha256: ${f.hex(64)}`,
    ],
  }),
};

export const sentryCliConfigToken: Rule = {
  id: 'sentry-cli-config-token',
  description: 'Sentry auth token in a .sentryclirc file',
  docs: 'https://docs.sentry.io/cli/configuration/#configuration-file',
  keywords: ['token'],
  path: ['**/.sentryclirc'],
  regex: /^[ \t]*token[ \t]*=[ \t]*([a-f0-9]{64})[ \t]*$/m,
  minEntropy: 3.2,
  remediation: ROTATE,
  examples: (f) => ({
    match: [
      { path: '.sentryclirc', text: `[defaults]\norg=acme\nproject=web\n\n[auth]\ntoken=${f.hex(64)}\n` },
      { path: 'tools/.sentryclirc', text: `[auth]\ntoken = ${f.hex(64)}\n` },
    ],
    noMatch: [
      { path: '.sentryclirc', text: '[auth]\ntoken=\n' },
      { path: '.sentryclirc', text: '[auth]\ntoken=${SENTRY_AUTH_TOKEN}\n' },
    ],
  }),
};

export const sentry: Rule[] = [sentryOrgAuthToken, sentryUserAuthToken, sentryLegacyAuthToken, sentryCliConfigToken];
