import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ObjectIdSet } from '../../../src/git/object-id-set.ts';

const id = (n: number, algo: 'sha1' | 'sha256' = 'sha1') => createHash(algo).update(String(n)).digest('hex');

describe('ObjectIdSet', () => {
  it('adds once, then reports the id as present; grows past its initial capacity', () => {
    const set = new ObjectIdSet(16);
    for (let i = 0; i < 50_000; i++) expect(set.add(id(i))).toBe(true);
    expect(set.size).toBe(50_000);
    for (let i = 0; i < 50_000; i++) expect(set.add(id(i))).toBe(false);
    for (let i = 50_000; i < 51_000; i++) expect(set.has(id(i))).toBe(false);
    expect(set.has(id(123))).toBe(true);
  });

  it('takes SHA-256 ids, and the null id', () => {
    const set = new ObjectIdSet();
    expect(set.add(id(1, 'sha256'))).toBe(true);
    expect(set.has(id(1, 'sha256'))).toBe(true);
    expect(set.add('0'.repeat(40))).toBe(true);
    expect(set.add('0'.repeat(40))).toBe(false);
    expect(set.has(`${'0'.repeat(20)}1${'0'.repeat(19)}`)).toBe(false);
  });
});
