import type { Rule } from '../src/engine/rule.ts';
import { assignment, looksRandom, prefixedToken } from './lib/databases-and-saas-kit.ts';

// Dropbox short-lived access tokens start `sl.` (newer ones `sl.u.`) followed by 130+ URL-safe
// characters; long-lived tokens (no longer issued) were 11 characters + `AAAAAAAAAA` + 43 and have
// no prefix, so they need a Dropbox setting. https://developers.dropbox.com/oauth-guide
const DOCS = 'https://developers.dropbox.com/oauth-guide';
const ROTATE =
  'Revoke the token (POST https://api.dropboxapi.com/2/auth/token/revoke, or App Console → the app → Settings → revoke generated tokens / connected apps at https://www.dropbox.com/account/connected_apps), then issue a new one through OAuth.';

export const dropboxShortLivedToken = prefixedToken({
  id: 'dropbox-short-lived-token',
  description: 'Dropbox short-lived access token (sl.)',
  docs: DOCS,
  keywords: ['sl.'],
  regex: /\b(sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400})(?![A-Za-z0-9_.-])/,
  minEntropy: 4.5,
  validate: (s) => (looksRandom(s) ? true : 'body is not random'),
  remediation: ROTATE,
  env: 'DROPBOX_ACCESS_TOKEN',
  prefix: 'sl.',
  token: (f) => `sl.${f.b64url(136)}`,
  extraMatch: (f) => [`DROPBOX_ACCESS_TOKEN=sl.u.${f.b64url(400)}`],
  extraNoMatch: (f) => [`see sl.${f.b64url(60)} in the docs`, `import ssl.${f.lowerAlnum(140)}`],
});

export const dropboxLongLivedToken: Rule = {
  id: 'dropbox-long-lived-token',
  description: 'Dropbox long-lived access token assigned to a Dropbox setting',
  docs: DOCS,
  keywords: ['dropbox'],
  regex: assignment('dropbox', '(?:access[_.-]?|api[_.-]?)?(?:token|key)', '[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_-]{43}'),
  minEntropy: 3.5,
  remediation: ROTATE,
  examples: (f) => ({
    match: [`DROPBOX_ACCESS_TOKEN=${f.b62(11)}AAAAAAAAAA${f.b64url(43)}`, `dropbox_token: "${f.b62(11)}AAAAAAAAAA${f.b64url(43)}"`],
    noMatch: ['DROPBOX_ACCESS_TOKEN=${DROPBOX_ACCESS_TOKEN}', `dropbox_token: "${'x'.repeat(11)}AAAAAAAAAA${'x'.repeat(43)}"`],
  }),
};

export const dropbox: Rule[] = [dropboxShortLivedToken, dropboxLongLivedToken];
