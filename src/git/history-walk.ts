import type { Readable } from 'node:stream';
import { spawnGit } from './exec-git.ts';
import { GitError } from './git-error.ts';
import { ObjectIdSet } from './object-id-set.ts';
import { RAW_LOG_FORMAT, RawLogParser, type RawLogEvents } from './raw-log-parser.ts';

export interface HistoryWalkOptions {
  cwd: string;
  /**
   * Revision arguments, already checked by the caller not to be options (e.g. `['main']`,
   * `['v1.0..v2.0']`); they follow `--end-of-options`.
   */
  revs: readonly string[];
  /** Options placed before the revisions: `--all`, `--since=…`, `--until=…`. */
  revOptions: readonly string[];
  signal?: AbortSignal;
  /** After a commit git could not diff (a missing tree), try at most this many restarts. */
  maxRestarts?: number;
}

/** A commit the walk could not read (its trees are missing or damaged); its content was not scanned. */
export interface UnreadableCommit {
  sha: string;
  reason: string;
}

export interface HistoryWalkResult {
  commits: number;
  unreadable: UnreadableCommit[];
  /** Set when the walk could not reach every commit (e.g. a missing commit object cuts the history): why. */
  stoppedEarly?: string;
}

/**
 * Flags shared by both walks, for a cheap listing of every blob each commit introduces, without
 * content diffs (https://git-scm.com/docs/git-log, https://git-scm.com/docs/git-diff-tree):
 * --raw -r: object ids of changed paths, recursively; --no-abbrev: full ids; -z: NUL-terminated fields,
 * paths verbatim; --no-renames: a rename is an add at its new path (no similarity work, nothing
 * missed); -c: for a merge, only the paths whose result differs from every parent, i.e. content the
 * merge itself introduced (a conflict resolution, an "evil merge"); content taken from one side was
 * listed at the commit that introduced it on that side. --root: a root commit (or a shallow
 * boundary) lists its whole tree. --no-ext-diff --no-textconv: git's own view of content.
 */
const DIFF_FLAGS = [
  '--raw',
  '-r',
  '--no-abbrev',
  '-z',
  '--no-renames',
  '-c',
  '--root',
  '--no-color',
  '--no-ext-diff',
  '--no-textconv',
  RAW_LOG_FORMAT,
];

/**
 * Streams (commit, path, blob) listings of a history into `events`, with flow control (pause/resume
 * stops reading git's output, so git blocks instead of our memory growing). Commits come children
 * before parents (--topo-order), so the last listing of a blob at a path is its oldest introduction.
 *
 * Robustness: `git log` dies at the first commit whose trees it cannot read (a damaged pack, a
 * missing loose object), or before starting if a commit object is missing. The walk then goes on
 * with `git rev-list` piped into `git diff-tree --stdin` (same output format), skipping the commits
 * already listed: the commit git died on is recorded as unreadable and left out of the next try, so
 * one bad object costs one commit. If even `rev-list --topo-order` fails (a missing commit), the
 * plain `rev-list` order is used, which lists what it can reach before the gap.
 */
export class HistoryWalk {
  readonly #options: HistoryWalkOptions;
  readonly #parser: RawLogParser;
  /** Commits listed so far (all of them, so a resumed walk can skip them whatever its order). */
  readonly #listed = new ObjectIdSet(1 << 12);
  /** Commits fed to `diff-tree --stdin` and not yet listed, in order: the head is the one being diffed. */
  #fed: string[] = [];
  #fedHead = 0;
  #current: Readable | null = null;
  #paused = false;

