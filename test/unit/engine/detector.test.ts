import { describe, expect, it } from 'vitest';
import { Detector, type Drop } from '../../../src/engine/detector.ts';
import type { Rule } from '../../../src/engine/rule.ts';
import { createFake } from '../../support/fake.ts';

const f = createFake('detector');
const noExamples = () => ({ match: [], noMatch: [] });
const specific: Rule = {
  id: 'acme-key',
  description: 'Acme key',
  docs: 'https://acme.test',
  keywords: ['acme_'],
  regex: /\b(acme_[a-z0-9]{20})\b/,
  validate: (s) => (s.endsWith('0') ? 'ends in 0' : true),
  remediation: 'rotate it at acme',
  examples: noExamples,
};
const generic: Rule = {
  id: 'generic-secret',
  description: 'Generic',
  docs: 'https://generic.test',
  keywords: ['secret'],
  regex: /secret\s*=\s*"([^"]{8,})"/,
  generic: true,
  remediation: 'rotate it',
  examples: noExamples,
};
const file: Rule = { id: 'dotenv', description: 'env', docs: 'https://x.test', keywords: [], path: ['.env'], pathExclude: ['.env.example'], remediation: 'remove it', examples: noExamples };

describe('Detector', () => {
  const key = () => `acme_${f.lowerAlnum(19)}x`;

  it('reports line, column and end line (1-based)', () => {
    const k = key();
    const [hit] = new Detector([specific]).scan({ path: 'a.txt', text: `one\n  x = ${k}\n` });
    expect(hit).toMatchObject({ ruleId: 'acme-key', line: 2, column: 7, endLine: 2, secret: k });
  });

  it('prefers the specific rule over a generic one on the same text', () => {
    const k = key();
    const hits = new Detector([generic, specific]).scan({ path: 'a', text: `secret = "${k}"` });
    expect(hits.map((h) => h.ruleId)).toEqual(['acme-key']);
  });

  it('keeps a generic rule off a token that failed its own validation', () => {
    const bad = `acme_${f.lowerAlnum(19)}0`;
    const drops: Drop[] = [];
    const hits = new Detector([specific, generic], { onDrop: (d) => drops.push(d) }).scan({ path: 'a', text: `secret = "${bad}"` });
    expect(hits).toEqual([]);
    expect(drops.map((d) => d.reason)).toContain('failed validation: ends in 0');
    expect(JSON.stringify(drops)).not.toContain(bad);
  });

  it('never lets a rule quote the candidate in a drop reason', () => {
    const leaky: Rule = { ...specific, id: 'leaky', validate: (s) => `rejected ${s}` };
    const k = key();
    const drops: Drop[] = [];
    new Detector([leaky], { onDrop: (d) => drops.push(d) }).scan({ path: 'a', text: k });
    expect(drops).toHaveLength(1);
    expect(drops[0]!.reason).toBe('failed validation: rejected …');
  });

  it('drops placeholders and says why in verbose mode', () => {
    const drops: Drop[] = [];
    const hits = new Detector([generic], { onDrop: (d) => drops.push(d) }).scan({ path: 'a', text: 'secret = "your-secret-here"' });
    expect(hits).toEqual([]);
    expect(drops[0]?.reason).toMatch(/placeholder/);
  });

  it('reports only findings on added lines, but sees multi-line context', () => {
    const k1 = key();
    const k2 = key();
    const text = `a\n${k1}\nb\n${k2}\n`;
    const hits = new Detector([specific]).scan({ path: 'a', text, added: [[4, 4]] });
    expect(hits.map((h) => h.line)).toEqual([4]);
  });

  it('reports forbidden files only when they are new, and honours exclusions', () => {
    const d = new Detector([file]);
    expect(d.scan({ path: 'app/.env', text: '', isNew: true }).map((h) => h.ruleId)).toEqual(['dotenv']);
    expect(d.scan({ path: 'app/.env', text: '', isNew: false })).toEqual([]);
    expect(d.scan({ path: '.env.example', text: '' })).toEqual([]);
  });

  it('honours allow comments, ignore globs and allowed secret patterns', () => {
    const k = key();
    expect(new Detector([specific]).scan({ path: 'a', text: `${k} // secret-hooks:allow` })).toEqual([]);
    expect(new Detector([specific]).scan({ path: 'a', text: `# secret-hooks:allow-next-line\n${k}` })).toEqual([]);
    expect(new Detector([specific]).scan({ path: 'a', text: `# secret-hooks:allow-next-line\n\n${k}` })).toHaveLength(1);
    expect(new Detector([specific], { ignorePaths: ['fixtures/**'] }).scan({ path: 'fixtures/x/a.txt', text: k })).toEqual([]);
    expect(new Detector([specific], { allowSecrets: [/^acme_/] }).scan({ path: 'a', text: k })).toEqual([]);
  });

  it('is stateless across scans (regex lastIndex is reset)', () => {
    const d = new Detector([specific]);
    const k = key();
    expect(d.scan({ path: 'a', text: `${k} ${key()}` })).toHaveLength(2);
    expect(d.scan({ path: 'b', text: k })).toHaveLength(1);
  });
});
