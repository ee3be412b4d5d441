import { describe, expect, it } from 'vitest';
import { parseCommitDiffs, parseDiff } from '../../../src/git/parse-diff.ts';

const Z = '\0';
const sha = (c: string) => c.repeat(40);

describe('parseDiff (git diff -z --raw -p -U0)', () => {
  it('pairs raw entries with their hunks, renames included', () => {
    const out =
      `:000000 100644 ${sha('0')} ${sha('a')} A${Z}new file.txt${Z}` +
      `:100644 100644 ${sha('b')} ${sha('c')} R087${Z}old.txt${Z}dir/renamed.txt${Z}${Z}` +
      'diff --git a/new file.txt b/new file.txt\nnew file mode 100644\n--- /dev/null\n+++ b/new file.txt\n@@ -0,0 +1,2 @@\n+one\n+two\n' +
      'diff --git a/old.txt b/dir/renamed.txt\n--- a/old.txt\n+++ b/dir/renamed.txt\n@@ -3,0 +4 @@ ctx\n+added\n@@ -9 +10,2 @@\n-gone\n+x\n+y\n';
    const files = parseDiff(Buffer.from(out, 'utf8'));
    expect(files).toMatchObject([
      { path: 'new file.txt', blob: sha('a'), status: 'A', mode: '100644', added: [[1, 2]], content: 'one\ntwo\n' },
      { path: 'dir/renamed.txt', oldPath: 'old.txt', blob: sha('c'), status: 'R', mode: '100644', added: [[4, 4], [10, 11]] },
    ]);
  });

  it('rebuilds the whole new file from a full-context hunk', () => {
    const out =
      `:100644 100644 ${sha('b')} ${sha('c')} M${Z}f.txt${Z}${Z}` +
      'diff --git a/f.txt b/f.txt\n--- a/f.txt\n+++ b/f.txt\n@@ -1,3 +1,3 @@\n first\n-old\n+new ü\n \n\\ No newline at end of file\n';
    const [file] = parseDiff(Buffer.from(out, 'utf8'));
    expect(file).toMatchObject({ added: [[2, 2]], content: 'first\nnew ü\n\n' });
  });

  it('treats a binary file as wholly new (no added ranges) and decodes UTF-8 paths', () => {
    const out = `:000000 100644 ${sha('0')} ${sha('d')} A${Z}ファイル.bin${Z}${Z}diff --git a/x b/x\nnew file mode 100644\nBinary files /dev/null and b/x differ\n`;
    const [file] = parseDiff(Buffer.from(out, 'utf8'));
    expect(file).toEqual({ path: 'ファイル.bin', blob: sha('d'), status: 'A', mode: '100644' });
  });

  it('returns nothing for an empty diff', () => {
    expect(parseDiff(Buffer.alloc(0))).toEqual([]);
  });
});

describe('parseCommitDiffs (diff-tree --stdin with commit headers, --cc)', () => {
  it('reads commit identity and, for a merge, only lines new to every parent', () => {
    const header = (h: string) => `\x01${h}${Z}Ann Author${Z}ann@example.test${Z}2024-01-02T03:04:05+00:00${Z}${Z}\n`;
    const out =
      header(sha('1')) +
      `::100644 100644 100644 ${sha('a')} ${sha('b')} ${sha('c')} MM${Z}conf.js${Z}${Z}` +
      'diff --cc conf.js\nindex a,b..c\n--- a/conf.js\n+++ b/conf.js\n@@@ -1,1 -1,1 +1,3 @@@\n- const value = "main";\n -const value = "other";\n++const value = "merged";\n++const token = "t";\n+ from main side\n' +
      header(sha('2')) +
      `:000000 100644 ${sha('0')} ${sha('e')} A${Z}a.txt${Z}${Z}diff --git a/a.txt b/a.txt\n@@ -0,0 +1 @@\n+x\n`;
    const commits = parseCommitDiffs(Buffer.from(out, 'utf8'));
    expect(commits).toHaveLength(2);
    expect(commits[0]!.commit).toEqual({ sha: sha('1'), author: 'Ann Author', email: 'ann@example.test', date: '2024-01-02T03:04:05+00:00' });
    expect(commits[0]!.files).toMatchObject([{ path: 'conf.js', blob: sha('c'), status: 'M', mode: '100644', added: [[1, 2]] }]);
    expect(commits[0]!.files[0]!.content).toBe('const value = "merged";\nconst token = "t";\nfrom main side\n');
    expect(commits[1]!.files[0]).toMatchObject({ path: 'a.txt', added: [[1, 1]] });
  });
});
