import { execFileSync, spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(PROJECT_ROOT, 'dist/cli.cjs');

/** Identity and isolation for every git and CLI run: CI has no global git config. */
export const TEST_ENV: NodeJS.ProcessEnv = {
  // Nothing of the calling git or npm leaks in: tests may run inside a hook (GIT_DIR, GIT_INDEX_FILE)
  // or under `npm test` (npm_config_*), and either would point git or npm at the wrong place.
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_') && !k.toLowerCase().startsWith('npm_'))),
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.test',
  GIT_COMMITTER_NAME: 'Test Committer',
  GIT_COMMITTER_EMAIL: 'committer@example.test',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  NO_COLOR: '1',
  SECRET_HOOKS: '',
};

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** A throwaway repository in the OS temp folder; refuses to operate inside this project's checkout. */
export class TempRepo {
  readonly dir: string;

  constructor(options: { bare?: boolean; init?: boolean; branch?: string } = {}) {
    this.dir = mkdtempSync(path.join(tmpdir(), 'secret-hooks-test-'));
    if (this.dir.startsWith(PROJECT_ROOT)) throw new Error('test repositories must live outside the project checkout');
    if (options.init !== false) this.git('init', '-q', `--initial-branch=${options.branch ?? 'main'}`, ...(options.bare ? ['--bare'] : []));
  }

  /** Runs git; throws with stderr on failure. */
  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: TEST_ENV, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  }

  /** Runs git and returns code and output without throwing (for hooks that refuse). */
  tryGit(args: string[], input?: string): RunResult {
    return result(spawnSync('git', args, { cwd: this.dir, env: TEST_ENV, encoding: 'utf8', input: input ?? '', maxBuffer: 256 * 1024 * 1024 }));
  }

  write(file: string, content: string | Buffer): void {
    const p = path.join(this.dir, file);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, content);
  }

  commitAll(message: string, ...extra: string[]): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--no-verify', '-m', message, ...extra);
    return this.git('rev-parse', 'HEAD').trim();
  }

  /** Runs the built CLI (dist/cli.cjs, the package's bin) the way a hook or a user does. */
  cli(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): RunResult {
    return result(
      spawnSync(process.execPath, [CLI, ...args], { cwd: this.dir, env: { ...TEST_ENV, ...options.env }, encoding: 'utf8', input: options.input ?? '', maxBuffer: 256 * 1024 * 1024 }),
    );
  }

  /**
   * The CLI without blocking the test worker: long synchronous runs starve vitest's worker RPC
   * ("Timeout calling onTaskUpdate"), so heavy scans go through this.
   */
  cliAsync(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
    return new Promise((resolve) => {
      const child = spawn(process.execPath, [CLI, ...args], { cwd: this.dir, env: { ...TEST_ENV, ...options.env } });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (b: Buffer) => out.push(b));
      child.stderr.on('data', (b: Buffer) => err.push(b));
      child.on('close', (code) => resolve({ code: code ?? -1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
      // A command that does not read its input may exit first: the write error is not the test's result.
      child.stdin.on('error', () => {});
      child.stdin.end(options.input ?? '');
    });
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function result(r: SpawnSyncReturns<string>): RunResult {
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Asserts-friendly: every secret in `secrets` is absent from the run's whole output. */
export function leaked(run: RunResult, secrets: readonly string[]): string[] {
  const all = run.stdout + run.stderr;
  return secrets.filter((s) => all.includes(s) || (s.length > 12 && all.includes(s.slice(4, -4))));
}

export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [f, c] of Object.entries(files)) {
    const p = path.join(dir, f);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, c);
  }
}
