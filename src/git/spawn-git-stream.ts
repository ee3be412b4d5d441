import { closeSync, fstatSync, readSync } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { spawnGit, startGit, type GitOptions } from './exec-git.ts';
import { spillFile } from './spill-file.ts';

/**
 * One read's worth from the spill file. Larger reads mean fewer calls, and more blobs arriving
 * whole in one read (handed out as views, not copied); 1 MiB measured a little faster than 256 KiB.
 */
const READ_BYTES = 1024 * 1024;
/** How long to wait before looking again when everything git wrote has been read and it is still running. */
const POLL_MS = 1;

// Apart from exec-git.ts so that the pre-commit path, which never streams a history, does not initialise it.

/** A git process whose stdout goes to a callback: see spawnGitStream. */
export interface GitStream {
  stdin: Writable;
  stderr: Readable;
  /** Stop and go on reading git's output. */
  pause(): void;
  resume(): void;
  /** Set when the output goes through a spill file: the bytes git has written to it so far. */
  written?: () => number;
  /** Stops git and the reading; no close is reported. */
  stop(): void;
  /** git could not be started. */
  onError(listener: (e: Error) => void): void;
  /** git has exited and its stdout and stderr have been read to their end: `code` is its exit code. */
  onClose(listener: (code: number | null) => void): void;
}

/**
 * Like spawnGit, for one very large output (every blob of a history), handed to `onData` chunk by
 * chunk. A chunk may be a view of a buffer that the next read reuses: it is valid only during the
 * call, and whatever is kept of it must be copied.
 *
 * With `spill`, git writes into a temporary file (spill-file.ts) instead of a pipe, read behind it
 * into one reused buffer. A pipe holds 64 KiB: git blocks each time it is full and this thread
 * each time it is empty, ~1,500 hand-overs for 94 MB of blobs, and on two cores the two then wait
 * for each other instead of working side by side (Node cannot enlarge a pipe: no fcntl). Through
 * the file, git never waits: it uses the other core whenever it is free, and this thread reads in
 * large pieces. (Holding git back instead, to a limit of ids in flight or by emptying the file when
 * all is read, gave the gain back: measured 5–7% slower than letting it run.) The caller bounds the
 * file's size by moving on to a fresh process and file (BlobStream, with `written`); a file is
 * removed as soon as it has been read, within a second or so of being written, so its pages are
 * normally dropped from the page cache before they are ever written to disk.
 * Elsewhere (Windows, no writable temporary directory), Node's own pipe is used.
 */
export function spawnGitStream(
  args: readonly string[],
  options: Omit<GitOptions, 'input' | 'okExitCodes'>,
  onData: (chunk: Buffer) => void,
  spill: boolean,
): GitStream {
  const file = spill ? spillFile() : null;
  if (!file) {
    const child = spawnGit(args, options);
    child.stdout.on('data', onData);
    return {
      stdin: child.stdin,
      stderr: child.stderr,
      pause: () => child.stdout.pause(),
      resume: () => child.stdout.resume(),
      stop: () => {
        child.removeAllListeners('close');
        child.kill();
      },
      onError: (l) => child.on('error', l),
      onClose: (l) => child.on('close', l),
    };
  }
  let child;
  try {
    child = startGit(args, options, file.write);
  } catch (e) {
    closeSync(file.read);
    throw e;
  } finally {
    // git holds its own copy.
    closeSync(file.write);
  }
  const buffer = Buffer.allocUnsafeSlow(READ_BYTES);
  let offset = 0;
  let paused = false;
  let done = false;
  let scheduled = false;
  /** git's exit code once it has exited (null: killed by a signal); undefined while it runs. */
  let exit: number | null | undefined;
  const closeListeners: Array<(code: number | null) => void> = [];
  const finish = (): void => {
    done = true;
    closeSync(file.read);
  };
  const step = (): void => {
    scheduled = false;
    if (paused || done) return;
    // Looked at before reading: whatever git wrote before it exited is in the file by then.
    const exited = exit !== undefined;
    let n: number;
    try {
      n = readSync(file.read, buffer, 0, READ_BYTES, offset);
    } catch {
      // The file cannot be read back (not expected): stop git, and report it as failed (the caller
      // then tries again on a pipe).
      child.kill();
      finish();
      for (const l of closeListeners) l(null);
      return;
    }
    if (n > 0) {
      offset += n;
      onData(buffer.subarray(0, n));
      schedule(0);
    } else if (exited) {
      finish();
      for (const l of closeListeners) l(exit!);
    } else schedule(POLL_MS);
  };
  // One read per turn of the event loop, so that git's stdin and the history walk are served between.
  const schedule = (ms: number): void => {
    if (scheduled || paused || done) return;
    scheduled = true;
    if (ms === 0) setImmediate(step);
    else setTimeout(step, ms);
  };
  child.on('close', (code) => {
    exit = code;
    schedule(0);
  });
  schedule(0);
  return {
    // Both are 'pipe' (startGit), so both exist (the typings cannot tell, with a descriptor in between).
    stdin: child.stdin!,
    stderr: child.stderr!,
    pause: () => {
      paused = true;
    },
    resume: () => {
      paused = false;
      schedule(0);
    },
    written: () => (done ? offset : fstatSync(file.read).size),
    stop: () => {
      if (done) return;
      child.kill();
      finish();
    },
    onError: (l) =>
      child.on('error', (e) => {
        if (!done) finish();
        l(e);
      }),
    onClose: (l) => void closeListeners.push(l),
  };
}
