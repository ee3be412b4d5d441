/**
 * Offset ↔ 1-based line number for one text, built on first use: most scanned texts in an audit
 * have no candidate, and never need their lines counted.
 */
export class LineIndex {
  #lineStarts: number[] | undefined;
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
  }

  get #starts(): number[] {
    if (this.#lineStarts) return this.#lineStarts;
    const starts = [0];
    const text = this.#text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return (this.#lineStarts = starts);
  }

  /** 1-based line that contains `offset`. */
  lineOf(offset: number): number {
    const s = this.#starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  startOf(line: number): number {
    return this.#starts[line - 1] ?? this.#text.length;
  }

  /** The text of a 1-based line, without its newline. */
  lineText(line: number): string {
    const start = this.startOf(line);
    const next = this.#starts[line];
    return this.#text.slice(start, next === undefined ? undefined : next - 1);
  }
}
