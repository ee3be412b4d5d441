import type { Rule } from '../src/engine/rule.ts';
import { assignment } from './lib/databases-and-saas-kit.ts';

// Rollbar project access tokens are 32 hex characters with no prefix. `post_client_item` tokens are
// embedded in browser / mobile apps by design and are not reported; server-side and read/write
// tokens are. https://docs.rollbar.com/docs/access-tokens
export const rollbarAccessToken: Rule = {
  id: 'rollbar-access-token',
  description: 'Rollbar server-side / read / write access token assigned to a Rollbar setting',
  docs: 'https://docs.rollbar.com/docs/access-tokens',
  keywords: ['rollbar'],
  regex: assignment('rollbar', '(?:access[_.-]?)?token', '[a-f0-9]{32}'),
  minEntropy: 3.0,
  validate: (s, m) => (/client/i.test(m[0]) ? 'client-side tokens are public' : /^[a-f0-9]{32}$/.test(s) ? true : 'not lower-case hex'),
  remediation:
    'Disable and delete the token in Rollbar (Project → Settings → Project Access Tokens), create a replacement with the minimum scope, and update the server config.',
  examples: (f) => ({
    match: [
      `ROLLBAR_ACCESS_TOKEN=${f.hex(32)}`,
      `ROLLBAR_POST_SERVER_ITEM_ACCESS_TOKEN="${f.hex(32)}"`,
      `config.rollbarToken = '${f.hex(32)}'`,
    ],
    noMatch: [`rollbar_environment: production`, 'ROLLBAR_ACCESS_TOKEN=${ROLLBAR_ACCESS_TOKEN}'],
  }),
};

export const rollbar: Rule[] = [rollbarAccessToken];
