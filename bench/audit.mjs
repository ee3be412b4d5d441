#!/usr/bin/env node
// History-audit benchmark: `secret-hooks audit` against `git log -p --all` on the same repository.
//
//   node bench/audit.mjs                      generated repository (10,000+ commits, cached in the OS temp folder)
//   node bench/audit.mjs --repo /path/to/repo any local repository (nothing is written to it)
//   node bench/audit.mjs --commits 50000      a bigger generated history
//   node bench/audit.mjs --runs 5 --json      more runs; machine-readable result on stdout
//
// Pass criteria (issue 4): the audit takes no longer than `git log -p --all` alone, and the peak
// resident memory of every process involved stays under 300 MB. Time is the median of --runs runs
// after one warm-up run each (so both read a warm page cache). Peak memory comes from GNU time
// (`/usr/bin/time -f %M`: the largest resident set of any process in the tree, the CLI's own or a git
// child's) when installed, and from the CLI itself (process.resourceUsage().maxRSS, printed when
// SECRET_HOOKS_BENCH=1) always. Exit code 1 when a criterion fails.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist/cli.cjs');
const GNU_TIME = '/usr/bin/time';
const LIMIT_RSS_MB = 300;
/** Bump when the generator changes, so a cached repository from an older generator is not reused. */
const GENERATOR_VERSION = 3;

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.test',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.test',
  LC_ALL: 'C',
};

