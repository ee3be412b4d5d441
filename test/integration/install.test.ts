import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFake } from '../support/fake.ts';
import { CLI, leaked, TempRepo, TEST_ENV, type RunResult } from '../support/git-repo.ts';

// `secret-hooks install` / `uninstall` in real temp repositories, driven through real git: the hooks
// run because git runs them, with the built CLI (dist/cli.cjs) linked where npm would put it.

const token = createFake('install-test').crc32Token('ghp_', 30);
const repos: TempRepo[] = [];

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "node scripts/build.mjs --no-types" first`);
});
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

/** A repository with a first commit and the CLI at node_modules/.bin/secret-hooks (kept out of git). */
function repo(): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  r.write('README.md', '# test\n');
  r.commitAll('init');
  linkTool(r);
  writeFileSync(path.join(r.dir, '.git/info/exclude'), 'node_modules/\n');
  return r;
}

function linkTool(r: TempRepo): void {
  mkdirSync(path.join(r.dir, 'node_modules/.bin'), { recursive: true });
  symlinkSync(CLI, path.join(r.dir, 'node_modules/.bin/secret-hooks'));
}

/** git with extra environment (TempRepo.tryGit has a fixed one). */
function git(r: TempRepo, args: string[], env: NodeJS.ProcessEnv = {}): RunResult {
  const p = spawnSync('git', args, { cwd: r.dir, env: { ...TEST_ENV, ...env }, encoding: 'utf8', input: '' });
  return { code: p.status ?? -1, stdout: p.stdout, stderr: p.stderr };
}

function snapshot(file: string): { bytes: Buffer; mode: number } {
  return { bytes: readFileSync(file), mode: lstatSync(file).mode };
}

describe('secret-hooks install (no husky)', () => {
  it('installs into .git/hooks: a commit adding a GitHub token is refused, redacted; a clean commit passes', () => {
    const r = repo();
    const install = r.cli(['install']);
    expect(install.code, install.stderr).toBe(0);
    expect(install.stdout).toContain('.git/hooks/pre-commit  installed');
    expect(install.stdout).toContain('.git/hooks/pre-push    installed');

    r.write('src/config.js', `export const token = '${token}';\n`);
    r.git('add', 'src/config.js');
    const refused = git(r, ['commit', '-m', 'add config']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('github-classic-token');
    expect(refused.stderr).toContain('commit blocked');
    expect(leaked(refused, [token])).toEqual([]);
    expect(r.git('rev-list', '--count', 'HEAD').trim()).toBe('1');

    r.write('src/config.js', 'export const token = process.env.GITHUB_TOKEN;\n');
    r.git('add', 'src/config.js');
    const clean = git(r, ['commit', '-m', 'read the token from the environment']);
    expect(clean.code, clean.stderr).toBe(0);
    expect(clean.stderr).toContain('no secrets found');
  });

  it('respects core.hooksPath', () => {
    const r = repo();
    r.git('config', 'core.hooksPath', '.githooks');
    const install = r.cli(['install']);
    expect(install.code, install.stderr).toBe(0);
    expect(install.stdout).toContain('hooks folder .githooks (core.hooksPath)');
    expect(existsSync(path.join(r.dir, '.githooks/pre-commit'))).toBe(true);
    expect(existsSync(path.join(r.dir, '.git/hooks/pre-commit'))).toBe(false);

    r.write('.env.local', `GITHUB_TOKEN=${token}\n`);
    r.git('add', '.env.local');
    const refused = git(r, ['commit', '-m', 'env']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('env-file');
    expect(leaked(refused, [token])).toEqual([]);
  });

  it('chains an existing pre-commit hook (both run) and uninstall restores it byte for byte', () => {
    const r = repo();
    const hook = path.join(r.dir, '.git/hooks/pre-commit');
    // Mode 0750 and no final newline: details a rewrite would lose.
    writeFileSync(hook, '#!/bin/sh\necho "team hook ran" >&2');
    chmodSync(hook, 0o750);
    const before = snapshot(hook);

    const install = r.cli(['install']);
    expect(install.stdout).toContain('moved to pre-commit.pre-secret-hooks');
    r.write('a.txt', 'a\n');
    r.git('add', 'a.txt');
    const ok = git(r, ['commit', '-m', 'a']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('team hook ran');
    expect(ok.stderr).toContain('no secrets found');

    r.write('b.txt', `${token}\n`);
    r.git('add', 'b.txt');
    const refused = git(r, ['commit', '-m', 'b']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('team hook ran');
    expect(leaked(refused, [token])).toEqual([]);

    const uninstall = r.cli(['uninstall']);
    expect(uninstall.code, uninstall.stderr).toBe(0);
    expect(uninstall.stdout).toContain('removed; the previous hook is back');
    expect(snapshot(hook)).toEqual(before);
    expect(existsSync(`${hook}.pre-secret-hooks`)).toBe(false);
    expect(existsSync(path.join(r.dir, '.git/hooks/pre-push'))).toBe(false);
  });

  it('is idempotent: a second install and a second uninstall change nothing and say so', () => {
    const r = repo();
    r.cli(['install']);
    const files = ['pre-commit', 'pre-push'].map((h) => path.join(r.dir, '.git/hooks', h));
    const first = files.map(snapshot);
    const again = r.cli(['install']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing to change');
    expect(files.map(snapshot)).toEqual(first);

    expect(r.cli(['uninstall']).code).toBe(0);
    const twice = r.cli(['uninstall']);
    expect(twice.code).toBe(0);
    expect(twice.stdout).toContain('Nothing to change');
  });

  it('pre-push: refuses a push of a commit with a secret (made with --no-verify), passes the ref lines to a chained hook', () => {
    const r = repo();
    const remote = new TempRepo({ bare: true });
    repos.push(remote);
    r.git('remote', 'add', 'origin', remote.dir);
    const oldHook = path.join(r.dir, '.git/hooks/pre-push');
    writeFileSync(oldHook, '#!/bin/sh\necho "old pre-push: $1 $(wc -l)" >&2\n');
    chmodSync(oldHook, 0o755);
    r.cli(['install']);

    r.write('deploy.sh', `curl -H "Authorization: token ${token}" https://api.github.com/user\n`);
    r.commitAll('deploy script');
    const refused = git(r, ['push', 'origin', 'HEAD:refs/heads/main']);
    expect(refused.code).toBe(1);
    // git passes a pre-push hook's stdout through as its own stdout (a pre-commit hook's goes to stderr).
    expect(refused.stdout).toContain('push refused');
    expect(refused.stdout + refused.stderr).not.toContain('old pre-push');
    expect(leaked(refused, [token])).toEqual([]);

    r.git('reset', '-q', '--hard', 'HEAD~1');
    r.write('deploy.sh', 'curl -H "Authorization: token $GITHUB_TOKEN" https://api.github.com/user\n');
    r.commitAll('deploy script');
    const pushed = git(r, ['push', 'origin', 'HEAD:refs/heads/main']);
    expect(pushed.code, pushed.stderr).toBe(0);
    expect(pushed.stderr).toMatch(/old pre-push: origin\s+1\n/);
  });

  it('SECRET_HOOKS=0 skips the check, loudly', () => {
    const r = repo();
    r.cli(['install']);
    r.write('b.txt', `${token}\n`);
    r.git('add', 'b.txt');
    const skipped = git(r, ['commit', '-m', 'b'], { SECRET_HOOKS: '0' });
    expect(skipped.code, skipped.stderr).toBe(0);
    expect(skipped.stderr).toContain('secret-hooks: SKIPPED — SECRET_HOOKS=0');
  });

  it('fails closed with exit 127 and a clear message when the tool is missing', () => {
    const r = repo();
    r.cli(['install']);
    unlinkSync(path.join(r.dir, 'node_modules/.bin/secret-hooks'));
    // `git hook run` returns the hook's own exit code; `git commit` turns any failure into 1.
    const hook = git(r, ['hook', 'run', 'pre-commit']);
    expect(hook.code).toBe(127);
    expect(hook.stderr).toContain('secret-hooks is not installed');
    expect(hook.stderr).toContain('run npm install');
    expect(hook.stderr).toContain('SECRET_HOOKS=0 git commit');
    r.write('a.txt', 'a\n');
    r.git('add', 'a.txt');
    expect(git(r, ['commit', '-m', 'a']).code).toBe(1);
  });

  it('refuses to write into husky’s runner folder, and points to init', () => {
    const r = repo();
    mkdirSync(path.join(r.dir, '.husky/_'), { recursive: true });
    writeFileSync(path.join(r.dir, '.husky/_/h'), '');
    r.git('config', 'core.hooksPath', '.husky/_');
    const install = r.cli(['install']);
    expect(install.code).toBe(2);
    expect(install.stderr).toContain('secret-hooks init');
  });

  it('uninstall leaves a hook it did not write, and one of its own that was edited (unless --force)', () => {
    const r = repo();
    r.cli(['install']);
    const hook = path.join(r.dir, '.git/hooks/pre-commit');
    writeFileSync(hook, `${readFileSync(hook, 'utf8')}echo "my own addition"\n`);
    const refused = r.cli(['uninstall']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('edited after install');
    expect(existsSync(hook)).toBe(true);
    expect(r.cli(['uninstall', '--force']).code).toBe(0);
    expect(existsSync(hook)).toBe(false);

    writeFileSync(hook, '#!/bin/sh\nexit 0\n');
    const foreign = r.cli(['uninstall']);
    expect(foreign.code).toBe(0);
    expect(foreign.stdout).toContain('not installed by secret-hooks');
    expect(readFileSync(hook, 'utf8')).toBe('#!/bin/sh\nexit 0\n');
  });
});
