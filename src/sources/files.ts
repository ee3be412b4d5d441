import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { Minimatch } from 'minimatch';
import type { Fragment } from '../engine/fragment.ts';
import { execGitResult } from '../git/exec-git.ts';
import type { Skipped } from '../report/scan-report.ts';
import { decodeText } from './decode.ts';
import type { SourceResult } from './staged.ts';

/**
 * Files and folders of the working tree (`secret-hooks scan [paths…]`), walked with fast-glob.
 * Inside a git work tree, .gitignore (and .git/info/exclude, core.excludesFile) is applied by git
 * itself (`git check-ignore --stdin -z`, https://git-scm.com/docs/git-check-ignore), so the rules
 * are exactly git's. Outside one, .gitignore files in the scanned folders are applied with minimatch.
 * Paths are reported relative to `root` (the repository root, or the current folder) with `/`.
 */
export async function fileFragments(cwd: string, inputs: readonly string[], maxBytes: number, root: string): Promise<SourceResult> {
  const found = new Set<string>();
  const skipped: Skipped[] = [];
  for (const input of inputs.length ? inputs : ['.']) {
    const abs = path.resolve(cwd, input);
    let s;
    try {
      s = await stat(abs);
    } catch {
      throw new Error(`cannot read ${input}: no such file or folder`);
    }
    if (s.isFile()) found.add(abs);
    else {
      const entries = await fg('**/*', { cwd: abs, dot: true, absolute: true, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/.git/**'], suppressErrors: true });
      for (const e of entries) found.add(path.normalize(e));
    }
  }
  const files = await dropIgnored(root, [...found]);
  const fragments: Fragment[] = [];
  let bytes = 0;
  for (const abs of files.sort()) {
    const rel = toPosix(path.relative(root, abs)) || path.basename(abs);
    try {
      const st = await stat(abs);
      if (st.size > maxBytes) {
        skipped.push({ path: rel, reason: `larger than the ${maxBytes}-byte limit (${st.size} bytes)` });
        continue;
      }
      const content = await readFile(abs);
      bytes += content.length;
      fragments.push({ text: decodeText(content).text, path: rel });
    } catch (e) {
      skipped.push({ path: rel, reason: `unreadable: ${(e as NodeJS.ErrnoException).code ?? 'error'}` });
    }
  }
  return { fragments, skipped, bytes };
}

async function dropIgnored(root: string, files: string[]): Promise<string[]> {
  if (files.length === 0) return files;
  if (existsSync(path.join(root, '.git'))) {
    const rels = files.map((f) => path.relative(root, f));
    // Exit 1 means "nothing ignored"; paths outside the work tree make git fail, so filter first.
    const inside = rels.filter((r) => !r.startsWith('..'));
    const res = await execGitResult(['check-ignore', '--stdin', '-z'], { cwd: root, input: inside.join('\0') + '\0', okExitCodes: [1] });
    const ignored = new Set(res.stdout.toString('utf8').split('\0').filter(Boolean));
    return files.filter((_, i) => !ignored.has(rels[i]!));
  }
  return files.filter((f) => !ignoredByGitignoreFiles(root, f));
}

const gitignoreCache = new Map<string, Minimatch[]>();

/** Outside git: the .gitignore of each folder from `root` down to the file, minimatch semantics. */
function ignoredByGitignoreFiles(root: string, file: string): boolean {
  let dir = path.dirname(file);
  const rel = path.relative(root, file);
  if (rel.split(path.sep).includes('node_modules')) return true;
  while (dir.startsWith(root)) {
    let rules = gitignoreCache.get(dir);
    if (!rules) {
      rules = [];
      const p = path.join(dir, '.gitignore');
      if (existsSync(p)) {
        for (const raw of readFileSync(p, 'utf8').split(/\r?\n/)) {
          const line = raw.trim();
          if (!line || line.startsWith('#') || line.startsWith('!')) continue;
          const pattern = line.replace(/^\//, '').replace(/\/$/, '/**');
          rules.push(new Minimatch(pattern, { dot: true, matchBase: !line.includes('/') }));
          if (!line.includes('/')) rules.push(new Minimatch(`**/${line}/**`, { dot: true }));
        }
      }
      gitignoreCache.set(dir, rules);
    }
    const relToDir = toPosix(path.relative(dir, file));
    if (rules.some((m) => m.match(relToDir))) return true;
    if (dir === root) break;
    dir = path.dirname(dir);
  }
  return false;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
