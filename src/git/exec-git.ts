import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { GitError } from './git-error.ts';

/**
 * Every git call goes through here, with the same fixed configuration, so that user settings can
 * never change what we parse (https://git-scm.com/docs/git-config):
 * - core.quotepath=off: paths with non-ASCII bytes come out as-is (we also use -z where paths are listed).
 * - color.ui=false, core.pager=cat, --no-pager: no escape codes, no pager.
 * - diff.external= / --no-ext-diff (per command): no external diff drivers.
 * - submodule.recurse=false: never descend into submodules.
 * - core.fsmonitor=false and GIT_OPTIONAL_LOCKS=0: a check never writes the index
 *   (https://git-scm.com/docs/git#Documentation/git.txt-codeGITOPTIONALLOCKScode).
 * - diff.renames / diff.noprefix / diff.mnemonicPrefix reset: stable patch headers.
 */
const FIXED_CONFIG = [
  '-c', 'core.quotepath=off',
  '-c', 'color.ui=false',
  '-c', 'core.pager=cat',
  '-c', 'diff.external=',
  '-c', 'diff.noprefix=false',
  '-c', 'diff.mnemonicPrefix=false',
  '-c', 'diff.relative=false',
  '-c', 'submodule.recurse=false',
  '-c', 'core.fsmonitor=false',
  '-c', 'log.showSignature=false',
  '-c', 'log.follow=false',
];

export interface GitOptions {
  cwd: string;
  /** Written to git's stdin, then closed. */
  input?: string | Buffer;
  env?: NodeJS.ProcessEnv;
  signal?: AbortSignal;
  /** Exit codes that are not errors (e.g. `git diff --quiet` uses 1). */
  okExitCodes?: readonly number[];
}

function gitEnv(extra?: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...extra,
    GIT_OPTIONAL_LOCKS: '0',
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    // Parse git's output in a fixed language.
    LC_ALL: 'C',
  };
}

export interface GitResult {
  stdout: Buffer;
  exitCode: number;
}

/** Runs git to completion and returns stdout; throws GitError on a non-zero exit (unless allowed). */
export async function execGit(args: readonly string[], options: GitOptions): Promise<Buffer> {
  return (await execGitResult(args, options)).stdout;
}

export function execGitResult(args: readonly string[], options: GitOptions): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawnGit(args, options);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => reject(new GitError(args, null, `could not run git: ${e.message}`)));
    child.on('close', (code) => {
      const exitCode = code ?? -1;
      if (exitCode === 0 || options.okExitCodes?.includes(exitCode)) {
        resolve({ stdout: Buffer.concat(out), exitCode });
      } else {
        reject(new GitError(args, code, Buffer.concat(err).toString('utf8')));
      }
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

/** Starts git with streaming stdio, for large outputs (history, blobs). The caller owns the streams. */
export function spawnGit(
  args: readonly string[],
  options: Omit<GitOptions, 'input' | 'okExitCodes'>,
): ChildProcessByStdio<Writable, Readable, Readable> {
  return startGit(args, options, 'pipe') as ChildProcessByStdio<Writable, Readable, Readable>;
}

/** The one place git is started: fixed configuration, environment; stdout a pipe or a descriptor. */
export function startGit(args: readonly string[], options: Omit<GitOptions, 'input' | 'okExitCodes'>, stdout: 'pipe' | number) {
  const spawnOptions = { cwd: options.cwd, env: gitEnv(options.env), stdio: ['pipe', stdout, 'pipe'] as ['pipe', 'pipe' | number, 'pipe'], windowsHide: true };
  const child = spawn('git', [...FIXED_CONFIG, '--no-pager', ...args], options.signal ? { ...spawnOptions, signal: options.signal } : spawnOptions);
  // git may exit before it has read all its input (a bad repository, an early error): writing on then
  // fails with EPIPE, which unhandled would crash the process. Every caller checks git's exit code,
  // which says what happened, so the write error itself carries nothing more.
  child.stdin?.on('error', () => {});
  return child;
}
