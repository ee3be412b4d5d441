import { spawnGit } from './exec-git.ts';
import { GitError } from './git-error.ts';

export type BlobResult =
  | { id: string; kind: 'blob'; content: Buffer; size: number }
  | { id: string; kind: 'too-large'; size: number }
  | { id: string; kind: 'missing' };

export interface ReadBlobsOptions {
  cwd: string;
  /** Larger objects are reported as `too-large` and their bytes discarded. */
  maxBytes: number;
  signal?: AbortSignal;
}

/**
 * Reads objects through one `git cat-file --batch` process (https://git-scm.com/docs/git-cat-file#_batch_output):
 * ids go in on stdin, `<oid> <type> <size>\n<content>\n` or `<id> missing\n` come back in order.
 * A missing object (partial clone, damaged pack) is reported, not thrown, so callers can skip it.
 */
export function readBlobs(ids: readonly string[], options: ReadBlobsOptions, onBlob: (b: BlobResult) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ids.length === 0) return resolve();
    // --buffer: flush only when our stdin closes (we send every id up front).
    const args = ['cat-file', '--batch', '--buffer'];
    const child = spawnGit(args, options.signal ? { cwd: options.cwd, signal: options.signal } : { cwd: options.cwd });
    let pending: Buffer[] = [];
    let pendingLength = 0;
    let index = 0;
    let want: { id: string; size: number; keep: boolean } | null = null;
    const err: Buffer[] = [];

    const take = (n: number): Buffer => {
      const all = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingLength);
      const head = all.subarray(0, n);
      const rest = all.subarray(n);
      pending = rest.length ? [rest] : [];
      pendingLength = rest.length;
      return head;
    };
    const drain = () => {
      for (;;) {
        if (want === null) {
          const joined = pending.length === 1 ? pending[0]! : Buffer.concat(pending, pendingLength);
          pending = joined.length ? [joined] : [];
          const nl = joined.indexOf(10);
          if (nl === -1) return;
          const header = take(nl + 1).toString('utf8', 0, nl);
          const id = ids[index++] ?? header.split(' ')[0]!;
          if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
            onBlob({ id, kind: 'missing' });
            continue;
          }
          const parts = header.split(' ');
          const size = Number(parts[2]);
          want = { id, size, keep: size <= options.maxBytes };
        }
        if (pendingLength < want.size + 1) return;
        const content = take(want.size + 1).subarray(0, want.size);
        if (want.keep) onBlob({ id: want.id, kind: 'blob', content, size: want.size });
        else onBlob({ id: want.id, kind: 'too-large', size: want.size });
        want = null;
      }
    };
    child.stdout.on('data', (b: Buffer) => {
      pending.push(b);
      pendingLength += b.length;
      drain();
    });
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(new GitError(args, null, e.message)));
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new GitError(args, code, Buffer.concat(err).toString('utf8')));
    });
    child.stdin.end(ids.join('\n') + '\n');
  });
}
