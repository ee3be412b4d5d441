import { availableParallelism } from 'node:os';
import type { Config } from '../config/config-schema.ts';
import { activeRules } from '../config/resolve-rules.ts';
import { Detector, type Drop } from '../engine/detector.ts';
import type { Finding } from '../engine/finding.ts';
import type { CommitInfo } from '../engine/fragment.ts';
import { commitInfos } from '../git/commit-infos.ts';
import { execGit } from '../git/exec-git.ts';
import { HistoryWalk } from '../git/history-walk.ts';
import type { RawEntry } from '../git/raw-log-parser.ts';
import { readBlobs } from '../git/read-blobs.ts';
import { treeBlobs } from '../git/tree-blobs.ts';
import { repoFacts, type RepoFacts } from '../git/repo-facts.ts';
import type { Skipped } from '../report/scan-report.ts';
import { ObjectIdSet } from '../git/object-id-set.ts';
import { BlobScanner } from './audit-scanner.ts';
import { decodeText } from './decode.ts';

export interface HistoryOptions {
  cwd: string;
  config: Config;
  /** Revisions and ranges (`main`, `v1..v2`); empty: every ref. Already checked not to be options. */
  revs: readonly string[];
  since?: string | undefined;
  until?: string | undefined;
  maxBytes: number;
  /** false: blob contents never pass through a temporary file, only pipes (slower; see spawnGitStream). Default true. */
  spill?: boolean;
  /** Scanning threads; default: defaultWorkers(cores). 0: this thread scans. */
  workers?: number;
  onProgress?: (p: HistoryProgress) => void;
  onDrop?: (d: Drop) => void;
  /** Told of each new (secret, path) as soon as it is found, e.g. to prepare its fingerprint while the walk goes on. */
  onFinding?: (f: Finding) => void;
  signal?: AbortSignal;
}

export interface HistoryProgress {
  /** Commits walked so far. */
  commits: number;
  /** Unique blobs scanned so far, and their bytes. */
  blobs: number;
  bytes: number;
}

/** A secret in history: where and by which commit it was first introduced, and whether HEAD still has it. */
export interface HistoryFinding extends Finding {
  commit: CommitInfo;
  presentAtHead: boolean;
}

export interface HistoryResult {
  findings: HistoryFinding[];
  skipped: Skipped[];
  notes: string[];
  partial?: string;
  stats: {
    commits: number;
    /** Unique blobs (file versions) scanned, and their bytes. */
    blobs: number;
    bytes: number;
    tooLarge: number;
    missing: number;
  };
  facts: RepoFacts;
}

/** Flow control: stop reading the history while this many blobs wait for their scan result… */
const HIGH_WATER_BLOBS = 8192;
/**
 * …and go on below this many. Must exceed what the lanes can hold back: each ScanCore fewer than
 * REPLY_EVERY answers (`cat-file` without --buffer holds back none).
 */
const LOW_WATER_BLOBS = 2048;
/** Scanning lanes at most (each a thread and a git process); see LOW_WATER_BLOBS. */
const MAX_WORKERS = 4;
/** At most this many skipped items are listed one by one; the rest are counted. */
const MAX_SKIPPED_LISTED = 200;
const MAX_SUBMODULES_LISTED = 20;
const ZERO_ID = /^0+$/;

interface CommitRef {
  sha: string;
  /** Position in the walk; git lists children before parents (--topo-order), so larger is older. */
  order: number;
}

interface Listing {
  commit: CommitRef;
  path: string;
}

/** What a path means to the detector, computed once per path. */
interface PathProfile {
  ignored: boolean;
  /** Forbidden-file rules (path-only rules) this path matches; null for none (most paths). */
  fileFindings: Finding[] | null;
  /**
   * Which path-restricted content rules (e.g. the .npmrc rule) treat this path unlike most paths, as
   * a bit string; empty for most paths. A blob is scanned once per distinct signature of the paths
   * it appears at, because only those rules make a scan's result depend on the path.
   */
  signature: string;
}

