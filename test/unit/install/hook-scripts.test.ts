import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeHookBlock } from '../../../src/install/hook-block.ts';
import { readHookTemplate } from '../../../src/install/hook-template.ts';

// The sh templates on their own, with a stand-in for the secret-hooks executable (this tests the
// script, not the scanner; the integration tests run the real CLI through real git). Run both ways
// git and husky run them: plain `sh`, and husky's `sh -e`.
let dir: string;
const STUB = `#!/bin/sh
echo "stub: $*" >&2
if [ "$2" = --pre-push ]; then echo "stub stdin: $(cat)" >&2; fi
exit "\${STUB_EXIT:-0}"
`;
const SAFE_PATH = '/usr/bin:/bin';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'secret-hooks-sh-'));
  mkdirSync(path.join(dir, 'with-tool/node_modules/.bin'), { recursive: true });
  mkdirSync(path.join(dir, 'without-tool'));
  writeFileSync(path.join(dir, 'with-tool/node_modules/.bin/secret-hooks'), STUB);
  chmodSync(path.join(dir, 'with-tool/node_modules/.bin/secret-hooks'), 0o755);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(
  script: string,
  opts: { cwd?: string; env?: Record<string, string>; args?: string[]; input?: string; shFlags?: string[] } = {},
) {
  const file = path.join(dir, `hook-${Math.random().toString(36).slice(2)}`);
  writeFileSync(file, script);
  const r = spawnSync('sh', [...(opts.shFlags ?? []), file, ...(opts.args ?? [])], {
    cwd: path.join(dir, opts.cwd ?? 'with-tool'),
    env: { PATH: SAFE_PATH, ...opts.env },
    input: opts.input ?? '',
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.each([[[] as string[]], [['-e']]])('hook templates under sh %j', (shFlags) => {
  it('pre-commit runs `secret-hooks scan --staged` from node_modules/.bin and passes its exit code through', () => {
    for (const code of [0, 1, 2]) {
      const r = run(readHookTemplate('pre-commit'), { shFlags, env: { STUB_EXIT: String(code) } });
      expect(r.code).toBe(code);
      expect(r.stderr).toContain('stub: scan --staged');
    }
  });

  it('pre-push passes remote, url and the ref lines on stdin', () => {
    const r = run(readHookTemplate('pre-push'), {
      shFlags,
      args: ['origin', 'git@example.test:x.git'],
      input: 'refs/heads/main a refs/heads/main b\n',
      env: { STUB_EXIT: '1' },
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('stub: scan --pre-push origin git@example.test:x.git');
    expect(r.stderr).toContain('stub stdin: refs/heads/main a refs/heads/main b');
  });

  it('SECRET_HOOKS=0 skips, loudly, without running the tool', () => {
    for (const hook of ['pre-commit', 'pre-push'] as const) {
      const r = run(readHookTemplate(hook), { shFlags, env: { SECRET_HOOKS: '0', STUB_EXIT: '1' }, args: ['origin', 'url'] });
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/^secret-hooks: SKIPPED — SECRET_HOOKS=0: .* NOT checked for secrets\n$/);
    }
  });

  it('fails closed with exit 127 and says what to do when the tool is missing', () => {
    for (const hook of ['pre-commit', 'pre-push'] as const) {
      const r = run(readHookTemplate(hook), { shFlags, cwd: 'without-tool', args: ['origin', 'url'] });
      expect(r.code).toBe(127);
      expect(r.stderr).toContain('secret-hooks is not installed');
      expect(r.stderr).toContain('npm install');
      expect(r.stderr).toContain('SECRET_HOOKS=0 git');
    }
  });

  it('falls back to secret-hooks on PATH', () => {
    const r = run(readHookTemplate('pre-commit'), {
      shFlags,
      cwd: 'without-tool',
      env: { PATH: `${path.join(dir, 'with-tool/node_modules/.bin')}:${SAFE_PATH}` },
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('stub: scan --staged');
  });

  it("inside a team's hook: the team's lines still run, and a refusal stops the hook", () => {
    const commit = mergeHookBlock('echo team-before >&2\n', readHookTemplate('pre-commit'), 'end').text + 'echo team-after >&2\n';
    expect(run(commit, { shFlags }).stderr).toMatch(/team-before[\s\S]*stub: scan --staged[\s\S]*team-after/);
    const refused = run(commit, { shFlags, env: { STUB_EXIT: '1' } });
    expect(refused.code).toBe(1);
    expect(refused.stderr).not.toContain('team-after');
  });

  it('pre-push hands the ref lines on to the commands after it', () => {
    const push = mergeHookBlock('echo "team got: $(cat)" >&2\n', readHookTemplate('pre-push'), 'start').text;
    const r = run(push, { shFlags, args: ['origin', 'url'], input: 'refs/heads/a 1 refs/heads/a 2\nrefs/tags/t 3 refs/tags/t 4\n' });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('stub stdin: refs/heads/a 1 refs/heads/a 2\nrefs/tags/t 3 refs/tags/t 4');
    expect(r.stderr).toContain('team got: refs/heads/a 1 refs/heads/a 2\nrefs/tags/t 3 refs/tags/t 4');
  });
});
