import type { Detector } from '../../src/engine/detector.ts';
import type { Finding } from '../../src/engine/finding.ts';
import { createFake } from '../support/fake.ts';
import { Ctx, type CorpusFile, type NegativeItem, type PlantedSecret } from './ctx.ts';
import { buildPlantedFiles } from './files.ts';
import { buildNegativeFiles } from './negatives.ts';
import { SECRET_KINDS } from './secrets.ts';

export interface Corpus {
  files: CorpusFile[];
  planted: PlantedSecret[];
  negatives: NegativeItem[];
}

/** The whole corpus, generated from one seed (deterministic: same seed, same bytes). */
export function buildCorpus(seed: number | string = 'secret-hooks-corpus-v1'): Corpus {
  const t = new Ctx(createFake(seed));
  const files = [...buildPlantedFiles(t), ...buildNegativeFiles(t)];
  return { files, planted: files.flatMap((f) => f.planted), negatives: files.flatMap((f) => f.negatives) };
}

/** A finding without its secret: what the report may show. */
export interface RedactedFinding {
  ruleId: string;
  path: string;
  line: number;
  endLine: number;
  /** For a false positive: the negative it landed on, if any. */
  negative?: string;
}

export interface KindStats {
  kind: string;
  planted: number;
  found: number;
  rules: string[];
}

export interface Evaluation {
  planted: number;
  found: number;
  findings: number;
  truePositives: number;
  recall: number;
  precision: number;
  perKind: KindStats[];
  misses: PlantedSecret[];
  falsePositives: RedactedFinding[];
  /** File-level findings (forbidden files) on files that hold planted secrets: counted as true. */
  fileFindings: RedactedFinding[];
}

const overlaps = (a: { line: number; endLine: number }, b: { line: number; endLine: number }) => a.line <= b.endLine && b.line <= a.endLine;

/**
 * Scan every corpus file and match findings to planted secrets by path and line range: a finding
 * whose [line, endLine] overlaps a planted secret's lines finds it. A finding that overlaps no
 * planted secret is a false positive. A file-level finding (a forbidden-file rule, empty secret) is
 * true when the file holds a planted secret, false otherwise; it does not count toward recall.
 */
export function evaluate(detector: Detector, corpus: Corpus): Evaluation {
  const foundBy = new Map<PlantedSecret, Set<string>>();
  const falsePositives: RedactedFinding[] = [];
  const fileFindings: RedactedFinding[] = [];
  let findings = 0;
  let truePositives = 0;

  for (const file of corpus.files) {
    const results: Finding[] = detector.scan({ path: file.path, text: file.text });
    for (const r of results) {
      findings++;
      const red: RedactedFinding = { ruleId: r.ruleId, path: r.path, line: r.line, endLine: r.endLine };
      if (r.secret === '' && r.line === 1 && r.endLine === 1 && file.planted.length > 0) {
        truePositives++;
        fileFindings.push(red);
        continue;
      }
      const hits = file.planted.filter((p) => overlaps(p, r));
      if (hits.length === 0) {
        const neg = file.negatives.find((n) => overlaps(n, r));
        if (neg) red.negative = neg.label;
        falsePositives.push(red);
        continue;
      }
      truePositives++;
      for (const p of hits) {
        const s = foundBy.get(p) ?? new Set<string>();
        s.add(r.ruleId);
        foundBy.set(p, s);
      }
    }
  }

  const byKind = new Map<string, KindStats>();
  for (const k of SECRET_KINDS) byKind.set(k.id, { kind: k.id, planted: 0, found: 0, rules: [] });
  for (const p of corpus.planted) {
    const s = byKind.get(p.kind)!;
    s.planted++;
    const rules = foundBy.get(p);
    if (rules) {
      s.found++;
      for (const r of rules) if (!s.rules.includes(r)) s.rules.push(r);
    }
  }
  const planted = corpus.planted.length;
  const found = corpus.planted.filter((p) => foundBy.has(p)).length;
  return {
    planted,
    found,
    findings,
    truePositives,
    recall: planted === 0 ? 1 : found / planted,
    precision: findings === 0 ? 1 : truePositives / findings,
    perKind: [...byKind.values()].filter((s) => s.planted > 0),
    misses: corpus.planted.filter((p) => !foundBy.has(p)),
    falsePositives,
    fileFindings,
  };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Human-readable report: per-kind recall, misses and false positives. Never shows a secret. */
export function formatEvaluation(e: Evaluation): string {
  const out: string[] = [];
  out.push(`recall ${pct(e.recall)} (${e.found}/${e.planted} planted)   precision ${pct(e.precision)} (${e.truePositives}/${e.findings} findings)`);
  out.push('');
  out.push('kind                                  found/planted  recall  rules');
  for (const k of [...e.perKind].sort((a, b) => a.found / a.planted - b.found / b.planted || a.kind.localeCompare(b.kind))) {
    out.push(`${k.kind.padEnd(38)}${`${k.found}/${k.planted}`.padStart(13)}  ${pct(k.found / k.planted).padStart(6)}  ${k.rules.join(', ') || '-'}`);
  }
  if (e.misses.length > 0) {
    out.push('', `missed (${e.misses.length}):`);
    for (const m of e.misses) out.push(`  ${m.kind.padEnd(38)}${m.path}:${m.line}`);
  }
  if (e.falsePositives.length > 0) {
    out.push('', `false positives (${e.falsePositives.length}):`);
    for (const fp of e.falsePositives) out.push(`  ${fp.ruleId.padEnd(38)}${fp.path}:${fp.line}${fp.negative ? `  [${fp.negative}]` : ''}`);
  }
  return out.join('\n');
}

/** Print the report (for `npx vitest run test/corpus`). */
export function printEvaluation(e: Evaluation): void {
  console.log(formatEvaluation(e));
}
