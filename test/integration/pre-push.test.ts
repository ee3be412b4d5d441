import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFake } from '../support/fake.ts';
import { CLI, TempRepo, leaked } from '../support/git-repo.ts';
import { buildOnce } from '../support/build-once.ts';

// `scan --pre-push` through a real pre-push hook, pushing to a real local bare repository.
const fake = createFake('pre-push');
const secrets: string[] = [];
const repos: TempRepo[] = [];
const gh = () => {
  const t = fake.crc32Token('ghp_', 30);
  secrets.push(t);
  return t;
};

interface Setup {
  local: TempRepo;
  remote: TempRepo;
}

function setup(): Setup {
  const remote = new TempRepo({ bare: true });
  const local = new TempRepo();
  repos.push(remote, local);
  local.git('remote', 'add', 'origin', remote.dir);
  const hook = path.join(local.dir, '.git/hooks/pre-push');
  writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" scan --pre-push "$1" "$2" --format json\n`);
  chmodSync(hook, 0o755);
  local.write('README.md', '# project\n');
  local.commitAll('initial');
  expect(local.tryGit(['push', '-q', 'origin', 'main']).code).toBe(0);
  return { local, remote };
}

function push(local: TempRepo, ...args: string[]) {
  const run = local.tryGit(['push', '-q', 'origin', ...args]);
  expect(leaked(run, secrets)).toEqual([]);
  // A pre-push hook's stdout reaches the pusher through git's stdout.
  const out = run.stdout;
  const json = out.slice(out.indexOf('{'), out.lastIndexOf('}') + 1);
  const findings = json ? (JSON.parse(json) as { findings: Array<{ path: string; commit: string; line: number }> }).findings : [];
  return { ...run, findings };
}

beforeAll(() => buildOnce());
afterEach(() => {
  for (const r of repos.splice(0)) r.remove();
});

describe('pre-push: scan --pre-push', () => {
  it('refuses a pushed commit made with --no-verify that holds a secret, naming the commit', () => {
    const { local } = setup();
    local.write('a.js', `const t = "${gh()}";\n`);
    const sha = local.commitAll('oops');
    const run = push(local, 'main');
    expect(run.code).not.toBe(0);
    expect(run.findings).toEqual([expect.objectContaining({ path: 'a.js', commit: sha, line: 1 })]);
  });

  it('scans only remote..local on an existing branch', () => {
    const { local } = setup();
    local.write('old.js', `const t = "${gh()}";\n`);
    local.commitAll('already public');
    // Already on the remote (pushed before the hook existed): not the pusher's to fix here.
    expect(local.tryGit(['push', '-q', '--no-verify', 'origin', 'main']).code).toBe(0);
    local.write('new.js', 'const clean = true;\n');
    local.commitAll('clean');
    expect(push(local, 'main').code).toBe(0);
  });

  it('scans a new branch for the commits not yet on any ref of that remote', () => {
    const { local } = setup();
    local.git('checkout', '-q', '-b', 'feature');
    local.write('f.js', 'const a = 1;\n');
    const clean = local.commitAll('clean');
    local.write('g.js', `const t = "${gh()}";\n`);
    const dirty = local.commitAll('dirty');
    const run = push(local, 'feature');
    expect(run.code).not.toBe(0);
    expect(run.findings.map((f) => f.commit)).toEqual([dirty]);
    expect(run.findings.map((f) => f.commit)).not.toContain(clean);
  });

  it('does not re-scan history already on another branch of the remote', () => {
    const { local } = setup();
    local.write('old.js', `const t = "${gh()}";\n`);
    local.commitAll('public');
    expect(local.tryGit(['push', '-q', '--no-verify', 'origin', 'main']).code).toBe(0);
    local.git('checkout', '-q', '-b', 'topic');
    local.write('x.js', 'ok\n');
    local.commitAll('topic work');
    expect(push(local, 'topic').code).toBe(0);
  });

  it('accepts deleting a remote branch', () => {
    const { local } = setup();
    local.git('checkout', '-q', '-b', 'gone');
    local.write('g.js', `const t = "${gh()}";\n`);
    local.commitAll('dirty');
    expect(local.tryGit(['push', '-q', '--no-verify', 'origin', 'gone']).code).toBe(0);
    expect(push(local, '--delete', 'gone').code).toBe(0);
  });

  it('checks tags, and several refs in one push', () => {
    const { local } = setup();
    local.git('checkout', '-q', '-b', 'side');
    local.write('s.js', `const t = "${gh()}";\n`);
    const sideSha = local.commitAll('side secret');
    local.git('tag', '-a', 'v1', '-m', 'release');
    local.git('checkout', '-q', 'main');
    local.write('m.js', `const u = "${gh()}";\n`);
    const mainSha = local.commitAll('main secret');
    const tagOnly = push(local, 'v1');
    expect(tagOnly.code).not.toBe(0);
    expect(tagOnly.findings.map((f) => f.commit)).toEqual([sideSha]);
    const both = push(local, 'main', 'side');
    expect(both.code).not.toBe(0);
    expect(both.findings.map((f) => f.commit).sort()).toEqual([mainSha, sideSha].sort());
  });

  it('checks merge commits, including content written while resolving a conflict', () => {
    const { local } = setup();
    local.write('conf.js', 'const value = "base";\n');
    local.commitAll('base');
    expect(local.tryGit(['push', '-q', 'origin', 'main']).code).toBe(0);
    local.git('checkout', '-q', '-b', 'other');
    local.write('conf.js', 'const value = "other";\n');
    local.commitAll('other side');
    local.git('checkout', '-q', 'main');
    local.write('conf.js', 'const value = "main";\n');
    local.commitAll('main side');
    expect(local.tryGit(['merge', '-q', 'other']).code).not.toBe(0); // conflict
    local.write('conf.js', `const value = "merged";\nconst token = "${gh()}";\n`);
    const merge = local.commitAll('merge other');
    const run = push(local, 'main');
    expect(run.code).not.toBe(0);
    expect(run.findings).toEqual([expect.objectContaining({ path: 'conf.js', commit: merge, line: 2 })]);
  });

  it('lets a clean merge of a clean branch through', () => {
    const { local } = setup();
    local.git('checkout', '-q', '-b', 'b');
    local.write('b.js', 'b\n');
    local.commitAll('b');
    local.git('checkout', '-q', 'main');
    local.write('a.js', 'a\n');
    local.commitAll('a');
    local.git('merge', '-q', '--no-edit', 'b');
    expect(push(local, 'main').code).toBe(0);
  });
});
