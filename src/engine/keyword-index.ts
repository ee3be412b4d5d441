/**
 * Case-insensitive multi-keyword search in one pass over the text (Aho–Corasick over ASCII,
 * with a dense transition table). This is the engine's prefilter: a rule's regex runs only when
 * one of its keywords occurs, so a history audit reads each byte once here instead of once per rule.
 */
export class KeywordIndex {
  readonly #keywords: string[];
  readonly #next: Int32Array; // state * 128 + byte → state
  readonly #out: Array<number[] | undefined>; // state → keyword indexes ending here (with suffix links folded in)

  constructor(keywords: readonly string[]) {
    this.#keywords = keywords.map((k) => k.toLowerCase());
    // Build the trie.
    const children: Array<Map<number, number>> = [new Map()];
    const out: Array<number[] | undefined> = [undefined];
    this.#keywords.forEach((kw, i) => {
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
    this.#next = next;
    this.#out = out;
  }

  /**
   * Indexes (into the constructor's list) of the keywords that occur in `text`. For keywords marked
   * in `where`, also the offsets at which they end (at most `limit` each; past that, the caller
   * treats the keyword as "everywhere").
   */
  find(text: string, where?: Uint8Array, limit = 4096): { found: Set<number>; ends: Map<number, number[]> } {
    const found = new Set<number>();
    const ends = new Map<number, number[]>();
    const next = this.#next;
    const out = this.#out;
    let s = 0;
    for (let i = 0, n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      // Non-ASCII characters never occur in keywords: they reset to the root.
      s = c < 128 ? next[s * 128 + c]! : 0;
      const o = out[s];
      if (o === undefined) continue;
      for (const k of o) {
        found.add(k);
        if (where?.[k]) {
          let list = ends.get(k);
          if (!list) ends.set(k, (list = []));
          if (list.length <= limit) list.push(i + 1);
        }
      }
    }
    return { found, ends };
  }
}
