import { it } from 'vitest';
import { builtinRules } from '../../rules/index.ts';
import { Detector } from '../../src/engine/detector.ts';
import { buildCorpus, evaluate } from './build.ts';
it('debug', () => {
  const seed = process.env.SEED ?? 'secret-hooks-corpus-v1';
  const corpus = buildCorpus(seed);
  const drops: any[] = [];
  const det = new Detector(builtinRules, { onDrop: (d) => drops.push(d) });
  const r = evaluate(det, corpus);
  console.log(`recall ${r.found}/${r.planted} precision ${r.truePositives}/${r.findings}`);
  for (const m of r.misses) {
    const file = corpus.files.find((f) => f.path === m.path)!;
    const lines = file.text.split('\n');
    console.log(`--- MISS ${m.kind} ${m.path}:${m.line}`);
    for (let l = Math.max(1, m.line - 2); l <= Math.min(lines.length, m.endLine + 1); l++) console.log(`${l === m.line ? '>' : ' '}${l}: ${lines[l - 1]}`);
    for (const d of drops.filter((d) => d.path === m.path && d.line >= m.line - 2 && d.line <= m.endLine)) console.log(`   drop ${d.ruleId} L${d.line}: ${d.reason}`);
  }
  for (const fp of r.falsePositives) {
    const file = corpus.files.find((f) => f.path === fp.path)!;
    console.log(`--- FP ${fp.ruleId} ${fp.path}:${fp.line} [${fp.negative ?? ''}] ${file.text.split('\n')[fp.line - 1]}`);
  }
});
