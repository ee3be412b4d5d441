/**
 * Bytes → text for scanning. Text is decoded as UTF-8 (broken sequences become U+FFFD, which never
 * occurs in a token, so nothing shifts); a file with a NUL byte in its first 8 KiB is treated as
 * binary and decoded byte-for-byte (latin1), so that keys inside binary-looking files (compiled
 * configs, SQLite files, archives stored uncompressed) are still found and offsets stay exact.
 */
const decoder = new TextDecoder('utf-8', { fatal: false });

export function decodeText(bytes: Uint8Array): { text: string; binary: boolean } {
  const head = bytes.subarray(0, 8192);
  const binary = head.includes(0);
  return { text: binary ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') : decoder.decode(bytes), binary };
}
