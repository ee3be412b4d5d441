/**
 * Generator of well-formed fake secrets for rule examples and test corpora. The implementation
 * lives in test/support/fake.ts (tests only); rules see just this interface so that no
 * secret-shaped literal is ever written into the repository.
 */
export interface Fake {
  /** `n` random characters from `alphabet` (deterministic per seed). */
  chars(alphabet: string, n: number): string;
  /** Base62: A-Z a-z 0-9. */
  b62(n: number): string;
  /** Lower-case hex. */
  hex(n: number): string;
  /** Upper-case hex. */
  HEX(n: number): string;
  /** Lower-case letters and digits. */
  lowerAlnum(n: number): string;
  /** Upper-case letters and digits. */
  upperAlnum(n: number): string;
  /** Standard base64 alphabet characters (no padding). */
  b64(n: number): string;
  /** URL-safe base64 alphabet characters (no padding). */
  b64url(n: number): string;
  /** Digits. */
  digits(n: number): string;
  /** Base64 encoding of `n` random bytes (with padding). */
  base64Bytes(n: number): string;
  /** A UUID v4. */
  uuid(): string;
  /** `prefix` + `bodyLength` base62 chars + 6-char base62 CRC32 of the body (GitHub / npm format). */
  crc32Token(prefix: string, bodyLength: number): string;
  /** Same as crc32Token but with a checksum that does not verify. */
  badCrc32Token(prefix: string, bodyLength: number): string;
  /** A signed-looking JWT whose header and payload decode to JSON. */
  jwt(payload?: Record<string, unknown>): string;
  /** A PEM block `-----BEGIN <label>-----` with a valid base64 body of about `bytes` bytes. */
  pem(label: string, bytes?: number): string;
  /** A random password that mixes letters, digits and symbols (length n). */
  password(n: number): string;
}
