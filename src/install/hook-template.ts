import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type HookName = 'pre-commit' | 'pre-push';
export const HOOK_NAMES: readonly HookName[] = ['pre-commit', 'pre-push'];

/** How the templates name the tool; init rewrites it when package.json lives in a subfolder. */
export const DEFAULT_BIN = 'node_modules/.bin/secret-hooks';

let packageRoot: string | undefined;

/**
 * The folder of the secret-hooks package (where `hooks/` ships, see package.json "files"). Found by
 * walking up from this module, because the same code runs as src/install/*.ts under vitest and as a
 * bundle in dist/ (the CLI) or dist/lib/ (the library) from an installed package.
 */
export function secretHooksPackageRoot(): string {
  if (packageRoot) return packageRoot;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'hooks', 'pre-commit')) && isSecretHooksPackage(path.join(dir, 'package.json')))
      return (packageRoot = dir);
    const up = path.dirname(dir);
    if (up === dir)
      throw new Error(
        'cannot find the hook templates (hooks/pre-commit) of the secret-hooks package: the installation is incomplete, reinstall it',
      );
    dir = up;
  }
}

function isSecretHooksPackage(file: string): boolean {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown }).name === 'secret-hooks';
  } catch {
    return false;
  }
}

/**
 * The POSIX sh template for `hook`, with the tool's path relative to the repository root (git runs
 * hooks there: https://git-scm.com/docs/githooks#_description).
 */
export function readHookTemplate(hook: HookName, bin: string = DEFAULT_BIN): string {
  const text = readFileSync(path.join(secretHooksPackageRoot(), 'hooks', hook), 'utf8');
  return bin === DEFAULT_BIN ? text : text.split(DEFAULT_BIN).join(bin);
}
