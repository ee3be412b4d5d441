/**
 * Case-insensitive multi-keyword search in one pass over the text (Aho–Corasick over ASCII,
 * with a dense transition table). This is the engine's prefilter: a rule's regex runs only when
 * one of its keywords occurs, so a history audit reads each byte once here instead of once per rule.
 */
export class KeywordIndex {
  readonly #keywords: string[];
  /**
   * Transitions: entry `state * 128 + byte` holds the target state's row offset (`target * 128`), or
   * `-(offset) - 1` when the target ends a keyword, so the scan loop does one load per character and
   * only consults `#out` on a hit.
   */
  #next: Int32Array | undefined;
  #out: Array<number[] | undefined> = []; // state → keyword indexes ending here (with suffix links folded in)
  /** Characters searched so far: the automaton is built once this passes AUTOMATON_AFTER. */
  #seen = 0;

  /** The longest keyword's length. */
  readonly maxLength: number;

  constructor(keywords: readonly string[]) {
    this.#keywords = keywords.map((k) => k.toLowerCase());
    this.maxLength = Math.max(0, ...this.#keywords.map((k) => k.length));
  }

  /**
   * The automaton costs a few milliseconds to build for a few hundred keywords: worth it for an audit
   * that reads megabytes, not for a pre-commit check of a few files, which lower-cases the text and
   * looks for each keyword with indexOf instead.
   */
  #build(): Int32Array {
    const keywords = this.#keywords;
    // Build the trie.
    const children: Array<Map<number, number>> = [new Map()];
    const out: Array<number[] | undefined> = [undefined];
    keywords.forEach((kw, i) => {
      let s = 0;
      for (let j = 0; j < kw.length; j++) {
        const c = kw.charCodeAt(j) & 127;
        let t = children[s]!.get(c);
        if (t === undefined) {
          t = children.length;
          children.push(new Map());
          out.push(undefined);
          children[s]!.set(c, t);
        }
        s = t;
      }
      (out[s] ??= []).push(i);
    });
    // Breadth-first: fill failure transitions into a dense table.
    const states = children.length;
    const next = new Int32Array(states * 128);
    const fail = new Int32Array(states);
    const queue: number[] = [];
    for (let c = 0; c < 128; c++) {
      const t = children[0]!.get(c);
      if (t !== undefined) {
        next[c] = t;
        queue.push(t);
      }
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi]!;
      const f = fail[s]!;
      const fo = out[f];
      if (fo) out[s] = [...(out[s] ?? []), ...fo];
      // Start from the failure state's row (a native copy), then overwrite this state's own edges.
      next.copyWithin(s * 128, f * 128, f * 128 + 128);
      for (const [c, t] of children[s]!) {
        fail[t] = next[f * 128 + c]!;
        next[s * 128 + c] = t;
        queue.push(t);
      }
    }
    // Fold upper case onto lower case so the text need not be lower-cased first.
    for (let s = 0; s < states; s++) next.copyWithin(s * 128 + 65, s * 128 + 97, s * 128 + 123);
    for (let e = 0; e < next.length; e++) {
      const t = next[e]!;
      next[e] = out[t] ? -(t * 128) - 1 : t * 128;
    }
    this.#out = out;
    return (this.#next = next);
  }

  /**
   * Indexes (into the constructor's list) of the keywords that occur in `text`. For keywords marked
   * in `where`, also the offsets at which they end (at most `limit` each; past that, the caller
   * treats the keyword as "everywhere").
   */
  find(text: string, where?: Uint8Array, limit = 4096): { found: Set<number>; ends: Map<number, number[]> } {
    this.#seen += text.length;
    if (!this.#next && this.#seen <= AUTOMATON_AFTER) {
      const found = new Set<number>();
      const ends = new Map<number, number[]>();
      if (this.#findEach(text, where, limit, found, ends)) return { found, ends };
    }
    const occurrences: number[] = [];
    this.occurrences(text, 0, text.length, occurrences);
    return KeywordIndex.summarize(occurrences, where, limit);
  }

  /**
   * find()'s answer from a list of occurrences (pairs `end, keyword`, in order of their ends): the
   * keywords that occur, and for those marked in `where` their ends (at most `limit` + 1 each).
   */
  static summarize(occurrences: readonly number[], where?: Uint8Array, limit = 4096): { found: Set<number>; ends: Map<number, number[]> } {
    const found = new Set<number>();
    const ends = new Map<number, number[]>();
    for (let i = 0; i < occurrences.length; i += 2) {
      const k = occurrences[i + 1]!;
      found.add(k);
      if (!where?.[k]) continue;
      let list = ends.get(k);
      if (!list) ends.set(k, (list = []));
      if (list.length <= limit) list.push(occurrences[i]!);
    }
    return { found, ends };
  }

  /** Length of keyword `k` (its index in the constructor's list). */
  length(k: number): number {
    return this.#keywords[k]!.length;
  }


  /**
   * Every occurrence of every keyword that lies wholly inside `text[from, to)`, appended to `out` as
   * pairs `end, keyword` (end: exclusive offset in `text`), in order of their ends. Uses the
   * automaton whatever the size: callers keep the result (see keyword-memo.ts).
   */
  occurrences(text: string, from: number, to: number, out: number[]): void {
    const next = this.#next ?? this.#build();
    const out_ = this.#out;
    // One load per character; `#out` is consulted only on a hit (see #next).
    let row = 0;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      // Non-ASCII characters never occur in keywords: they reset to the root.
      const v = c < 128 ? next[row + c]! : 0;
      if (v >= 0) {
        row = v;
        continue;
      }
      row = -v - 1;
      for (const k of out_[row >> 7]!) out.push(i + 1, k);
    }
  }

  /** The indexOf path; false (nothing done) when lower-casing would move offsets (some non-ASCII text). */
  #findEach(text: string, where: Uint8Array | undefined, limit: number, found: Set<number>, ends: Map<number, number[]>): boolean {
    const lower = text.toLowerCase();
    if (lower.length !== text.length) return false;
    this.#keywords.forEach((kw, k) => {
      let at = lower.indexOf(kw);
      if (at === -1) return;
      found.add(k);
      if (!where?.[k]) return;
      const list: number[] = [];
      for (; at !== -1 && list.length <= limit; at = lower.indexOf(kw, at + 1)) list.push(at + kw.length);
      ends.set(k, list);
    });
    return true;
  }
}

/**
 * Characters searched with indexOf before the automaton is built. The indexOf path reads the text
 * once per keyword (~0.16 ms per KiB for ~480 keywords), the automaton costs ~15 ms to build: they
 * break even near 90 KiB, so a pre-commit of a few files never builds it and an audit soon does.
 */
const AUTOMATON_AFTER = 64 << 10;
