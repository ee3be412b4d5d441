import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { CLI, PROJECT_ROOT } from './git-repo.ts';

/**
 * Integration tests run the built CLI. `npm test` builds first; a single test file run directly
 * (npx vitest run test/integration/x.test.ts) builds here if dist/ is missing or older than src/.
 */
export function buildOnce(): void {
  if (existsSync(CLI) && statSync(CLI).mtimeMs > newestSource()) return;
  execFileSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/build.mjs'), '--no-types'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
}

function newestSource(): number {
  let newest = 0;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  for (const d of ['src', 'rules']) walk(path.join(PROJECT_ROOT, d));
  return newest;
}
