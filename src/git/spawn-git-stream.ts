import { closeSync } from 'node:fs';
import { Socket } from 'node:net';
import type { Readable, Writable } from 'node:stream';
import { spawnGit, startGit, type GitOptions } from './exec-git.ts';
import { namedPipe } from './named-pipe.ts';

// Apart from exec-git.ts so that the pre-commit path, which never streams a history, does not load it.

/** A git process whose stdout may not be Node's own stream: see spawnGitStream. */
export interface GitStream {
  stdin: Writable;
  stdout: Readable;
  stderr: Readable;
  /** git could not be started. */
  onError(listener: (e: Error) => void): void;
  /** git has exited and its stdout and stderr have been read to their end: `code` is its exit code. */
  onClose(listener: (code: number | null) => void): void;
}

/**
 * Like spawnGit, for one very large output (every blob of a history): git writes it into a plain
 * pipe where the platform has one (named-pipe.ts says why), else into Node's own stdout stream.
 */
export function spawnGitStream(args: readonly string[], options: Omit<GitOptions, 'input' | 'okExitCodes'>): GitStream {
  const pipe = namedPipe();
  if (!pipe) {
    const child = spawnGit(args, options);
    return { stdin: child.stdin, stdout: child.stdout, stderr: child.stderr, onError: (l) => child.on('error', l), onClose: (l) => child.on('close', l) };
  }
  let child;
  try {
    child = startGit(args, options, pipe.write);
  } finally {
    // git holds its own copy: once it exits, the reader sees the end of the output.
    closeSync(pipe.write);
  }
  const stdout = new Socket({ fd: pipe.read, readable: true, writable: false });
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  const drained = new Promise<void>((resolve) => stdout.on('close', () => resolve()));
  return {
    // Both are 'pipe' above, so both exist (the typings cannot tell, with a descriptor in between).
    stdin: child.stdin!,
    stdout,
    stderr: child.stderr!,
    onError: (l) =>
      child.on('error', (e) => {
        stdout.destroy();
        l(e);
      }),
    onClose: (l) => void Promise.all([exited, drained]).then(([code]) => l(code)),
  };
}
