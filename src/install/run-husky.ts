import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * husky's own executable as the package resolves it (hoisted, workspaces, pnpm), or undefined when
 * husky is not installed there.
 */
export function findHusky(packageDir: string): string | undefined {
  try {
    const main = createRequire(path.join(packageDir, 'package.json')).resolve('husky');
    const bin = path.join(path.dirname(main), 'bin.js');
    return existsSync(bin) ? bin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs husky the way `prepare` does, from the repository top (husky requires `.git` there): it sets
 * core.hooksPath to `<huskyDir>/_` and writes its runner into that folder. Running husky itself rather
 * than repeating what it does keeps the result identical to the next `npm install`. husky prints
 * nothing on success, or why it did nothing (HUSKY=0, no .git); it exits 0 either way.
 */
export function runHusky(bin: string, root: string, huskyDir: string, env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, huskyDir], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => out.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, output: Buffer.concat(out).toString('utf8').trim() }));
  });
}
