import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../support/build-once.ts';
import { createFake } from '../support/fake.ts';
import { CLI, TempRepo, TEST_ENV, type RunResult } from '../support/git-repo.ts';

// `secret-hooks audit` on real repositories built with real git: every scenario of issue 4, run
// through the built CLI. Every run's whole output (and every --output file) is checked for every
// generated secret: the audit must never print one.

const fake = createFake('audit-integration');
const secrets: string[] = [];
/** A fresh fake GitHub token (valid checksum), remembered for the leak check. */
function token(): string {
  const t = fake.crc32Token('ghp_', 30);
  secrets.push(t);
  return t;
}

const repos: TempRepo[] = [];
function repo(options?: ConstructorParameters<typeof TempRepo>[0]): TempRepo {
  const r = new TempRepo(options);
  repos.push(r);
  return r;
}

function expectNoLeak(text: string): void {
  const leaked = secrets.filter((s) => text.includes(s) || text.includes(s.slice(4, -4)));
  expect(leaked.map((s) => `${s.length}-char secret`)).toEqual([]);
}

/** Runs the CLI in `r` and checks that nothing it printed holds a secret. */
function audit(r: TempRepo, args: string[] = [], env?: NodeJS.ProcessEnv): RunResult {
  const run = r.cli(['audit', ...args], env ? { env } : {});
  expectNoLeak(run.stdout + run.stderr);
  return run;
}

interface JsonFinding {
  ruleId: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  redacted: string;
  fingerprint: string;
  commit: string;
  author: string;
  date: string;
  presentAtHead: boolean;
}
interface JsonReport {
  findings: JsonFinding[];
  stats: { files: number; bytes: number; ms: number; commits: number; blobs: number };
  skipped?: Array<{ path: string; reason: string; commit?: string }>;
  partial?: string;
  notes?: string[];
}

function auditJson(r: TempRepo, args: string[] = [], env?: NodeJS.ProcessEnv): { run: RunResult; report: JsonReport } {
  const run = audit(r, ['--format', 'json', ...args], env);
  return { run, report: JSON.parse(run.stdout) as JsonReport };
}

/** The finding for a path whose redacted preview ends like `secret` (the last 4 characters are shown). */
function findingFor(report: JsonReport, file: string, secret: string): JsonFinding | undefined {
  return report.findings.find((f) => f.path === file && f.redacted === `ghp_…${secret.slice(-4)}`);
}

function rev(r: TempRepo, what = 'HEAD'): string {
  return r.git('rev-parse', what).trim();
}

/** Deletes a loose object file, as a damaged or partial repository would lack it. */
function deleteObject(r: TempRepo, id: string): void {
  const file = path.join(r.dir, '.git', 'objects', id.slice(0, 2), id.slice(2));
  expect(existsSync(file)).toBe(true);
  rmSync(file);
}

beforeAll(() => buildOnce());
afterAll(() => {
  for (const r of repos) r.remove();
});

