import type { Rule } from '../src/engine/rule.ts';
import { prefixedToken } from './lib/databases-and-saas-kit.ts';

// PlanetScale credentials: service tokens `pscale_tkn_`, database passwords `pscale_pw_`, OAuth
// tokens `pscale_oauth_`, each followed by 32–64 URL-safe characters.
// https://planetscale.com/docs/concepts/service-tokens
const DOCS = 'https://planetscale.com/docs/concepts/service-tokens';

function pscale(id: string, kind: string, description: string, env: string, remediation: string): Rule {
  const prefix = `pscale_${kind}_`;
  return prefixedToken({
    id,
    description,
    docs: DOCS,
    keywords: [prefix],
    regex: new RegExp(`\\b(${prefix}[A-Za-z0-9_=.-]{32,64})(?![A-Za-z0-9_=.-])`),
    minEntropy: 4.0,
    remediation,
    env,
    prefix,
    token: (f) => prefix + f.b64url(43),
    extraNoMatch: (f) => [`see ${prefix}${f.b64url(20)} in the docs`],
  });
}

export const planetscaleApiToken = pscale(
  'planetscale-api-token',
  'tkn',
  'PlanetScale service token (pscale_tkn_)',
  'PLANETSCALE_SERVICE_TOKEN',
  'Delete the service token in PlanetScale (Organization settings → Service tokens), create a replacement with minimal database access, and update CI.',
);
export const planetscalePassword = pscale(
  'planetscale-password',
  'pw',
  'PlanetScale database password (pscale_pw_)',
  'DATABASE_PASSWORD',
  'Delete the password in PlanetScale (Database → Settings → Passwords → Delete), create a new one for the branch, and update DATABASE_URL.',
);
export const planetscaleOauthToken = pscale(
  'planetscale-oauth-token',
  'oauth',
  'PlanetScale OAuth access token (pscale_oauth_)',
  'PLANETSCALE_OAUTH_TOKEN',
  "Revoke the OAuth application's access in PlanetScale (Organization settings → OAuth applications, or the user's authorized apps), then re-authorize.",
);

export const planetscale: Rule[] = [planetscaleApiToken, planetscalePassword, planetscaleOauthToken];
