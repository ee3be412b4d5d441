import { isAscii } from 'node:buffer';
import type { Config } from '../config/config-schema.ts';
import { detectorFor } from '../config/resolve-rules.ts';
import type { Drop } from '../engine/detector.ts';
import type { Finding } from '../engine/finding.ts';
import type { KeywordMemo } from '../engine/keyword-memo.ts';
import { BlobStream, type StreamedBlob } from '../git/blob-stream.ts';
import { decodeText } from './decode.ts';

/** What a scanning thread needs: plain data (it crosses to the worker by structured clone). */
export interface ScanSetup {
  cwd: string;
  maxBytes: number;
  config: Config;
  verbose: boolean;
  /** false: cat-file's output never goes through a temporary file (BlobStream's `spill`). */
  spill: boolean;
}

/** Main thread → scanning thread. `paths[i]` is the path blob `ids[i]` is scanned as. */
export type ScanRequest = { kind: 'request'; ids: string[]; paths: string[] } | { kind: 'end' };

/**
 * Scanning thread → main thread. Answers come in request order: `settled` more requests are done;
 * `found` and `skipped` name some of them by position within those `settled`, in increasing order.
 */
export type ScanReply =
  | {
      kind: 'results';
      settled: number;
      found: Array<[at: number, findings: Finding[]]>;
      skipped: Array<[at: number, reason: string, tooLarge: boolean]>;
      blobs: number;
      bytes: number;
      drops: Drop[];
    }
  | { kind: 'done' }
  | { kind: 'error'; message: string };

/**
 * Bytes of earlier versions kept per lane, so that the next version of the same path is
 * searched for keywords only where it changed (keyword-memo.ts). The least recently scanned paths go
 * first; a path whose memo was dropped is simply searched whole again.
 */
const MEMO_BUDGET_BYTES = 24 << 20;
/** A memo holds every keyword occurrence; past this many (a huge minified file), none is kept. */
const MEMO_MAX_OCCURRENCES = 1 << 16;

/** Report back after this many answers, or after FLUSH_MS when fewer are waiting. */
const REPLY_EVERY = 128;
const FLUSH_MS = 10;

/**
 * One scanning lane of the audit: its own `git cat-file --batch` (BlobStream) feeding the detector,
 * so blob bytes go from git straight to the thread that scans them (never copied between threads).
 * Runs in a worker thread (src/sources/audit-worker.ts), or in the main thread as a fallback.
 * Scanning happens inside git's data callback: while the detector works, git's output waits in its
 * spill file (or pipe, see spawnGitStream), so memory holds one read and one blob at a time.
 * Forbidden-file rules are not run here (`isNew: false`): they depend on paths only and are checked
 * once per path by the main thread.
 */
export class ScanCore {
  readonly #emit: (reply: ScanReply) => void;
  readonly #stream: BlobStream;
  readonly #paths: string[] = [];
  #pathHead = 0;
  readonly #drops: Drop[] = [];
  readonly #detector;
  #reply: Extract<ScanReply, { kind: 'results' }> = emptyReply();
  /** Per path, the keyword memo of the version scanned last (Map order: least recently used first). */
  readonly #memos = new Map<string, KeywordMemo>();
  #memoBytes = 0;
  #timer: NodeJS.Timeout | null = null;

  readonly #replyEvery: number;

  /**
   * `replyEvery`: answers gathered before a reply is emitted (or FLUSH_MS passed). In the main
   * thread, where a reply is a plain call, 1: each chunk of git's output is answered at once.
   */
  constructor(setup: ScanSetup, emit: (reply: ScanReply) => void, replyEvery = REPLY_EVERY) {
    this.#emit = emit;
    this.#replyEvery = replyEvery;
    this.#detector = detectorFor(setup.config, setup.verbose ? (d) => this.#drops.push(d) : undefined);
    this.#stream = new BlobStream(
      { cwd: setup.cwd, maxBytes: setup.maxBytes, spill: setup.spill, onChunkEnd: () => this.#chunkEnd() },
      (b) => this.#answer(b),
    );
  }

  request(ids: readonly string[], paths: readonly string[]): void {
    for (const p of paths) this.#paths.push(p);
    this.#stream.request(ids);
  }

  /** No more requests: answers what is left, then says `done` (or `error`). */
  end(): void {
    this.#stream.end().then(
      () => {
        this.#send();
        this.#emit({ kind: 'done' });
      },
      (e: unknown) => this.#emit({ kind: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
  }

  #answer(b: StreamedBlob): void {
    const path = this.#paths[this.#pathHead]!;
    this.#paths[this.#pathHead++] = '';
    if (this.#pathHead > 4096 && this.#pathHead * 2 > this.#paths.length) {
      this.#paths.splice(0, this.#pathHead);
      this.#pathHead = 0;
    }
    const reply = this.#reply;
    const at = reply.settled++;
    if (b.kind === 'blob') {
      reply.blobs++;
      reply.bytes += b.content.length;
      // ASCII (most source files) reads the same as latin1, one character per byte: the cheapest string
      // to make, and one the keyword memo can compare byte for byte with the path's next version.
      let findings: Finding[];
      if (isAscii(b.content)) {
        const previous = this.#memos.get(path);
        // The memo keeps the bytes: a view of the read buffer is copied (the next read overwrites it);
        // a buffer of the blob's own (read in several chunks) is not.
        const bytes = b.owned ? b.content : Buffer.from(b.content);
        const scanned = this.#detector.scanVersion({ text: bytes.toString('latin1'), path, isNew: false }, bytes, previous);
        findings = scanned.findings;
        this.#remember(path, previous, scanned.memo);
      } else {
        findings = this.#detector.scan({ text: decodeText(b.content).text, path, isNew: false });
      }
      if (findings.length > 0) reply.found.push([at, findings]);
    } else if (b.kind === 'too-large') {
      reply.skipped.push([at, `larger than the ${this.#stream.maxBytes}-byte limit (${b.size} bytes)`, true]);
    } else {
      reply.skipped.push([at, b.reason, false]);
    }
  }

  #remember(path: string, previous: KeywordMemo | undefined, memo: KeywordMemo | undefined): void {
    if (previous) {
      this.#memos.delete(path);
      this.#memoBytes -= previous.bytes.length;
    }
    if (!memo || memo.occurrences.length > 2 * MEMO_MAX_OCCURRENCES || memo.bytes.length > MEMO_BUDGET_BYTES / 4) return;
    this.#memos.set(path, memo);
    this.#memoBytes += memo.bytes.length;
    for (const [p, m] of this.#memos) {
      if (this.#memoBytes <= MEMO_BUDGET_BYTES) break;
      this.#memos.delete(p);
      this.#memoBytes -= m.bytes.length;
    }
  }

  #chunkEnd(): void {
    if (this.#reply.settled >= this.#replyEvery) this.#send();
    else if (this.#reply.settled > 0 && this.#timer === null) this.#timer = setTimeout(() => this.#send(), FLUSH_MS);
  }

  #send(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#reply.settled === 0) return;
    this.#reply.drops = this.#drops.splice(0);
    this.#emit(this.#reply);
    this.#reply = emptyReply();
  }
}

function emptyReply(): Extract<ScanReply, { kind: 'results' }> {
  return { kind: 'results', settled: 0, found: [], skipped: [], blobs: 0, bytes: 0, drops: [] };
}
