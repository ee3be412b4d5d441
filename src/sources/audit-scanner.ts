import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Drop } from '../engine/detector.ts';
import type { Finding } from '../engine/finding.ts';
import { ScanCore, type ScanReply, type ScanRequest, type ScanSetup } from './audit-scan-core.ts';

export interface BlobScannerOptions<T> {
  setup: ScanSetup;
  /** Scanning threads; 0 scans in this thread (also the fallback when the worker file is absent). */
  workers: number;
  /** A blob was scanned: its findings (often none). */
  onScanned(payload: T, findings: Finding[]): void;
  /** A blob could not be scanned: too large, or missing / unreadable. */
  onSkipped(payload: T, reason: string, tooLarge: boolean): void;
  /** Counters: blobs scanned and their bytes, since the last call. */
  onCounted?: (blobs: number, bytes: number) => void;
  onDrop?: (d: Drop) => void;
  /** A scanning thread failed: nothing more will be answered (end() rejects too). */
  onFail?: (e: Error) => void;
}

interface Lane<T> {
  send(m: ScanRequest): void;
  /** Payloads of the requests sent and not yet answered, in order. */
  waiting: T[];
  head: number;
  ids: string[];
  paths: string[];
  done: boolean;
}

/**
 * The main thread's side of the scanning lanes (ScanCore, one per worker thread). Requests are
 * routed by path, so that successive versions of a file go to the same `git cat-file`, whose delta
 * cache then resolves each version from the one before; answers come back in request order and are
 * matched to their payloads here.
 */
export class BlobScanner<T> {
  readonly #options: BlobScannerOptions<T>;
  readonly #lanes: Array<Lane<T>> = [];
  readonly #workers: Worker[] = [];
  #pending = 0;
  #failed: Error | null = null;
  #closing = false;
  #ended: { resolve: () => void; reject: (e: Error) => void } | null = null;

  constructor(options: BlobScannerOptions<T>) {
    this.#options = options;
    const file = options.workers > 0 ? workerFile() : undefined;
    if (!file) {
      const lane = this.#lane(() => {});
      const core = new ScanCore(options.setup, (reply) => this.#reply(lane, reply), 1);
      lane.send = (m) => (m.kind === 'request' ? core.request(m.ids, m.paths) : core.end());
      return;
    }
    for (let i = 0; i < options.workers; i++) {
      const worker = new Worker(file, { workerData: options.setup });
      const lane = this.#lane((m) => worker.postMessage(m));
      worker.on('message', (reply: ScanReply) => this.#reply(lane, reply));
      worker.on('error', (e) => this.#fail(e));
      worker.on('exit', (code) => {
        if (!lane.done) this.#fail(new Error(`a scanning thread stopped (exit code ${code})`));
      });
      this.#workers.push(worker);
    }
  }

  /** Requests sent and not yet answered. */
  get pending(): number {
    return this.#pending;
  }

  /** Queues a blob for scanning as if at `path`; sent with the next flush(). */
  request(blob: string, path: string, payload: T): void {
    const lane = this.#lanes.length === 1 ? this.#lanes[0]! : this.#lanes[hash(path) % this.#lanes.length]!;
    lane.ids.push(blob);
    lane.paths.push(path);
    lane.waiting.push(payload);
    this.#pending++;
  }

  flush(): void {
    if (this.#failed) return;
    for (const lane of this.#lanes) {
      if (lane.ids.length === 0) continue;
      lane.send({ kind: 'request', ids: lane.ids, paths: lane.paths });
      lane.ids = [];
      lane.paths = [];
    }
  }

  /** No more requests: resolves when every one has been answered. */
  end(): Promise<void> {
    this.flush();
    if (this.#failed) return Promise.reject(this.#failed);
    const done = new Promise<void>((resolve, reject) => {
      this.#ended = { resolve, reject };
    });
    for (const lane of this.#lanes) lane.send({ kind: 'end' });
    return done;
  }

  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(this.#workers.map((w) => w.terminate()));
  }

  #lane(send: (m: ScanRequest) => void): Lane<T> {
    const lane: Lane<T> = { send, waiting: [], head: 0, ids: [], paths: [], done: false };
    this.#lanes.push(lane);
    return lane;
  }

  #reply(lane: Lane<T>, reply: ScanReply): void {
    if (this.#failed) return;
    if (reply.kind === 'error') return this.#fail(new Error(reply.message));
    if (reply.kind === 'done') {
      lane.done = true;
      if (this.#lanes.every((l) => l.done)) this.#ended?.resolve();
      return;
    }
    if (this.#options.onDrop) for (const d of reply.drops) this.#options.onDrop(d);
    this.#options.onCounted?.(reply.blobs, reply.bytes);
    // `found` and `skipped` are in order of position: walk them alongside.
    const { found, skipped } = reply;
    let f = 0;
    let s = 0;
    for (let at = 0; at < reply.settled; at++) {
      const payload = lane.waiting[lane.head]!;
      lane.waiting[lane.head++] = undefined as T;
      this.#pending--;
      const skip = skipped[s];
      if (skip?.[0] === at) {
        s++;
        this.#options.onSkipped(payload, skip[1], skip[2]);
      } else this.#options.onScanned(payload, found[f]?.[0] === at ? found[f++]![1] : NONE);
    }
    if (lane.head > 4096 && lane.head * 2 > lane.waiting.length) {
      lane.waiting.splice(0, lane.head);
      lane.head = 0;
    }
  }

  #fail(e: Error): void {
    if (this.#closing || this.#failed) return;
    this.#failed = e;
    this.#options.onFail?.(e);
    this.#ended?.reject(e);
  }
}

const NONE: Finding[] = [];

/** FNV-1a: a stable lane per path. */
function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * The bundled worker script: dist/audit-worker.js, beside the CLI's bundle (dist/secret-hooks.cjs),
 * or one folder up from the library's chunk this code is bundled into (dist/lib/, scripts/build.mjs).
 * Absent when running from TypeScript sources (tests import src/ directly), where scanning stays in
 * this thread.
 */
function workerFile(): URL | undefined {
  for (const rel of ['../audit-worker.js', './audit-worker.js']) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return undefined;
}
