import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFake } from '../support/fake.ts';
import { leaked, PROJECT_ROOT, type RunResult } from '../support/git-repo.ts';

// What a new user does, end to end, as husky tests itself: pack this project, npm-install the
// tarball (and husky) into a fresh project, run `npx secret-hooks init`, then commit and push with
// real git through husky's runner. One npm install for the whole file: it is the slow part.
// Needs dist/ (node scripts/build.mjs --no-types) and the npm registry (or a warm npm cache).

const fake = createFake('pack-test');
const githubToken = fake.crc32Token('ghp_', 30);

let work: string;
let app: string;
let remote: string;
let env: NodeJS.ProcessEnv;
let packedFiles: string[] = [];

/**
 * The environment of a user's shell: no npm lifecycle variables inherited from `npm test` (with
 * npm_config_local_prefix, npm would install into this project instead of the temp one), no GIT_DIR
 * or GIT_INDEX_FILE from a hook the tests may run under, no global git or husky configuration.
 */
function userEnv(home: string): NodeJS.ProcessEnv {
  const keepNpm = /^npm_config_(cache|userconfig|globalconfig|registry|cafile|proxy|https_proxy|noproxy|strict_ssl)$/i;
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !(/^npm_/i.test(k) && !keepNpm.test(k)) && !/^GIT_/.test(k) && !['INIT_CWD', 'HUSKY', 'SECRET_HOOKS'].includes(k),
    ),
  );
  return {
    ...base,
    CI: 'true',
    NO_COLOR: '1',
    XDG_CONFIG_HOME: path.join(home, 'config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_NAME: 'New User',
    GIT_AUTHOR_EMAIL: 'new.user@example.test',
    GIT_COMMITTER_NAME: 'New User',
    GIT_COMMITTER_EMAIL: 'new.user@example.test',
    npm_config_update_notifier: 'false',
  };
}

/** Runs a command with no stdin, as CI does; never throws. */
function run(cmd: string, args: string[], cwd = app): RunResult {
  const p = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
  return { code: p.status ?? -1, stdout: p.stdout ?? '', stderr: (p.stderr ?? '') + (p.error ? String(p.error) : '') };
}

function ok(r: RunResult, what: string): RunResult {
  if (r.code !== 0) throw new Error(`${what} failed (exit ${r.code}):\n${r.stdout}\n${r.stderr}`);
  return r;
}

const git = (...args: string[]) => run('git', args);
const all = (r: RunResult) => r.stdout + r.stderr;

