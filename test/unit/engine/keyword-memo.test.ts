import { describe, expect, it } from 'vitest';
import { KeywordIndex } from '../../../src/engine/keyword-index.ts';
import { commonPrefix, commonSuffix, keywordMemo } from '../../../src/engine/keyword-memo.ts';
import { Detector } from '../../../src/engine/detector.ts';
import { builtinRules } from '../../../rules/index.ts';
import { createFake, seededRandom as prng } from '../../support/fake.ts';

const KEYWORDS = ['key', 'token', 'secret', 'ghp_', 'pat', 'keytoken', 'en_s'];
const PIECES = ['key', 'KEY', 'token', 'secret', 'ghp_', 'pat', 'path', 'x', ' ', '\n', 'tok', 'en', '_s', 'é', 'abc', 'keytok'];

function randomText(r: () => number, n: number): string {
  let s = '';
  while (s.length < n) s += PIECES[Math.floor(r() * PIECES.length)]!;
  return s;
}

/** An edit of the kind a commit makes: replace, insert or delete a stretch, at the start, middle or end. */
function edit(r: () => number, text: string): string {
  const at = Math.floor(r() * (text.length + 1));
  const cut = Math.floor(r() * Math.min(40, text.length - at + 1));
  const insert = r() < 0.3 ? '' : randomText(r, Math.floor(r() * 30));
  return text.slice(0, at) + insert + text.slice(at + cut);
}

const ascii = (s: string) => Buffer.from(s, 'latin1');
const sorted = (pairs: number[]) => {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < pairs.length; i += 2) out.push([pairs[i]!, pairs[i + 1]!]);
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
};

describe('keywordMemo', () => {
  const index = new KeywordIndex(KEYWORDS);

  it('carries occurrences over exactly: the same as searching each new version whole (random edit chains)', () => {
    const r = prng(7);
    for (let chain = 0; chain < 200; chain++) {
      let text = randomText(r, 20 + Math.floor(r() * 400)).replace(/é/g, 'e');
      let memo = keywordMemo(index, text, ascii(text));
      for (let step = 0; step < 8; step++) {
        text = edit(r, text).replace(/é/g, 'e');
        memo = keywordMemo(index, text, ascii(text), memo);
        const whole: number[] = [];
        index.occurrences(text, 0, text.length, whole);
        expect(sorted(memo.occurrences)).toEqual(sorted(whole));
        // Kept in order of their ends, as the next carry expects.
        for (let i = 2; i < memo.occurrences.length; i += 2) expect(memo.occurrences[i]!).toBeGreaterThanOrEqual(memo.occurrences[i - 2]!);
      }
    }
  });

  it('handles identical, emptied and unrelated versions', () => {
    const a = 'key token secret';
    const first = keywordMemo(index, a, ascii(a));
    expect(sorted(keywordMemo(index, a, ascii(a), first).occurrences)).toEqual(sorted(first.occurrences));
    expect(keywordMemo(index, '', ascii(''), first).occurrences).toEqual([]);
    const b = 'nothing here at all';
    expect(keywordMemo(index, b, ascii(b), first).occurrences).toEqual([]);
    // A keyword made by joining the shared start to the changed part: `tok` + `en_s`.
    const c = 'tok' + 'en_s';
    const d = 'tok' + 'xen_s';
    const whole: number[] = [];
    index.occurrences(c, 0, c.length, whole);
    expect(sorted(keywordMemo(index, c, ascii(c), keywordMemo(index, d, ascii(d))).occurrences)).toEqual(sorted(whole));
  });

  it('finds common prefixes and suffixes of any length', () => {
    const r = prng(11);
    for (let i = 0; i < 300; i++) {
      const shared = randomText(r, Math.floor(r() * 3000));
      const a = ascii(shared + randomText(r, Math.floor(r() * 50)) + 'A');
      const b = ascii(shared + randomText(r, Math.floor(r() * 50)) + 'B');
      let p = 0;
      while (p < Math.min(a.length, b.length) && a[p] === b[p]) p++;
      expect(commonPrefix(a, b)).toBe(p);
      const ra = Buffer.from(a).reverse();
      const rb = Buffer.from(b).reverse();
      expect(commonSuffix(ra, rb, Math.min(a.length, b.length))).toBe(p);
      expect(commonSuffix(ra, rb, Math.min(p, 5))).toBe(Math.min(p, 5));
    }
  });
});

describe('Detector.scanVersion', () => {
  it('finds the same secrets as scan() through a chain of versions of a file', () => {
    const detector = new Detector(builtinRules);
    const r = prng(3);
    const f = createFake(5);
    const lines = Array.from({ length: 60 }, (_, i) => `const value${i} = compute(path, pattern, ${i}); // key token`);
    let memo;
    for (let v = 0; v < 30; v++) {
      const at = Math.floor(r() * lines.length);
      if (r() < 0.5) lines.splice(at, 0, `export const GITHUB_TOKEN = "${f.crc32Token('ghp_', 30)}";`);
      else lines.splice(at, 1, `airtable = "pat${f.b62(14)}.${f.hex(64)}"`, `line ${v}`);
      const text = lines.join('\n');
      const fragment = { text, path: 'src/config.ts', isNew: false };
      const scanned = detector.scanVersion(fragment, ascii(text), memo);
      memo = scanned.memo;
      expect(scanned.findings).toEqual(detector.scan(fragment));
      expect(scanned.findings.length).toBeGreaterThan(0);
    }
  });
});
