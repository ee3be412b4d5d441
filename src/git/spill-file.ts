import { closeSync, constants, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Both ends of an unnamed temporary file: its name is removed before it is handed out. */
export interface SpillFile {
  /** Read end, read at explicit offsets. */
  read: number;
  /** Write end, for a child's stdout. */
  write: number;
}

/**
 * A temporary file for a child's large output (see spawnGitStream for why a file and not a pipe).
 * Made in a private directory (mode 0700), opened at both ends, and unlinked at once: no other
 * process can open it, and it disappears when its descriptors close, whatever happens to this
 * process.
 * Returns null where that cannot be done (Windows, which cannot unlink an open file; no writable
 * temporary directory): the caller then uses a pipe.
 */
export function spillFile(): SpillFile | null {
  if (process.platform === 'win32') return null;
  let dir: string | undefined;
  let read = -1;
  try {
    dir = mkdtempSync(join(tmpdir(), 'secret-hooks-'));
    const path = join(dir, 'out');
    const write = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    try {
      read = openSync(path, constants.O_RDONLY);
    } catch (e) {
      closeSync(write);
      throw e;
    }
    return { read, write };
  } catch {
    return null;
  } finally {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  }
}
