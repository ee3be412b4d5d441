import type { Rule } from '../src/engine/rule.ts';
import { prefixedToken } from './lib/databases-and-saas-kit.ts';

// Databricks personal access tokens: `dapi` + 32 hex, optionally `-<digit>` (Azure workspaces).
// https://docs.databricks.com/en/dev-tools/auth/pat.html
export const databricksApiToken = prefixedToken({
  id: 'databricks-api-token',
  description: 'Databricks personal access token (dapi…)',
  docs: 'https://docs.databricks.com/en/dev-tools/auth/pat.html',
  keywords: ['dapi'],
  regex: /\b(dapi[a-f0-9]{32}(?:-[0-9])?)(?![A-Za-z0-9_-])/,
  minEntropy: 3.0,
  remediation:
    'Revoke the token in the workspace (Settings → Developer → Access tokens → Revoke, or the Token Management API for admins), prefer OAuth M2M for automation, and update DATABRICKS_TOKEN.',
  env: 'DATABRICKS_TOKEN',
  prefix: 'dapi',
  token: (f) => `dapi${f.hex(32)}`,
  extraMatch: (f) => [`[DEFAULT]\nhost = https://adb-${f.digits(16)}.7.azuredatabricks.net\ntoken = dapi${f.hex(32)}-2\n`],
  extraNoMatch: (f) => [`see dapi${f.hex(20)} in the docs`, `const dapiVersion = "${f.hex(32)}";`],
});

export const databricks: Rule[] = [databricksApiToken];
