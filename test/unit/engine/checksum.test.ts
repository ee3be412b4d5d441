import { describe, expect, it } from 'vitest';
import { base62, crc32, hasValidCrc32Suffix } from '../../../src/engine/checksum.ts';
import { createFake } from '../../support/fake.ts';

describe('checksum', () => {
  it('computes the standard CRC32 (zlib) value', () => {
    // Known answer from the CRC-32/ISO-HDLC catalogue: crc32("123456789") = 0xCBF43926.
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(crc32('')).toBe(0);
  });

  it('encodes base62 with padding', () => {
    expect(base62(0, 6)).toBe('000000');
    expect(base62(61, 2)).toBe('0z');
    expect(base62(62, 2)).toBe('10');
  });

  it('accepts generated tokens and rejects a changed checksum or body', () => {
    const f = createFake('checksum');
    for (let i = 0; i < 50; i++) {
      const t = f.crc32Token('ghp_', 30).slice(4);
      expect(hasValidCrc32Suffix(t)).toBe(true);
      expect(hasValidCrc32Suffix(f.badCrc32Token('ghp_', 30).slice(4))).toBe(false);
      const flipped = (t[0] === 'a' ? 'b' : 'a') + t.slice(1);
      expect(hasValidCrc32Suffix(flipped)).toBe(false);
    }
  });
});