/**
 * The history audit's source: every blob that any commit on the chosen refs introduced, each unique
 * blob scanned once, each secret attributed per (secret, path) to the oldest commit that brought it
 * to that path. The work overlaps on every core: `git log --raw` (HistoryWalk) lists what each commit
 * changed; this thread keeps the unique blobs and routes their ids to the scanning lanes
 * (BlobScanner), each a worker thread with its own `git cat-file --batch` feeding the detector.
 *
 * Memory stays bounded whatever the history size: per unique blob only ~40 bytes (ObjectIdSet);
 * listings are kept only for blobs still being scanned (bounded by flow control) or that hold a
 * secret; contents are streamed through the lanes, never collected.
 */
export async function auditHistory(options: HistoryOptions): Promise<HistoryResult> {
  const { cwd, config, maxBytes } = options;
  // One signal stops git: the caller's, or ours when a scanning thread fails (the walk would
  // otherwise wait forever for answers that will not come).
  const abort = new AbortController();
  const signal = options.signal ? AbortSignal.any([options.signal, abort.signal]) : abort.signal;
  let scannerError: Error | undefined;
  const notes: string[] = [];
  const skipped: Skipped[] = [];
  let skippedUnlisted = 0;
  const skip = (s: Skipped) => {
    if (skipped.length < MAX_SKIPPED_LISTED) skipped.push(s);
    else skippedUnlisted++;
  };

  const profiles = pathProfiler(config);
  const seen = new ObjectIdSet();
  const seenWithSignature = new Set<string>();
  /** Blobs sent for scanning and not answered yet, with every listing of them seen meanwhile. */
  const inflight = new Map<string, Listing[]>();
  /** Blobs that hold secrets, with their findings (for listings of them still to come). */
  const flagged = new Map<string, Finding[]>();
  /** Per (secret, path): the oldest listing of a blob holding it there, and the finding in that blob. */
  const best = new Map<string, { finding: Finding; listing: Listing }>();
  /** Per (forbidden-file rule, path): the oldest commit that had the file. */
  const forbidden = new Map<string, { finding: Finding; listing: Listing }>();
  const submodules = new Set<string>();
  let submoduleCount = 0;
  const stats = { commits: 0, blobs: 0, bytes: 0, tooLarge: 0, missing: 0 };
  let commit: CommitRef | null = null;
  let order = 0;

  const attribute = (findings: readonly Finding[], listing: Listing) => {
    for (const finding of findings) {
      const k = `${finding.secret}\0${listing.path}`;
      const cur = best.get(k);
      if (!cur || listing.commit.order > cur.listing.commit.order) best.set(k, { finding, listing });
      if (!cur) options.onFinding?.(finding);
    }
  };
  // Apart from the walk's entry handler, which runs for every listed file: rarely needed code kept out
  // of it keeps that hot function small and stable for the optimising compiler.
  const noteForbidden = (fileFindings: readonly Finding[], listing: Listing) => {
    for (const f of fileFindings) {
      const k = `${f.ruleId}\0${listing.path}`;
      const cur = forbidden.get(k);
      if (!cur || listing.commit.order > cur.listing.commit.order) forbidden.set(k, { finding: f, listing });
    }
  };
  // A submodule is a commit id of another repository: noted, not followed.
  const noteSubmodule = (path: string) => {
    if (submodules.has(path)) return;
    submoduleCount++;
    if (submodules.size < MAX_SUBMODULES_LISTED) submodules.add(path);
  };
  const progress = () => options.onProgress?.({ commits: stats.commits, blobs: stats.blobs, bytes: stats.bytes });

  // Flow control: stop reading the history while too many blobs wait for their answer, go on once
  // enough have been answered. git then blocks on its full pipe; nothing piles up here.
  let walkPaused = false;
  const settle = () => {
    if (walkPaused && scanner.pending <= LOW_WATER_BLOBS) {
      walkPaused = false;
      walk.resume();
    }
  };

  // git log heads the pipeline (cat-file is asked only for what it lists), so it starts first; the
  // scanning lane (rules compiled, cat-file started) and the repository's facts are set up while it
  // lists the first commits. Its events come from its output, so none arrives before this set-up.
  const walk = new HistoryWalk(
    { cwd, revs: options.revs, revOptions: revOptions(options), signal },
    {
      commit({ sha }) {
        commit = { sha, order: order++ };
        stats.commits++;
      },
      entry(e: RawEntry) {
        if (e.mode === '160000') return noteSubmodule(e.path);
        if (!commit || ZERO_ID.test(e.blob)) return; // a deletion
        const profile = profiles(e.path);
        if (profile.ignored) return;
        const listing: Listing = { commit, path: e.path };
        if (profile.fileFindings) noteForbidden(profile.fileFindings, listing);
        const key = profile.signature ? `${e.blob}:${profile.signature}` : e.blob;
        const found = flagged.get(key);
        if (found) return attribute(found, listing);
        const waiting = inflight.get(key);
        if (waiting) {
          waiting.push(listing);
          return;
        }
        const isNew = profile.signature ? !seenWithSignature.has(key) && !!seenWithSignature.add(key) : seen.add(e.blob);
        if (!isNew) return; // scanned before, clean
        inflight.set(key, [listing]);
        scanner.request(e.blob, e.path, { key, path: e.path, listing });
      },
      flush() {
        scanner.flush();
        if (!walkPaused && scanner.pending > HIGH_WATER_BLOBS) {
          walkPaused = true;
          walk.pause();
        }
        progress();
      },
    },
  );
  const walking = walk.run();
  walking.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
  const scanner = new BlobScanner<{ key: string; path: string; listing: Listing }>({
    setup: { cwd, maxBytes, config, verbose: !!options.onDrop, spill: options.spill !== false },
    workers: Math.min(MAX_WORKERS, options.workers ?? defaultWorkers(availableParallelism())),
    ...(options.onDrop ? { onDrop: options.onDrop } : {}),
    onFail(e) {
      scannerError ??= e;
      abort.abort(e);
    },
    onCounted(blobs, bytes) {
      stats.blobs += blobs;
      stats.bytes += bytes;
      progress();
    },
    onScanned({ key }, findings) {
      const listings = inflight.get(key);
      inflight.delete(key);
      if (findings.length > 0) {
        flagged.set(key, findings);
        if (listings) for (const l of listings) attribute(findings, l);
      }
      settle();
    },
    onSkipped({ key, path, listing }, reason, tooLarge) {
      if (tooLarge) stats.tooLarge++;
      else stats.missing++;
      skip({ path, commit: listing.commit.sha, reason });
      // Settled without findings: it stays in `seen`, so it is not asked for again.
      inflight.delete(key);
      settle();
    },
  });

  const factsAsked = repoFacts(cwd);
  factsAsked.catch(() => {});

  let walked;
  let facts: RepoFacts;
  try {
    facts = await factsAsked;
    walked = await walking;
    await scanner.end();
  } catch (e) {
    // Not a repository, say: the walk fails the same way, and must not be left running.
    abort.abort(e);
    throw scannerError ?? e;
  } finally {
    await scanner.close();
  }
  progress();

  // Commits git could not read, or a walk cut short: the result is partial, and says so.
  const partial: string[] = [];
  for (const u of walked.unreadable) skip({ path: '(commit)', commit: u.sha, reason: `commit not scanned: ${u.reason}` });
  if (walked.unreadable.length > 0)
    partial.push(`${walked.unreadable.length} commit${walked.unreadable.length === 1 ? '' : 's'} could not be read`);
  if (walked.stoppedEarly) {
    partial.push(`the history walk stopped early (${walked.stoppedEarly}): commits git could not reach were not scanned`);
  }
  if (stats.missing > 0) partial.push(`${stats.missing} object${stats.missing === 1 ? ' was' : 's were'} missing or unreadable`);

  // The commits findings name get their author and date now (the walk lists ids only), while HEAD's
  // files are read: is each secret still in the file at that path at the tip ("remove now"), or
  // only in history?
  const named = [...best.values(), ...forbidden.values()];
  const infosAsked = commitInfos(cwd, [...new Set(named.map((b) => b.listing.commit.sha))]);
  infosAsked.catch(() => {}); // awaited below; not an unhandled rejection meanwhile
  let head: Map<string, string | null> | null = null;
  if (named.length > 0) {
    if (!facts.head) notes.push('HEAD does not point to a commit: no finding is marked as still present at HEAD.');
    else {
      try {
        head = await headContents(
          cwd,
          facts.head,
          named.map((b) => b.listing.path),
          maxBytes,
        );
      } catch (e) {
        // A damaged tree at HEAD: the findings stand, only their "still present" flag is unknown.
        notes.push(
          `HEAD's files could not be read (${(e as Error).message.split('\n')[0]}): no finding is marked as still present at HEAD.`,
        );
      }
    }
  }
  let infos: Map<string, CommitInfo>;
  try {
    infos = await infosAsked;
  } catch (e) {
    // The walk read these commits, so this is not expected; the findings stand, with their ids only.
    infos = new Map();
    notes.push(`the authors and dates of commits could not be read (${(e as Error).message.split('\n')[0]}): findings name commit ids only.`);
  }
  const info = (sha: string): CommitInfo => infos.get(sha) ?? { sha, author: '', email: '', date: '' };
  const findings: HistoryFinding[] = [];
  for (const { finding, listing } of best.values()) {
    const text = head?.get(listing.path);
    findings.push({
      ...finding,
      path: listing.path,
      commit: info(listing.commit.sha),
      presentAtHead: typeof text === 'string' && text.includes(finding.secret),
    });
  }
  for (const { finding, listing } of forbidden.values()) {
    findings.push({ ...finding, path: listing.path, commit: info(listing.commit.sha), presentAtHead: head?.has(listing.path) ?? false });
  }
  findings.sort(
    (a, b) =>
      Number(b.presentAtHead) - Number(a.presentAtHead) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column,
  );

  if (facts.shallow) {
    notes.push(
      'shallow clone: history was scanned as far as it goes; secrets found in the oldest commits present are attributed to them, though they may have been introduced earlier (run `git fetch --unshallow` for a full audit).',
    );
  }
  if (facts.partialClone) notes.push('partial clone: objects that were never downloaded are skipped (listed as missing), not fetched.');
  if (submoduleCount > 0) {
    const list = [...submodules].join(', ');
    notes.push(
      `${submoduleCount} submodule${submoduleCount === 1 ? '' : 's'} noted, not followed (audit ${submoduleCount === 1 ? 'it' : 'each'} in its own clone): ${list}${submoduleCount > submodules.size ? ', …' : ''}`,
    );
  }
  if (stats.tooLarge > 0)
    notes.push(`${stats.tooLarge} blob${stats.tooLarge === 1 ? '' : 's'} larger than maxFileBytes (${maxBytes} bytes) skipped.`);
  if (skippedUnlisted > 0) notes.push(`${skippedUnlisted} more skipped item${skippedUnlisted === 1 ? '' : 's'} not listed.`);

  const result: HistoryResult = { findings, skipped, notes, stats, facts };
  if (partial.length > 0) result.partial = `${partial.join('; ')}; everything else ${walked.stoppedEarly ? 'it reached ' : ''}was scanned.`;
  return result;
}

