import { readFileSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFake } from '../support/fake.ts';
import { CLI, TempRepo, leaked } from '../support/git-repo.ts';
import { buildOnce } from '../support/build-once.ts';

// `scan --staged` through a real pre-commit hook in real temporary repositories.
const fake = createFake('staged');
const token = () => fake.crc32Token('ghp_', 30);
const repos: TempRepo[] = [];
const secrets: string[] = [];

function repo(): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  const hook = path.join(r.dir, '.git/hooks/pre-commit');
  writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" scan --staged\n`);
  chmodSync(hook, 0o755);
  return r;
}
function gh(): string {
  const t = token();
  secrets.push(t);
  return t;
}
/** git commit through the hook; git sends a pre-commit hook's stdout to stderr, so both are joined. */
function commit(r: TempRepo, message = 'change') {
  const run = r.tryGit(['commit', '-q', '-m', message]);
  return { ...run, stdout: run.stdout + run.stderr };
}

beforeAll(() => buildOnce());
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

describe('pre-commit: scan --staged', () => {
  it('blocks the first commit of an empty repository when it holds a secret, redacted', () => {
    const r = repo();
    const t = gh();
    r.write('src/config.js', `export const token = "${t}";\n`);
    r.git('add', '-A');
    const run = commit(r);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('github-classic-token');
    expect(run.stdout).toContain('src/config.js:1:');
    expect(run.stdout).toMatch(/ghp_…[A-Za-z0-9]{4}/);
    expect(run.stdout).toMatch(/commit blocked/);
    expect(leaked(run, [t])).toEqual([]);
    expect(() => r.git('rev-parse', 'HEAD')).toThrow();
  });

  it('lets a clean first commit through', () => {
    const r = repo();
    r.write('README.md', '# hello\n');
    r.git('add', '-A');
    expect(commit(r).code).toBe(0);
  });

  it('does not block on a secret that was committed earlier and is untouched', () => {
    const r = repo();
    r.write('config.js', `const a = 1;\nconst token = "${gh()}";\n`);
    r.commitAll('legacy');
    r.write('config.js', `const a = 2;\nconst token = "${secrets.at(-1)}";\n`);
    r.git('add', '-A');
    expect(commit(r).code).toBe(0);
  });

  it('blocks a renamed file only for the lines it adds', () => {
    const r = repo();
    const old = gh();
    r.write('c/.keep', '');
    r.write('a/config.js', `line1\nconst token = "${old}";\nline3\nline4\nline5\n`);
    r.commitAll('legacy');
    r.git('mv', 'a/config.js', 'a/settings.js');
    expect(commit(r, 'rename only').code).toBe(0);
    const fresh = gh();
    r.git('mv', 'a/settings.js', 'c/settings.js');
    r.write('c/settings.js', `line1\nconst token = "${old}";\nline3\nline4\nline5\nconst other = "${fresh}";\n`);
    r.git('add', '-A');
    const run = r.cli(['scan', '--staged', '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Array<{ path: string; line: number }> };
    expect(report.findings.map((f) => `${f.path}:${f.line}`)).toEqual(['c/settings.js:6']);
  });

  it('never blocks a deletion', () => {
    const r = repo();
    r.write('keys.txt', `token=${gh()}\nother\n`);
    r.write('keep.txt', `token=${gh()}\nother\n`);
    r.commitAll('legacy');
    r.git('rm', '-q', 'keys.txt');
    r.write('keep.txt', 'other\n');
    r.git('add', '-A');
    expect(commit(r).code).toBe(0);
  });

  it('checks what is staged, not the working tree (git add -p)', () => {
    const r = repo();
    r.write('app.js', 'const a = 1;\n');
    r.commitAll('init');
    const t = gh();
    r.write('app.js', `const a = 1;\nconst t = "${t}";\n`);
    r.git('add', 'app.js');
    r.write('app.js', 'const a = 1;\nconst t = process.env.TOKEN;\n');
    const blocked = commit(r);
    expect(blocked.code).toBe(1);
    expect(leaked(blocked, [t])).toEqual([]);
    // And the reverse: a secret only in the working tree does not block.
    r.git('add', 'app.js');
    r.write('app.js', `const a = 1;\nconst t = "${gh()}";\n`);
    expect(commit(r).code).toBe(0);
  });

  it('finds a multi-line private key whole and reports it once', () => {
    const r = repo();
    r.write('deploy/key.txt', `# deploy key\n${fake.pem('RSA PRIVATE KEY')}`);
    r.git('add', '-A');
    const run = r.cli(['scan', '--staged', '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Array<{ ruleId: string; line: number; endLine: number }> };
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]!.line).toBe(2);
    expect(report.findings[0]!.endLine).toBeGreaterThan(10);
  });

  it('blocks a staged .env but accepts a placeholder-only .env.example', () => {
    const r = repo();
    r.write(
      '.env.example',
      [
        'STRIPE_SECRET_KEY=sk_test_xxxxxx',
        'SENDGRID_API_KEY=SG.xxxxxx',
        'GITHUB_TOKEN=ghp_xxxxxx',
        'SESSION_SECRET=replace-me',
        'DATABASE_URL=postgres://app_user:replace-me@localhost:5432/app_dev',
        'API_KEY=${API_KEY}',
        'DEPLOY_TOKEN=${{ secrets.DEPLOY_TOKEN }}',
        'OPENAI_API_KEY=process.env.OPENAI_API_KEY',
        '',
      ].join('\n'),
    );
    r.git('add', '-A');
    const ok = commit(r);
    expect(ok.stdout + ok.stderr).not.toMatch(/✖/);
    expect(ok.code).toBe(0);
    r.write('.env', 'PORT=3000\n');
    r.git('add', '-A');
    const run = commit(r);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('env-file');
  });

  it('handles odd file names (spaces, unicode, quotes, leading dash, newline)', () => {
    const r = repo();
    const names = ['with space.txt', 'ünïcødé/ファイル.txt', `quote"d.txt`, '-dash.txt', 'tab\there.txt', 'new\nline.txt'];
    for (const n of names) r.write(n, `token = "${gh()}"\n`);
    r.git('add', '-A');
    const run = r.cli(['scan', '--staged', '--format', 'json']);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Array<{ path: string }> };
    expect(report.findings.map((f) => f.path).sort()).toEqual([...names].sort());
    expect(leaked(run, secrets)).toEqual([]);
  });

  it('scans binary files for text keys and skips (and names) files over the size limit', () => {
    const r = repo();
    const t = gh();
    r.write('blob.bin', Buffer.concat([Buffer.from([0, 1, 2, 3, 0]), Buffer.from(`key=${t}`), Buffer.from([0, 255])]));
    r.write('huge.txt', `${'a'.repeat(2000)}\n`);
    r.write('.secret-hooks.json', JSON.stringify({ maxFileBytes: 1000 }));
    r.git('add', '-A');
    const run = r.cli(['scan', '--staged']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('blob.bin');
    expect(run.stdout).toMatch(/not scanned: huge\.txt: larger than/);
    expect(leaked(run, [t])).toEqual([]);
  });

  it('honours secret-hooks:allow comments', () => {
    const r = repo();
    r.write('a.py', `TOKEN = "${gh()}"  # secret-hooks:allow\n# secret-hooks:allow-next-line\nOTHER = "${gh()}"\n`);
    r.git('add', '-A');
    expect(commit(r).code).toBe(0);
  });

  it('never modifies the index or the working tree', () => {
    const r = repo();
    r.write('a.txt', `token=${gh()}\n`);
    r.write('b.txt', 'clean\n');
    r.git('add', '-A');
    const index = path.join(r.dir, '.git/index');
    const status = r.git('status', '--porcelain'); // refreshes the index itself, so it runs first
    const before = { bytes: readFileSync(index), mtime: statSync(index).mtimeMs, status };
    r.cli(['scan', '--staged']);
    expect(readFileSync(index).equals(before.bytes)).toBe(true);
    expect(statSync(index).mtimeMs).toBe(before.mtime);
    expect(r.git('status', '--porcelain')).toBe(before.status);
  });

  it('fails closed: an error blocks with exit 2 and says how to get past it', () => {
    const r = repo();
    r.write('a.txt', 'x\n');
    r.git('add', '-A');
    r.write('.secret-hooks.json', '{ "disable": ["no-such-rule"] }');
    const run = commit(r);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/unknown rule "no-such-rule"/);
    expect(run.stderr).toMatch(/blocked/);
    expect(run.stderr).toMatch(/--no-verify/);
    const direct = r.cli(['scan', '--staged']);
    expect(direct.code).toBe(2);
  });

  it('exits 2 outside a git repository (hook fails closed)', () => {
    const r = new TempRepo({ init: false });
    repos.push(r);
    const run = r.cli(['scan', '--staged']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/git failed/);
  });
});
