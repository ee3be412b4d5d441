import { execGit, execGitResult } from './exec-git.ts';

/** What the audit needs to know about a repository before walking it, to explain its result. */
export interface RepoFacts {
  /** The commit HEAD points to; null in an empty repository or on an unborn branch. */
  head: string | null;
  /** A shallow clone: history stops at its boundary commits. */
  shallow: boolean;
  /** A partial clone: some objects were never downloaded (https://git-scm.com/docs/partial-clone). */
  partialClone: boolean;
  refs: { branches: number; tags: number; remotes: number; other: number };
}

/**
 * Four small queries, run together. `rev-parse --is-shallow-repository` also fails outside a
 * repository, with git's own message (https://git-scm.com/docs/git-rev-parse).
 */
export async function repoFacts(cwd: string): Promise<RepoFacts> {
  const [shallow, head, partial, refs] = await Promise.all([
    execGit(['rev-parse', '--is-shallow-repository'], { cwd }),
    // --verify --quiet: exit 1 and no output when HEAD is unborn.
    execGitResult(['rev-parse', '--verify', '--quiet', '--end-of-options', 'HEAD^{commit}'], { cwd, okExitCodes: [1] }),
    execGitResult(['config', '--get', 'extensions.partialClone'], { cwd, okExitCodes: [1] }),
    execGit(['for-each-ref', '--format=%(refname)'], { cwd }),
  ]);
  const counts = { branches: 0, tags: 0, remotes: 0, other: 0 };
  for (const ref of refs.toString('utf8').split('\n')) {
    if (!ref) continue;
    if (ref.startsWith('refs/heads/')) counts.branches++;
    else if (ref.startsWith('refs/tags/')) counts.tags++;
    else if (ref.startsWith('refs/remotes/')) counts.remotes++;
    else counts.other++;
  }
  const headSha = head.stdout.toString('utf8').trim();
  return {
    head: head.exitCode === 0 && headSha ? headSha : null,
    shallow: shallow.toString('utf8').trim() === 'true',
    partialClone: partial.exitCode === 0 && partial.stdout.toString('utf8').trim() !== '',
    refs: counts,
  };
}