describe('audit: what history holds', () => {
  let r: TempRepo;
  const t: Record<string, string> = {};
  const c: Record<string, string> = {};

  beforeAll(() => {
    r = repo();
    t.a = token();
    t.b = token();
    t.c = token();
    r.write('src/config.js', `// settings\nconst name = 'app';\nconst token = '${t.a}';\nmodule.exports = { name, token };\n`);
    r.write('README.md', '# demo\n');
    c.added = r.commitAll('add config with a token');
    r.write('src/config.js', `// settings, edited\nconst name = 'app';\nconst token = '${t.a}';\nmodule.exports = { name, token };\n`);
    c.edited = r.commitAll('edit another line');
    r.write(
      'src/config.js',
      `// settings, edited\nconst name = 'app';\nconst token = process.env.TOKEN;\nmodule.exports = { name, token };\n`,
    );
    c.removed = r.commitAll('read the token from the environment');
    r.write('old/creds.txt', `deploy token: ${t.b}\n`);
    c.creds = r.commitAll('add creds');
    r.git('rm', '-q', 'old/creds.txt');
    c.credsDeleted = r.commitAll('delete creds');
    r.write('a.txt', `key ${t.c}\n`);
    c.a = r.commitAll('add a.txt');
    r.git('mv', 'a.txt', 'b.txt');
    c.renamed = r.commitAll('rename a.txt to b.txt');
    r.write('src/config.js', `// settings, edited\nconst name = 'app';\nconst token = '${t.a}';\nmodule.exports = { name, token };\n`);
    c.reintroduced = r.commitAll('oops, the token is back');
  });

  it('reports each secret once per (secret, path), with the commit that introduced it', () => {
    const { run, report } = auditJson(r);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    expect(report.findings).toHaveLength(4);

    // Added, kept through an edit, removed, then re-introduced: one finding, at the oldest commit.
    const a = findingFor(report, 'src/config.js', t.a!);
    expect(a).toMatchObject({ ruleId: 'github-classic-token', commit: c.added, line: 3, column: 16, endLine: 3, presentAtHead: true });
    // In a file deleted since: found, and not at HEAD.
    expect(findingFor(report, 'old/creds.txt', t.b!)).toMatchObject({ commit: c.creds, line: 1, presentAtHead: false });
    // Renamed: the old path (gone) and the new path (still there) are two places to clean up.
    expect(findingFor(report, 'a.txt', t.c!)).toMatchObject({ commit: c.a, presentAtHead: false });
    expect(findingFor(report, 'b.txt', t.c!)).toMatchObject({ commit: c.renamed, presentAtHead: true });
  });

  it('scanning threads or none, the report is the same (the default depends on the number of cores)', () => {
    const inThread = auditJson(r, [], { SECRET_HOOKS_AUDIT_WORKERS: '0' });
    const threads = auditJson(r, [], { SECRET_HOOKS_AUDIT_WORKERS: '2' });
    expect(inThread.run.code).toBe(1);
    expect(threads.run.code).toBe(1);
    expect(threads.report.findings).toHaveLength(4);
    expect(threads.report.findings).toEqual(inThread.report.findings);
    expect({ ...threads.report.stats, ms: 0 }).toEqual({ ...inThread.report.stats, ms: 0 });
  });

  it('JSON follows the contract: finding fields, commit, author, date; stats', () => {
    const { report } = auditJson(r);
    for (const f of report.findings) {
      expect(Object.keys(f).sort()).toEqual(
        ['author', 'column', 'commit', 'date', 'endLine', 'fingerprint', 'line', 'path', 'presentAtHead', 'redacted', 'ruleId'].sort(),
      );
      expect(f.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(f.author).toBe('Test Author <author@example.test>');
      expect(new Date(f.date).toISOString()).toBeTruthy();
      expect(f.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d([+-]\d\d:\d\d|Z)$/);
      expect(f.fingerprint).toMatch(/^sh1:[0-9a-f]+$/);
    }
    expect(report.stats).toMatchObject({ commits: 8 });
    expect(report.stats.files).toBeGreaterThan(0);
    expect(report.stats.bytes).toBeGreaterThan(0);
    expect(typeof report.stats.ms).toBe('number');
    // The same secret at two paths has one fingerprint: it is one secret to rotate.
    expect(findingFor(report, 'a.txt', t.c!)!.fingerprint).toBe(findingFor(report, 'b.txt', t.c!)!.fingerprint);
  });

  it('text output separates "remove now" from "already removed, rotate anyway" and summarises', () => {
    const run = audit(r);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('still present at HEAD');
    expect(run.stdout).toContain('removed since (still in history)');
    expect(run.stdout).toMatch(/2 still present at HEAD .*; 2 only in history/);
    expect(run.stdout).toMatch(/scanned every ref: 1 branch, 0 tags, 0 remote-tracking refs: 8 commits/);
    expect(run.stdout).toMatch(/4 secrets found in 4 files/);
    // Not a terminal: no progress bar, nothing on stderr.
    expect(run.stderr).toBe('');
  });

  it('SARIF parses and carries the same findings; --output writes the file and nothing to stdout', () => {
    for (const format of ['sarif', 'json', 'text']) {
      const out = `report.${format}`;
      const run = audit(r, ['--format', format, '--output', out]);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      const written = readFileSync(path.join(r.dir, out), 'utf8');
      expectNoLeak(written);
      if (format === 'sarif') {
        const sarif = JSON.parse(written) as {
          version: string;
          runs: Array<{ results: Array<{ ruleId: string; properties?: { commit?: string } }> }>;
        };
        expect(sarif.version).toBe('2.1.0');
        expect(sarif.runs[0]!.results).toHaveLength(4);
        expect(
          sarif.runs[0]!.results.every((x) => x.ruleId === 'github-classic-token' && /^[0-9a-f]{40}$/.test(x.properties?.commit ?? '')),
        ).toBe(true);
      }
      rmSync(path.join(r.dir, out));
    }
  });

  it('limits history with a range, --branch, --since and --until', () => {
    // Only what c.creds..HEAD introduced: the creds file's removal, a.txt/b.txt, the re-introduction.
    const range = auditJson(r, [`${c.creds}..HEAD`]).report;
    expect(range.findings.map((f) => f.path).sort()).toEqual(['a.txt', 'b.txt', 'src/config.js']);
    expect(findingFor(range, 'src/config.js', t.a!)).toMatchObject({ commit: c.reintroduced });
    expect(range.notes?.[0]).toMatch(/^scanned history of [0-9a-f]{40}\.\.HEAD: 4 commits/);

    const branch = auditJson(r, ['--branch', 'main']).report;
    expect(branch.findings).toHaveLength(4);

    // Every commit here is from today: all of them since 2000, none until 2000.
    expect(auditJson(r, ['--since', '2000-01-01']).report.findings).toHaveLength(4);
    const none = auditJson(r, ['--until', '2000-01-01']);
    expect(none.run.code).toBe(0);
    expect(none.report.stats.commits).toBe(0);
  });

  it('exit 2 with a message for a bad revision or an option-looking one', () => {
    const bad = audit(r, ['no-such-branch']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad revision|unknown revision/);
    const option = audit(r, ['--branch=--output=x']);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/not a revision or range/);
    const format = audit(r, ['--format', 'xml']);
    expect(format.code).toBe(2);
  });

  it('an allow-listed fingerprint is not reported', () => {
    const { report } = auditJson(r);
    const fp = findingFor(report, 'old/creds.txt', t.b!)!.fingerprint;
    r.write('.secret-hooks.json', JSON.stringify({ allow: { fingerprints: [fp] } }));
    try {
      const again = auditJson(r).report;
      expect(again.findings).toHaveLength(3);
      expect(findingFor(again, 'old/creds.txt', t.b!)).toBeUndefined();
    } finally {
      rmSync(path.join(r.dir, '.secret-hooks.json'));
    }
  });
});

