import type { Rule } from '../src/engine/rule.ts';
import { assignment, looksRandom, prefixedToken, randomMixedCase } from './lib/databases-and-saas-kit.ts';

// Vault tokens since 1.10: `hvs.` service, `hvb.` batch, `hvr.` recovery tokens (service tokens
// ~95 characters, batch tokens longer). Before 1.10 service tokens were `s.` + 24 alphanumerics,
// which is too short to report without a Vault token setting beside it.
// https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes
const DOCS = 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes';
const ROTATE =
  'Revoke the token (vault token revoke <token>, or vault token revoke -accessor <accessor>), check the audit log for its use, and issue a short-lived replacement through an auth method (AppRole, OIDC, Kubernetes) instead of a static token.';

function vault(id: string, prefix: string, description: string, min: number, max: number) {
  return prefixedToken({
    id,
    description,
    docs: DOCS,
    keywords: [prefix],
    regex: new RegExp(`\\b(${prefix.replace('.', '\\.')}[A-Za-z0-9_-]{${min},${max}})(?![A-Za-z0-9_.-])`),
    minEntropy: 4.0,
    validate: (s) => (looksRandom(s.slice(4)) ? true : 'body is not random'),
    remediation: ROTATE,
    env: 'VAULT_TOKEN',
    prefix,
    token: (f) => prefix + f.b64url(min + 3),
    extraMatch: (f) => [
      `vault login ${prefix}${f.b64url(min + 5)}`,
      `curl -H "X-Vault-Token: ${prefix}${f.b64url(min + 2)}" https://vault.internal:8200/v1/secret/data/app`,
    ],
    extraNoMatch: (f) => [`see ${prefix}${f.b64url(40)} in the docs`, `const cfg = { ${prefix}${f.lowerAlnum(12)}: 1 }`],
  });
}

export const vaultServiceToken = vault('hashicorp-vault-service-token', 'hvs.', 'HashiCorp Vault service token (hvs.)', 90, 120);
export const vaultBatchToken = vault('hashicorp-vault-batch-token', 'hvb.', 'HashiCorp Vault batch token (hvb.)', 138, 300);
export const vaultRecoveryToken = vault('hashicorp-vault-recovery-token', 'hvr.', 'HashiCorp Vault recovery token (hvr.)', 90, 120);

export const vaultLegacyToken: Rule = {
  id: 'hashicorp-vault-legacy-token',
  description: 'HashiCorp Vault service token in the pre-1.10 format (s. + 24), assigned to a Vault token setting',
  docs: DOCS,
  keywords: ['vault'],
  regex: assignment('vault', 'token', 's\\.[A-Za-z0-9]{24}'),
  minEntropy: 3.5,
  validate: (s) => (/^s\./.test(s) ? randomMixedCase(s.slice(2)) : 'not a legacy token'),
  remediation: ROTATE,
  examples: (f) => ({
    match: [
      `VAULT_TOKEN=s.${f.b62(24)}`,
      `curl -H "X-Vault-Token: s.${f.b62(24)}" https://vault:8200/v1/sys/health`,
      `vault_token: "s.${f.b62(24)}"`,
    ],
    noMatch: ['VAULT_TOKEN=${VAULT_TOKEN}', 'VAULT_TOKEN=root', `VAULT_TOKEN_PATH=s.${f.b62(10)}`],
  }),
};

export const hashicorpVault: Rule[] = [vaultServiceToken, vaultBatchToken, vaultRecoveryToken, vaultLegacyToken];
