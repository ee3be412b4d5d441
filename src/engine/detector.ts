import { Minimatch } from 'minimatch';
import type { Rule } from './rule.ts';
import type { Fragment } from './fragment.ts';
import type { Finding } from './finding.ts';
import { KeywordIndex } from './keyword-index.ts';
import { keywordMemo, type KeywordMemo } from './keyword-memo.ts';
import { placeholderReason } from './placeholder.ts';
import { shannonEntropy } from './entropy.ts';
import { allowedByComment } from './allow-comment.ts';
import { LineIndex } from './line-index.ts';

/** Why a candidate was dropped after its regex matched. Carries no part of the candidate. */
export interface Drop {
  ruleId: string;
  path: string;
  line: number;
  reason: string;
}

export interface DetectorOptions {
  /** Files to skip entirely (minimatch globs, matched like .gitignore entries without a slash). */
  ignorePaths?: readonly string[];
  /** A candidate secret that matches one of these is not reported (config `allow.secrets`). */
  allowSecrets?: readonly RegExp[];
  /** Verbose mode: told about each candidate dropped by a check, and why. */
  onDrop?: (drop: Drop) => void;
}

/**
 * Every field is set at construction, absent ones to undefined: objects of one shape keep the code
 * that reads them (pathApplies, run for every file of a history) optimised.
 */
interface CompiledRule {
  rule: Rule;
  order: number;
  /** Keyword slots of this rule (for `near` windows). */
  slots: number[];
  /**
   * The rule's regex with the `g` and `d` flags, made on its first run, as are the path globs: a
   * commit's few files wake only a few of 320 rules, and making all of them costs the pre-commit
   * hook ~5 ms (a RegExp parses its pattern when made).
   */
  regex: RegExp | undefined;
  group: number;
  paths: Minimatch[] | undefined;
  pathExclude: Minimatch[] | undefined;
  /** pathApplies() answers by path: a history visits the same few paths thousands of times. */
  pathCache: Map<string, boolean> | undefined;
}

interface Candidate {
  finding: Finding;
  start: number;
  end: number;
  rule: CompiledRule;
}

const VALIDATION = 'failed validation: ';
/** Marker for a span claimed by a specific rule whose candidate failed validation. */
const VETO: Finding = { ruleId: '', path: '', line: 0, column: 0, endLine: 0, secret: '', start: -1, end: -1 };

const GLOB_OPTIONS = { dot: true, matchBase: true, nocase: false } as const;

/**
 * The pure core: text in, findings out. It never runs a process, reads a file or prints.
 * Order of work per fragment (cheap before expensive): ignore globs → forbidden-file globs →
 * one keyword pass → the regexes of the rules whose keywords occur → placeholder, entropy and
 * structure checks → inline allow comments → added-lines filter → overlap resolution.
 */
export class Detector {
  readonly #content: CompiledRule[] = [];
  readonly #alwaysRun: CompiledRule[] = [];
  readonly #fileRules: CompiledRule[] = [];
  readonly #byKeyword: CompiledRule[][] = [];
  readonly #keywords: KeywordIndex;
  /** Keyword slots whose offsets are needed (rules with `near` windows). */
  readonly #wantEnds: Uint8Array;
  readonly #ignore: Minimatch[];
  readonly #ignoredCache = new Map<string, boolean>();
  readonly #allowSecrets: readonly RegExp[];
  readonly #onDrop: ((d: Drop) => void) | undefined;

