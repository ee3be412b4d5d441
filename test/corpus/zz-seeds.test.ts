import { it } from 'vitest';
import { builtinRules } from '../../rules/index.ts';
import { Detector } from '../../src/engine/detector.ts';
import { buildCorpus, evaluate } from './build.ts';
it('seeds', () => {
  const n = Number(process.env.NSEEDS ?? 20);
  const det = new Detector(builtinRules);
  let P = 0, F = 0, TP = 0, N = 0;
  const missLines: string[] = [];
  const fpLines: string[] = [];
  for (let i = 0; i < n; i++) {
    const corpus = buildCorpus(`seed-${i}`);
    const r = evaluate(det, corpus);
    P += r.planted; F += r.found; TP += r.truePositives; N += r.findings;
    for (const m of r.misses) {
      const file = corpus.files.find((f) => f.path === m.path)!;
      missLines.push(`${m.kind} ${m.path}:${m.line}: ${file.text.split('\n').slice(m.line - 1, m.endLine).join(' | ').slice(0, 200)}`);
    }
    for (const fp of r.falsePositives) {
      const file = corpus.files.find((f) => f.path === fp.path)!;
      fpLines.push(`${fp.ruleId} ${fp.path}:${fp.line} [${fp.negative ?? ''}] ${file.text.split('\n')[fp.line - 1]!.slice(0, 200)}`);
    }
  }
  console.log(`seeds ${n}: recall ${F}/${P} = ${(F / P * 100).toFixed(2)}%  precision ${TP}/${N} = ${(TP / N * 100).toFixed(2)}%`);
  console.log('MISSES\n' + missLines.sort().join('\n'));
  console.log('FPS\n' + fpLines.sort().join('\n'));
});
