import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder, contextual, gap, mixedCase } from './lib/cloud-and-code-kit.ts';

const ROTATE =
  'Revoke the token in the Netlify UI (User settings > Applications > Personal access tokens, or Authorized applications for OAuth) and create a new one with an expiry date.';

// Netlify tokens carry a type prefix: nfp_ (personal access token), nfo_ (OAuth), nfc_ (CLI).
// https://docs.netlify.com/api-and-cli-guides/api-guides/get-started-with-api/#authentication
export const netlifyAccessToken: Rule = {
  id: 'netlify-access-token',
  description: 'Netlify personal access / OAuth token (nfp_, nfo_, nfc_)',
  docs: 'https://docs.netlify.com/api-and-cli-guides/api-guides/get-started-with-api/#authentication',
  keywords: ['nfp_', 'nfo_', 'nfc_'],
  regex: /(?<![A-Za-z0-9_-])(nf[pco]_[A-Za-z0-9]{36,44})(?![A-Za-z0-9_-])/,
  minEntropy: 4.0,
  validate: (s) => (bodyIsNotPlaceholder(4)(s) === true ? mixedCase(s.slice(4)) : 'body is a placeholder'),
  remediation: ROTATE,
  examples: (f) => ({
    match: [`NETLIFY_AUTH_TOKEN=nfp_${f.b62(40)}`, `netlify deploy --prod --auth nfp_${f.b62(40)}`, `token: "nfo_${f.b62(40)}"`],
    noMatch: [
      'NETLIFY_AUTH_TOKEN=nfp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `NETLIFY_AUTH_TOKEN=nfp_${f.b62(12)}`,
      'NETLIFY_AUTH_TOKEN=${NETLIFY_AUTH_TOKEN}',
    ],
  }),
};

// Older Netlify tokens had no prefix (43 URL-safe characters): only with a Netlify setting name.
export const netlifyAccessTokenLegacy = contextual({
  id: 'netlify-access-token-legacy',
  description: 'Netlify access token (legacy unprefixed format, in a Netlify setting)',
  docs: 'https://docs.netlify.com/api-and-cli-guides/api-guides/get-started-with-api/#authentication',
  keywords: ['netlify'],
  name: `netlify${gap()}(?:auth[_.\\-]?token|access[_.\\-]?token|api[_.\\-]?token|token)`,
  value: '[A-Za-z0-9_\\-]{40,46}',
  tail: 'A-Za-z0-9_\\-',
  fake: (f) => f.b64url(42) + f.digits(1),
  envs: ['NETLIFY_AUTH_TOKEN', 'netlify_token', 'NETLIFY_ACCESS_TOKEN'],
  minEntropy: 4.0,
  validate: (s) => (s.startsWith('nf') && s[3] === '_' ? 'prefixed token (reported by netlify-access-token)' : mixedCase(s)),
  remediation: ROTATE,
  moreNoMatch: (f) => [`NETLIFY_SITE_ID=${f.uuid()}`, 'netlify_token_label = "deploy-from-github-actions-prod"'],
});

export const netlify: Rule[] = [netlifyAccessToken, netlifyAccessTokenLegacy];
