import type { Rule } from '../src/engine/rule.ts';
import { contextual, gap, mixedCase } from './lib/cloud-and-code-kit.ts';

// Coinbase API secrets: legacy API-key secrets (32 alphanumerics) and CDP Ed25519 key secrets
// (base64 of 64 bytes), named in Coinbase / CDP settings (CDP_API_KEY_SECRET, COINBASE_API_SECRET).
// https://docs.cdp.coinbase.com/get-started/docs/cdp-api-keys
export const coinbaseApiSecret = contextual({
  id: 'coinbase-api-secret',
  description: 'Coinbase / Coinbase Developer Platform API key secret (in a Coinbase or CDP setting)',
  docs: 'https://docs.cdp.coinbase.com/get-started/docs/cdp-api-keys',
  keywords: ['coinbase', 'cdp_api', 'cdp-api', 'cdpapi'],
  name: `(?:coinbase|\\bcdp)${gap()}(?:api[_.\\-]?)?(?:key[_.\\-]?)?secret`,
  value: '[A-Za-z0-9+/]{86}==|[A-Za-z0-9]{32}',
  tail: 'A-Za-z0-9+/=',
  fake: (f) => f.base64Bytes(64),
  envs: ['CDP_API_KEY_SECRET', 'coinbase_api_secret', 'COINBASE_API_SECRET'],
  minEntropy: 3.8,
  validate: mixedCase,
  remediation:
    'Delete the API key in the Coinbase Developer Platform portal (API Keys > the key > Delete) or Coinbase settings, create a new one with IP allow-listing, and review account activity.',
  // Legacy Coinbase API-key secrets: 32 alphanumerics.
  more: [(_, f) => `COINBASE_API_SECRET="${f.b62(31)}${f.digits(1)}"`],
  moreNoMatch: (f) => [`CDP_API_KEY_ID=organizations/${f.uuid()}/apiKeys/${f.uuid()}`],
});

export const coinbase: Rule[] = [coinbaseApiSecret];
