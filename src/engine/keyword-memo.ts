import type { KeywordIndex } from './keyword-index.ts';

/**
 * Where the keywords occur in one version of a file: what the detector's keyword pass found, kept so
 * that the next version of the same file need not be read whole again. Successive versions in a
 * history mostly share their beginning and their end; only the stretch between (plus a keyword's
 * length either side) is searched, and the occurrences in the shared parts are carried over.
 * The result is exactly what a search of the whole new text would give (test/unit/engine/keyword-memo.test.ts
 * checks that against the full search on random edits), so every rule still sees every keyword.
 */
export interface KeywordMemo {
  /**
   * The version's text as bytes, one per character (an ASCII text): compared natively with the next
   * version, and kept outside the JavaScript heap, where holding many versions costs the GC nothing.
   */
  bytes: Buffer;
  /** Pairs `end, keyword`: each occurrence's exclusive end offset and keyword index. */
  occurrences: number[];
}

/**
 * Keyword occurrences of `text`, from a search of the whole of it, or of what changed since
 * `previous`. `bytes` must hold `text` one byte per character (its own copy: the memo keeps it).
 */
export function keywordMemo(index: KeywordIndex, text: string, bytes: Buffer, previous?: KeywordMemo): KeywordMemo {
  const occurrences: number[] = [];
  if (!previous) {
    index.occurrences(text, 0, text.length, occurrences);
    return { bytes, occurrences };
  }
  const before = previous.bytes;
  const prefix = commonPrefix(before, bytes);
  const suffix = commonSuffix(before, bytes, Math.min(before.length, bytes.length) - prefix);
  // In the new text, [0, prefix) equals the old text's start and [changedEnd, length) its end.
  const changedEnd = text.length - suffix;
  const shift = text.length - before.length;
  const old = previous.occurrences;
  const oldChangedEnd = before.length - suffix;
  // 1. Occurrences wholly inside the shared start keep their offsets; 3. those wholly inside the
  //    shared end move by the difference in length. (Old occurrences are in order of their ends.)
  const tail: number[] = [];
  for (let i = 0; i < old.length; i += 2) {
    const end = old[i]!;
    const k = old[i + 1]!;
    if (end <= prefix) occurrences.push(end, k);
    else if (end - index.length(k) >= oldChangedEnd) tail.push(end + shift, k);
  }
  // 2. Occurrences that touch the changed stretch start past `prefix - longest` and end before
  //    `changedEnd + longest`: searched afresh, keeping those that 1 and 3 do not already hold.
  const reach = index.maxLength - 1;
  const fresh: number[] = [];
  index.occurrences(text, Math.max(0, prefix - reach), Math.min(text.length, changedEnd + reach), fresh);
  let t = 0;
  for (let j = 0; j < fresh.length; j += 2) {
    const end = fresh[j]!;
    const k = fresh[j + 1]!;
    if (end <= prefix || end - index.length(k) >= changedEnd) continue;
    // Keep the order of ends: 2 and 3 may interleave near the end of the changed stretch.
    for (; t < tail.length && tail[t]! < end; t += 2) occurrences.push(tail[t]!, tail[t + 1]!);
    occurrences.push(end, k);
  }
  for (; t < tail.length; t += 2) occurrences.push(tail[t]!, tail[t + 1]!);
  return { bytes, occurrences };
}

/** Compare this many bytes at a time before narrowing down. */
const STEP = 256;

/** Length of the longest common prefix of `a` and `b`. */
export function commonPrefix(a: Buffer, b: Buffer): number {
  const lo = matchingLength(Math.min(a.length, b.length), (from, to) => a.compare(b, from, to, from, to) === 0);
  let n = lo.at;
  while (n < lo.max && a[n] === b[n]) n++;
  return n;
}

/** Length of the longest common suffix of `a` and `b`, at most `max`. */
export function commonSuffix(a: Buffer, b: Buffer, max: number): number {
  const al = a.length;
  const bl = b.length;
  const lo = matchingLength(max, (from, to) => a.compare(b, bl - to, bl - from, al - to, al - from) === 0);
  let n = lo.at;
  while (n < lo.max && a[al - n - 1] === b[bl - n - 1]) n++;
  return n;
}

/**
 * Narrows down the largest n ≤ max such that `same(0, n)`, given `same(from, to)`: whether a
 * stretch matches. Gallops over matching blocks, doubling, then halves down to a stretch of at most
 * LINEAR bytes holding the first difference: `{ at, max }`, with `same(0, at)`, and n < max unless
 * n === max. Each step is one native comparison (Buffer#compare with ranges: a memcmp that
 * allocates nothing); the call costs more than comparing a few dozen bytes, so the caller finishes
 * the last stretch byte by byte.
 */
function matchingLength(max: number, same: (from: number, to: number) => boolean): { at: number; max: number } {
  let lo = 0;
  let step = STEP;
  while (lo + step <= max && same(lo, lo + step)) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(max, lo + step);
  while (hi - lo > LINEAR) {
    const mid = (lo + hi) >>> 1;
    if (same(lo, mid)) lo = mid;
    else hi = mid;
  }
  return { at: lo, max: hi };
}

/** Below this many bytes, a JavaScript loop beats another native call. */
const LINEAR = 64;
