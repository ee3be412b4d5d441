import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder, notFilled } from './lib/cloud-and-code-kit.ts';

// Fly.io tokens: `fo1_` + 43 (OAuth/personal, legacy) or macaroon tokens `fm1a_` / `fm1r_` / `fm2_`
// + long base64, often sent as `FlyV1 fm2_…,fm2_…`.
// https://fly.io/docs/security/tokens/
export const flyioAccessToken: Rule = {
  id: 'flyio-access-token',
  description: 'Fly.io API / deploy token',
  docs: 'https://fly.io/docs/security/tokens/',
  keywords: ['fo1_', 'fm1a_', 'fm1r_', 'fm2_'],
  regex: /(?<![A-Za-z0-9_-])(fo1_[A-Za-z0-9_-]{43}|fm(?:1[ar]|2)_[A-Za-z0-9+/]{100,4000}={0,3})(?![A-Za-z0-9_+/=-])/,
  minEntropy: 4.0,
  // Macaroon bodies run to hundreds of characters: see notFilled.
  allowFillers: true,
  validate: (s) => (s.startsWith('fo1_') ? bodyIsNotPlaceholder(4)(s) : notFilled(s)),
  remediation:
    'Revoke the token with `fly tokens revoke <id>` (list with `fly tokens list`) or in the dashboard (Account > Access Tokens), then mint a deploy token scoped to one app with an expiry.',
  examples: (f) => ({
    match: [
      `FLY_API_TOKEN=fo1_${f.b64url(43)}`,
      `FLY_API_TOKEN="FlyV1 fm2_${f.b64(180)}"`,
      `fly deploy --access-token fm1r_${f.b64(140)}==`,
    ],
    noMatch: [
      'FLY_API_TOKEN=fo1_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `FLY_API_TOKEN=fo1_${f.b64url(20)}`,
      'FLY_API_TOKEN=${{ secrets.FLY_API_TOKEN }}',
      `fm2_${f.b64(30)}`,
    ],
  }),
};

export const flyio: Rule[] = [flyioAccessToken];
