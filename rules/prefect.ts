import type { Rule } from '../src/engine/rule.ts';
import { prefixedToken } from './lib/databases-and-saas-kit.ts';

// Prefect Cloud API keys: `pnu_` (user) or `pnb_` (service account / bot) + 36 alphanumerics.
// https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys
export const prefectApiKey = prefixedToken({
  id: 'prefect-api-key',
  description: 'Prefect Cloud API key (pnu_ / pnb_)',
  docs: 'https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys',
  keywords: ['pnu_', 'pnb_'],
  regex: /\b(pn[ub]_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/,
  minEntropy: 4.0,
  remediation:
    'Delete the key in Prefect Cloud (Profile → API keys, or Service accounts → the account → rotate), create a replacement, and update PREFECT_API_KEY.',
  env: 'PREFECT_API_KEY',
  prefix: 'pnu_',
  token: (f) => `pnu_${f.b62(36)}`,
  extraMatch: (f) => [`prefect cloud login --key pnb_${f.b62(36)}`],
  extraNoMatch: (f) => [`see pnu_${f.b62(20)} in the docs`],
});

export const prefect: Rule[] = [prefectApiKey];
