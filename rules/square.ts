import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/cloud-and-code-kit.ts';

// Square access tokens: `EAAA` + 60 URL-safe characters (current), `sq0atp-` + 22 (legacy); OAuth
// application secrets: `sq0csp-` + 43. https://developer.squareup.com/docs/build-basics/access-tokens
const DOCS = 'https://developer.squareup.com/docs/build-basics/access-tokens';

export const squareAccessToken: Rule = {
  id: 'square-access-token',
  description: 'Square access token (EAAA…, sq0atp-)',
  docs: DOCS,
  keywords: ['eaaa', 'sq0atp-'],
  regex: /(?<![A-Za-z0-9_-])(EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
  validate: (s) => bodyIsNotPlaceholder(s.startsWith('EAAA') ? 4 : 7)(s),
  remediation:
    'Revoke the token in the Square Developer Console (Applications > the app > Credentials > Replace / Revoke access token, or revoke the OAuth grant) and review recent payments and API logs.',
  examples: (f) => ({
    match: [
      `SQUARE_ACCESS_TOKEN=EAAA${f.b64url(60)}`,
      `client = Client(access_token="EAAA${f.b64url(60)}", environment="production")`,
      `square_token: sq0atp-${f.b64url(22)}`,
    ],
    noMatch: [
      'SQUARE_ACCESS_TOKEN=EAAAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `// tokens look like EAAA${f.b64url(20)}…`,
      'SQUARE_ACCESS_TOKEN=${SQUARE_ACCESS_TOKEN}',
    ],
  }),
};

export const squareOauthSecret: Rule = {
  id: 'square-oauth-secret',
  description: 'Square OAuth application secret (sq0csp-)',
  docs: 'https://developer.squareup.com/docs/oauth-api/overview',
  keywords: ['sq0csp-'],
  regex: /(?<![A-Za-z0-9_-])(sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
  validate: bodyIsNotPlaceholder(7),
  remediation:
    'Replace the application secret in the Square Developer Console (Applications > the app > OAuth > Replace secret) and update the OAuth server.',
  examples: (f) => ({
    match: [`SQUARE_APPLICATION_SECRET=sq0csp-${f.b64url(43)}`, `"client_secret": "sq0csp-${f.b64url(43)}"`],
    noMatch: [
      'SQUARE_APPLICATION_SECRET=sq0csp-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `SQUARE_APPLICATION_SECRET=sq0csp-${f.b64url(10)}`,
    ],
  }),
};

export const square: Rule[] = [squareAccessToken, squareOauthSecret];
