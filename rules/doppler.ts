import type { Rule } from '../src/engine/rule.ts';
import { looksRandom, prefixedToken } from './lib/databases-and-saas-kit.ts';

// Doppler tokens: `dp.<type>.` + 40–44 alphanumerics; service tokens may carry the config slug
// (`dp.st.<config>.…`). pt personal, st service, sa service account, ct CLI, scim SCIM, audit audit.
// https://docs.doppler.com/reference/auth-token-formats
const DOCS = 'https://docs.doppler.com/reference/auth-token-formats';
const ROTATE =
  'Revoke the token in the Doppler dashboard (Tokens page for personal/CLI tokens, Project → Config → Access for service tokens, Team → Service Accounts for service account tokens), create a replacement, and update DOPPLER_TOKEN where it was used.';

function dopplerRule(id: string, type: string, description: string, slug = false): Rule {
  const prefix = `dp.${type}.`;
  const escaped = prefix.replace(/\./g, '\\.');
  return prefixedToken({
    id,
    description,
    docs: DOCS,
    keywords: [prefix],
    regex: new RegExp(`\\b(${escaped}${slug ? '(?:[a-z0-9_-]{2,35}\\.)?' : ''}[A-Za-z0-9]{40,44})(?![A-Za-z0-9_.-])`),
    minEntropy: 3.8,
    validate: (s) => (looksRandom(s.slice(s.lastIndexOf('.') + 1)) ? true : 'body is not random'),
    remediation: ROTATE,
    env: 'DOPPLER_TOKEN',
    prefix,
    token: (f) => prefix + f.b62(43),
    extraMatch: slug ? (f) => [`DOPPLER_TOKEN=${prefix}prd.${f.b62(43)}`] : undefined,
    extraNoMatch: (f) => [`see ${prefix}${f.b62(30)} in the docs`],
  });
}

export const dopplerPersonalToken = dopplerRule('doppler-personal-token', 'pt', 'Doppler personal token (dp.pt.)');
export const dopplerServiceToken = dopplerRule('doppler-service-token', 'st', 'Doppler service token (dp.st.)', true);
export const dopplerServiceAccountToken = dopplerRule('doppler-service-account-token', 'sa', 'Doppler service account token (dp.sa.)');
export const dopplerCliToken = dopplerRule('doppler-cli-token', 'ct', 'Doppler CLI token (dp.ct.)');
export const dopplerScimToken = dopplerRule('doppler-scim-token', 'scim', 'Doppler SCIM token (dp.scim.)');
export const dopplerAuditToken = dopplerRule('doppler-audit-token', 'audit', 'Doppler audit token (dp.audit.)');

export const doppler: Rule[] = [
  dopplerPersonalToken,
  dopplerServiceToken,
  dopplerServiceAccountToken,
  dopplerCliToken,
  dopplerScimToken,
  dopplerAuditToken,
];
