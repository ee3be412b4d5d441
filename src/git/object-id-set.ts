/**
 * A set of git object ids in about 24–48 bytes per id (a JS Set of hex strings takes ~100), so the
 * audit can remember every blob it has scanned in a history of millions of them within its memory
 * budget. Open addressing with linear probing over a Uint32Array; each slot holds the first 96 bits
 * of an id. Object ids are uniformly distributed hashes (SHA-1 or SHA-256), so 96 bits make a false
 * "already seen" as likely as a SHA-1 collision among a few billion objects (birthday bound 2^48),
 * and the first word serves directly as the hash.
 */
export class ObjectIdSet {
  #slots: Uint32Array;
  #mask: number;
  #size = 0;

  constructor(initialCapacity = 1 << 14) {
    let cap = 1 << 10;
    while (cap < initialCapacity * 2) cap <<= 1;
    this.#slots = new Uint32Array(cap * 3);
    this.#mask = cap - 1;
  }

  get size(): number {
    return this.#size;
  }

  /** Adds a hex object id (40 or 64 chars); returns false if it was already there. */
  add(hex: string): boolean {
    const a = word(hex, 0);
    const b = word(hex, 8);
    const c = word(hex, 16);
    if (this.#find(a, b, c, true)) return false;
    this.#size++;
    if (this.#size * 2 > this.#mask + 1) this.#grow();
    return true;
  }

  has(hex: string): boolean {
    return this.#find(word(hex, 0), word(hex, 8), word(hex, 16), false);
  }

  /** Finds the key; when `insert`, places it in the first empty slot if absent. Returns whether it was present. */
  #find(a: number, b: number, c: number, insert: boolean): boolean {
    // An all-zero key marks an empty slot; the null id (all zeros) is never added, but keep it distinct.
    if ((a | b | c) === 0) c = 1;
    const slots = this.#slots;
    const mask = this.#mask;
    for (let i = a & mask; ; i = (i + 1) & mask) {
      const at = i * 3;
      const sa = slots[at]!;
      const sb = slots[at + 1]!;
      const sc = slots[at + 2]!;
      if ((sa | sb | sc) === 0) {
        if (insert) {
          slots[at] = a;
          slots[at + 1] = b;
          slots[at + 2] = c;
        }
        return false;
      }
      if (sa === a && sb === b && sc === c) return true;
    }
  }

  #grow(): void {
    const old = this.#slots;
    const cap = (this.#mask + 1) * 2;
    this.#slots = new Uint32Array(cap * 3);
    this.#mask = cap - 1;
    for (let at = 0; at < old.length; at += 3) {
      const a = old[at]!;
      const b = old[at + 1]!;
      const c = old[at + 2]!;
      if ((a | b | c) !== 0) this.#find(a, b, c, true);
    }
  }
}

/**
 * Eight hex digits at `at` as a 32-bit number, read digit by digit: no substring, no parseInt (this
 * runs three times for every file a history lists). Upper or lower case; git writes lower.
 */
function word(hex: string, at: number): number {
  let v = 0;
  for (let i = at; i < at + 8; i++) {
    const c = hex.charCodeAt(i) | 32; // lower-cases letters; digits are unchanged
    v = (v << 4) | (c <= 57 ? c - 48 : c - 87);
  }
  return v >>> 0;
}
