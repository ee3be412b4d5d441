import type { Rule } from '../src/engine/rule.ts';
import { base64Json, base64Of, prefixedToken } from './lib/databases-and-saas-kit.ts';

// 1Password service account tokens: `ops_` + base64 JSON (signInAddress, email, muk, secretKey…).
// https://developer.1password.com/docs/service-accounts/security/
// 1Password account Secret Keys: `A3-` + 6 + (11 | 6-5) + 5 + 5 + 5 characters of A–Z / 0–9.
// https://support.1password.com/secret-key-security/
export const onePasswordServiceAccountToken = prefixedToken({
  id: '1password-service-account-token',
  description: '1Password service account token (ops_eyJ…)',
  docs: 'https://developer.1password.com/docs/service-accounts/security/',
  keywords: ['ops_eyj'],
  regex: /\b(ops_(eyJ[A-Za-z0-9+/_-]{250,6000}={0,3}))(?![A-Za-z0-9+/=_-])/,
  secretGroup: 1,
  minEntropy: 4.0,
  validate: (_s, m) => (base64Json(m[2] ?? '') ? true : 'payload is not base64 JSON'),
  remediation:
    'Revoke the token in 1Password (Developer → Directory → Service Accounts → the account → Revoke token, or `op service-account` CLI), create a new token with the minimum vault access, and update OP_SERVICE_ACCOUNT_TOKEN.',
  env: 'OP_SERVICE_ACCOUNT_TOKEN',
  prefix: 'ops_',
  token: (f) =>
    'ops_' +
    base64Of({
      signInAddress: 'acme.1password.com',
      userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: f.b64url(22) },
      email: `${f.lowerAlnum(12)}@1passwordserviceaccounts.com`,
      srpX: f.hex(64),
      muk: { alg: 'A256GCM', ext: true, k: f.b64url(43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' },
      secretKey: `A3-${f.upperAlnum(6)}-${f.upperAlnum(6)}-${f.upperAlnum(5)}-${f.upperAlnum(5)}-${f.upperAlnum(5)}-${f.upperAlnum(5)}`,
      throttleSecret: { seed: f.hex(64), uuid: f.upperAlnum(26) },
      deviceUuid: f.lowerAlnum(26),
    }),
  extraNoMatch: (f) => [`see ops_eyJ${f.b62(300)} in the docs`],
});

export const onePasswordSecretKey: Rule = {
  id: '1password-secret-key',
  description: '1Password account Secret Key (A3-…)',
  docs: 'https://support.1password.com/secret-key-security/',
  keywords: ['a3-'],
  regex: /\b(A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5})(?![A-Za-z0-9-])/,
  minEntropy: 3.8,
  remediation:
    'Regenerate the Secret Key in 1Password (Profile → Secret Key → Regenerate / "Change Secret Key"), sign in again on trusted devices, and change the account password if it was exposed with it.',
  examples: (f) => ({
    match: [
      `OP_SECRET_KEY=A3-${f.upperAlnum(6)}-${f.upperAlnum(11)}-${f.upperAlnum(5)}-${f.upperAlnum(5)}-${f.upperAlnum(5)}`,
      `secret_key: "A3-${f.upperAlnum(6)}-${f.upperAlnum(6)}-${f.upperAlnum(5)}-${f.upperAlnum(5)}-${f.upperAlnum(5)}-${f.upperAlnum(5)}"`,
      `op account add --address acme.1password.com --secret-key A3-${f.upperAlnum(6)}-${f.upperAlnum(11)}-${f.upperAlnum(5)}-${f.upperAlnum(5)}-${f.upperAlnum(5)}`,
    ],
    noMatch: [
      'OP_SECRET_KEY=A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX',
      'OP_SECRET_KEY=${OP_SECRET_KEY}',
      `ticket A3-${f.upperAlnum(6)}-${f.upperAlnum(5)}`,
    ],
  }),
};

export const onePassword: Rule[] = [onePasswordServiceAccountToken, onePasswordSecretKey];
