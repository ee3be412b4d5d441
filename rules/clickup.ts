import type { Rule } from '../src/engine/rule.ts';
import { prefixedToken } from './lib/databases-and-saas-kit.ts';

// ClickUp personal API tokens: `pk_` + numeric user ID + `_` + 32 upper-case alphanumerics.
// https://clickup.com/api/developer-portal/authentication/#personal-token
export const clickupPersonalToken = prefixedToken({
  id: 'clickup-personal-token',
  description: 'ClickUp personal API token (pk_<user id>_…)',
  docs: 'https://clickup.com/api/developer-portal/authentication/',
  keywords: ['pk_'],
  regex: /\b(pk_[0-9]{5,12}_[A-Z0-9]{32})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
  remediation: 'Regenerate the token in ClickUp (Settings → Apps → API Token → Regenerate), then update the integration.',
  env: 'CLICKUP_API_TOKEN',
  prefix: 'pk_',
  token: (f) => `pk_${f.digits(8)}_${f.upperAlnum(32)}`,
  extraNoMatch: (f) => [`STRIPE_PUBLISHABLE_KEY=pk_live_${f.b62(24)}`, `see pk_${f.digits(8)}_${f.upperAlnum(20)} in the docs`],
});

export const clickup: Rule[] = [clickupPersonalToken];