describe('audit: branches, tags, merges', () => {
  let r: TempRepo;
  const t: Record<string, string> = {};
  const c: Record<string, string> = {};

  beforeAll(() => {
    r = repo();
    r.write('conflict.txt', 'base\n');
    r.write('app.js', 'console.log(1);\n');
    c.base = r.commitAll('base');

    // A branch merged with --no-ff: the secret was introduced on the branch, not by the merge.
    t.merged = token();
    r.git('checkout', '-q', '-b', 'feature');
    r.write('feat.txt', `token=${t.merged}\n`);
    c.feature = r.commitAll('feature adds a token');
    r.git('checkout', '-q', 'main');
    r.git('merge', '-q', '--no-ff', '-m', 'merge feature', 'feature');

    // A conflict whose resolution holds a secret neither side had: only the merge commit introduced it.
    t.resolution = token();
    r.git('checkout', '-q', '-b', 'side');
    r.write('conflict.txt', 'side change\n');
    r.commitAll('side changes conflict.txt');
    r.git('checkout', '-q', 'main');
    r.write('conflict.txt', 'main change\n');
    r.commitAll('main changes conflict.txt');
    expect(r.tryGit(['merge', '-q', 'side']).code).not.toBe(0);
    r.write('conflict.txt', `resolved\nsecret ${t.resolution}\n`);
    c.resolution = r.commitAll('merge side, resolving the conflict');

    // A clean merge that adds a file of its own ("evil merge").
    t.evil = token();
    r.git('checkout', '-q', '-b', 'clean', c.base);
    r.write('clean.txt', 'clean\n');
    r.commitAll('clean branch');
    r.git('checkout', '-q', 'main');
    r.git('merge', '-q', '--no-commit', 'clean');
    r.write('evil.txt', `${t.evil}\n`);
    c.evil = r.commitAll('merge clean');

    // A branch never merged, a commit only a tag reaches, and a remote-tracking ref.
    t.unmerged = token();
    r.git('checkout', '-q', '-b', 'wip');
    r.write('wip.txt', `wip ${t.unmerged}\n`);
    c.unmerged = r.commitAll('wip');
    t.tagged = token();
    r.git('checkout', '-q', '--detach', c.base);
    r.write('release.cfg', `token: ${t.tagged}\n`);
    c.tagged = r.commitAll('release build');
    r.git('tag', '-a', '-m', 'release', 'v1.0');
    t.remote = token();
    r.write('remote.txt', `${t.remote}\n`);
    c.remote = r.commitAll('only on a remote');
    r.git('update-ref', 'refs/remotes/origin/topic', c.remote);
    r.git('checkout', '-q', 'main');
  });

  it('finds every secret on every ref, attributed to the commit that introduced it', () => {
    const { run, report } = auditJson(r);
    expect(run.code).toBe(1);
    expect(findingFor(report, 'feat.txt', t.merged!)).toMatchObject({ commit: c.feature, presentAtHead: true });
    expect(findingFor(report, 'conflict.txt', t.resolution!)).toMatchObject({ commit: c.resolution, line: 2, presentAtHead: true });
    expect(findingFor(report, 'evil.txt', t.evil!)).toMatchObject({ commit: c.evil, presentAtHead: true });
    expect(findingFor(report, 'wip.txt', t.unmerged!)).toMatchObject({ commit: c.unmerged, presentAtHead: false });
    expect(findingFor(report, 'release.cfg', t.tagged!)).toMatchObject({ commit: c.tagged, presentAtHead: false });
    expect(findingFor(report, 'remote.txt', t.remote!)).toMatchObject({ commit: c.remote, presentAtHead: false });
    expect(report.findings).toHaveLength(6);
    expect(report.notes?.[0]).toMatch(/every ref: 5 branches, 1 tag, 1 remote-tracking ref/);
  });

  it('--branch limits the audit to one branch', () => {
    const { report } = auditJson(r, ['--branch', 'main']);
    expect(report.findings.map((f) => f.path).sort()).toEqual(['conflict.txt', 'evil.txt', 'feat.txt']);
  });
});

