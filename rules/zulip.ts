import type { Rule } from '../src/engine/rule.ts';
import { all, bodyIsNotPlaceholder, bothCases, ci, near, notHex, OP } from './lib/messaging-ai-registries-kit.ts';

// Zulip API keys are 32 base62 characters (https://zulip.com/api/api-keys), kept in a zuliprc
// (`[api]` / `key=` / `site=`) or a ZULIP_API_KEY setting.
export const zulipApiKey: Rule = {
  id: 'zulip-api-key',
  description: 'Zulip bot or user API key',
  docs: 'https://zulip.com/api/api-keys',
  keywords: ['zulip'],
  regex: new RegExp(`(?:${near('zulip', '(?:api[_.-]?)?key')}${OP}|^[ \\t]*${ci('key')}[ \\t]*=[ \\t]*)([A-Za-z0-9]{32})(?![\\w-])`, 'm'),
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(0), notHex, bothCases(2)),
  minEntropy: 3.5,
  remediation:
    'Regenerate the key in Zulip (Personal settings → Account & privacy → API key, or Personal settings → Bots for a bot) and update the zuliprc.',
  examples: (f) => ({
    match: [`ZULIP_API_KEY=${f.b62(32)}`, `[api]\nemail=bot@zulip.example.com\nkey=${f.b62(32)}\nsite=https://zulip.example.com`],
    noMatch: ['ZULIP_API_KEY=your-api-key', `[api]\nemail=bot@example.com\nkey=${f.b62(32)}`, 'ZULIP_SITE=https://chat.zulip.org'],
  }),
};

export const zulip: Rule[] = [zulipApiKey];
