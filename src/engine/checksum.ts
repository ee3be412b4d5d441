/**
 * CRC32 (IEEE 802.3, the zlib polynomial) and base62, as used by GitHub's and npm's token formats:
 * the last 6 characters of `ghp_…` / `npm_…` are the base62 CRC32 of the 30 characters before them.
 * Source: https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
 */
const TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = TABLE[(c ^ s.charCodeAt(i)) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Base62 of `n`, left-padded with '0' to `width`. */
export function base62(n: number, width: number): string {
  let out = '';
  while (n > 0) {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}

/** True when the last 6 chars of `body+checksum` are the base62 CRC32 of the rest. */
export function hasValidCrc32Suffix(tokenWithoutPrefix: string): boolean {
  if (tokenWithoutPrefix.length <= 6) return false;
  const body = tokenWithoutPrefix.slice(0, -6);
  return base62(crc32(body), 6) === tokenWithoutPrefix.slice(-6);
}
