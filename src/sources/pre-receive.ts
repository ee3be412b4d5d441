import { revList } from './commit-range.ts';

const ZERO = /^0+$/;

/**
 * Commits a push brings to a server, from pre-receive stdin lines `<old-oid> <new-oid> <ref>`
 * (https://git-scm.com/docs/githooks#pre-receive). While the hook runs, the pushed objects sit in
 * quarantine and no ref has moved yet, so "new" means reachable from a pushed tip and not from any
 * existing ref (`--not --all`): this covers new branches, updates and force pushes alike, and a
 * deletion (new oid all zeros) brings nothing.
 */
export async function preReceiveCommits(cwd: string, stdin: string): Promise<string[]> {
  const tips = new Set<string>();
  for (const line of stdin.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length < 3) continue;
    const newOid = parts[1]!;
    if (!ZERO.test(newOid)) tips.add(newOid);
  }
  if (tips.size === 0) return [];
  return revList(cwd, [...tips, '--not', '--all']);
}
