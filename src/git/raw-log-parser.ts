import type { CommitInfo } from '../engine/fragment.ts';

/**
 * `--format` for the history walk: each commit starts with \x01 and its NUL-separated header fields.
 * %an/%ae/%aI: author name, email and strict ISO 8601 date (https://git-scm.com/docs/pretty-formats).
 */
export const RAW_LOG_FORMAT = '--format=%x01%H%x00%an%x00%ae%x00%aI%x00';

/** One line of `--raw` output: a path whose content in this commit differs from the parent(s). */
export interface RawEntry {
  /** Repository-relative path, `/`-separated, decoded as UTF-8. */
  path: string;
  /** Mode of the new content: 100644/100755 file, 120000 symlink, 160000 submodule (a commit id). */
  mode: string;
  /** Object id of the new content; all zeros when the path was deleted. */
  blob: string;
  /** A, M, D, T (…); for a merge (combined format) one letter per parent. */
  status: string;
}

export interface RawLogEvents {
  commit(info: CommitInfo): void;
  entry(entry: RawEntry): void;
  /** After each chunk of input: a chance to act on what the chunk held, in bulk. */
  flush?(): void;
}

const enum State {
  Any,
  Author,
  Email,
  Date,
  Path,
  SecondPath,
}

/**
 * Streaming parser for `git log` / `git diff-tree --stdin` output run with RAW_LOG_FORMAT, `--raw -z`
 * and `-c` (raw format: https://git-scm.com/docs/git-diff-tree#_raw_output_format; combined, for
 * merges, starts with one colon per parent: https://git-scm.com/docs/git-diff-tree#_diff_format_for_merges).
 * Every field is NUL-terminated under -z, so the stream is split on NUL and read field by field;
 * chunks may end anywhere. Bytes are read as latin1 (one char per byte) and paths re-decoded as UTF-8.
 * Pure: bytes in, events out.
 */
export class RawLogParser {
  #carry = '';
  #state = State.Any;
  #sha = '';
  #author = '';
  #email = '';
  #pending: Omit<RawEntry, 'path'> | null = null;
  #commits = 0;
  readonly #events: RawLogEvents;

  constructor(events: RawLogEvents) {
    this.#events = events;
  }

  /** Commit headers seen so far. */
  get commits(): number {
    return this.#commits;
  }

  push(chunk: Buffer): void {
    const text = this.#carry + chunk.toString('latin1');
    let start = 0;
    for (let nul = text.indexOf('\0'); nul !== -1; nul = text.indexOf('\0', start)) {
      this.#field(text.slice(start, nul));
      start = nul + 1;
    }
    this.#carry = text.slice(start);
    this.#events.flush?.();
  }

  /** End of input: a field left without its NUL is incomplete output (the process died) and dropped. */
  end(): void {
    this.#carry = '';
    this.#state = State.Any;
    this.#pending = null;
  }

  #field(field: string): void {
    switch (this.#state) {
      case State.Author:
        this.#author = field;
        this.#state = State.Email;
        return;
      case State.Email:
        this.#email = field;
        this.#state = State.Date;
        return;
      case State.Date:
        this.#state = State.Any;
        this.#commits++;
        this.#events.commit({ sha: this.#sha, author: utf8(this.#author), email: utf8(this.#email), date: field });
        return;
      case State.Path:
      case State.SecondPath: {
        const pending = this.#pending!;
        // A rename or copy (only when detection is on) names the source first, then the destination.
        if (this.#state === State.Path && (pending.status.startsWith('R') || pending.status.startsWith('C'))) {
          this.#state = State.SecondPath;
          return;
        }
        this.#state = State.Any;
        this.#pending = null;
        this.#events.entry({ ...pending, path: utf8(field) });
        return;
      }
      default:
    }
    // Between records git writes newlines (after a header, between commits); skip them.
    let i = 0;
    while (field.charCodeAt(i) === 10) i++;
    const c = field.charCodeAt(i);
    if (c === 1) {
      this.#sha = field.slice(i + 1);
      this.#state = State.Author;
    } else if (c === 58 /* : */) {
      let parents = 0;
      while (field.charCodeAt(i + parents) === 58) parents++;
      const parts = field.slice(i + parents).split(' ');
      // Modes: one per parent, then the result's; object ids likewise; then the status.
      this.#pending = { mode: parts[parents] ?? '', blob: parts[2 * parents + 1] ?? '', status: parts[parts.length - 1] ?? '' };
      this.#state = State.Path;
    }
  }
}

function utf8(latin1: string): string {
  // Pure ASCII (the usual case) is the same string in both encodings.
  // eslint-disable-next-line no-control-regex
  return /[^\x00-\x7f]/.test(latin1) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1;
}
