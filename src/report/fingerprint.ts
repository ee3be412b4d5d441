import { createRequire } from 'node:module';

// node:crypto is loaded on the first finding only: a clean commit (the common case) never pays for it.
const require = createRequire(import.meta.url);

/**
 * A fingerprint names a secret stably (same value → same fingerprint, whatever the commit, line or
 * path), so allow-lists and baselines do not churn. It depends on the value only, and is derived with
 * scrypt (a deliberately slow, salted hash: https://www.rfc-editor.org/rfc/rfc7914) so that a short
 * human-made password cannot be recovered from it by guessing; 80 bits of output keep collisions
 * negligible for any repository. Cached per value: history audits see the same secret many times.
 */
const SALT = 'secret-hooks/fingerprint/v1';
const cache = new Map<string, string>();

export function fingerprint(secret: string, fallback: string): string {
  // Forbidden files have no secret: they are named by rule and path instead.
  const key = secret.length > 0 ? secret : `\u0000file:${fallback}`;
  let fp = cache.get(key);
  if (fp === undefined) {
    const { scryptSync } = require('node:crypto') as typeof import('node:crypto');
    fp = `sh1:${scryptSync(key, SALT, 10, { N: 1024, r: 8, p: 1 }).toString('hex')}`;
    cache.set(key, fp);
  }
  return fp;
}
