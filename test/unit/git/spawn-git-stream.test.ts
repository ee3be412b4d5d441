import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnGitStream, type GitStream } from '../../../src/git/spawn-git-stream.ts';
import { spillFile } from '../../../src/git/spill-file.ts';
import { TempRepo } from '../../support/git-repo.ts';

// spawnGitStream moves git's output through a spill file (POSIX) or a pipe: every byte must arrive,
// the close must come only after the last one, and git's exit code and stderr must still be seen.

let repo: TempRepo;
let bigId = '';
const big = randomBytes(3_000_000);

beforeAll(() => {
  repo = new TempRepo();
  repo.write('big.bin', big);
  repo.commitAll('one big file');
  bigId = repo.git('rev-parse', 'HEAD:big.bin').trim();
});
afterAll(() => repo?.remove());

/** `holdAt`: past this many bytes, stop reading for a while, so that git can exit before the last bytes are read. */
function run(args: string[], cwd: string, input: string, spill: boolean, holdAt = Infinity) {
  return new Promise<{ out: Buffer; err: string; code: number | null }>((resolve, reject) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let read = 0;
    const git = spawnGitStream(args, { cwd }, (b) => {
      out.push(Buffer.from(b)); // copied: the next read may reuse the chunk's buffer
      read += b.length;
      if (read >= holdAt && holdAt !== -1) {
        holdAt = -1;
        git.pause();
        setTimeout(() => git.resume(), 300);
      }
    }, spill);
    git.stderr.on('data', (b: Buffer) => err.push(b));
    git.onError(reject);
    git.onClose((code) => resolve({ out: Buffer.concat(out), err: Buffer.concat(err).toString('utf8'), code }));
    git.stdin.end(input);
  });
}

describe('spillFile', () => {
  it('is an unnamed file where the platform allows one, and leaves nothing in the temporary directory', () => {
    const before = readdirSync(tmpdir()).filter((f) => f.startsWith('secret-hooks-')).length;
    const file = spillFile();
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('secret-hooks-')).length).toBe(before);
    if (process.platform === 'win32') return expect(file).toBeNull();
    expect(file).not.toBeNull();
    expect(fstatSync(file!.read).nlink).toBe(0);
    closeSync(file!.read);
    closeSync(file!.write);
  });
});

describe.each([
  ['a spill file', true],
  ['a pipe', false],
])('spawnGitStream through %s', (_, spill) => {
  it('delivers every byte of a large output before it reports the close', async () => {
    // Held 16 KiB before the end: git exits while the reader waits.
    const total = 2 * (`${bigId} blob ${big.length}\n`.length + big.length + 1);
    const { out, code } = await run(['cat-file', '--batch'], repo.dir, `${bigId}\n${bigId}\n`, spill, total - 16_384);
    expect(code).toBe(0);
    const header = Buffer.from(`${bigId} blob ${big.length}\n`);
    expect(out.equals(Buffer.concat([header, big, Buffer.from('\n'), header, big, Buffer.from('\n')]))).toBe(true);
  });

  it("passes on git's exit code and message when it fails before reading its input", async () => {
    const notRepo = new TempRepo({ init: false });
    try {
      // More input than a pipe holds: git exits without reading it, so the write fails (EPIPE).
      // That must not crash the process; git's exit code is what reports the failure.
      const { out, err, code } = await run(['cat-file', '--batch'], notRepo.dir, `${bigId}\n`.repeat(30_000), spill);
      expect(code).not.toBe(0);
      expect(err).toMatch(/not a git repository/i);
      expect(out.length).toBe(0);
    } finally {
      notRepo.remove();
    }
  });
});

describe('spawnGitStream written', () => {
  it('tells how much git has written to its spill file', async () => {
    let git!: GitStream;
    let seen = 0;
    const written: number[] = [];
    const closed = new Promise<number | null>((resolve, reject) => {
      git = spawnGitStream(['cat-file', '--batch'], { cwd: repo.dir }, (b) => {
        seen += b.length;
        written.push(git.written!());
      }, true);
      git.onError(reject);
      git.onClose(resolve);
    });
    if (!git.written) return expect(process.platform).toBe('win32');
    git.stdin.end(`${bigId}\n`);
    expect(await closed).toBe(0);
    const total = `${bigId} blob ${big.length}\n`.length + big.length + 1;
    expect(seen).toBe(total);
    // Never less than what has been read; all of it by the end.
    expect(written.at(-1)).toBe(total);
  });
});