describe('audit: contents', () => {
  it('finds a key inside a binary file (NUL bytes around it)', () => {
    const r = repo();
    const secret = token();
    const bytes = Buffer.concat([Buffer.from([0, 1, 2, 0, 255, 0]), Buffer.from(`key=${secret}`), Buffer.from([0, 0, 7, 0])]);
    r.write('assets/app.db', bytes);
    r.commitAll('binary');
    const { run, report } = auditJson(r);
    expect(run.code).toBe(1);
    expect(findingFor(report, 'assets/app.db', secret)).toMatchObject({ presentAtHead: true });
  });

  it('applies path-specific rules by path, even to the same content (one blob) at two paths', () => {
    const r = repo();
    const value = fake.uuid();
    secrets.push(value);
    const text = `//registry.npmjs.org/:_authToken=${value}\n`;
    // The npmrc rule runs on .npmrc files only: in the docs this line is an example, not a credential.
    r.write('docs/publishing.md', text);
    r.commitAll('docs');
    r.write('.npmrc', text);
    const added = r.commitAll('npmrc');
    expect(rev(r, 'HEAD:.npmrc')).toBe(rev(r, 'HEAD:docs/publishing.md'));
    const { run, report } = auditJson(r);
    expect(run.code).toBe(1);
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: 'npmrc-auth-token', path: '.npmrc', commit: added, line: 1 })]);
  });

  it('--verbose says why candidates were dropped, from the scanning thread, without the candidate', () => {
    const r = repo();
    const bad = fake.badCrc32Token('ghp_', 30);
    secrets.push(bad);
    r.write('bad.txt', `token ${bad}\n`);
    r.commitAll('a token with a wrong checksum');
    const run = audit(r, ['--verbose']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/dropped github-classic-token at bad\.txt:1: failed validation/);
  });

  it('a forbidden file in history is reported once, at the commit that added it', () => {
    const r = repo();
    r.write('.env', 'A=1\n');
    const added = r.commitAll('add .env');
    r.write('.env', 'A=2\n');
    r.commitAll('edit .env');
    r.git('rm', '-q', '.env');
    r.commitAll('remove .env');
    const { run, report } = auditJson(r);
    expect(run.code).toBe(1);
    expect(report.findings).toEqual([
      expect.objectContaining({ path: '.env', line: 1, commit: added, presentAtHead: false, redacted: '(file)' }),
    ]);
  });

  it('skips and counts files over maxFileBytes; notes submodules without following them', () => {
    const r = repo();
    const secret = token();
    r.write('big.txt', `${'x'.repeat(4000)}\n${secret}\n`);
    r.write('small.txt', 'fine\n');
    r.commitAll('big file');
    // A gitlink (what `git submodule add` records), pointing at some commit of another repository.
    r.git('update-index', '--add', '--cacheinfo', `160000,${'1'.repeat(40)},vendor/lib`);
    r.git('commit', '-q', '--no-verify', '-m', 'add submodule');
    r.write('.secret-hooks.json', JSON.stringify({ maxFileBytes: 1000 }));
    const { run, report } = auditJson(r);
    expect(run.code).toBe(0);
    expect(report.findings).toEqual([]);
    expect(report.partial).toBeUndefined();
    expect(report.skipped).toEqual([
      expect.objectContaining({ path: 'big.txt', reason: expect.stringMatching(/larger than the 1000-byte limit/) }),
    ]);
    expect(report.notes).toContainEqual(expect.stringMatching(/1 blob larger than maxFileBytes/));
    expect(report.notes).toContainEqual(expect.stringMatching(/1 submodule noted, not followed.*vendor\/lib/));
  });
});

