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

  it('gives the same answers from the indexOf path and from the automaton (built after 64 KiB)', () => {
    const k = new KeywordIndex(['ghp_', 'live', 'hooks.slack.com', 'abcd', 'bcx']);
    const want = new Uint8Array(5).fill(1);
    const samples = ['x GHP_ live abcx hooks.Slack.com', 'LiveLIVE', 'İstanbul ghp_ (non-ASCII lower-casing)', ''];
    const before = samples.map((t) => k.find(t, want));
    k.find('z'.repeat(1 << 17));
    const after = samples.map((t) => k.find(t, want));
    expect(after).toEqual(before);
    expect([...before[0]!.found].sort()).toEqual([0, 1, 2, 4]);
    expect(before[2]!.ends.get(0)).toEqual([13]);
  });
});
