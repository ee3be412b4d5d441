import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobStream, type StreamedBlob } from '../../../src/git/blob-stream.ts';
import { TempRepo } from '../../support/git-repo.ts';

// BlobStream against a real repository: ids in, contents out in order, large ones dropped unread,
// missing ones reported.

let repo: TempRepo;
const ids: Record<string, string> = {};

beforeAll(() => {
  repo = new TempRepo();
  repo.write('small.txt', 'hello\n');
  repo.write('empty.txt', '');
  repo.write('big.bin', Buffer.alloc(300_000, 7));
  repo.write('lost.txt', 'lost\n');
  repo.commitAll('files');
  for (const f of ['small.txt', 'empty.txt', 'big.bin', 'lost.txt']) ids[f] = repo.git('rev-parse', `HEAD:${f}`).trim();
  const lost = ids['lost.txt']!;
  rmSync(path.join(repo.dir, '.git', 'objects', lost.slice(0, 2), lost.slice(2)));
});
afterAll(() => repo?.remove());

function collect(stream: (b: StreamedBlob) => void) {
  return stream;
}

describe('BlobStream', () => {
  it('streams contents in request order; too-large and missing objects are reported, not read', async () => {
    const got: Array<{ id: string; kind: string; text?: string; size?: number }> = [];
    const s = new BlobStream(
      { cwd: repo.dir, maxBytes: 100_000 },
      collect((b) =>
        got.push({
          id: b.id,
          kind: b.kind,
          ...(b.kind === 'blob' ? { text: b.content.toString('utf8') } : {}),
          ...(b.kind === 'too-large' ? { size: b.size } : {}),
        }),
      ),
    );
    s.request([ids['small.txt']!, ids['big.bin']!]);
    s.request([ids['lost.txt']!, ids['empty.txt']!, ids['small.txt']!]);
    await s.end();
    expect(got).toEqual([
      { id: ids['small.txt'], kind: 'blob', text: 'hello\n' },
      { id: ids['big.bin'], kind: 'too-large', size: 300_000 },
      { id: ids['lost.txt'], kind: 'missing' },
      { id: ids['empty.txt'], kind: 'blob', text: '' },
      { id: ids['small.txt'], kind: 'blob', text: 'hello\n' },
    ]);
    expect(s.pending).toBe(0);
  });

  it.each([
    ['', undefined],
    // A segment smaller than most blobs: a fresh process and spill file at almost every request,
    // each read only once the one before it has answered everything it was sent.
    [', over many processes and spill files', 20_000],
  ])('hands out each blob whole at its callback; only an owned buffer may be kept past it%s', async (_, spillSegment) => {
    // Many blobs of every size, so that reads split headers and contents anywhere and the read
    // buffer is reused many times over.
    const r = new TempRepo();
    try {
      const files: Buffer[] = [];
      for (let i = 0; i < 60; i++) {
        // Some larger than one read of the spill file (1 MiB), some than one of a pipe (64 KiB).
        const b = Buffer.alloc(i % 20 === 0 ? 1_500_000 + i : i % 7 === 0 ? 70_000 + i * 997 : 10 + i * 1_301);
        for (let j = 0; j < b.length; j++) b[j] = 97 + ((i * 31 + j * 7) % 26);
        files.push(b);
        r.write(`f${i}.txt`, b);
      }
      r.commitAll('many');
      const blobIds = files.map((_, i) => r.git('rev-parse', `HEAD:f${i}.txt`).trim());
      const atCallback: boolean[] = [];
      const kept: Array<{ i: number; content: Buffer }> = [];
      let i = 0;
      const s = new BlobStream({ cwd: r.dir, maxBytes: 4 << 20, ...(spillSegment ? { spillSegment } : {}) }, (b) => {
        const want = files[i]!;
        atCallback.push(b.kind === 'blob' && b.content.equals(want));
        if (b.kind === 'blob' && b.owned) kept.push({ i, content: b.content });
        i++;
      });
      for (let k = 0; k < blobIds.length; k += 5) {
        s.request(blobIds.slice(k, k + 5));
        await new Promise((r) => setTimeout(r, 5));
      }
      await s.end();
      expect(atCallback).toEqual(files.map(() => true));
      if (spillSegment && process.platform !== 'win32') expect(s.processesStarted).toBeGreaterThan(3);
      // The large ones arrive over several reads, in buffers of their own, intact after all the rest.
      expect(kept.length).toBeGreaterThan(0);
      for (const k of kept) expect(k.content.equals(files[k.i]!)).toBe(true);
    } finally {
      r.remove();
    }
  });

  it('answers many more ids than it sends to git at once, in order', async () => {
    // Past the in-flight limit, ids wait here and are sent as answers come: none may be left behind.
    const asked = Array.from({ length: 5000 }, (_, i) => (i % 3 === 0 ? ids['small.txt']! : ids['empty.txt']!));
    const got: string[] = [];
    const s = new BlobStream({ cwd: repo.dir, maxBytes: 1 << 20, spillSegment: 4096 }, (b) => got.push(b.id));
    s.request(asked.slice(0, 3000));
    s.request(asked.slice(3000));
    await s.end();
    expect(got).toEqual(asked);
  });

  it('with spill: false, reads through one pipe: no spill file, so never a fresh process for one', async () => {
    const got: string[] = [];
    const s = new BlobStream({ cwd: repo.dir, maxBytes: 1 << 20, spill: false, spillSegment: 1 }, (b) => got.push(b.kind));
    for (let k = 0; k < 5; k++) {
      s.request([ids['big.bin']!]);
      await new Promise((r) => setTimeout(r, 5));
    }
    await s.end();
    expect(got).toEqual(['blob', 'blob', 'blob', 'blob', 'blob']);
    expect(s.processesStarted).toBe(1);
  });

  it('pauses and resumes without losing anything', async () => {
    const got: string[] = [];
    const s = new BlobStream({ cwd: repo.dir, maxBytes: 1 << 20 }, (b) => got.push(b.kind));
    s.pause();
    s.request([ids['big.bin']!, ids['small.txt']!]);
    setImmediate(() => s.resume());
    await s.end();
    expect(got).toEqual(['blob', 'blob']);
  });

  it('ends at once when nothing was asked', async () => {
    const s = new BlobStream({ cwd: repo.dir, maxBytes: 10 }, () => {
      throw new Error('no answer expected');
    });
    await s.end();
  });
});

describe('BlobStream when git keeps dying', () => {
  it('answers what is asked after it gave up, instead of leaving it waiting', async () => {
    const notRepo = new TempRepo({ init: false });
    try {
      const got: string[] = [];
      const s = new BlobStream({ cwd: notRepo.dir, maxBytes: 1 << 20, maxRestarts: 1 }, (b) =>
        got.push(`${b.id.slice(0, 1)} ${b.kind} ${b.kind === 'missing' ? b.reason.split(':')[0] : ''}`),
      );
      s.request(['a'.repeat(40), 'b'.repeat(40), 'c'.repeat(40)]);
      await s.end();
      // git dies at start each time: one restart, then it gives up on the rest.
      expect(got).toEqual(['a missing unreadable', 'b missing unreadable', 'c missing unreadable']);
      s.request(['d'.repeat(40)]);
      await new Promise((r) => setTimeout(r, 50));
      expect(got).toHaveLength(4);
      expect(got[3]).toBe('d missing unreadable');
    } finally {
      notRepo.remove();
    }
  });
});
