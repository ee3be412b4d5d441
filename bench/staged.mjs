// Pre-commit latency: median wall time of `secret-hooks scan --staged` for a 5-file staged change
// in a generated repository of 1,200 files, side by side (interleaved runs, one process at a time)
// with `node -e 0` (Node's own start-up, the floor), `git diff --cached` on the same repository,
// and secretlint (recommended preset, a dev dependency) checking the same 5 files.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/cli.cjs');
const env = { ...process.env, GIT_AUTHOR_NAME: 'bench', GIT_AUTHOR_EMAIL: 'bench@example.test', GIT_COMMITTER_NAME: 'bench', GIT_COMMITTER_EMAIL: 'bench@example.test', NO_COLOR: '1' };

export function runStagedBench({ runs = 25, files = 1200 } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'secret-hooks-bench-staged-'));
  try {
    const git = (...a) => execFileSync('git', a, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    git('init', '-q');
    const body = (i, v) =>
      `// module ${i} v${v}\nimport { helper${i % 17} } from './helpers.js';\n\nexport function handler${i}(req, res) {\n` +
      Array.from({ length: 60 }, (_, k) => `  const value${k} = helper${i % 17}(req.query.p${k} ?? ${k * v});\n`).join('') +
      '  return res.json({ ok: true });\n}\n';
    for (let i = 0; i < files; i++) {
      const d = path.join(dir, 'src', `pkg${i % 40}`);
      mkdirSync(d, { recursive: true });
      writeFileSync(path.join(d, `file${i}.js`), body(i, 1));
    }
    git('add', '-A');
    git('commit', '-q', '-m', 'generated');
    // The staged change: 3 modified files and 2 new ones, no secret (the common case: a clean commit).
    const changed = [];
    for (const i of [3, 500, 999]) {
      const p = path.join('src', `pkg${i % 40}`, `file${i}.js`);
      writeFileSync(path.join(dir, p), body(i, 2) + `export const config${i} = { apiUrl: 'https://api.example.test', retries: 3 };\n`);
      changed.push(p);
    }
    for (const n of ['new-a.js', 'new-b.js']) {
      writeFileSync(path.join(dir, 'src', n), body(7, 3));
      changed.push(path.join('src', n));
    }
    git('add', '-A');

    const secretlintConfig = path.join(dir, '.secretlintrc.json');
    writeFileSync(secretlintConfig, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
    const secretlintBin = path.join(ROOT, 'node_modules/secretlint/bin/secretlint.js');

    const commands = {
      'node -e 0': [process.execPath, ['-e', '0']],
      'git diff --cached': ['git', ['diff', '--cached', '--no-color']],
      'secret-hooks scan --staged': [process.execPath, [CLI, 'scan', '--staged']],
      'secretlint (5 files)': [process.execPath, [secretlintBin, '--secretlintrc', secretlintConfig, ...changed]],
    };
    for (const [name, [cmd, args]] of Object.entries(commands)) {
      const r = spawnSync(cmd, args, { cwd: dir, env: { ...env, NODE_PATH: path.join(ROOT, 'node_modules') }, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`${name} failed (exit ${r.status}): ${(r.stderr || r.stdout).slice(0, 500)}`);
    }
    const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
    for (let i = 0; i < runs; i++) {
      for (const [name, [cmd, args]] of Object.entries(commands)) {
        const t = process.hrtime.bigint();
        spawnSync(cmd, args, { cwd: dir, env, stdio: 'ignore' });
        times[name].push(Number(process.hrtime.bigint() - t) / 1e6);
      }
    }
    const med = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
    return { files, runs, medians: med };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printStaged(r) {
  const m = r.medians;
  const base = m['node -e 0'];
  console.log(`\npre-commit: 5-file staged change in a ${r.files}-file repository, median of ${r.runs} interleaved runs`);
  for (const [k, v] of Object.entries(m)) {
    console.log(`  ${k.padEnd(30)} ${v.toFixed(1).padStart(7)} ms   ${(v / base).toFixed(2)}× node -e 0   ${v - base >= 0 ? '+' : ''}${(v - base).toFixed(1)} ms over node`);
  }
  const over = m['secret-hooks scan --staged'] - base;
  console.log(`  → scan --staged costs ${over.toFixed(1)} ms over Node's start-up (target ≤ 40 ms); ${(m['secretlint (5 files)'] / m['secret-hooks scan --staged']).toFixed(1)}× faster than secretlint`);
}

function median(v) {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

if (import.meta.url === `file://${process.argv[1]}`) printStaged(runStagedBench());
