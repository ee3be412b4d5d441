import type { Rule } from '../src/engine/rule.ts';
import { prefixedToken } from './lib/databases-and-saas-kit.ts';

// Typeform personal access tokens: `tfp_` + 59 URL-safe characters.
// https://www.typeform.com/developers/get-started/personal-access-token/
export const typeformPersonalAccessToken = prefixedToken({
  id: 'typeform-personal-access-token',
  description: 'Typeform personal access token (tfp_)',
  docs: 'https://www.typeform.com/developers/get-started/personal-access-token/',
  keywords: ['tfp_'],
  regex: /\b(tfp_[A-Za-z0-9_.=-]{59})(?![A-Za-z0-9_=-])/,
  minEntropy: 4.0,
  remediation:
    'Delete the token in Typeform (Account → Your settings → Personal tokens), generate a replacement, and update the integration.',
  env: 'TYPEFORM_TOKEN',
  prefix: 'tfp_',
  token: (f) => `tfp_${f.b64url(44)}_${f.b64url(14)}`,
  extraNoMatch: (f) => [`see tfp_${f.b64url(30)} in the docs`],
});

export const typeform: Rule[] = [typeformPersonalAccessToken];
