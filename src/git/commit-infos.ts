import type { CommitInfo } from '../engine/fragment.ts';
import { execGit } from './exec-git.ts';

/**
 * Author name, email and ISO 8601 date of the given commits, in one `git log --no-walk --stdin -z`
 * (https://git-scm.com/docs/git-log#Documentation/git-log.txt---no-walkunsorted): the history walk
 * lists commit ids only, and asks this of the few commits its findings name.
 */
export async function commitInfos(cwd: string, shas: readonly string[], signal?: AbortSignal): Promise<Map<string, CommitInfo>> {
  const infos = new Map<string, CommitInfo>();
  if (shas.length === 0) return infos;
  const out = await execGit(['log', '--no-walk=unsorted', '--stdin', '-z', '--format=%H%x00%an%x00%ae%x00%aI'], {
    cwd,
    input: `${shas.join('\n')}\n`,
    ...(signal ? { signal } : {}),
  });
  // -z ends each commit with a NUL: the fields come in fours.
  const fields = out.toString('utf8').split('\0');
  for (let i = 0; i + 3 < fields.length; i += 4) {
    const sha = fields[i]!;
    infos.set(sha, { sha, author: fields[i + 1]!, email: fields[i + 2]!, date: fields[i + 3]! });
  }
  return infos;
}
