import type { Fake } from '../../src/engine/fake.ts';
import { kind as kindOf } from './secrets.ts';

/**
 * Builder for corpus files. Templates write ordinary text and wrap each planted secret (and each
 * hard negative) in invisible markers; `file()` strips the markers and records where each one
 * ended up (1-based line range), so that expected positions never drift from the text.
 */

const PLANT = '\uE000';
const NEG = '\uE001';
const SEP = '\uE002';
const END = '\uE003';

export interface Span {
  path: string;
  line: number;
  endLine: number;
}
export interface PlantedSecret extends Span {
  kind: string;
}
export interface NegativeItem extends Span {
  label: string;
}
export interface CorpusFile {
  path: string;
  text: string;
  planted: PlantedSecret[];
  negatives: NegativeItem[];
}

/** A generated secret: its conventional variable name, its raw value, and the value wrapped in markers. */
export interface Planting {
  kind: string;
  name: string;
  raw: string;
  /** The value wrapped in markers: put this (not `raw`) in the template text. */
  v: string;
}

export class Ctx {
  readonly #instances = new Map<string, number>();
  readonly #paths = new Set<string>();

  constructor(readonly f: Fake) {}

  /** Generate a secret of `kind` and its variable name (names rotate per instance). */
  secret(kind: string): Planting {
    const k = kindOf(kind);
    const n = this.#instances.get(kind) ?? 0;
    this.#instances.set(kind, n + 1);
    const raw = k.gen(this.f);
    return { kind, name: k.names[n % k.names.length]!, raw, v: this.plant(kind, raw) };
  }

  /** Shorthand: the marked value of a fresh secret of `kind`. */
  s(kind: string): string {
    return this.secret(kind).v;
  }

  /** A raw value of `kind` (for templates that transform it, then `plant()` the result). */
  raw(kind: string): string {
    return kindOf(kind).gen(this.f);
  }

  /** Mark `text` as a planted secret of `kind`. */
  plant(kind: string, text: string): string {
    return `${PLANT}${kind}${SEP}${text}${END}`;
  }

  /** Mark `text` as a hard negative labelled `label`. */
  neg(label: string, text: string): string {
    return `${NEG}${label}${SEP}${text}${END}`;
  }

  /** Strip the markers from `marked` and record the spans. */
  file(path: string, marked: string): CorpusFile {
    if (this.#paths.has(path)) throw new Error(`corpus: duplicate path ${path}`);
    this.#paths.add(path);
    let text = '';
    let line = 1;
    const planted: PlantedSecret[] = [];
    const negatives: NegativeItem[] = [];
    let i = 0;
    while (i < marked.length) {
      const c = marked[i]!;
      if (c === PLANT || c === NEG) {
        const sep = marked.indexOf(SEP, i);
        const end = marked.indexOf(END, sep);
        if (sep < 0 || end < 0) throw new Error(`corpus: unterminated marker in ${path}`);
        const label = marked.slice(i + 1, sep);
        const body = marked.slice(sep + 1, end);
        if (/[\uE000-\uE003]/.test(body)) throw new Error(`corpus: nested marker in ${path}`);
        const startLine = line;
        const lines = body.split('\n').length - 1;
        const endLine = line + lines - (body.endsWith('\n') ? 1 : 0);
        text += body;
        line += lines;
        if (c === PLANT) planted.push({ kind: label, path, line: startLine, endLine });
        else negatives.push({ label, path, line: startLine, endLine });
        i = end + 1;
        continue;
      }
      text += c;
      if (c === '\n') line++;
      i++;
    }
    // One planted secret per line, and no negative on a planted line: otherwise a finding could not
    // be attributed unambiguously.
    const taken = new Map<number, string>();
    for (const p of planted) {
      for (let l = p.line; l <= p.endLine; l++) {
        if (taken.has(l)) throw new Error(`corpus: ${path}:${l} holds two planted secrets (${taken.get(l)}, ${p.kind})`);
        taken.set(l, p.kind);
      }
    }
    for (const n of negatives) {
      for (let l = n.line; l <= n.endLine; l++) {
        if (taken.has(l)) throw new Error(`corpus: ${path}:${l} mixes a negative (${n.label}) with a planted ${taken.get(l)}`);
      }
    }
    return { path, text, planted, negatives };
  }
}

// --- Variable-name styles -------------------------------------------------------------------

const words = (screaming: string) => screaming.split(/_+/).filter(Boolean).map((w) => w.toLowerCase());
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

// A name that already mixes cases (AzureWebJobsStorage) is a fixed identifier: kept as is.
const fixed = (n: string) => /[a-z]/.test(n) && /[A-Z]/.test(n);
const style = (fn: (n: string) => string) => (n: string) => (fixed(n) ? n : fn(n));

export const nameStyle = {
  screaming: style((n) => words(n).join('_').toUpperCase()),
  snake: style((n) => words(n).join('_')),
  camel: style((n) => words(n).map((w, i) => (i === 0 ? w : cap(w))).join('')),
  pascal: style((n) => words(n).map(cap).join('')),
  kebab: style((n) => words(n).join('-')),
  dotted: style((n) => words(n).join('.')),
};