/**
 * Scanning threads by default: one per core beyond the first, which `git log` and this thread share.
 * On two cores or fewer, none: the main thread scans, and the second core runs the two git
 * processes. A worker there costs more than it gives (measured with `npm run bench`: the same wall
 * time or worse, for ~10% more CPU: its own start-up, its own compiled code, every reply copied).
 */
export function defaultWorkers(cores: number): number {
  return cores <= 2 ? 0 : cores - 1;
}

/** Every ref (`--all`: branches, tags, remote-tracking refs, stash, notes) unless revisions are given; date limits. */
function revOptions(o: Pick<HistoryOptions, 'revs' | 'since' | 'until'>): string[] {
  return [
    ...(o.revs.length === 0 ? ['--all'] : []),
    ...(o.since ? [`--since=${o.since}`] : []),
    ...(o.until ? [`--until=${o.until}`] : []),
  ];
}

/**
 * Fails with git's message ("bad revision …") when a revision or range does not resolve, before
 * the walk starts (a failing walk is otherwise read as damage and reported as a partial result).
 */
export async function checkRevisions(cwd: string, revs: readonly string[]): Promise<void> {
  if (revs.length > 0) await execGit(['rev-list', '--max-count=1', '--end-of-options', ...revs, '--'], { cwd });
}

