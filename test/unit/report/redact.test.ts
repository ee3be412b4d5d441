import { describe, expect, it } from 'vitest';
import { redact } from '../../../src/report/redact.ts';
import { fingerprint } from '../../../src/report/fingerprint.ts';
import { redactText } from '../../../src/commands/redact.ts';
import { createFake } from '../../support/fake.ts';

const f = createFake('redact');

describe('redact', () => {
  it('shows the format prefix and at most the last 4 characters', () => {
    const t = f.crc32Token('ghp_', 30);
    expect(redact(t, 'ghp_')).toBe(`ghp_…${t.slice(-4)}`);
  });

  it('never shows more than a quarter of the random part, and nothing of a short one', () => {
    expect(redact('abcdefghijklmnop')).toBe('…mnop'); // 16 chars → 4
    expect(redact('Sup3r-Secret!')).toBe('…');
    expect(redact('sk_live_short', 'sk_live_')).toBe('sk_live_…');
  });

  it('is one line and marks a whole-file finding', () => {
    expect(redact('')).toBe('(file)');
    expect(redact(`-----BEGIN KEY-----\n${f.b64(80)}`)).not.toContain('\n');
  });
});

describe('fingerprint', () => {
  it('is stable for a value, differs between values, and does not contain it', () => {
    const s = f.b62(40);
    expect(fingerprint(s, 'x')).toBe(fingerprint(s, 'y'));
    expect(fingerprint(s, 'x')).not.toBe(fingerprint(f.b62(40), 'x'));
    expect(fingerprint(s, 'x')).not.toContain(s.slice(0, 8));
    expect(fingerprint('', 'rule:a')).not.toBe(fingerprint('', 'rule:b'));
  });
});

describe('redactText', () => {
  it('replaces every secret and keeps the rest of the text', () => {
    const a = f.crc32Token('ghp_', 30);
    const b = f.crc32Token('ghp_', 30);
    const out = redactText(`first ${a}\nsecond: ${b} end`);
    expect(out).toBe('first <redacted:github-classic-token>\nsecond: <redacted:github-classic-token> end');
  });
});
