import type { Rule } from '../src/engine/rule.ts';
import { shannonEntropy } from '../src/engine/entropy.ts';

// JSON Web Token, compact JWS serialisation (RFC 7519 §3, RFC 7515 §7.1): three base64url
// segments `header.payload.signature`; the header is a JSON object with `alg` and starts `eyJ`
// (base64url of `{"`). Unsigned tokens (`alg: none`) carry no signature and grant nothing by
// themselves; the jwt.io sample token is documentation.

function decodeJson(segment: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function jwtReason(token: string): string | null {
  const [h = '', p = '', s = ''] = token.split('.');
  const header = decodeJson(h);
  if (!header) return 'the header is not base64url JSON';
  if (typeof header.alg !== 'string') return 'the header has no "alg"';
  if (header.alg.toLowerCase() === 'none') return 'an unsigned token (alg: none)';
  const payload = decodeJson(p);
  if (!payload) return 'the payload is not base64url JSON';
  if (payload.sub === '1234567890' && payload.name === 'John Doe') return 'the jwt.io sample token';
  // Library READMEs sign toy payloads: {"some": "payload"}, {"foo": "bar"}, {"hello": "world"}.
  const entries = Object.entries(payload);
  if (entries.length === 1 && /^(?:payload|bar|baz|world|value|data|test)$/.test(String(entries[0]![1]))) return 'a documentation sample payload';
  // Supabase anon keys ship in browser code by design (row-level security guards the data).
  if (payload.role === 'anon' && (payload.iss === 'supabase' || payload.iss === 'supabase-demo' || typeof payload.ref === 'string'))
    return 'a public Supabase anon key';
  const floor = Math.min(4.0, Math.log2(s.length) * 0.8);
  if (shannonEntropy(s) < floor) return 'the signature is not random';
  return null;
}

export const jwtToken: Rule = {
  id: 'jwt-token',
  description: 'JSON Web Token (signed, with a JSON header and payload)',
  docs: 'https://datatracker.ietf.org/doc/html/rfc7519#section-3',
  keywords: ['eyj'],
  // Each segment is one character class bounded by `.`, so matching is linear. The signature is
  // at least 22 characters (an HS256 MAC is 43, RS256 342); a JWE (five segments) is not matched.
  regex: /(?<![\w.-])(eyJ[A-Za-z0-9_-]{8,4096}\.e[wy][A-Za-z0-9_-]{4,16384}\.[A-Za-z0-9_-]{22,2048})(?![\w.-]|=)/,
  validate: (secret) => jwtReason(secret) ?? true,
  generic: true,
  visiblePrefix: /^eyJ/,
  remediation:
    'A JWT is a bearer credential until it expires: revoke the session or refresh token it belongs to in the issuing service (identity provider console, or your auth server), and if it is long-lived or a service key, rotate the signing key / API key that minted it so that it stops verifying.',
  examples: (f) => {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const unsigned = `${enc({ alg: 'none', typ: 'JWT' })}.${enc({ sub: f.digits(6) })}.`;
    return {
      match: [
        `Authorization: Bearer ${f.jwt()}`,
        `const token = "${f.jwt()}";`,
        `SERVICE_ROLE_KEY=${f.jwt({ role: 'service_role', iss: 'auth', exp: 1999999999 })}`,
        `{"id_token": "${f.jwt({ sub: f.uuid(), aud: 'web' })}"}`,
        `curl -H 'x-access-token: ${f.jwt()}' https://api.internal/v1/me`,
      ],
      noMatch: [
        `token = "${unsigned}"`,
        `token = "${enc({ typ: 'JWT' })}.${enc({ sub: f.digits(6) })}.${f.b64url(43)}"`,
        'const token = "eyJhbGciOiJIUzI1NiJ9.eyJ...sig";',
        `jwt = "eyJ${f.b64url(30)}.${f.b64url(40)}.${f.b64url(43)}"`,
        `Authorization: Bearer ${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ sub: '1234567890', name: 'John Doe', iat: 1516239022 })}.${f.b64url(43)}`,
        `anonKey: '${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ iss: 'supabase', ref: f.lowerAlnum(20), role: 'anon' })}.${f.b64url(43)}'`,
        `token = "${enc({ alg: 'HS256' })}.${enc({ sub: 'x' })}.${'a'.repeat(43)}"`,
        `encoded = "${enc({ alg: 'HS256', typ: 'JWT' })}.${enc({ some: 'payload' })}.${f.b64url(43)}"`,
      ],
    };
  },
};

export const jwt: Rule[] = [jwtToken];
