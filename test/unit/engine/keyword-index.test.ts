import { describe, expect, it } from 'vitest';
import { KeywordIndex } from '../../../src/engine/keyword-index.ts';

describe('KeywordIndex', () => {
  const idx = new KeywordIndex(['ghp_', 'sk_live_', 'live', 'xoxb-', 'hooks.slack.com']);

  it('finds every keyword that occurs, case-insensitively, overlapping ones included', () => {
    expect([...idx.find('token SK_LIVE_abc')].sort()).toEqual([1, 2]);
    expect([...idx.find('url: https://HOOKS.slack.com/services/T0')]).toEqual([4]);
    expect([...idx.find('aghp_b xoxb-1')].sort()).toEqual([0, 3]);
  });

  it('finds nothing in unrelated or non-ASCII text', () => {
    expect(idx.find('nothing to see here: ghp sk-li ve xox ünïcødé 🙂').size).toBe(0);
    expect(idx.find('').size).toBe(0);
  });

  it('matches a keyword split by a failure transition (Aho-Corasick suffix links)', () => {
    const k = new KeywordIndex(['abcd', 'bcx']);
    expect([...k.find('abcx')]).toEqual([1]);
  });
});
