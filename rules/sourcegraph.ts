import type { Rule } from '../src/engine/rule.ts';
import { prefixedToken } from './lib/databases-and-saas-kit.ts';

// Sourcegraph access tokens (v3+): `sgp_` + optional 16-hex instance identifier or `local` + `_`
// + 40 hex. https://sourcegraph.com/docs/dev/security/secret_formats
export const sourcegraphAccessToken = prefixedToken({
  id: 'sourcegraph-access-token',
  description: 'Sourcegraph access token (sgp_)',
  docs: 'https://sourcegraph.com/docs/dev/security/secret_formats',
  keywords: ['sgp_'],
  regex: /\b(sgp_(?:[a-fA-F0-9]{16}_|local_)?[a-fA-F0-9]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3.0,
  remediation:
    'Delete the token in Sourcegraph (User settings → Access tokens → Delete), create a replacement, and update SRC_ACCESS_TOKEN.',
  env: 'SRC_ACCESS_TOKEN',
  prefix: 'sgp_',
  token: (f) => `sgp_${f.hex(16)}_${f.hex(40)}`,
  extraMatch: (f) => [`SRC_ACCESS_TOKEN=sgp_local_${f.hex(40)}`, `src login --token sgp_${f.hex(40)}`],
  extraNoMatch: (f) => [`see sgp_${f.hex(30)} in the docs`],
});

export const sourcegraph: Rule[] = [sourcegraphAccessToken];
