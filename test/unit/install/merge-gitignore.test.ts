import { describe, expect, it } from 'vitest';
import { mergeGitignore } from '../../../src/install/merge-gitignore.ts';

describe('mergeGitignore', () => {
  it('creates the lines when there is no .gitignore', () => {
    const { text, added } = mergeGitignore(undefined);
    expect(added).toEqual(['.env', '.env.*', '!.env.example']);
    expect(text.split('\n').slice(1)).toEqual(['.env', '.env.*', '!.env.example', '']);
    expect(text.startsWith('# ')).toBe(true);
  });

  it('adds only the missing lines, after a final newline it supplies', () => {
    const { text, added } = mergeGitignore('node_modules/\n.env');
    expect(added).toEqual(['.env.*', '!.env.example']);
    expect(text.startsWith('node_modules/\n.env\n# ')).toBe(true);
    expect(text.endsWith('.env.*\n!.env.example\n')).toBe(true);
  });

  it('changes nothing when all lines are there, and is idempotent', () => {
    const full = 'dist\n.env\n.env.*\n!.env.example\n';
    expect(mergeGitignore(full)).toEqual({ text: full, added: [] });
    const once = mergeGitignore('dist\n').text;
    expect(mergeGitignore(once)).toEqual({ text: once, added: [] });
  });

  it('re-adds the negation when it sits above the pattern it must override', () => {
    // git: the last matching pattern wins, so `!.env.example` above `.env.*` does not keep the example.
    const { added } = mergeGitignore('!.env.example\n.env\n.env.*\n');
    expect(added).toEqual(['!.env.example']);
  });

  it('keeps CRLF line endings', () => {
    const { text } = mergeGitignore('dist\r\n');
    expect(text).toMatch(/^dist\r\n# [^\n]*\r\n\.env\r\n\.env\.\*\r\n!\.env\.example\r\n$/);
  });

  it('ignores surrounding whitespace when comparing lines', () => {
    expect(mergeGitignore('  .env\n.env.*  \n!.env.example\n').added).toEqual([]);
  });
});
