import type { Rule } from '../src/engine/rule.ts';
import { assignment } from './lib/databases-and-saas-kit.ts';

// Asana personal access tokens: `<version>/<user gid>[/<app gid>]:<32-char secret>` (version 1 or 2).
// The shape is distinctive but has no fixed literal, so an Asana setting name must be present.
// https://developers.asana.com/docs/personal-access-token
export const asanaPersonalAccessToken: Rule = {
  id: 'asana-personal-access-token',
  description: 'Asana personal access token assigned to an Asana setting',
  docs: 'https://developers.asana.com/docs/personal-access-token',
  keywords: ['asana'],
  regex: assignment(
    'asana',
    '(?:personal[_.-]?access[_.-]?|access[_.-]?|api[_.-]?)?(?:token|pat|key)',
    '[12]/[0-9]{12,20}(?:/[0-9]{12,20})?:[A-Za-z0-9]{32}',
  ),
  minEntropy: 3.5,
  remediation:
    'Deauthorize the token in Asana (My settings → Apps → Developer apps / Manage developer apps → the token → Deauthorize), create a replacement, and update the integration.',
  examples: (f) => ({
    match: [
      `ASANA_ACCESS_TOKEN=2/${f.digits(16)}/${f.digits(16)}:${f.hex(32)}`,
      `asana_pat: "1/${f.digits(16)}:${f.hex(32)}"`,
      `const asanaToken = '2/${f.digits(16)}/${f.digits(16)}:${f.hex(32)}';`,
    ],
    noMatch: ['ASANA_ACCESS_TOKEN=${ASANA_ACCESS_TOKEN}', `ASANA_WORKSPACE_ID=${f.digits(16)}`, 'ASANA_TOKEN=0/your-personal-access-token'],
  }),
};

export const asana: Rule[] = [asanaPersonalAccessToken];
