import type { Rule } from '../src/engine/rule.ts';
import { contextual, gap, hasDigit } from './lib/cloud-and-code-kit.ts';

// Plaid access tokens: `access-<environment>-<UUID>`; API secrets are 30 lower-case alphanumerics.
// https://plaid.com/docs/api/tokens/#token-exchange-flow
export const plaidAccessToken: Rule = {
  id: 'plaid-access-token',
  description: 'Plaid access token (production or development Item access)',
  docs: 'https://plaid.com/docs/api/tokens/',
  keywords: ['access-production-', 'access-development-', 'access-sandbox-'],
  regex: /\b(access-(?:production|development|sandbox)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/,
  validate: (s) => (s.startsWith('access-sandbox-') ? 'sandbox token' : true),
  remediation:
    'Rotate the access token with /item/access_token/invalidate (or remove the Item with /item/remove), store the new token server-side only, and review the Item activity.',
  examples: (f) => ({
    match: [`PLAID_ACCESS_TOKEN=access-production-${f.uuid()}`, `{"access_token": "access-development-${f.uuid()}", "expiration": null}`],
    noMatch: [
      `PLAID_ACCESS_TOKEN=access-sandbox-${f.uuid()}`,
      'PLAID_ACCESS_TOKEN=access-production-00000000-0000-0000-0000-000000000000',
      'PLAID_ACCESS_TOKEN=${PLAID_ACCESS_TOKEN}',
    ],
  }),
};

export const plaidSecret = contextual({
  id: 'plaid-secret',
  description: 'Plaid API secret (in a Plaid setting)',
  docs: 'https://plaid.com/docs/api/#api-keys-and-access',
  keywords: ['plaid'],
  name: `plaid${gap()}secret`,
  value: '[a-z0-9]{30}',
  tail: 'A-Za-z0-9',
  fake: (f) => f.lowerAlnum(29) + f.digits(1),
  envs: ['PLAID_SECRET', 'plaid_secret', 'PLAID_PRODUCTION_SECRET'],
  minEntropy: 3.5,
  validate: (s) => (/^[a-z0-9]+$/.test(s) ? hasDigit(s) : 'not lower-case alphanumerics'),
  remediation: 'Rotate the secret in the Plaid Dashboard (Developers > Keys > Rotate secret) and update the servers.',
  moreNoMatch: (f) => [`PLAID_CLIENT_ID=${f.hex(24)}`, 'PLAID_ENV=production'],
});

export const plaid: Rule[] = [plaidAccessToken, plaidSecret];
