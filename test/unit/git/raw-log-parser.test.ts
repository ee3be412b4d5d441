import { describe, expect, it } from 'vitest';
import { RawLogParser, type RawEntry, type WalkCommit } from '../../../src/git/raw-log-parser.ts';

const Z = '\0';
const sha = (c: string) => c.repeat(40);

function parse(chunks: Array<string | Buffer>): Array<WalkCommit | RawEntry> {
  const out: Array<WalkCommit | RawEntry> = [];
  const parser = new RawLogParser({ commit: (c) => out.push(c), entry: (e) => out.push(e) });
  for (const c of chunks) parser.push(typeof c === 'string' ? Buffer.from(c, 'utf8') : c);
  parser.end();
  return out;
}

// What `git log --raw -z -c --format=%x01%H%x00` writes: a header, NUL, a newline
// (or a NUL for a merge), then raw entries; the exact separators vary, so the parser skips them.
const stream =
  `\u0001${sha('a')}${Z}${Z}\n` +
  `:000000 100644 ${sha('0')} ${sha('1')} A${Z}new file.txt${Z}` +
  `:100644 100644 ${sha('2')} ${sha('3')} M${Z}src/ファイル.ts${Z}` +
  `:100644 000000 ${sha('4')} ${sha('0')} D${Z}gone.txt${Z}` +
  `\u0001${sha('b')}${Z}${Z}${Z}` +
  `::100644 100644 100644 ${sha('5')} ${sha('6')} ${sha('7')} MM${Z}conflict.txt${Z}` +
  `\u0001${sha('c')}${Z}${Z}\n` +
  `:000000 160000 ${sha('0')} ${sha('8')} A${Z}vendor/lib${Z}`;

const expected = [
  { sha: sha('a') },
  { path: 'new file.txt', mode: '100644', blob: sha('1'), status: 'A' },
  { path: 'src/ファイル.ts', mode: '100644', blob: sha('3'), status: 'M' },
  { path: 'gone.txt', mode: '000000', blob: sha('0'), status: 'D' },
  { sha: sha('b') },
  { path: 'conflict.txt', mode: '100644', blob: sha('7'), status: 'MM' },
  { sha: sha('c') },
  { path: 'vendor/lib', mode: '160000', blob: sha('8'), status: 'A' },
];

describe('RawLogParser', () => {
  it('reads commit ids and raw entries (plain and combined), decoding UTF-8 paths', () => {
    expect(parse([stream])).toEqual(expected);
  });

  it('gives the same result whatever the chunk boundaries, even inside a multi-byte character', () => {
    const bytes = Buffer.from(stream, 'utf8');
    for (const size of [1, 2, 3, 7, 64]) {
      const chunks: Buffer[] = [];
      for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
      expect(parse(chunks)).toEqual(expected);
    }
  });

  it('takes the destination of a rename or copy', () => {
    const out = parse([
      `\u0001${sha('a')}${Z}${Z}\n:100644 100644 ${sha('1')} ${sha('1')} R100${Z}old.txt${Z}new.txt${Z}`,
    ]);
    expect(out[1]).toEqual({ path: 'new.txt', mode: '100644', blob: sha('1'), status: 'R100' });
  });

  it('counts commit headers and drops an incomplete last record', () => {
    const parser = new RawLogParser({ commit() {}, entry() {} });
    parser.push(
      Buffer.from(`\u0001${sha('a')}${Z}${Z}\n:000000 100644 ${sha('0')} ${sha('1')} A${Z}half`),
    );
    parser.end();
    expect(parser.commits).toBe(1);
  });
});
