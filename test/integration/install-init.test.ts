import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFake } from '../support/fake.ts';
import { CLI, leaked, PROJECT_ROOT, TempRepo, TEST_ENV, type RunResult } from '../support/git-repo.ts';

// `secret-hooks init` in real temp repositories. husky comes from this project's node_modules,
// linked where npm would install it, so that init can run it the way `prepare` does; the packed,
// npm-installed version of this flow is test/integration/pack.test.ts.

const token = createFake('init-test').crc32Token('ghp_', 30);
const HUSKY = path.join(PROJECT_ROOT, 'node_modules/husky');
const repos: TempRepo[] = [];

beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "node scripts/build.mjs --no-types" first`);
});
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

function teamRepo(files: Record<string, string>): TempRepo {
  const r = new TempRepo();
  repos.push(r);
  for (const [f, c] of Object.entries(files)) r.write(f, c);
  r.commitAll('init');
  return r;
}

/** What `npm install` would leave: husky and secret-hooks under `<pkg>/node_modules`. */
function linkPackages(r: TempRepo, pkg = '.'): void {
  const nm = path.join(r.dir, pkg, 'node_modules');
  mkdirSync(path.join(nm, '.bin'), { recursive: true });
  symlinkSync(HUSKY, path.join(nm, 'husky'));
  symlinkSync(CLI, path.join(nm, '.bin/secret-hooks'));
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): RunResult {
  const p = spawnSync(cmd, args, { cwd, env: { ...TEST_ENV, ...env }, encoding: 'utf8', input: '' });
  return { code: p.status ?? -1, stdout: p.stdout, stderr: p.stderr };
}

const init = (r: TempRepo, sub = '.') => run(process.execPath, [CLI, 'init'], path.join(r.dir, sub));
const read = (r: TempRepo, f: string) => readFileSync(path.join(r.dir, f), 'utf8');
const TEAM_FILES = {
  'package.json': '{\n  "name": "team-app",\n  "scripts": {\n    "prepare": "tsc -p ."\n  }\n}\n',
  '.husky/pre-commit': 'npx lint-staged\n',
  '.gitignore': 'node_modules/\n',
};

describe('secret-hooks init', () => {
  it("sets up a team repository, keeping the team's prepare script and pre-commit hook", () => {
    const r = teamRepo(TEAM_FILES);
    const first = init(r);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('scripts.prepare: "husky && tsc -p ." (husky added before your "tsc -p .")');
    expect(first.stdout).toContain('devDependencies: added husky ^9.1.7');
    expect(first.stdout).toContain('.husky/pre-commit  kept your commands; added secret-hooks scan --staged after them');
    expect(first.stdout).toContain('.husky/pre-push    created');
    expect(first.stdout).toContain('.gitignore         added .env, .env.*, !.env.example');
    expect(first.stdout).toContain('Next: run npm install');

    const pkg = JSON.parse(read(r, 'package.json')) as { scripts: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg.scripts.prepare).toBe('husky && tsc -p .');
    expect(pkg.devDependencies.husky).toBe('^9.1.7');
    const preCommit = read(r, '.husky/pre-commit');
    expect(preCommit.startsWith('npx lint-staged\n# >>> secret-hooks')).toBe(true);
    expect(preCommit).toContain('scan --staged');
    expect(read(r, '.husky/pre-push')).toContain('scan --pre-push "$1" "$2"');
    expect(read(r, '.gitignore')).toMatch(/^node_modules\/\n#.*\n\.env\n\.env\.\*\n!\.env\.example\n$/);

    const files = ['package.json', '.husky/pre-commit', '.husky/pre-push', '.gitignore'];
    const before = files.map((f) => read(r, f));
    const second = init(r);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('Nothing to change in the repository');
    expect(second.stdout).not.toMatch(/added|created/);
    expect(files.map((f) => read(r, f))).toEqual(before);
  });

  it('turns the hooks on with husky when it is installed: a secret is refused, the team line still runs', () => {
    const r = teamRepo({ ...TEAM_FILES, '.husky/pre-commit': 'echo "team pre-commit ran" >&2\n', '.gitignore': 'node_modules/\n' });
    linkPackages(r);
    const first = init(r);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('core.hooksPath     .husky/_, set by husky');
    expect(r.git('config', 'core.hooksPath').trim()).toBe('.husky/_');

    r.write('src/app.js', `const gh = "${token}";\n`);
    r.git('add', 'src/app.js');
    const refused = run('git', ['commit', '-m', 'app'], r.dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('team pre-commit ran');
    expect(refused.stderr).toContain('commit blocked');
    expect(leaked(refused, [token])).toEqual([]);

    r.write('src/app.js', 'const gh = process.env.GH_TOKEN;\n');
    r.git('add', 'src/app.js');
    const ok = run('git', ['commit', '-m', 'app'], r.dir);
    expect(ok.code, ok.stderr).toBe(0);

    const second = init(r);
    expect(second.stdout).toContain('Nothing to change: this repository is already set up.');
  });

  it('works for a package in a subfolder, run from there', () => {
    const r = teamRepo({ 'web/package.json': '{ "name": "web" }\n', 'README.md': '# monorepo\n' });
    linkPackages(r, 'web');
    const out = init(r, 'web');
    expect(out.code, out.stderr).toBe(0);
    expect(JSON.parse(read(r, 'web/package.json')).scripts.prepare).toBe('cd .. && husky web/.husky');
    expect(read(r, 'web/.husky/pre-commit')).toContain('b=web/node_modules/.bin/secret-hooks');
    expect(r.git('config', 'core.hooksPath').trim()).toBe('web/.husky/_');
    expect(read(r, '.gitignore')).toContain('\n.env\n');

    r.write('web/.env', 'SESSION_SECRET=local\n');
    r.git('add', '-f', 'web/.env');
    const refused = run('git', ['commit', '-m', 'env'], r.dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('env-file');
  });

  it('refuses clearly without a package.json, pointing to install', () => {
    const r = teamRepo({ 'README.md': '# no node here\n' });
    const out = init(r);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('no package.json');
    expect(out.stderr).toContain('secret-hooks install');
    expect(existsSync(path.join(r.dir, '.husky'))).toBe(false);
  });

  it('refuses an invalid package.json without touching anything', () => {
    const r = teamRepo({ 'package.json': '{ "name": "broken", }\n' });
    const out = init(r);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('package.json is not valid JSON');
    expect(read(r, 'package.json')).toBe('{ "name": "broken", }\n');
    expect(existsSync(path.join(r.dir, '.gitignore'))).toBe(false);
  });
});
