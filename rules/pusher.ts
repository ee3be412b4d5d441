import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, near } from './lib/messaging-ai-registries-kit.ts';

// Pusher Channels app key (public) and app secret are 20 hex each (https://pusher.com/docs/channels/server_api/http-api/#authentication).
// Only the secret is reported, next to a Pusher secret setting.
export const pusherAppSecret: Rule = {
  id: 'pusher-app-secret',
  description: 'Pusher Channels app secret',
  docs: 'https://pusher.com/docs/channels/server_api/http-api/#authentication',
  keywords: ['pusher'],
  regex: assigned(near('pusher', '(?:app[_.-]?)?secret'), '[a-f0-9]{20}', String.raw`(?![\w-])`),
  minEntropy: 2.5,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation:
    'Create a new key pair at https://dashboard.pusher.com → your app → App Keys, switch the server to it, then delete the old key.',
  examples: (f) => ({
    match: [
      `PUSHER_APP_SECRET=${f.hex(20)}`,
      `const pusher = new Pusher({ appId, key, pusherSecret: "${f.hex(20)}" });`,
      `pusher_secret: '${f.hex(20)}'`,
    ],
    noMatch: [`PUSHER_APP_ID=${f.digits(7)}`, 'PUSHER_APP_SECRET=your-app-secret', 'PUSHER_APP_CLUSTER=eu'],
  }),
};

export const pusher: Rule[] = [pusherAppSecret];
