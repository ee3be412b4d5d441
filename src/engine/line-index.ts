/** Offset ↔ 1-based line number for one text, built once per scanned fragment. */
export class LineIndex {
  readonly #starts: number[] = [0];
  readonly #text: string;

  constructor(text: string) {
    this.#text = text;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.#starts.push(i + 1);
  }

  get count(): number {
    return this.#starts.length;
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
