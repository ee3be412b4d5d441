import { existsSync } from 'node:fs';
import path from 'node:path';
import { execGit, execGitResult } from '../git/exec-git.ts';
import { GitError } from '../git/git-error.ts';
import { UsageError } from '../commands/context.ts';

export interface RepositoryFacts {
  /** Absolute path of the work tree's top folder (where git runs hooks). */
  root: string;
  /** Absolute path of the folder git reads hooks from: `.git/hooks`, or core.hooksPath when set. */
  hooksDir: string;
  /** core.hooksPath as configured (any scope), if set. */
  hooksPath: string | undefined;
}

/**
 * The few facts install and init need, through execGit like every other git call (simple-git would
 * be a second way of spawning git for three one-line queries).
 */
export async function locateRepository(cwd: string): Promise<RepositoryFacts> {
  let root: string;
  try {
    root = path.resolve(cwd, (await execGit(['rev-parse', '--show-toplevel'], { cwd })).toString('utf8').trim());
  } catch (e) {
    if (e instanceof GitError) throw new UsageError(`not inside a git work tree (${cwd}): run git init first, or cd into the repository`);
    throw e;
  }
  // --git-path resolves core.hooksPath (relative values are relative to the work tree top, where hooks
  // run) and linked worktrees (hooks live in the common git dir): https://git-scm.com/docs/git-rev-parse#Documentation/git-rev-parse.txt---git-pathltpathgt
  const hooksDir = path.resolve(root, (await execGit(['rev-parse', '--git-path', 'hooks'], { cwd: root })).toString('utf8').trim());
  return { root, hooksDir, hooksPath: await gitConfig(root, 'core.hooksPath') };
}

/** A config value, or undefined when unset (`git config --get` exits 1 then). */
export async function gitConfig(cwd: string, key: string): Promise<string | undefined> {
  const r = await execGitResult(['config', '--get', key], { cwd, okExitCodes: [1] });
  return r.exitCode === 0 ? r.stdout.toString('utf8').trim() : undefined;
}

/** husky 9 points core.hooksPath at `<dir>/_`, a folder it regenerates with its runner `h`. */
export function isHuskyRunnerDir(dir: string): boolean {
  return path.basename(dir) === '_' && (existsSync(path.join(dir, 'h')) || existsSync(path.join(dir, 'husky.sh')));
}