  constructor(rules: readonly Rule[], options: DetectorOptions = {}) {
    const keywordList: string[] = [];
    const keywordSlot = new Map<string, number>();
    rules.forEach((rule, order) => {
      const compiled: CompiledRule = {
        rule,
        order,
        slots: [],
        regex: undefined,
        group: rule.secretGroup ?? (rule.regex && hasGroups(rule.regex) ? 1 : 0),
        paths: undefined,
        pathExclude: undefined,
        pathCache: undefined,
      };
      if (!rule.regex) {
        this.#fileRules.push(compiled);
        return;
      }
      this.#content.push(compiled);
      if (rule.keywords.length === 0) {
        this.#alwaysRun.push(compiled);
        return;
      }
      for (const kw of rule.keywords) {
        const key = kw.toLowerCase();
        let slot = keywordSlot.get(key);
        if (slot === undefined) {
          slot = keywordList.length;
          keywordSlot.set(key, slot);
          keywordList.push(key);
          this.#byKeyword.push([]);
        }
        this.#byKeyword[slot]!.push(compiled);
        compiled.slots.push(slot);
      }
    });
    this.#keywords = new KeywordIndex(keywordList);
    this.#wantEnds = new Uint8Array(keywordList.length);
    for (const c of this.#content) if (c.rule.near) for (const slot of c.slots) this.#wantEnds[slot] = 1;
    this.#ignore = (options.ignorePaths ?? []).map((g) => new Minimatch(g, GLOB_OPTIONS));
    this.#allowSecrets = options.allowSecrets ?? [];
    this.#onDrop = options.onDrop;
  }

  /** True when config says to skip this path entirely. */
  isIgnored(path: string): boolean {
    if (this.#ignore.length === 0) return false;
    let ignored = this.#ignoredCache.get(path);
    if (ignored === undefined) {
      if (this.#ignoredCache.size >= PATH_CACHE_SIZE) this.#ignoredCache.clear();
      ignored = this.#ignore.some((m) => m.match(path));
      this.#ignoredCache.set(path, ignored);
    }
    return ignored;
  }

  /**
   * Whether a path-only rule applies to `path` (and the path is not ignored): scan()'s answer for an
   * empty new file at that path, as a yes or no, without building findings.
   */
  hasFileRuleFor(path: string): boolean {
    if (this.isIgnored(path)) return false;
    for (const c of this.#fileRules) if (pathApplies(c, path)) return true;
    return false;
  }

  /**
   * Findings in `fragment`, one per secret. With `overlapping: true`, every candidate that passed
   * its checks is returned, overlaps included (redaction replaces the union of all of them).
   */
  scan(fragment: Fragment, options: { overlapping?: boolean } = {}): Finding[] {
    return this.#scan(fragment, !!options.overlapping, undefined).findings;
  }

  /**
   * scan() for one version of a file in a history, given what the keyword pass kept of the version
   * of the same path scanned before it (see keyword-memo.ts): the same findings as scan(), with the
   * keyword pass reading only what changed. Returns the memo to pass with the next version.
   */
  scanVersion(
    fragment: Fragment,
    bytes: Buffer,
    previous: KeywordMemo | undefined,
  ): { findings: Finding[]; memo: KeywordMemo | undefined } {
    if (bytes.length !== fragment.text.length) throw new Error('scanVersion: bytes must hold the text one byte per character');
    return this.#scan(fragment, false, { bytes, previous });
  }

  /** `version`: set to make a keyword memo (see scanVersion). */
  #scan(
    fragment: Fragment,
    overlapping: boolean,
    version: { bytes: Buffer; previous: KeywordMemo | undefined } | undefined,
  ): { findings: Finding[]; memo: KeywordMemo | undefined } {
    const { path } = fragment;
    if (this.isIgnored(path)) return { findings: [], memo: undefined };
    const out: Candidate[] = [];

    if (fragment.isNew !== false) {
      for (const c of this.#fileRules) {
        if (pathApplies(c, path)) {
          const finding: Finding = { ruleId: c.rule.id, path, line: 1, column: 1, endLine: 1, secret: '', start: -1, end: -1 };
          if (fragment.commit) finding.commit = fragment.commit;
          out.push({ finding, start: -1, end: -1, rule: c });
        }
      }
    }

    const text = fragment.text;
    let memo: KeywordMemo | undefined;
    if (text.length > 0 && this.#content.length > 0) {
      const toRun = new Set<CompiledRule>(this.#alwaysRun);
      let found: Iterable<number>;
      let ends: Map<number, number[]>;
      if (!version) ({ found, ends } = this.#keywords.find(text, this.#wantEnds, WINDOW_LIMIT));
      else {
        memo = keywordMemo(this.#keywords, text, version.bytes, version.previous);
        ({ found, ends } = KeywordIndex.summarize(memo.occurrences, this.#wantEnds, WINDOW_LIMIT));
      }
      for (const slot of found) for (const c of this.#byKeyword[slot]!) toRun.add(c);
      if (toRun.size > 0) {
        const lines = new LineIndex(text);
        for (const c of [...toRun].sort((a, b) => a.order - b.order)) {
          if ((c.rule.path || c.rule.pathExclude) && !pathApplies(c, path)) continue;
          const windows = c.rule.near ? nearWindows(c, ends, text) : undefined;
          if (!windows) this.#runRule(c, fragment, lines, out, 0, text.length);
          else for (const [from, to] of windows) this.#runRule(c, fragment, lines, out, from, to);
        }
      }
    }
    const findings = overlapping ? out.filter((c) => c.finding !== VETO).map((c) => c.finding) : resolveOverlaps(out);
    return { findings, memo };
  }

  /** Runs one rule's regex over `text[from, to)` (offsets in findings stay absolute). */
  #runRule(c: CompiledRule, fragment: Fragment, lines: LineIndex, out: Candidate[], from: number, to: number): void {
    const re = (c.regex ??= new RegExp(c.rule.regex!.source, unique(c.rule.regex!.flags + 'gd')));
    const whole = from === 0 && to === fragment.text.length;
    const text = whole ? fragment.text : fragment.text.slice(from, to);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const seen = new Set<number>();
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      // A match that spans lines (context on an earlier line, the value on a later one) must not
      // swallow the lines in between: resume on the next line after where it started, and skip a
      // secret already seen from an earlier start.
      const newline = text.indexOf('\n', m.index);
      if (newline !== -1 && newline < m.index + m[0].length - 1) re.lastIndex = newline + 1;
      const secret = m[c.group];
      const span = m.indices?.[c.group];
      if (secret === undefined || !span) continue;
      const start = span[0] + from;
      const end = span[1] + from;
      if (seen.has(start)) continue;
      seen.add(start);
      const reason = this.#rejectReason(c, secret, m);
      const line = lines.lineOf(start);
      if (reason) {
        // A rule's reason is its author's text: make sure it cannot carry the candidate out.
        this.#onDrop?.({ ruleId: c.rule.id, path: fragment.path, line, reason: secret.length > 0 ? reason.split(secret).join('…') : reason });
        // A token-shaped string that fails its format's own check (a bad checksum) is not a real
        // token; keep generic keyword rules from reporting the same text anyway.
        if (!c.rule.generic && reason.startsWith(VALIDATION)) out.push({ finding: VETO, start, end, rule: c });
        continue;
      }
      const endLine = lines.lineOf(Math.max(start, end - 1));
      if (fragment.added && !touches(fragment.added, line, endLine)) continue;
      if (allowedByComment(text, lines, line, endLine)) {
        this.#onDrop?.({ ruleId: c.rule.id, path: fragment.path, line, reason: 'allowed by a secret-hooks:allow comment' });
        continue;
      }
      const finding: Finding = {
        ruleId: c.rule.id,
        path: fragment.path,
        line,
        column: start - lines.startOf(line) + 1,
        endLine,
        secret,
        start,
        end,
      };
      if (fragment.commit) finding.commit = fragment.commit;
      out.push({ finding, start, end, rule: c });
    }
  }

  #rejectReason(c: CompiledRule, secret: string, m: RegExpExecArray): string | null {
    const rule = c.rule;
    if (!rule.allowFillers) {
      const p = placeholderReason(secret);
      if (p) return `placeholder: ${p}`;
    }
    if (rule.minEntropy !== undefined) {
      const h = shannonEntropy(secret);
      if (h < rule.minEntropy) return `entropy ${h.toFixed(2)} below ${rule.minEntropy} bits/char`;
    }
    if (rule.validate) {
      const v = rule.validate(secret, m);
      if (v !== true) return `${VALIDATION}${v}`;
    }
    for (const re of this.#allowSecrets) {
      re.lastIndex = 0;
      if (re.test(secret)) return `allowed by config pattern /${re.source}/`;
    }
    return null;
  }
}

/** Past this many occurrences of a keyword, a `near` rule just scans the whole text. */
const WINDOW_LIMIT = 2048;

/**
 * The stretches of text a `near` rule needs: around each occurrence of its keywords, widened back to
 * the line start when that is within reach, merged where they overlap. Undefined means the whole
 * text (a keyword too common to be worth windows, or windows that would cover most of it anyway).
 */
function nearWindows(c: CompiledRule, ends: Map<number, number[]>, text: string): Array<[number, number]> | undefined {
  const { before, after } = c.rule.near!;
  const starts: number[] = [];
  for (const slot of c.slots) {
    const list = ends.get(slot);
    if (!list) continue;
    if (list.length > WINDOW_LIMIT) return undefined;
    for (const e of list) starts.push(e);
  }
  if (starts.length === 0) return [];
  starts.sort((a, b) => a - b);
  const windows: Array<[number, number]> = [];
  let covered = 0;
  for (const e of starts) {
    let from = Math.max(0, e - before);
    const lineStart = from === 0 ? 0 : text.lastIndexOf('\n', from - 1) + 1;
    if (from - lineStart <= before) from = lineStart;
    const to = Math.min(text.length, e + after);
    const last = windows[windows.length - 1];
    if (last && from <= last[1]) {
      covered += Math.max(0, to - last[1]);
      last[1] = Math.max(last[1], to);
    } else {
      windows.push([from, to]);
      covered += to - from;
    }
  }
  return covered > text.length / 2 ? undefined : windows;
}

/** Paths remembered per glob set before the memory is dropped and started again. */
const PATH_CACHE_SIZE = 4096;

function pathApplies(c: CompiledRule, path: string): boolean {
  const cache = (c.pathCache ??= new Map());
  let applies = cache.get(path);
  if (applies === undefined) {
    if (cache.size >= PATH_CACHE_SIZE) cache.clear();
    const { path: include, pathExclude: exclude } = c.rule;
    if (include) c.paths ??= include.map((g) => new Minimatch(g, GLOB_OPTIONS));
    if (exclude) c.pathExclude ??= exclude.map((g) => new Minimatch(g, GLOB_OPTIONS));
    applies = (!c.paths || c.paths.some((m) => m.match(path))) && !c.pathExclude?.some((m) => m.match(path));
    cache.set(path, applies);
  }
  return applies;
}

function touches(ranges: ReadonlyArray<readonly [number, number]>, first: number, last: number): boolean {
  for (const [a, b] of ranges) {
    if (a > last) return false;
    if (b >= first) return true;
  }
  return false;
}

/**
 * One finding per secret: where spans overlap, a specific rule beats a generic one, then the rule
 * listed first wins (rules are ordered specific → generic in rules/index.ts).
 */
function resolveOverlaps(cands: Candidate[]): Finding[] {
  if (cands.length <= 1) return cands.filter((c) => c.finding !== VETO).map((c) => c.finding);
  const ranked = [...cands].sort(
    (a, b) => Number(!!a.rule.rule.generic) - Number(!!b.rule.rule.generic) || a.rule.order - b.rule.order || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) {
    const overlaps = (k: Candidate) => k.start >= 0 && k.start < c.end && c.start < k.end;
    if (c.finding === VETO) {
      if (!kept.some(overlaps)) kept.push(c);
      continue;
    }
    const generic = !!c.rule.rule.generic;
    if (c.start >= 0 && kept.some((k) => overlaps(k) && (generic || k.finding !== VETO))) continue;
    kept.push(c);
  }
  return kept
    .filter((c) => c.finding !== VETO)
    .sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column)
    .map((c) => c.finding);
}

/** A capturing group: `(` not escaped and not `(?:`, `(?=`, `(?!`, `(?<=`, `(?<!` (named groups count). */
function hasGroups(re: RegExp): boolean {
  return /(?:^|[^\\])\((?!\?(?:[:=!]|<[=!]))/.test(re.source);
}

function unique(flags: string): string {
  return [...new Set(flags)].join('');
}
