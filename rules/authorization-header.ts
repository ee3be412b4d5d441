import type { Rule } from '../src/engine/rule.ts';
import { passwordReason, tokenReason } from './support/values.ts';

// A literal credential in an HTTP Authorization header: `Bearer <token>` (RFC 6750 §2.1),
// `Basic <base64 of user:password>` (RFC 7617 §2), or the `Token` / `Bot` / `ApiKey` schemes some
// APIs use (GitHub, Discord, Elasticsearch).
// Found in curl commands, .http / .rest files, code that sets headers, and YAML / JSON configs.

/** Why a `Basic` credential is not a secret: it must decode to `user:password`. */
export function basicCredentialReason(b64: string): string | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64) || b64.length % 4 === 1) return 'not base64';
  const text = Buffer.from(b64, 'base64').toString('utf8');
  if (!/^[\x20-\x7e]+$/.test(text)) return 'does not decode to text';
  const colon = text.indexOf(':');
  if (colon < 0) return 'does not decode to user:password';
  const user = text.slice(0, colon);
  const password = text.slice(colon + 1);
  // `apikey:` (an API key sent as the user name with an empty password, as Stripe and others do)
  if (password === '') return user === '' ? 'empty user and password' : tokenReason(user);
  if (user !== '' && user.toLowerCase() === password.toLowerCase()) return 'the password equals the user name';
  return passwordReason(password, { minLength: 6, identifiers: 'allow' });
}

export const authorizationHeader: Rule = {
  id: 'authorization-header',
  description: 'Literal Bearer / Basic / Token credential in an HTTP Authorization header',
  docs: 'https://datatracker.ietf.org/doc/html/rfc6750#section-2.1',
  keywords: ['authorization'],
  // `Authorization` as a header line, a map key ("Authorization": …, ['Authorization'] = …), a
  // call argument ('Authorization', '…') or a web-server directive's argument with a quoted value
  // (nginx `proxy_set_header Authorization "Basic …"`, Apache `RequestHeader set Authorization "…"`,
  // HAProxy `http-request set-header Authorization "…"`); then the scheme and the credential in one class.
  regex:
    /(?<![\w-])(?:proxy-)?authorization["'`]?\]?(?:[ \t]*[:=,][ \t]*(?:[fbr]?["'`])?|[ \t]+["'])[ \t]*(Bearer|Basic|Token|Bot|Api-?Key)[ \t]+([A-Za-z0-9._~+/-]{8,4096}=*)(?![A-Za-z0-9._~+/=-])/i,
  secretGroup: 2,
  generic: true,
  validate: (secret, m) => {
    const scheme = (m[1] ?? '').toLowerCase();
    const reason = scheme === 'basic' ? basicCredentialReason(secret) : tokenReason(secret);
    return reason ?? true;
  },
  remediation:
    'Revoke the token in the service that issued it (its API-token or OAuth-app settings) or change the account password for Basic credentials, then read the header value from an environment variable or secret store at run time.',
  examples: (f) => {
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    return {
      match: [
        `curl -s -H "Authorization: Bearer ${f.b62(40)}" https://api.vendor.io/v1/items`,
        `GET https://api.vendor.io/v1/me\nAuthorization: Basic ${b64(`svc-report:${f.password(16)}`)}\n`,
        `headers = {"Authorization": "Token ${f.hex(40)}"}`,
        `http:\n  headers:\n    Authorization: "Bearer ${f.b64url(48)}"`,
        `fetch(url, { headers: { Authorization: 'Basic ${b64(`${f.b62(32)}:`)}' } });`,
        `req.Header.Set("Authorization", "Bearer ${f.b62(32)}")`,
        `xhr.setRequestHeader('Proxy-Authorization', 'Basic ${b64(`proxy:${f.b62(14)}`)}');`,
        `location /internal/ {\n    proxy_pass http://legacy:8080/;\n    proxy_set_header Authorization "Basic ${b64(`admin:${f.b64url(20)}`)}";\n}`,
        `RequestHeader set Authorization "Bearer ${f.b62(40)}"`,
        `    http-request set-header Authorization 'Bearer ${f.b64url(43)}'`,
        `curl -H "Authorization: ApiKey ${f.base64Bytes(36)}" https://search.corp.lan:9200/_cat/indices`,
      ],
      noMatch: [
        'curl -H "Authorization: Bearer ${API_TOKEN}" https://api.vendor.io',
        'Authorization: Bearer {{token}}',
        'Authorization: Bearer <token>',
        'Authorization: Bearer YOUR_ACCESS_TOKEN',
        'headers: { "Authorization": "Bearer " + token }',
        `headers = {"Authorization": f"Bearer {token}"}`,
        'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==',
        `Authorization: Basic ${b64('user:password')}`,
        `Authorization: Basic ${b64('admin:admin')}`,
        `Authorization: Basic ${f.base64Bytes(24)}`,
        'Authorization: Bearer abc123',
        `Authorization: Bearer ${f.uuid()}`,
        'The Authorization header carries Bearer tokens issued by the identity provider.',
        'proxy_set_header Authorization "Bearer $http_x_token";',
        'proxy_set_header Authorization $http_authorization;',
        'Send the Authorization "Bearer" header with every request.',
      ],
    };
  },
};

export const authorizationHeaders: Rule[] = [authorizationHeader];
