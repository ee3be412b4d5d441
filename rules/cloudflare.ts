import type { Rule } from '../src/engine/rule.ts';
import { contextual, gap, hasDigit, lowerHex, prefixed, tfProvider } from './lib/cloud-and-code-kit.ts';

// Since 2026 Cloudflare credentials are scannable: cfut_ (user API token), cfat_ (account API
// token), cfk_ (Global API Key), each 40 characters plus a checksum (48 after the prefix).
// Before that: API tokens were 40 characters [A-Za-z0-9_-], Global API Keys 37–45 lower-case hex.
// https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/
const DOCS = 'https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/';
const TOKEN_ROTATE =
  'Roll or delete the token in the Cloudflare dashboard (My Profile > API Tokens, or Manage Account > Account API Tokens), then review the account audit log.';
const GLOBAL_ROTATE =
  'Change the Global API Key in the Cloudflare dashboard (My Profile > API Tokens > Global API Key > Change), move the integration to a scoped API token, and review the audit log.';

export const cloudflareApiToken: Rule = {
  ...prefixed({
    id: 'cloudflare-api-token',
    description: 'Cloudflare API token (cfut_ user token or cfat_ account token)',
    docs: DOCS,
    prefix: 'cfut_',
    body: '[A-Za-z0-9]{48}',
    tail: 'A-Za-z0-9_',
    fake: (f) => f.b62(40) + f.hex(8),
    env: 'CLOUDFLARE_API_TOKEN',
    minEntropy: 4.0,
    remediation: TOKEN_ROTATE,
  }),
  // Account-owned tokens (cfat_) have the same shape as user tokens (cfut_).
  keywords: ['cfut_', 'cfat_'],
  regex: /(?<![A-Za-z0-9_-])(cf(?:ut|at)_[A-Za-z0-9]{48})(?![A-Za-z0-9_])/,
};

export const cloudflareGlobalApiKey = prefixed({
  id: 'cloudflare-global-api-key',
  description: 'Cloudflare Global API Key (cfk_ format)',
  docs: DOCS,
  prefix: 'cfk_',
  body: '[A-Za-z0-9]{48}',
  tail: 'A-Za-z0-9_',
  fake: (f) => f.b62(40) + f.hex(8),
  env: 'CLOUDFLARE_API_KEY',
  minEntropy: 4.0,
  remediation: GLOBAL_ROTATE,
  more: [(k) => `curl -H "X-Auth-Email: ops@example.org" -H "X-Auth-Key: ${k}" https://api.cloudflare.com/client/v4/zones`],
});

const CF_NAME = `(?:cloudflare|\\bcf)${gap()}`;

export const cloudflareApiTokenLegacy = contextual({
  id: 'cloudflare-api-token-legacy',
  description: 'Cloudflare API token (pre-2026 40-character format, in a Cloudflare setting)',
  docs: DOCS,
  keywords: ['cloudflare', 'cf_api', 'cf-api', 'cfapi', 'cf_token', 'cftoken', 'cf_account', 'cf_user'],
  name: `${CF_NAME}(?:api[_.\\-]?token|token)`,
  alt: tfProvider('cloudflare', 'api_token'),
  value: '[A-Za-z0-9_\\-]{40}',
  tail: 'A-Za-z0-9_\\-',
  fake: (f) => f.b64url(39) + f.digits(1),
  envs: ['CLOUDFLARE_API_TOKEN', 'cloudflare_token', 'CF_API_TOKEN'],
  minEntropy: 4.0,
  validate: (s) => (/[A-Z]/.test(s) && /[a-z]/.test(s) && /\d/.test(s) ? true : 'not a mixed-case random token'),
  remediation: TOKEN_ROTATE,
  more: [(t) => `provider "cloudflare" {\n  api_token = "${t}"\n}`, (t) => `  "CfApiToken": "${t}",`],
  moreNoMatch: (f) => [
    `CLOUDFLARE_ACCOUNT_ID=${f.hex(32)}`,
    `CLOUDFLARE_ZONE_ID="${f.hex(32)}"`,
    `cloudflare_token_name = "terraform-dns-editor-prod-1"`,
  ],
});

export const cloudflareGlobalApiKeyLegacy = contextual({
  id: 'cloudflare-global-api-key-legacy',
  description: 'Cloudflare Global API Key (pre-2026 hex format, in a Cloudflare setting or X-Auth-Key header)',
  docs: DOCS,
  keywords: ['cloudflare', 'cf_api_key', 'cf-api-key', 'cfapikey', 'x-auth-key'],
  name: `${CF_NAME}(?:global[_.\\-]?)?(?:api[_.\\-]?)?key|x-auth-key`,
  alt: tfProvider('cloudflare', 'api_key'),
  value: '[a-f0-9]{37,45}',
  tail: 'A-Za-z0-9_\\-',
  fake: (f) => f.hex(37),
  envs: ['CLOUDFLARE_API_KEY', 'cloudflare_global_api_key', 'CF_API_KEY'],
  validate: (s) => (lowerHex(s) === true && hasDigit(s) === true && /[a-f]/.test(s) ? true : 'not lower-case hex'),
  remediation: GLOBAL_ROTATE,
  more: [(k) => `curl -H "X-Auth-Email: ops@example.org" -H "X-Auth-Key: ${k}" https://api.cloudflare.com/client/v4/user`],
  moreNoMatch: (f) => [`CLOUDFLARE_ACCOUNT_ID=${f.hex(32)}`, `cloudflare_zone_key = "${f.hex(32)}"`],
});

// Origin CA keys: `v1.0-` + 24 hex + `-` + 146 hex.
// https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/
export const cloudflareOriginCaKey: Rule = {
  id: 'cloudflare-origin-ca-key',
  description: 'Cloudflare Origin CA key',
  docs: 'https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/',
  keywords: ['v1.0-'],
  regex: /(?<![A-Za-z0-9.-])(v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
  remediation:
    'Revoke the Origin CA key in the Cloudflare dashboard (My Profile > API Tokens > Origin CA Key > Change) and use a scoped API token for certificate automation.',
  examples: (f) => ({
    match: [`CF_ORIGIN_CA_KEY=v1.0-${f.hex(24)}-${f.hex(146)}`, `origin_ca_key: "v1.0-${f.hex(24)}-${f.hex(146)}"`],
    noMatch: [
      `version: v1.0-${f.hex(8)}`,
      `CF_ORIGIN_CA_KEY=v1.0-${'0'.repeat(24)}-${'0'.repeat(146)}`,
      'CF_ORIGIN_CA_KEY=${CF_ORIGIN_CA_KEY}',
    ],
  }),
};

export const cloudflare: Rule[] = [
  cloudflareApiToken,
  cloudflareGlobalApiKey,
  cloudflareOriginCaKey,
  cloudflareApiTokenLegacy,
  cloudflareGlobalApiKeyLegacy,
];
