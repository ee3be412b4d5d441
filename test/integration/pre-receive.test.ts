import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../support/build-once.ts';
import { createFake } from '../support/fake.ts';
import { CLI, TempRepo, type RunResult } from '../support/git-repo.ts';

// `secret-hooks scan --pre-receive` installed as a bare repository's pre-receive hook, driven by real
// `git push`es: what the server accepts, what it refuses, and what the pusher reads ("remote: …").

const fake = createFake('pre-receive-integration');
const secrets: string[] = [];
function token(): string {
  const t = fake.crc32Token('ghp_', 30);
  secrets.push(t);
  return t;
}

let server: TempRepo;
let client: TempRepo;

function push(...args: string[]): RunResult {
  const run = client.tryGit(['push', '--porcelain', 'origin', ...args]);
  const all = run.stdout + run.stderr;
  expect(secrets.filter((s) => all.includes(s) || all.includes(s.slice(4, -4)))).toEqual([]);
  return run;
}

/** The server's ref, or '' if it does not exist. */
function serverRef(ref: string): string {
  const r = server.tryGit(['rev-parse', '--verify', '--quiet', ref]);
  return r.stdout.trim();
}

beforeAll(() => {
  buildOnce();
  server = new TempRepo({ bare: true });
  // The hook, as the README tells an administrator to install it: one exec line.
  const hook = path.join(server.dir, 'hooks', 'pre-receive');
  writeFileSync(hook, `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} scan --pre-receive\n`);
  chmodSync(hook, 0o755);
  client = new TempRepo();
  client.git('remote', 'add', 'origin', server.dir);
  client.write('README.md', '# project\n');
  client.write('config.js', 'module.exports = { region: "eu" };\n');
  client.commitAll('initial');
});
afterAll(() => {
  server?.remove();
  client?.remove();
});

describe('pre-receive hook on a bare repository', () => {
  it('accepts a clean push', () => {
    const run = push('main');
    expect(run.code).toBe(0);
    expect(serverRef('refs/heads/main')).toBe(client.git('rev-parse', 'HEAD').trim());
  });

  it('refuses a push that carries a secret, and tells the pusher why (redacted)', () => {
    const before = serverRef('refs/heads/main');
    const secret = token();
    client.write('config.js', `module.exports = { region: "eu", token: "${secret}" };\n`);
    const bad = client.commitAll('add a token');
    client.write('README.md', '# project\n\nmore docs\n');
    client.commitAll('docs on top');
    const run = push('main');
    expect(run.code).not.toBe(0);
    expect(run.stdout + run.stderr).toMatch(/pre-receive hook declined/);
    expect(run.stderr).toMatch(/remote: .*config\.js/);
    expect(run.stderr).toContain(`remote: secret-hooks: 1 secret found in 1 file — push refused.`);
    expect(run.stderr).toContain(`ghp_…${secret.slice(-4)}`);
    expect(run.stderr).toContain(bad.slice(0, 12));
    expect(serverRef('refs/heads/main')).toBe(before);
    // Rewrite the secret out, as the message says, and push again.
    client.git('reset', '-q', '--hard', before);
  });

  it('accepts a branch deletion', () => {
    client.git('checkout', '-q', '-b', 'to-delete');
    client.write('notes.txt', 'notes\n');
    client.commitAll('notes');
    expect(push('to-delete').code).toBe(0);
    expect(serverRef('refs/heads/to-delete')).not.toBe('');
    const run = push('--delete', 'to-delete');
    expect(run.code).toBe(0);
    expect(serverRef('refs/heads/to-delete')).toBe('');
    client.git('checkout', '-q', 'main');
  });

  it('refuses a force push that brings a secret', () => {
    const before = serverRef('refs/heads/main');
    const secret = token();
    client.write('deploy.sh', `curl -H "Authorization: token ${secret}" https://api.github.com/\n`);
    client.git('add', '-A');
    client.git('commit', '-q', '--no-verify', '--amend', '-m', 'rewritten, with a token');
    const run = push('--force', 'main');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/remote: .*deploy\.sh/);
    expect(serverRef('refs/heads/main')).toBe(before);
    client.git('reset', '-q', '--hard', before);
  });

  it('accepts a clean force push (history rewritten without secrets)', () => {
    const before = serverRef('refs/heads/main');
    client.write('CHANGELOG.md', 'v1\n');
    client.git('add', '-A');
    client.git('commit', '-q', '--no-verify', '--amend', '-m', 'initial, amended');
    const run = push('--force', 'main');
    expect(run.code).toBe(0);
    expect(serverRef('refs/heads/main')).not.toBe(before);
  });

  it('refuses a new branch that carries a secret, and a tag that does', () => {
    client.git('checkout', '-q', '-b', 'feature/x');
    const secret = token();
    client.write('src/app.ts', `export const token = '${secret}';\n`);
    const commit = client.commitAll('feature with a token');
    const run = push('feature/x');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/remote: .*src\/app\.ts/);
    expect(serverRef('refs/heads/feature/x')).toBe('');

    client.git('tag', '-a', '-m', 'release', 'v-bad', commit);
    const tag = push('v-bad');
    expect(tag.code).not.toBe(0);
    expect(serverRef('refs/tags/v-bad')).toBe('');
    client.git('checkout', '-q', 'main');
    client.git('branch', '-q', '-D', 'feature/x');
    client.git('tag', '-d', 'v-bad');
  });

  it('refuses a forbidden file (.env) and accepts a new branch of commits the server already has', () => {
    client.git('checkout', '-q', '-b', 'env');
    client.write('.env', 'DB_HOST=localhost\n');
    client.commitAll('add .env');
    const run = push('env');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/remote: .*\.env/);
    client.git('checkout', '-q', 'main');
    client.git('branch', '-q', '-D', 'env');

    client.git('branch', 'same-as-main', 'main');
    expect(push('same-as-main').code).toBe(0);
  });

  it('does not block a clean change to a file that already held a secret on the server', () => {
    // A secret that reached the server before the hook existed: audits find it; pushes that do not
    // add it again are not blocked by it.
    const secret = token();
    server.git('config', 'core.hooksPath', path.join(server.dir, 'no-hooks'));
    client.write('legacy.cfg', `# legacy\ntoken=${secret}\n`);
    client.commitAll('legacy config');
    expect(push('main').code).toBe(0);
    server.git('config', '--unset', 'core.hooksPath');

    client.write('legacy.cfg', `# legacy, documented\ntoken=${secret}\n`);
    client.commitAll('document legacy config');
    expect(push('main').code).toBe(0);
  });

  it('fails closed with a message when the check cannot run', () => {
    // An invalid config makes the scanner error out: the push is refused, saying why.
    server.write('.secret-hooks.json', '{ "nope": true }');
    client.write('README.md', '# project\n\nagain\n');
    client.commitAll('docs again');
    const run = push('main');
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/remote: secret-hooks: configuration error/);
    expect(run.stderr).toMatch(/remote: The push was refused because the check could not complete/);
  });
});
