import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../support/build-once.ts';
import { PROJECT_ROOT, TempRepo, TEST_ENV, type RunResult } from '../support/git-repo.ts';

// dist/cli.cjs (the bin) starts the bundled CLI from V8's code cache. Each test here runs a copy of
// the two files in a folder of its own, so that its cache is not the one other tests share.

let repo: TempRepo;
let dist: string;

beforeAll(() => {
  buildOnce();
  repo = new TempRepo();
  repo.write('app.js', "export const answer = 42;\n");
  repo.git('add', 'app.js');
  dist = mkdtempSync(path.join(tmpdir(), 'secret-hooks-launcher-'));
  for (const f of ['cli.cjs', 'secret-hooks.cjs']) copyFileSync(path.join(PROJECT_ROOT, 'dist', f), path.join(dist, f));
});
afterAll(() => {
  repo?.remove();
  if (dist) rmSync(dist, { recursive: true, force: true });
});

function scan(): RunResult {
  const r = spawnSync(process.execPath, [path.join(dist, 'cli.cjs'), 'scan', '--staged'], {
    cwd: repo.dir,
    env: { ...TEST_ENV, SECRET_HOOKS_DEBUG: '1' },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const cacheFiles = () => {
  try {
    return readdirSync(path.join(dist, '.cache')).map((f) => path.join(dist, '.cache', f));
  } catch {
    return [];
  }
};

describe('the secret-hooks launcher (dist/cli.cjs)', () => {
  it('writes the code cache after the first run and starts from it after, with the same result', () => {
    const first = scan();
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('code cache absent');
    expect(cacheFiles()).toHaveLength(1);
    // Named by the bundle's hash, the Node version, the architecture, and hook or not.
    expect(path.basename(cacheFiles()[0]!)).toMatch(new RegExp(`^secret-hooks-[0-9a-f]{16}-${process.version}-${process.arch}-hook\\.bin$`));
    const second = scan();
    expect(second.stderr).toContain('code cache used');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain('no secrets found');
  });

  it('other commands keep a cache of their own, so the hooks always start from one made by a hook', () => {
    const r = spawnSync(process.execPath, [path.join(dist, 'cli.cjs'), '--version'], { cwd: repo.dir, env: { ...TEST_ENV, SECRET_HOOKS_DEBUG: '1' }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('code cache absent');
    expect(cacheFiles().map((f) => path.basename(f).replace(/^.*-/, '')).sort()).toEqual(['cli.bin', 'hook.bin']);
    expect(scan().stderr).toContain('code cache used');
  });

  it('a damaged cache is rejected, costs nothing but the speed-up, and is replaced', () => {
    scan();
    const file = cacheFiles().find((f) => f.endsWith('-hook.bin'));
    const garbage = Buffer.alloc(readFileSync(file!).length, 0x5a);
    writeFileSync(file!, garbage);
    const run = scan();
    expect(run.stderr).toContain('code cache rejected');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('no secrets found');
    expect(readFileSync(file!).equals(garbage)).toBe(false);
    expect(scan().stderr).toContain('code cache used');
  });

  it('the old bin path, dist/cli.js, still starts the CLI (links to it outlive an upgrade)', () => {
    const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'dist', 'cli.js'), 'scan', '--staged'], { cwd: repo.dir, env: TEST_ENV, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('no secrets found');
  });

  it('fails closed when the bundle throws as it starts: exit 2, never 1 ("found")', () => {
    const real = readFileSync(path.join(dist, 'secret-hooks.cjs'));
    writeFileSync(path.join(dist, 'secret-hooks.cjs'), "throw new Error('damaged');\n");
    try {
      const run = scan();
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/secret-hooks\.cjs failed to start: damaged/);
      expect(run.stderr).toContain('SECRET_HOOKS=0 git commit');
    } finally {
      writeFileSync(path.join(dist, 'secret-hooks.cjs'), real);
    }
  });

  it('fails closed, with what failed and how to proceed, when the bundle is missing', () => {
    rmSync(path.join(dist, 'secret-hooks.cjs'));
    const run = scan();
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot load .*secret-hooks\.cjs/);
    expect(run.stderr).toContain('SECRET_HOOKS=0 git commit');
  });
});
