import type { Rule } from '../src/engine/rule.ts';
import { prefixedToken } from './lib/databases-and-saas-kit.ts';

// Shopify access tokens and secrets: a 5-letter type prefix + `_` + 32 hex.
// shpat_ Admin API access token, shpca_ custom app, shppa_ private app, shpss_ shared secret.
// https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens
const DOCS = 'https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens';
const ROTATE =
  'Rotate it in the Shopify admin (Settings → Apps and sales channels → Develop apps → the app → API credentials → Rotate / Uninstall), or in the Partner Dashboard for app secrets, then update the app config.';

function shopifyRule(id: string, prefix: string, description: string, env: string): Rule {
  return prefixedToken({
    id,
    description,
    docs: DOCS,
    keywords: [prefix],
    regex: new RegExp(`\\b(${prefix}[a-fA-F0-9]{32})(?![A-Za-z0-9_-])`),
    minEntropy: 3.0,
    remediation: ROTATE,
    env,
    prefix,
    token: (f) => prefix + f.hex(32),
    extraNoMatch: (f) => [`see ${prefix}${f.hex(24)} in the docs`, `see ${prefix}${f.chars('ghijklmnopqrstuvwxyz', 32)} in the docs`],
  });
}

export const shopifyAccessToken = shopifyRule(
  'shopify-access-token',
  'shpat_',
  'Shopify Admin API access token (shpat_)',
  'SHOPIFY_ACCESS_TOKEN',
);
export const shopifyCustomAppToken = shopifyRule(
  'shopify-custom-app-token',
  'shpca_',
  'Shopify custom app access token (shpca_)',
  'SHOPIFY_CUSTOM_APP_TOKEN',
);
export const shopifyPrivateAppToken = shopifyRule(
  'shopify-private-app-token',
  'shppa_',
  'Shopify private app access token (shppa_)',
  'SHOPIFY_PRIVATE_APP_PASSWORD',
);
export const shopifySharedSecret = shopifyRule(
  'shopify-shared-secret',
  'shpss_',
  'Shopify app shared secret (shpss_)',
  'SHOPIFY_API_SECRET',
);

export const shopify: Rule[] = [shopifyAccessToken, shopifyCustomAppToken, shopifyPrivateAppToken, shopifySharedSecret];
