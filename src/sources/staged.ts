import type { Fragment } from '../engine/fragment.ts';
import { execGit } from '../git/exec-git.ts';
import { parseDiff, type ChangedFile } from '../git/parse-diff.ts';
import { readBlobs } from '../git/read-blobs.ts';
import type { Skipped } from '../report/scan-report.ts';
import { decodeText } from './decode.ts';

/** Context lines around each change: more than any file has, so a hunk is the whole file. */
export const FULL_CONTEXT = '--unified=2147483647';

export interface SourceResult {
  fragments: Fragment[];
  skipped: Skipped[];
  bytes: number;
}

/**
 * What `git commit` would record: the index, compared with HEAD (or with nothing, before the first
 * commit). Blob contents come from the object store, never from the working tree, so a hunk staged
 * with `git add -p` is what gets checked. Flags (https://git-scm.com/docs/git-diff):
 * --cached: index vs HEAD; --raw -p together: blob ids and hunks from one diff; -z: paths verbatim;
 * -U<huge>: full context, so the patch holds each changed file's whole new content (one git process,
 * no `cat-file` except for binary files) and `added` is exact; -M: a rename adds only the lines it changes;
 * --diff-filter=d: a deletion never blocks; --no-ext-diff --no-textconv: git's own diff, not a
 * driver's; --ignore-submodules=all: a submodule pointer is not content.
 */
export async function stagedFragments(cwd: string, maxBytes: number): Promise<SourceResult> {
  const out = await execGit(
    ['diff', '--cached', '-z', '--raw', '-p', FULL_CONTEXT, '-M', '--no-abbrev', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=d', '--ignore-submodules=all'],
    { cwd },
  );
  return fragmentsForChanges(cwd, parseDiff(out), maxBytes);
}

/** Reads the new blobs of changed files and pairs them with the lines the change adds. */
export async function fragmentsForChanges(
  cwd: string,
  files: ChangedFile[],
  maxBytes: number,
  commitOf?: (file: ChangedFile) => Fragment['commit'],
): Promise<SourceResult> {
  const wanted = files.filter((f) => f.mode !== '160000' && !/^0+$/.test(f.blob));
  const contents = new Map<string, { text: string } | { skip: string }>();
  let bytes = 0;
  for (const f of wanted) {
    if (f.content === undefined || contents.has(f.blob)) continue;
    const size = Buffer.byteLength(f.content);
    if (size > maxBytes) contents.set(f.blob, { skip: `larger than the ${maxBytes}-byte limit (${size} bytes)` });
    else {
      bytes += size;
      contents.set(f.blob, { text: f.content });
    }
  }
  // Binary files (git showed no text) are read from the object store.
  const unread = [...new Set(wanted.filter((f) => !contents.has(f.blob)).map((f) => f.blob))];
  await readBlobs(unread, { cwd, maxBytes }, (b) => {
    if (b.kind === 'blob') {
      bytes += b.size;
      contents.set(b.id, { text: decodeText(b.content).text });
    } else if (b.kind === 'too-large') {
      contents.set(b.id, { skip: `larger than the ${maxBytes}-byte limit (${b.size} bytes)` });
    } else {
      contents.set(b.id, { skip: 'object missing from the repository' });
    }
  });
  const fragments: Fragment[] = [];
  const skipped: Skipped[] = [];
  for (const f of wanted) {
    const c = contents.get(f.blob);
    const commit = commitOf?.(f);
    if (!c || 'skip' in c) {
      const s: Skipped = { path: f.path, reason: c && 'skip' in c ? c.skip : 'not read' };
      if (commit) s.commit = commit.sha;
      skipped.push(s);
      continue;
    }
    const fragment: Fragment = { text: c.text, path: f.path, isNew: f.status === 'A' || f.status === 'C' || f.status === 'R' };
    if (f.added) fragment.added = f.added;
    if (commit) fragment.commit = commit;
    fragments.push(fragment);
  }
  return { fragments, skipped, bytes };
}
