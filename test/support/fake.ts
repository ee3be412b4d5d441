import type { Fake } from '../../src/engine/fake.ts';
import { BASE62, base62, crc32 } from '../../src/engine/checksum.ts';

/** Deterministic numbers in [0, 1) from a seed (xorshift32 pair: enough for test data, not cryptographic). */
export function seededRandom(seed: number | string): () => number {
  let s0 = hash(String(seed)) | 1;
  let s1 = hash(`${seed}:1`) | 1;
  return () => {
    s0 ^= s0 << 13;
    s0 ^= s0 >>> 17;
    s0 ^= s0 << 5;
    s1 ^= s1 << 7;
    s1 ^= s1 >>> 9;
    s1 ^= s1 << 8;
    return ((s0 ^ s1) >>> 0) / 0x100000000;
  };
}

/**
 * Deterministic fake-secret generator (seededRandom, seeded per test), so that a failing example
 * reproduces, while the repository itself never holds a secret-shaped literal.
 * Set SECRET_HOOKS_FAKE_SEED to vary the seed; by default each call site passes its own.
 */
export function createFake(seed: number | string = process.env.SECRET_HOOKS_FAKE_SEED ?? 1): Fake {
  const next = seededRandom(seed);
  const chars = (alphabet: string, n: number): string => {
    let out = '';
    for (let i = 0; i < n; i++) out += alphabet[Math.floor(next() * alphabet.length)];
    return out;
  };
  const bytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => Math.floor(next() * 256)));
  const LOWER = 'abcdefghijklmnopqrstuvwxyz';
  const UPPER = LOWER.toUpperCase();
  const DIGITS = '0123456789';
  const B64 = UPPER + LOWER + DIGITS + '+/';
  const B64URL = UPPER + LOWER + DIGITS + '-_';
  // Random strings can contain a filler run by chance (tiny odds); regenerate so examples stay meaningful.
  const clean = (gen: () => string): string => {
    for (;;) {
      const v = gen();
      if (!/(.)\1\1\1|0123|1234|abcd|xxxx/i.test(v)) return v;
    }
  };
  const fake: Fake = {
    chars: (a, n) => clean(() => chars(a, n)),
    b62: (n) => clean(() => chars(BASE62, n)),
    hex: (n) => clean(() => chars('0123456789abcdef', n)),
    HEX: (n) => clean(() => chars('0123456789ABCDEF', n)),
    lowerAlnum: (n) => clean(() => chars(LOWER + DIGITS, n)),
    upperAlnum: (n) => clean(() => chars(UPPER + DIGITS, n)),
    b64: (n) => clean(() => chars(B64, n)),
    b64url: (n) => clean(() => chars(B64URL, n)),
    digits: (n) => clean(() => chars(DIGITS, n)),
    base64Bytes: (n) => clean(() => bytes(n).toString('base64')),
    uuid: () => {
      const h = bytes(16);
      h[6] = (h[6]! & 0x0f) | 0x40;
      h[8] = (h[8]! & 0x3f) | 0x80;
      const x = h.toString('hex');
      return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
    },
    crc32Token: (prefix, n) => {
      const body = fake.b62(n);
      return prefix + body + base62(crc32(body), 6);
    },
    badCrc32Token: (prefix, n) => {
      const body = fake.b62(n);
      const good = base62(crc32(body), 6);
      const bad = good.slice(0, 5) + (good[5] === 'A' ? 'B' : 'A');
      return prefix + body + bad;
    },
    jwt: (payload = { sub: fake.digits(8), iat: 1700000000 + Math.floor(next() * 1e7), role: 'admin' }) => {
      const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
      return `${enc({ alg: 'HS256', typ: 'JWT' })}.${enc(payload)}.${bytes(32).toString('base64url')}`;
    },
    pem: (label, n = 1190) => {
      const body = bytes(n).toString('base64').replace(/(.{64})/g, '$1\n').trimEnd();
      return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
    },
    password: (n) => clean(() => chars(UPPER + LOWER + DIGITS + '!@#%^&*-_=+', n)),
  };
  return fake;
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}
