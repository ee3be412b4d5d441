import { execGit } from './exec-git.ts';

/**
 * Blob ids of the given paths in a commit's tree, from one `git ls-tree -r -z --full-tree`
 * (https://git-scm.com/docs/git-ls-tree): entries are `<mode> <type> <oid>\t<path>\0`. Paths not in
 * the tree (or not blobs there) are absent from the result.
 */
export async function treeBlobs(cwd: string, commit: string, paths: ReadonlySet<string>): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (paths.size === 0) return out;
  const listing = await execGit(['ls-tree', '-r', '-z', '--full-tree', '--end-of-options', commit], { cwd });
  for (const entry of listing.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab === -1) continue;
    const path = entry.slice(tab + 1);
    if (!paths.has(path)) continue;
    const [, type, oid] = entry.slice(0, tab).split(' ');
    if (type === 'blob' && oid) out.set(path, oid);
  }
  return out;
}
