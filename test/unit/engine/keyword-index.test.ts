import { describe, expect, it } from 'vitest';
import { KeywordIndex } from '../../../src/engine/keyword-index.ts';

describe('KeywordIndex', () => {
  const idx = new KeywordIndex(['ghp_', 'sk_live_', 'live', 'xoxb-', 'hooks.slack.com']);

  it('finds every keyword that occurs, case-insensitively, overlapping ones included', () => {
    expect([...idx.find('token SK_LIVE_abc').found].sort()).toEqual([1, 2]);
    expect([...idx.find('url: https://HOOKS.slack.com/services/T0').found]).toEqual([4]);
    expect([...idx.find('aghp_b xoxb-1').found].sort()).toEqual([0, 3]);
  });

  it('finds nothing in unrelated or non-ASCII text', () => {
    expect(idx.find('nothing to see here: ghp sk-li ve xox ünïcødé 🙂').found.size).toBe(0);
    expect(idx.find('').found.size).toBe(0);
  });

  it('reports where wanted keywords end, up to a limit', () => {
    const want = new Uint8Array(5);
    want[2] = 1;
    const { ends } = idx.find('live, LIVE and live', want, 2);
    expect(ends.get(2)).toEqual([4, 10, 19]); // the limit is exceeded: the caller scans everything
    expect(ends.has(1)).toBe(false);
  });

  it('matches a keyword split by a failure transition (Aho-Corasick suffix links)', () => {
    const k = new KeywordIndex(['abcd', 'bcx']);
    expect([...k.find('abcx').found]).toEqual([1]);
  });
});
