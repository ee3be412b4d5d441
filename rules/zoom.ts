import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, bothCases, near, notHex } from './lib/messaging-ai-registries-kit.ts';

// Zoom app credentials have no prefix: Server-to-Server OAuth / OAuth client secrets (32 base62), the
// retired JWT API secret (36), and the event-webhook secret token (22 base64url)
// (https://developers.zoom.us/docs/internal-apps/s2s-oauth/, https://developers.zoom.us/docs/api/webhooks/).
export const zoomClientSecret: Rule = {
  id: 'zoom-client-secret',
  description: 'Zoom app client secret, API secret or webhook secret token',
  docs: 'https://developers.zoom.us/docs/internal-apps/s2s-oauth/',
  keywords: ['zoom'],
  regex: assigned(
    near('zoom', '(?:(?:client|api|jwt|sdk|app)[_.-]?secret|(?:webhook[_.-]?|verification[_.-]?)?secret[_.-]?token)'),
    '[A-Za-z0-9_-]{22,36}',
    String.raw`(?![\w-])`,
  ),
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(0), notHex, bothCases(1)),
  minEntropy: 3.5,
  remediation:
    'Regenerate the secret at https://marketplace.zoom.us/user/build → your app → App Credentials (or Feature → Secret Token), then update the server that uses it.',
  examples: (f) => ({
    match: [`ZOOM_CLIENT_SECRET=${f.b62(32)}`, `zoom_webhook_secret_token: "${f.b64url(22)}"`, `ZOOM_API_SECRET='${f.b62(36)}'`],
    noMatch: [`ZOOM_CLIENT_ID=${f.b62(22)}`, 'ZOOM_CLIENT_SECRET=your_client_secret', `ZOOM_ACCOUNT_ID=${f.b62(22)}`],
  }),
};

export const zoom: Rule[] = [zoomClientSecret];
