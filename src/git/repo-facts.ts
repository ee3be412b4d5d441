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
 * Three small queries, run together. One `rev-parse` answers two questions: options like
 * --is-shallow-repository print as they are parsed, then --verify --quiet prints HEAD's commit, or
 * nothing with exit 1 when HEAD is unborn (https://git-scm.com/docs/git-rev-parse). Outside a
 * repository it fails with git's own message.
 */
export async function repoFacts(cwd: string): Promise<RepoFacts> {
  const [revParse, partial, refs] = await Promise.all([
    execGitResult(['rev-parse', '--is-shallow-repository', '--verify', '--quiet', '--end-of-options', 'HEAD^{commit}'], { cwd, okExitCodes: [1] }),
    execGitResult(['config', '--get', 'extensions.partialClone'], { cwd, okExitCodes: [1] }),
    execGit(['for-each-ref', '--format=%(refname)'], { cwd }),
  ]);
  const [shallow, headSha = ''] = revParse.stdout.toString('utf8').trim().split('\n');
  const counts = { branches: 0, tags: 0, remotes: 0, other: 0 };
  for (const ref of refs.toString('utf8').split('\n')) {
    if (!ref) continue;
    if (ref.startsWith('refs/heads/')) counts.branches++;
    else if (ref.startsWith('refs/tags/')) counts.tags++;
    else if (ref.startsWith('refs/remotes/')) counts.remotes++;
    else counts.other++;
  }
  if (shallow !== 'true' && shallow !== 'false') throw new Error(`git rev-parse --is-shallow-repository answered "${shallow}"`);
  return {
    head: revParse.exitCode === 0 && headSha ? headSha : null,
    shallow: shallow === 'true',
    partialClone: partial.exitCode === 0 && partial.stdout.toString('utf8').trim() !== '',
    refs: counts,
  };
}