/** How many commits the walk will visit, for the progress bar (`rev-list --count` reads commits only). */
export async function countHistoryCommits(cwd: string, o: Pick<HistoryOptions, 'revs' | 'since' | 'until'>): Promise<number> {
  try {
    return (
      Number(
        (await execGit(['rev-list', '--count', ...revOptions(o), '--end-of-options', ...o.revs, '--'], { cwd })).toString('utf8').trim(),
      ) || 0
    );
  } catch {
    return 0;
  }
}

/** Path → what the detector makes of it, cached (bounded: the cache is dropped when it grows large). */
function pathProfiler(config: Config): (path: string) => PathProfile {
  const rules = activeRules(config);
  // Only its ignore globs are used: no rules to compile.
  const ignore = new Detector([], { ignorePaths: config.ignore ?? [] });
  const fileRules = new Detector(rules.filter((r) => !r.regex));
  // For each content rule restricted by path, a path-only twin: it "finds" the file exactly where the
  // rule would run, reusing the detector's own glob semantics. A rule with only exclusions runs on
  // most paths, one with `path` on few: a bit is set where the path is the exception.
  const restricted = rules
    .filter((r) => r.regex && (r.path || r.pathExclude))
    .map((r) => ({ twin: new Detector([{ ...r, regex: undefined, keywords: [] }]), usually: !r.path }));
  const cache = new Map<string, PathProfile>();
  // The first sight of a path, apart from the lookup that answers every later one (see noteForbidden).
  const profile = (path: string): PathProfile => {
    if (cache.size >= 100_000) cache.clear();
    const ignored = ignore.isIgnored(path);
    const fileFindings = ignored ? [] : fileRules.scan({ text: '', path, isNew: true });
    const p = {
      ignored,
      fileFindings: fileFindings.length > 0 ? fileFindings : null,
      signature: ignored
        ? ''
        : restricted
            .map(({ twin, usually }) => (twin.hasFileRuleFor(path) !== usually ? '1' : '0'))
            .join('')
            .replace(/^0*$/, ''),
    };
    cache.set(path, p);
    return p;
  };
  return (path) => cache.get(path) ?? profile(path);
}

/** Texts at HEAD of the given paths (paths absent at HEAD are absent from the map; too-large ones map to null). */
async function headContents(cwd: string, head: string, paths: readonly string[], maxBytes: number): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>();
  if (paths.length === 0) return out;
  const ids = await treeBlobs(cwd, head, new Set(paths));
  const byId = new Map<string, string[]>();
  for (const [path, id] of ids) {
    out.set(path, null);
    byId.set(id, [...(byId.get(id) ?? []), path]);
  }
  await readBlobs([...byId.keys()], { cwd, maxBytes }, (b) => {
    if (b.kind !== 'blob') return;
    const text = decodeText(b.content).text;
    for (const p of byId.get(b.id) ?? []) out.set(p, text);
  });
  return out;
}