describe('audit: robust on real repositories', () => {
  it('an empty repository is a clean result', () => {
    const r = repo();
    const text = audit(r);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/empty repository/);
    const { run, report } = auditJson(r);
    expect(run.code).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it("outside a repository: exit 2 with git's message", () => {
    const r = repo({ init: false });
    const run = audit(r);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/not a git repository/);
  });

  it('a missing blob is reported and skipped; everything else is scanned; the result says it is partial', () => {
    const r = repo();
    const secret = token();
    r.write('clean.txt', 'one\n');
    const first = r.commitAll('one');
    r.write('clean.txt', 'two\n');
    r.write('secret.txt', `${secret}\n`);
    r.commitAll('two');
    const lost = rev(r, `${first}:clean.txt`);
    deleteObject(r, lost);

    const { run, report } = auditJson(r);
    expect(run.code).toBe(1); // findings win over "partial"
    expect(findingFor(report, 'secret.txt', secret)).toBeDefined();
    expect(report.partial).toMatch(/1 object was missing or unreadable/);
    expect(report.skipped).toEqual([
      expect.objectContaining({ path: 'clean.txt', commit: first, reason: expect.stringMatching(/missing/) }),
    ]);

    // Without findings, a partial result cannot claim "clean": exit 2.
    r.git('rm', '-q', 'secret.txt');
    r.commitAll('remove the secret');
    const text = audit(r, [], { SECRET_HOOKS_AUDIT_WORKERS: '0' });
    expect(text.stdout).toMatch(/PARTIAL RESULT/);
    const clean = repo();
    clean.write('a.txt', 'a\n');
    const c1 = clean.commitAll('a');
    clean.write('a.txt', 'b\n');
    clean.commitAll('b');
    deleteObject(clean, rev(clean, `${c1}:a.txt`));
    const partialOnly = audit(clean, ['--format', 'json']);
    expect(partialOnly.code).toBe(2);
    expect((JSON.parse(partialOnly.stdout) as JsonReport).partial).toBeTruthy();
  });

  it('a damaged pack: git dies on one object, that object is skipped, the rest is scanned', () => {
    const r = repo();
    const secret = token();
    for (const f of ['a', 'b', 'c']) r.write(`${f}.txt`, `${fake.digits(4000).replace(/(.{60})/g, '$1\n')}\n`);
    r.write('d.txt', `${secret}\n`);
    const c1 = r.commitAll('files');
    r.git('gc', '-q');
    const victim = rev(r, 'HEAD:b.txt');
    const pack = r.git('rev-parse', '--git-path', 'objects/pack').trim();
    const idx = readdirSync(path.join(r.dir, pack)).find((f) => f.endsWith('.idx'))!;
    const line = r
      .git('verify-pack', '-v', path.join(pack, idx))
      .split('\n')
      .find((l) => l.startsWith(victim))!;
    const offset = Number(line.trim().split(/\s+/)[4]);
    // Garble the middle of the object's compressed data: git cat-file then dies with "is corrupt".
    const file = path.join(r.dir, pack, idx.replace(/\.idx$/, '.pack'));
    chmodSync(file, 0o644);
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(8, 0xff), 0, 8, offset + 20);
    closeSync(fd);
    expect(r.tryGit(['cat-file', '-p', victim]).code).not.toBe(0);

    const { run, report } = auditJson(r);
    expect(run.code).toBe(1);
    expect(findingFor(report, 'd.txt', secret)).toMatchObject({ commit: c1 });
    expect(report.stats.blobs).toBe(3);
    expect(report.skipped).toEqual([expect.objectContaining({ path: 'b.txt', reason: expect.stringMatching(/unreadable: .*corrupt/) })]);
    expect(report.partial).toMatch(/1 object was missing or unreadable/);
  });

  it('a spill file that cannot grow (a full disk, say): all is asked again through a pipe, nothing blamed or skipped', () => {
    if (process.platform === 'win32') return; // no spill file there
    const r = repo();
    const secret = token();
    for (const f of ['a', 'b', 'c', 'd']) r.write(`${f}.txt`, `${fake.digits(4000).replace(/(.{60})/g, '$1\n')}\n`);
    r.write('e.txt', `${secret}\n`);
    const c1 = r.commitAll('files');
    const normal = auditJson(r).report;
    // A file size limit (ulimit -f, in KiB) that git's spill file passes: git is stopped by SIGXFSZ
    // part-way, as it would fail on a full disk. Pipes are not files, so the retry through one works.
    const limited = spawnSync('bash', ['-c', `ulimit -f 8 && exec "${process.execPath}" "${CLI}" audit --format json`], {
      cwd: r.dir,
      env: TEST_ENV,
      encoding: 'utf8',
    });
    expectNoLeak(limited.stdout + limited.stderr);
    expect(limited.status).toBe(1);
    const report = JSON.parse(limited.stdout) as JsonReport;
    expect(findingFor(report, 'e.txt', secret)).toMatchObject({ commit: c1 });
    expect(report.stats.blobs).toBe(5);
    expect(report.skipped ?? []).toEqual([]);
    expect(report.partial).toBeUndefined();
    expect(report.findings).toEqual(normal.findings);
  });

  it('a missing tree costs one commit: the walk resumes after it', () => {
    const r = repo();
    const before = token();
    const after = token();
    r.write('first.txt', `${before}\n`);
    const c1 = r.commitAll('first');
    r.write('dir/x.txt', 'x\n');
    const c2 = r.commitAll('add dir');
    r.write('last.txt', `${after}\n`);
    const c3 = r.commitAll('last');
    // `dir` appears in c2 and is unchanged in c3, so only diffing c2 needs its tree.
    deleteObject(r, rev(r, `${c2}:dir`));

    const { run, report } = auditJson(r);
    expect(run.code).toBe(1);
    expect(findingFor(report, 'first.txt', before)).toMatchObject({ commit: c1 });
    expect(findingFor(report, 'last.txt', after)).toMatchObject({ commit: c3 });
    expect(report.partial).toMatch(/1 commit could not be read/);
    expect(report.skipped).toContainEqual(expect.objectContaining({ commit: c2, reason: expect.stringMatching(/commit not scanned/) }));
  });

  it('a missing commit cuts the history: what git can reach is scanned, and the report says where it stopped', () => {
    const r = repo();
    for (let i = 1; i <= 3; i++) {
      r.write(`f${i}.txt`, `${i}\n`);
      r.commitAll(`c${i}`);
    }
    const secret = token();
    r.write('late.txt', `${secret}\n`);
    const tip = r.commitAll('late');
    deleteObject(r, rev(r, 'HEAD~2'));
    const { run, report } = auditJson(r);
    expect(run.code).toBe(1);
    expect(findingFor(report, 'late.txt', secret)).toMatchObject({ commit: tip });
    expect(report.partial).toMatch(/the history walk stopped early \(.*Could not read.*\): commits git could not reach were not scanned/);
  });

  it('a shallow clone is scanned as far as it goes, and the report says it is shallow', () => {
    const origin = repo();
    const old = token();
    const kept = token();
    origin.write('old.txt', `${old}\n`);
    origin.commitAll('old secret');
    origin.git('rm', '-q', 'old.txt');
    origin.commitAll('remove it');
    origin.write('kept.txt', `${kept}\n`);
    origin.commitAll('kept secret');
    origin.write('n.txt', '1\n');
    const tip = origin.commitAll('later');

    const clone = repo({ init: false });
    execFileSync('git', ['clone', '-q', '--depth', '2', `file://${origin.dir}`, clone.dir], { env: TEST_ENV, stdio: 'pipe' });
    const { run, report } = auditJson(clone);
    expect(run.code).toBe(1);
    expect(report.findings.map((f) => f.path)).toEqual(['kept.txt']);
    expect(report.notes).toContainEqual(expect.stringMatching(/^shallow clone/));
    expect(report.stats.commits).toBe(2);
    // kept.txt came in before the boundary: the boundary commit is the oldest this clone knows.
    expect(report.findings[0]).toMatchObject({ presentAtHead: true });
    expect(rev(clone)).toBe(tip);
  });
});

describe('audit: progress bar', () => {
  const script = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

  it.runIf(script)('draws a progress bar on a terminal, and none with CI set', () => {
    const r = repo();
    r.write('a.txt', 'a\n');
    r.commitAll('a');
    const { CI: _ci, ...env } = TEST_ENV;
    // `script` gives the CLI a pseudo-terminal for stdout and stderr, as a person's shell would.
    const run = (extra: NodeJS.ProcessEnv) =>
      spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} audit`, '/dev/null'], {
        cwd: r.dir,
        env: { ...env, ...extra },
        encoding: 'utf8',
      });
    const tty = run({});
    expect(tty.stdout).toMatch(/auditing .*commits/);
    const ci = run({ CI: 'true' });
    expect(ci.stdout).not.toMatch(/auditing/);
    expect(ci.stdout).toMatch(/no secrets found/);
  });
});
