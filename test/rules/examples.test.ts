import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.ts';
import { Detector } from '../../src/engine/detector.ts';
import type { Example } from '../../src/engine/rule.ts';
import { createFake } from '../support/fake.ts';

// Every rule carries its own proof: examples that must and must not match, generated at test time.
// A match example must yield exactly one finding from that rule, alone and with every other rule
// loaded (so a rule is never shadowed by another); a noMatch example must yield nothing from the
// whole rule set (so a placeholder or bad checksum is not re-caught by a generic rule).

const all = new Detector(builtinRules);
const toFragment = (e: Example) =>
  typeof e === 'string' ? { path: 'src/app.txt', text: e } : { path: e.path, text: e.text ?? '' };

describe('rule catalogue', () => {
  it('has unique kebab-case ids', () => {
    const ids = builtinRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

for (const rule of builtinRules) {
  describe(`rule ${rule.id}`, () => {
    const { match, noMatch } = rule.examples(createFake(rule.id));
    const alone = new Detector([rule]);

    it('is documented', () => {
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.docs).toMatch(/^https:\/\//);
      expect(rule.remediation.length).toBeGreaterThan(20);
      expect(match.length).toBeGreaterThan(0);
      expect(noMatch.length).toBeGreaterThan(0);
      for (const k of rule.keywords) expect(k).toBe(k.toLowerCase());
      if (rule.regex) expect(rule.regex.flags).not.toMatch(/[gy]/);
    });

    it.each(match.map((e) => [typeof e === 'string' ? e.slice(0, 60) : e.path, e] as const))('matches %s', (_label, e) => {
      const f = toFragment(e);
      const own = alone.scan(f);
      expect(own.map((x) => x.ruleId)).toEqual([rule.id]);
      // The prefilter must see every match: each match example contains one of the keywords.
      if (rule.keywords.length > 0 && rule.regex) {
        expect(rule.keywords.some((k) => f.text.toLowerCase().includes(k))).toBe(true);
      }
      expect(all.scan(f).map((x) => x.ruleId)).toEqual([rule.id]);
    });

    it.each(noMatch.map((e) => [typeof e === 'string' ? e.slice(0, 60) : e.path, e] as const))('does not match %s', (_label, e) => {
      const f = toFragment(e);
      expect(alone.scan(f)).toEqual([]);
      expect(all.scan(f).map((x) => x.ruleId)).toEqual([]);
    });
  });
}
