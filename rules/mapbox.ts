import type { Rule } from '../src/engine/rule.ts';
import { base64Json, base64Of, prefixedToken } from './lib/databases-and-saas-kit.ts';

// Mapbox tokens: `pk.` public (meant for browsers — never reported), `sk.` secret, `tk.` temporary;
// each is `<type>.` + base64url JSON ({"u":<user>,"a":<id>}) + `.` + 22-char signature.
// https://docs.mapbox.com/api/accounts/tokens/#token-format
export const mapboxSecretToken = prefixedToken({
  id: 'mapbox-secret-token',
  description: 'Mapbox secret access token (sk.eyJ…)',
  docs: 'https://docs.mapbox.com/api/accounts/tokens/#token-format',
  keywords: ['sk.eyj', 'pk.eyj'],
  // Public `pk.` tokens are matched too, and fail validation: that claims their span, so generic
  // keyword rules do not report a browser token either.
  regex: /\b([sp]k\.(eyJ[A-Za-z0-9_-]{20,300})\.[A-Za-z0-9_-]{20,30})(?![A-Za-z0-9_.-])/,
  secretGroup: 1,
  minEntropy: 4.0,
  validate: (s, m) =>
    s.startsWith('pk.')
      ? 'public token (pk.), meant for browsers'
      : typeof base64Json(m[2] ?? '')?.u === 'string'
        ? true
        : 'payload is not a Mapbox token',
  remediation:
    'Delete or rotate the token at https://account.mapbox.com/access-tokens/, create a replacement with the minimum scopes, and keep secret tokens server-side only.',
  env: 'MAPBOX_SECRET_TOKEN',
  prefix: 'sk.',
  token: (f) => `sk.${base64Of({ u: `acme-${f.lowerAlnum(5)}`, a: f.lowerAlnum(25) }, true)}.${f.b64url(22)}`,
  extraNoMatch: (f) => [
    `MAPBOX_ACCESS_TOKEN=pk.${base64Of({ u: 'acme-maps', a: f.lowerAlnum(25) }, true)}.${f.b64url(22)}`,
    `mapboxgl.accessToken = 'pk.${base64Of({ u: 'acme-maps', a: f.lowerAlnum(25) }, true)}.${f.b64url(22)}';`,
    `MAPBOX_SECRET_TOKEN=sk.eyJ${f.b62(40)}.${f.b64url(22)}`,
  ],
});

export const mapbox: Rule[] = [mapboxSecretToken];