export async function main(argv = process.argv.slice(2)) {
  const args = parseArgs(argv);
  if (!existsSync(CLI)) throw new Error('dist/cli.cjs is missing: run `node scripts/build.mjs --no-types` (npm run bench builds first)');
  let repo = args.repo ? path.resolve(args.repo) : undefined;
  let planted = [];
  if (!repo) {
    const generated = await generatedRepo(args.commits);
    repo = generated.dir;
    planted = generated.planted;
  }
  const info = repoInfo(repo);
  log(`repository: ${repo}`);
  log(`  ${info.commits} commits on all refs, ${info.refs} refs, ${info.blobs} blobs, ${info.packMB} MB of packs`);

  // Warm-up: one run of each, so that both start from a warm page cache.
  log('warm-up…');
  timeGitLog(repo);
  await timeAudit(repo);

  const gitTimes = [];
  const audits = [];
  for (let i = 0; i < args.runs; i++) {
    gitTimes.push(timeGitLog(repo));
    audits.push(await timeAudit(repo));
    log(`  run ${i + 1}/${args.runs}: git log -p --all ${fmtS(gitTimes[i])}, audit ${fmtS(audits[i].seconds)}`);
  }
  const gitMedian = median(gitTimes);
  const auditMedian = median(audits.map((a) => a.seconds));
  const last = audits[audits.length - 1];
  const peakTreeMB = Math.max(...audits.map((a) => a.treeMaxRssMB ?? 0)) || undefined;
  const peakCliMB = Math.max(...audits.map((a) => a.cliMaxRssMB ?? 0)) || undefined;
  const peakMB = Math.max(peakTreeMB ?? 0, peakCliMB ?? 0);
  const found = planted.filter((p) => last.findings.some((f) => f.redacted.endsWith(p.slice(-4)) && f.redacted.startsWith('ghp_')));
  const result = {
    repo,
    commits: info.commits,
    blobs: info.blobs,
    gitLogPatchSeconds: round(gitMedian),
    auditSeconds: round(auditMedian),
    ratio: round(auditMedian / gitMedian),
    cpuPercent: last.cpuPercent,
    peakRssMB: { tree: peakTreeMB, cli: peakCliMB },
    findings: last.findings.length,
    planted: planted.length,
    plantedFound: found.length,
    pass: { speed: auditMedian <= gitMedian, memory: peakMB > 0 && peakMB < LIMIT_RSS_MB, planted: found.length === planted.length },
  };
  log('');
  log(`git log -p --all          ${fmtS(gitMedian)}   (median of ${args.runs})`);
  log(
    `secret-hooks audit        ${fmtS(auditMedian)}   (${(result.ratio * 100).toFixed(0)}% of git log -p; CPU ${last.cpuPercent ?? '?'}% of one core)`,
  );
  log(
    `peak RSS                  ${peakTreeMB ? `${peakTreeMB} MB (largest process, GNU time)` : 'n/a (no /usr/bin/time)'}; CLI ${peakCliMB ?? '?'} MB`,
  );
  log(`findings                  ${result.findings}${planted.length ? ` (planted secrets found: ${found.length}/${planted.length})` : ''}`);
  log(
    `speed ${result.pass.speed ? 'PASS' : 'FAIL'} · memory ${result.pass.memory ? 'PASS' : 'FAIL'}${planted.length ? ` · planted ${result.pass.planted ? 'PASS' : 'FAIL'}` : ''}`,
  );
  if (args.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  const ok = result.pass.speed && result.pass.memory && (planted.length === 0 || result.pass.planted);
  return ok ? 0 : 1;
}

function parseArgs(argv) {
  const out = { repo: undefined, commits: 10_000, runs: 3, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--repo') out.repo = argv[++i];
    else if (a === '--commits') out.commits = Number(argv[++i]);
    else if (a === '--runs') out.runs = Math.max(1, Number(argv[++i]));
    else if (a === '--json') out.json = true;
    else if (a === '-h' || a === '--help') {
      process.stdout.write('node bench/audit.mjs [--repo <path>] [--commits N] [--runs N] [--json]\n');
      process.exit(0);
    } else throw new Error(`bench/audit.mjs: unknown argument ${a}`);
  }
  if (!Number.isInteger(out.commits) || out.commits < 100) throw new Error('--commits must be an integer ≥ 100');
  return out;
}

// ---------------------------------------------------------------------------------------------
// Measurements

/** `git log -p --all` with its output discarded: the reference the audit must beat. */
function timeGitLog(repo) {
  const devnull = openSync('/dev/null', 'w');
  try {
    const t = performance.now();
    const r = spawnSync('git', ['log', '-p', '--all'], { cwd: repo, env: GIT_ENV, stdio: ['ignore', devnull, 'pipe'], maxBuffer: 1 << 26 });
    if (r.status !== 0) throw new Error(`git log -p --all failed: ${r.stderr}`);
    return (performance.now() - t) / 1000;
  } finally {
    closeSync(devnull);
  }
}

/** One audit run through the built CLI, as a user runs it, with GNU time around it when present. */
function timeAudit(repo) {
  const gnuTime = existsSync(GNU_TIME);
  const cmd = gnuTime ? GNU_TIME : process.execPath;
  // %e wall seconds, %M max RSS in KiB of the largest process, %P CPU share (over 100% = more than one core).
  const args = gnuTime ? ['-f', '\u0001%e %M %P', process.execPath, CLI, 'audit', '--format', 'json'] : [CLI, 'audit', '--format', 'json'];
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(cmd, args, { cwd: repo, env: { ...GIT_ENV, SECRET_HOOKS_BENCH: '1', CI: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - t) / 1000;
      const stderr = Buffer.concat(err).toString('utf8');
      if (code !== 0 && code !== 1) return reject(new Error(`audit exited ${code}: ${stderr}`));
      const report = JSON.parse(Buffer.concat(out).toString('utf8'));
      const timeLine = /\u0001([\d.]+) (\d+) ([\d?]+)%/.exec(stderr);
      const bench = /secret-hooks bench: (\{.*\})/.exec(stderr);
      const cli = bench ? JSON.parse(bench[1]) : undefined;
      resolve({
        seconds,
        findings: report.findings,
        treeMaxRssMB: timeLine ? Math.round(Number(timeLine[2]) / 1024) : undefined,
        cpuPercent: timeLine ? Number(timeLine[3]) : undefined,
        cliMaxRssMB: cli ? Math.round(cli.maxRssKiB / 1024) : undefined,
      });
    });
  });
}