  constructor(options: HistoryWalkOptions, events: RawLogEvents) {
    this.#options = options;
    this.#parser = new RawLogParser({
      commit: (info) => {
        this.#listed.add(info.sha);
        // diff-tree answers in input order, skipping nothing (--always): move the head along.
        while (this.#fedHead < this.#fed.length && this.#fed[this.#fedHead++] !== info.sha);
        events.commit(info);
      },
      entry: (e) => events.entry(e),
      ...(events.flush ? { flush: () => events.flush!() } : {}),
    });
  }

  pause(): void {
    this.#paused = true;
    this.#current?.pause();
  }

  resume(): void {
    this.#paused = false;
    this.#current?.resume();
  }

  async run(): Promise<HistoryWalkResult> {
    const { cwd, signal, revOptions, revs } = this.#options;
    const unreadable: UnreadableCommit[] = [];
    const bad = new Set<string>();
    const maxRestarts = this.#options.maxRestarts ?? 100;
    const logArgs = ['log', '--topo-order', ...DIFF_FLAGS, ...revOptions, '--end-of-options', ...revs, '--'];
    const log = spawnGit(logArgs, signal ? { cwd, signal } : { cwd });
    log.stdin.end();
    let failure = await this.#consume(log, logArgs);
    let topo = true;
    for (let restarts = 0; failure; restarts++) {
      this.#parser.end();
      if (restarts >= maxRestarts)
        return { commits: this.#parser.commits, unreadable, stoppedEarly: `gave up after ${maxRestarts} unreadable commits: ${failure}` };
      // git prints a commit's header and listing only once it has diffed its trees: the commit it
      // died on is the first one fed and not listed. (git log feeds itself: then it is unknown here,
      // and the next try, by diff-tree, finds it.)
      const culprit = this.#fedHead < this.#fed.length ? this.#fed[this.#fedHead] : undefined;
      if (culprit !== undefined) {
        bad.add(culprit);
        unreadable.push({ sha: culprit, reason: firstLine(failure) });
      }
      const next = await this.#resume(topo, bad);
      if (next.listFailed !== undefined) {
        if (topo) {
          // A missing commit breaks the topological walk before it starts: walk in plain order instead.
          topo = false;
          failure = next.failure ?? 'retry';
          if (!next.failure) continue;
        } else return { commits: this.#parser.commits, unreadable, stoppedEarly: next.listFailed };
      }
      failure = next.failure;
    }
    return { commits: this.#parser.commits, unreadable };
  }

  /** One more try: rev-list (minus what is listed or bad) → diff-tree --stdin. */
  async #resume(topo: boolean, bad: ReadonlySet<string>): Promise<{ failure: string | null; listFailed?: string }> {
    const { cwd, signal, revOptions, revs } = this.#options;
    const listArgs = ['rev-list', ...(topo ? ['--topo-order'] : []), ...revOptions, '--end-of-options', ...revs, '--'];
    const lister = spawnGit(listArgs, signal ? { cwd, signal } : { cwd });
    lister.stdin.end();
    const diffArgs = ['diff-tree', '--stdin', '--always', ...DIFF_FLAGS];
    const differ = spawnGit(diffArgs, signal ? { cwd, signal } : { cwd });
    this.#fed = [];
    this.#fedHead = 0;
    const listErr: Buffer[] = [];
    lister.stderr.on('data', (b: Buffer) => listErr.push(b));
    let carry = '';
    lister.stdout.on('data', (b: Buffer) => {
      const lines = (carry + b.toString('latin1')).split('\n');
      carry = lines.pop()!;
      const out: string[] = [];
      for (const sha of lines) {
        if (sha && !bad.has(sha) && !this.#listed.has(sha)) out.push(sha);
      }
      if (out.length === 0) return;
      // Drop what diff-tree has already answered, so the queue stays the size of the pipe.
      if (this.#fedHead > 4096) {
        this.#fed = this.#fed.slice(this.#fedHead);
        this.#fedHead = 0;
      }
      for (const sha of out) this.#fed.push(sha);
      if (!differ.stdin.write(`${out.join('\n')}\n`)) {
        lister.stdout.pause();
        differ.stdin.once('drain', () => lister.stdout.resume());
      }
    });
    const listed = new Promise<number | null>((resolve) => {
      lister.on('error', () => resolve(-1));
      lister.on('close', (code) => {
        differ.stdin.end();
        resolve(code);
      });
    });
    const failure = await this.#consume(differ, diffArgs);
    if (failure) {
      // rev-list may be blocked writing to the dead diff-tree: stop it; the next try lists again.
      lister.kill();
      await listed;
      return { failure };
    }
    const listCode = await listed;
    if (listCode !== 0) {
      return { failure: null, listFailed: firstLine(new GitError(listArgs, listCode, Buffer.concat(listErr).toString('utf8')).message) };
    }
    return { failure: null };
  }

  #consume(child: ReturnType<typeof spawnGit>, args: readonly string[]): Promise<string | null> {
    return new Promise((resolve, reject) => {
      const err: Buffer[] = [];
      this.#current = child.stdout;
      if (this.#paused) child.stdout.pause();
      child.stdout.on('data', (b: Buffer) => this.#parser.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      child.on('error', (e) => reject(new GitError(args, null, `could not run git: ${e.message}`)));
      child.on('close', (code) => {
        this.#current = null;
        if (code === 0) resolve(null);
        else resolve(new GitError(args, code, Buffer.concat(err).toString('utf8')).message);
      });
    });
  }
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}
