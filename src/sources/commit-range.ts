import type { CommitInfo } from '../engine/fragment.ts';
import { execGit } from '../git/exec-git.ts';
import { COMMIT_HEADER_FORMAT, parseCommitDiffs, type ChangedFile } from '../git/parse-diff.ts';
import { FULL_CONTEXT, fragmentsForChanges, type SourceResult } from './staged.ts';

/**
 * The changes each given commit introduces, as fragments limited to the lines it adds. One
 * `git diff-tree --stdin` for all commits (https://git-scm.com/docs/git-diff-tree):
 * --root: a root commit is diffed against the empty tree; --cc: for a merge, only what differs from
 * every parent, i.e. what the merge itself introduced (a conflict resolution); -m is not used, so a
 * clean merge adds nothing. Other flags as in stagedFragments.
 */
export async function commitFragments(cwd: string, commits: readonly string[], maxBytes: number): Promise<SourceResult & { commits: number }> {
  if (commits.length === 0) return { fragments: [], skipped: [], bytes: 0, commits: 0 };
  const out = await execGit(
    ['diff-tree', '--stdin', COMMIT_HEADER_FORMAT, '-z', '--raw', '-p', FULL_CONTEXT, '-M', '--root', '--cc', '--no-abbrev', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=d', '--ignore-submodules=all'],
    { cwd, input: `${commits.join('\n')}\n` },
  );
  const files: ChangedFile[] = [];
  const owner = new Map<ChangedFile, CommitInfo>();
  for (const entry of parseCommitDiffs(out)) {
    for (const f of entry.files) {
      files.push(f);
      if (entry.commit) owner.set(f, entry.commit);
    }
  }
  const result = await fragmentsForChanges(cwd, files, maxBytes, (f) => owner.get(f));
  return { ...result, commits: commits.length };
}

const ZERO = /^0+$/;

/**
 * Commits a push sends, from git's pre-push stdin lines `<local ref> <local oid> <remote ref> <remote oid>`
 * (https://git-scm.com/docs/githooks#_pre_push):
 * - deleted ref (local oid all zeros): nothing;
 * - new ref (remote oid all zeros): commits not yet on any ref of that remote (`--not --remotes=<remote>`);
 * - updated ref: remote..local, falling back to the new-ref rule when the remote oid is not known
 *   locally (someone else pushed, or a force push).
 * Several refs are unioned; the order is oldest first.
 */
export async function prePushCommits(cwd: string, remote: string, stdin: string): Promise<string[]> {
  const all = new Set<string>();
  for (const line of stdin.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 4) continue;
    const [, localOid, , remoteOid] = parts as [string, string, string, string];
    if (ZERO.test(localOid)) continue;
    let exclude: string[];
    if (!ZERO.test(remoteOid) && (await objectExists(cwd, remoteOid))) exclude = [`^${remoteOid}`];
    else exclude = ['--not', `--remotes=${remote}`];
    for (const c of await revList(cwd, [localOid, ...exclude])) all.add(c);
  }
  return [...all];
}

/** `git rev-list --reverse <args>`: commits oldest first. */
export async function revList(cwd: string, args: readonly string[]): Promise<string[]> {
  const out = await execGit(['rev-list', '--reverse', ...args, '--'], { cwd });
  return out.toString('utf8').split('\n').filter(Boolean);
}

async function objectExists(cwd: string, oid: string): Promise<boolean> {
  try {
    await execGit(['cat-file', '-e', `${oid}^{commit}`], { cwd });
    return true;
  } catch {
    return false;
  }
}