function repoInfo(repo) {
  const git = (...a) => {
    const r = spawnSync('git', a, { cwd: repo, env: GIT_ENV, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  const commits = Number(git('rev-list', '--count', '--all').trim());
  const refs = git('for-each-ref', '--format=x').split('\n').filter(Boolean).length;
  const count = git('count-objects', '-v');
  const packKiB = Number(/size-pack: (\d+)/.exec(count)?.[1] ?? 0) + Number(/^size: (\d+)/m.exec(count)?.[1] ?? 0);
  const blobs = git('cat-file', '--batch-all-objects', '--batch-check=%(objecttype)')
    .split('\n')
    .filter((t) => t === 'blob').length;
  return { commits, refs, blobs, packMB: Math.round(packKiB / 1024) };
}

// ---------------------------------------------------------------------------------------------
// The generated repository: a few hundred source-like files, small edits per commit, feature branches
// merged back (some with a conflict resolved by hand), a few left unmerged, tags, renames, deletions,
// binary files, and fake GitHub tokens planted along the way (valid checksums, generated here at run
// time: this file holds no secret-shaped literal). Written with `git fast-import`
// (https://git-scm.com/docs/git-fast-import), then `git gc` so that it is packed with deltas and a
// commit-graph like a real clone. Cached in the OS temp folder by generator version and size.

async function generatedRepo(commits) {
  const dir = path.join(os.tmpdir(), `secret-hooks-bench-v${GENERATOR_VERSION}-${commits}`);
  const marker = path.join(dir, '.bench-ready.json');
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  log(`generating a ${commits}-commit repository in ${dir} (once; cached)…`);
  const t = performance.now();
  git(dir, 'init', '-q', '--bare', '--initial-branch=main');
  const planted = await fastImport(dir, commits);
  git(dir, 'gc', '--quiet');
  const result = { dir, planted };
  writeFileSync(marker, JSON.stringify(result));
  log(`  generated in ${fmtS((performance.now() - t) / 1000)}`);
  return result;
}

function git(cwd, ...a) {
  const r = spawnSync('git', a, { cwd, env: GIT_ENV, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

function rng(seed) {
  let s0 = seed | 1;
  let s1 = (seed * 2654435761) | 1;
  const next = () => {
    s0 ^= s0 << 13;
    s0 ^= s0 >>> 17;
    s0 ^= s0 << 5;
    s1 ^= s1 << 7;
    s1 ^= s1 >>> 9;
    s1 ^= s1 << 8;
    return ((s0 ^ s1) >>> 0) / 0x100000000;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (a) => a[Math.floor(next() * a.length)],
    chance: (p) => next() < p,
  };
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(s) {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) c = CRC_TABLE[(c ^ s.charCodeAt(i)) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function base62(n, width) {
  let out = '';
  while (n > 0) {
    out = BASE62[n % 62] + out;
    n = Math.floor(n / 62);
  }
  return out.padStart(width, '0');
}
/** A fake GitHub token with a valid checksum (the format the built-in rule validates). */
function fakeToken(r) {
  for (;;) {
    let body = '';
    for (let i = 0; i < 30; i++) body += BASE62[r.int(62)];
    if (/(.)\1\1|0123|1234|abcd/i.test(body)) continue;
    return `${['g', 'h', 'p', '_'].join('')}${body}${base62(crc32(body), 6)}`;
  }
}

const WORDS =
  'user order item cart price total count index value result state props config options handler request response client server cache queue event message record entry field column table schema model view route path query filter sort page limit offset buffer stream reader writer parser format render update create remove fetch load save parse build check apply merge split join map reduce list node tree graph edge vertex weight score rank label title name date time zone locale region color theme style layout width height margin border shadow frame panel button input select option dialog modal toast badge icon image video audio track album artist genre rating review comment author editor draft publish archive'.split(
    ' ',
  );

function codeLine(r) {
  const w = () => r.pick(WORDS);
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  switch (r.int(9)) {
    case 0:
      return `import { ${w()}${cap(w())} } from './${w()}-${w()}.js';`;
    case 1:
      return `export function ${w()}${cap(w())}(${w()}, ${w()}) {`;
    case 2:
      return `  const ${w()}${cap(w())} = ${w()}.${w()}(${r.int(1000)}, '${w()} ${w()}');`;
    case 3:
      return `  if (${w()}.${w()} > ${r.int(100)}) return ${w()}${cap(w())}(${w()});`;
    case 4:
      return `  // ${cap(w())} the ${w()} before the ${w()} is ${w()}d, so that ${w()} ${w()}s stay ${w()}.`;
    case 5:
      return '}';
    case 6:
      return `  for (const ${w()} of ${w()}${cap(w())}) ${w()}.push(${w()}.${w()});`;
    case 7:
      return '';
    default:
      return `  ${w()}.${w()} = { ${w()}: ${r.int(10000)}, ${w()}: '${w()}', ${w()}: [${r.int(9)}, ${r.int(9)}] };`;
  }
}

function newFile(r, lines) {
  const out = [];
  for (let i = 0; i < lines; i++) out.push(codeLine(r));
  return out;
}

function binaryFile(r, size) {
  const b = Buffer.alloc(size);
  for (let i = 0; i < size; i++) b[i] = r.chance(0.3) ? 0 : r.int(256);
  return b;
}

/** Writes the whole history through one fast-import stream; returns the planted tokens. */
async function fastImport(dir, target) {
  const r = rng(20240611);
  const child = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, env: GIT_ENV, stdio: ['pipe', 'inherit', 'inherit'] });
  const exited = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import exited ${code}`))));
  });
  const stdin = child.stdin;
  const write = async (chunk) => {
    if (!stdin.write(chunk)) await new Promise((res) => stdin.once('drain', res));
  };

  // Files: path → lines (text) or Buffer (binary). Branch states are copies of this map.
  const dirs = [
    'src/api',
    'src/core',
    'src/ui',
    'src/util',
    'src/store',
    'lib',
    'test',
    'docs',
    'config',
    'scripts',
    'src/ui/widgets',
    'src/api/v2',
  ];
  const exts = ['.ts', '.ts', '.ts', '.js', '.md', '.json', '.css'];
  const main = new Map();
  let fileNo = 0;
  const freshPath = () => `${r.pick(dirs)}/${r.pick(WORDS)}-${r.pick(WORDS)}-${fileNo++}${r.pick(exts)}`;
  for (let i = 0; i < 360; i++) main.set(freshPath(), newFile(r, 20 + Math.floor(Math.exp(r.next() * 5.5))));
  for (let i = 0; i < 6; i++) main.set(`assets/blob-${i}.bin`, binaryFile(r, 2048 + r.int(30000)));

  let mark = 0;
  let time = 1_500_000_000;
  let commits = 0;
  const planted = [];
  const content = (v) => (Buffer.isBuffer(v) ? v : Buffer.from(`${v.join('\n')}\n`));

  const commit = async (ref, state, changed, deleted, from, merge, message) => {
    mark++;
    commits++;
    time += 60 + r.int(7200);
    const person = `${r.pick(['Ada', 'Grace', 'Linus', 'Margaret', 'Ken', 'Barbara'])} <dev${r.int(6)}@example.test> ${time} +0000`;
    const msg = Buffer.from(message);
    let head = `commit ${ref}\nmark :${mark}\nauthor ${person}\ncommitter ${person}\ndata ${msg.length}\n${message}\n`;
    if (from) head += `from :${from}\n`;
    for (const m of merge ?? []) head += `merge :${m}\n`;
    await write(head);
    for (const p of deleted) await write(`D ${p}\n`);
    for (const p of changed) {
      const data = content(state.get(p));
      await write(`M 100644 inline ${p}\ndata ${data.length}\n`);
      await write(data);
      await write('\n');
    }
    await write('\n');
    return mark;
  };

  /** One random edit of a file: a few lines replaced, inserted or deleted; sometimes a secret. */
  const edit = (state, p) => {
    const v = state.get(p);
    if (Buffer.isBuffer(v)) {
      const b = Buffer.from(v);
      for (let i = 0; i < 8; i++) b[r.int(b.length)] = r.int(256);
      if (r.chance(0.05)) {
        const token = fakeToken(r);
        planted.push(token);
        Buffer.from(`\u0000key=${token}\u0000`).copy(b, r.int(b.length - 60));
      }
      state.set(p, b);
      return;
    }
    const lines = [...v];
    const at = r.int(lines.length + 1);
    switch (r.int(3)) {
      case 0:
        lines.splice(at, 1 + r.int(4), ...newFile(r, 1 + r.int(4)));
        break;
      case 1:
        lines.splice(at, 0, ...newFile(r, 1 + r.int(12)));
        break;
      default:
        if (lines.length > 10) lines.splice(at, 1 + r.int(4));
    }
    if (r.chance(0.0015)) {
      const token = fakeToken(r);
      planted.push(token);
      lines.splice(r.int(lines.length + 1), 0, `  const apiToken = '${token}';`);
    }
    state.set(p, lines);
  };

  /** A commit's worth of changes on `state`: edits, sometimes an added, deleted or renamed file. */
  const work = (state) => {
    const changed = new Set();
    const deleted = new Set();
    const paths = [...state.keys()];
    for (let i = 1 + r.int(3); i > 0; i--) {
      const p = r.pick(paths);
      if (deleted.has(p)) continue;
      edit(state, p);
      changed.add(p);
    }
    if (r.chance(0.02)) {
      const p = freshPath();
      state.set(p, newFile(r, 30 + r.int(200)));
      changed.add(p);
    }
    if (r.chance(0.008) && state.size > 200) {
      const p = r.pick(paths);
      if (!changed.has(p)) {
        state.delete(p);
        deleted.add(p);
      }
    }
    if (r.chance(0.008)) {
      const p = r.pick(paths);
      if (!changed.has(p) && !deleted.has(p) && state.has(p)) {
        const to = freshPath();
        state.set(to, state.get(p));
        state.delete(p);
        deleted.add(p);
        changed.add(to);
      }
    }
    return { changed: [...changed], deleted: [...deleted] };
  };

  let mainTip = await commit('refs/heads/main', main, [...main.keys()], [], undefined, undefined, 'initial import');
  let branchNo = 0;
  while (commits < target) {
    if (r.chance(0.04)) {
      // A feature branch: a few commits, while main moves on, then merged (or left unmerged).
      const name = `refs/heads/feature/${branchNo++}`;
      const state = new Map(main);
      const touched = new Set();
      let tip = mainTip;
      for (let i = 2 + r.int(8); i > 0; i--) {
        const { changed, deleted } = work(state);
        changed.forEach((p) => touched.add(p));
        deleted.forEach((p) => touched.add(p));
        tip = await commit(name, state, changed, deleted, tip, undefined, `feature ${branchNo}: step ${i}`);
      }
      const mainTouched = new Set();
      for (let i = r.int(4); i > 0; i--) {
        const { changed, deleted } = work(main);
        changed.forEach((p) => mainTouched.add(p));
        deleted.forEach((p) => mainTouched.add(p));
        mainTip = await commit('refs/heads/main', main, changed, deleted, mainTip, undefined, 'main moves on');
      }
      if (r.chance(0.85)) {
        // Merge: the branch's version of what it touched; where both sides touched a text file, a
        // hand-made resolution (both sides' lines, deduplicated), which only the merge commit holds.
        const changed = [];
        const deleted = [];
        for (const p of touched) {
          if (!state.has(p)) {
            if (main.has(p)) {
              main.delete(p);
              deleted.push(p);
            }
            continue;
          }
          const theirs = state.get(p);
          const ours = main.get(p);
          if (mainTouched.has(p) && ours && !Buffer.isBuffer(ours) && !Buffer.isBuffer(theirs)) {
            main.set(p, [...new Set([...ours, ...theirs])]);
          } else main.set(p, theirs);
          changed.push(p);
        }
        mainTip = await commit('refs/heads/main', main, changed, deleted, mainTip, [tip], `Merge branch feature/${branchNo}`);
      }
    } else {
      const { changed, deleted } = work(main);
      mainTip = await commit('refs/heads/main', main, changed, deleted, mainTip, undefined, `change ${commits}`);
    }
    if (commits % 1000 < 1) await write(`reset refs/tags/v${Math.floor(commits / 1000)}.0\nfrom :${mainTip}\n\n`);
  }
  await write('done\n');
  stdin.end();
  await exited;
  return planted;
}

// ---------------------------------------------------------------------------------------------

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function round(x) {
  return Math.round(x * 1000) / 1000;
}
function fmtS(s) {
  return `${s.toFixed(2)} s`;
}
function log(s) {
  process.stderr.write(`${s}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`bench/audit.mjs: ${e.stack ?? e}\n`);
      process.exitCode = 2;
    },
  );
}
