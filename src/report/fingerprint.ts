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
const PARAMS = { N: 1024, r: 8, p: 1 } as const;
const cache = new Map<string, string>();
/** Derivations started by prepareFingerprint() and not finished yet. */
const pending = new Map<string, Promise<void>>();

function keyOf(secret: string, fallback: string): string {
  // Forbidden files have no secret: they are named by rule and path instead.
  return secret.length > 0 ? secret : `\u0000file:${fallback}`;
}

/**
 * Starts deriving a fingerprint on libuv's thread pool, off the calling thread: a history audit
 * prepares each one as the secret is found, while the walk goes on. See fingerprintsReady().
 */
export function prepareFingerprint(secret: string, fallback: string): void {
  const key = keyOf(secret, fallback);
  if (cache.has(key) || pending.has(key)) return;
  const { scrypt } = require('node:crypto') as typeof import('node:crypto');
  const done = new Promise<void>((resolve) => {
    scrypt(key, SALT, 10, PARAMS, (err, derived) => {
      // On an error (none is expected), fingerprint() derives it again synchronously.
      if (!err) cache.set(key, `sh1:${derived.toString('hex')}`);
      pending.delete(key);
      resolve();
    });
  });
  pending.set(key, done);
}

/** Resolves when every fingerprint started by prepareFingerprint() is in the cache. */
export async function fingerprintsReady(): Promise<void> {
  await Promise.all(pending.values());
}

export function fingerprint(secret: string, fallback: string): string {
  const key = keyOf(secret, fallback);
  let fp = cache.get(key);
  if (fp === undefined) {
    const { scryptSync } = require('node:crypto') as typeof import('node:crypto');
    fp = `sh1:${scryptSync(key, SALT, 10, PARAMS).toString('hex')}`;
    cache.set(key, fp);
  }
  return fp;
}
