import type { Rule } from '../src/engine/rule.ts';
import { assignment, base64Json, randomMixedCase } from './lib/databases-and-saas-kit.ts';

// Auth0 application client secrets are 64 URL-safe characters with no prefix, and Management API
// tokens are JWTs; both are only reported when assigned to an Auth0-named setting.
// https://auth0.com/docs/get-started/applications/application-settings#basic-information
// https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens
export const auth0ClientSecret: Rule = {
  id: 'auth0-client-secret',
  description: 'Auth0 application client secret assigned to an Auth0 setting',
  docs: 'https://auth0.com/docs/get-started/applications/application-settings',
  keywords: ['auth0'],
  regex: assignment('auth0', '(?:client[_.-]?)?secret', '[A-Za-z0-9_-]{64}'),
  minEntropy: 4.5,
  validate: randomMixedCase,
  remediation:
    'Rotate the secret in the Auth0 Dashboard (Applications → the app → Settings → Rotate secret, or POST /api/v2/clients/{id}/rotate-secret), then update the servers that use it.',
  examples: (f) => ({
    match: [
      `AUTH0_CLIENT_SECRET=${f.b64url(64)}`,
      `auth0:\n  domain: acme.eu.auth0.com\nauth0ClientSecret: "${f.b64url(64)}"`,
      `export AUTH0_SECRET='${f.b64url(64)}'`,
    ],
    noMatch: ['AUTH0_CLIENT_SECRET=${AUTH0_CLIENT_SECRET}', `AUTH0_CLIENT_ID=${f.b62(32)}`, 'AUTH0_CLIENT_SECRET=YOUR_AUTH0_CLIENT_SECRET'],
  }),
};

const JWT = 'eyJ[A-Za-z0-9_-]{10,500}\\.eyJ[A-Za-z0-9_-]{10,4000}\\.[A-Za-z0-9_-]{20,1000}';

export const auth0ManagementApiToken: Rule = {
  id: 'auth0-management-api-token',
  description: 'Auth0 Management API access token (JWT) assigned to an Auth0 token setting',
  docs: 'https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens',
  keywords: ['auth0'],
  regex: assignment('auth0', '(?:management|mgmt|api|access)[_.-]?(?:api[_.-]?)?token', JWT),
  minEntropy: 4.0,
  validate: (s) => (base64Json(s.split('.')[0] ?? '') && base64Json(s.split('.')[1] ?? '') ? true : 'not a decodable JWT'),
  remediation:
    "Revoke the token's grant in the Auth0 Dashboard (Applications → APIs → Auth0 Management API → Machine to Machine Applications), rotate the client secret of the app that issued it, and fetch short-lived tokens at runtime instead.",
  examples: (f) => ({
    match: [
      `AUTH0_MANAGEMENT_API_TOKEN=${f.jwt({ iss: 'https://acme.auth0.com/', aud: 'https://acme.auth0.com/api/v2/', scope: 'read:users' })}`,
      `auth0_api_token: "${f.jwt()}"`,
    ],
    noMatch: ['AUTH0_MANAGEMENT_API_TOKEN=${AUTH0_TOKEN}', `AUTH0_API_TOKEN=eyJ${'x'.repeat(30)}.eyJ${'x'.repeat(40)}.${'x'.repeat(43)}`],
  }),
};

export const auth0: Rule[] = [auth0ClientSecret, auth0ManagementApiToken];