beforeAll(() => {
  if (!existsSync(path.join(PROJECT_ROOT, 'dist/cli.cjs')))
    throw new Error('dist/cli.cjs is missing: run "node scripts/build.mjs --no-types" first');
  work = mkdtempSync(path.join(tmpdir(), 'secret-hooks-pack-'));
  if (work.startsWith(PROJECT_ROOT)) throw new Error('the pack test must run outside the project checkout');
  env = userEnv(work);
  app = path.join(work, 'app');
  remote = path.join(work, 'remote.git');
  mkdirSync(app);

  // --ignore-scripts: this project's prepare would rebuild and run husky on this checkout.
  const pack = ok(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], PROJECT_ROOT), 'npm pack');
  const packed = (JSON.parse(pack.stdout) as [{ filename: string; files: Array<{ path: string }> }])[0];
  const tarball = path.join(work, packed.filename);
  packedFiles = packed.files.map((f) => f.path);

  ok(git('init', '-q', '--initial-branch=main'), 'git init');
  ok(run('npm', ['init', '-y']), 'npm init');
  writeFileSync(path.join(app, '.gitignore'), 'node_modules/\n');
  ok(run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, 'husky']), 'npm install');
  ok(run('git', ['init', '-q', '--bare', remote], work), 'git init --bare');
  ok(git('remote', 'add', 'origin', remote), 'git remote add');
}, 240_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm install secret-hooks husky && npx secret-hooks init, in a fresh project', () => {
  it('the package ships the launcher and the bundle, and never a code cache made here', () => {
    expect(packedFiles).toEqual(expect.arrayContaining(['dist/cli.cjs', 'dist/secret-hooks.cjs', 'hooks/pre-commit']));
    // The tests that ran before this one made dist/.cache in the checkout.
    expect(packedFiles.filter((f) => f.includes('.cache'))).toEqual([]);
  });

  it('init sets the project up and turns the hooks on', () => {
    const init = ok(run('npx', ['--no', 'secret-hooks', 'init']), 'npx secret-hooks init');
    expect(init.stdout).toContain('scripts.prepare: "husky" (added)');
    expect(init.stdout).toContain('.husky/pre-commit  created');
    expect(init.stdout).toContain('.husky/pre-push    created');
    expect(init.stdout).toContain('.gitignore         added .env, .env.*, !.env.example');
    expect(init.stdout).toContain('core.hooksPath     .husky/_, set by husky');
    expect(git('config', 'core.hooksPath').stdout.trim()).toBe('.husky/_');

    const again = ok(run('npx', ['--no', 'secret-hooks', 'init']), 'second init');
    expect(again.stdout).toContain('Nothing to change: this repository is already set up.');

    // The setup commit itself goes through the new hook.
    ok(git('add', '-A'), 'git add');
    const setup = ok(git('commit', '-m', 'Set up secret-hooks'), 'setup commit');
    expect(all(setup)).toContain('secret-hooks: no secrets found');
  });

  it('refuses a commit that adds a GitHub token, without printing it', () => {
    writeFileSync(path.join(app, 'index.js'), `const octokit = new Octokit({ auth: '${githubToken}' });\n`);
    git('add', 'index.js');
    const commit = git('commit', '-m', 'Add client');
    expect(commit.code).toBe(1);
    expect(all(commit)).toContain('github-classic-token');
    expect(all(commit)).toContain('commit blocked');
    expect(leaked(commit, [githubToken])).toEqual([]);
    ok(git('reset', '-q', '--hard'), 'git reset');
  });

  it('accepts a typical .env.example with placeholders only', () => {
    writeFileSync(
      path.join(app, '.env.example'),
      [
        'STRIPE_SECRET_KEY=sk_test_xxxxxx',
        'SENDGRID_API_KEY=SG.xxxxxx',
        'GITHUB_TOKEN=ghp_xxxxxx',
        'SESSION_SECRET=replace-me',
        'DATABASE_URL=postgres://app_user:replace-me@localhost:5432/app_dev',
        'API_URL=${API_URL}',
        'DEPLOY_TOKEN=${{ secrets.DEPLOY_TOKEN }}',
        '# read in code as process.env.SESSION_SECRET',
        '',
      ].join('\n'),
    );
    git('add', '.env.example');
    const commit = git('commit', '-m', 'Document the configuration');
    expect(commit.code, all(commit)).toBe(0);
  });

  it('refuses a staged .env (ignored by init, force-added here)', () => {
    writeFileSync(path.join(app, '.env'), 'DEBUG=1\n');
    expect(git('add', '.env').code).not.toBe(0);
    ok(git('add', '-f', '.env'), 'git add -f .env');
    const commit = git('commit', '-m', 'Add env');
    expect(commit.code).toBe(1);
    expect(all(commit)).toContain('env-file');
    ok(git('rm', '-q', '--cached', '.env'), 'git rm --cached');
  });

  it('pre-push refuses commits with a secret made with --no-verify, and accepts a clean push', () => {
    ok(git('push', '-q', 'origin', 'main'), 'first push');

    writeFileSync(path.join(app, 'deploy.sh'), `curl -H "Authorization: Bearer ${githubToken}" https://api.github.com/user\n`);
    git('add', 'deploy.sh');
    ok(git('commit', '-q', '--no-verify', '-m', 'Deploy script'), 'commit --no-verify');
    const push = git('push', 'origin', 'main');
    expect(push.code).toBe(1);
    expect(all(push)).toContain('push refused');
    expect(leaked(push, [githubToken])).toEqual([]);
    expect(run('git', ['rev-parse', 'main'], remote).stdout).not.toBe(git('rev-parse', 'HEAD').stdout);

    ok(git('reset', '-q', '--hard', 'HEAD~1'), 'drop the commit');
    writeFileSync(path.join(app, 'deploy.sh'), 'curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user\n');
    git('add', 'deploy.sh');
    ok(git('commit', '-q', '-m', 'Deploy script'), 'clean commit');
    const clean = git('push', 'origin', 'main');
    expect(clean.code, all(clean)).toBe(0);
    expect(run('git', ['rev-parse', 'main'], remote).stdout).toBe(git('rev-parse', 'HEAD').stdout);
    expect(readFileSync(path.join(app, '.husky/pre-push'), 'utf8')).toContain('scan --pre-push');
  });
});
