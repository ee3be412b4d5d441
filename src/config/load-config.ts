import { existsSync } from 'node:fs';
import path from 'node:path';
import { lilconfigSync } from 'lilconfig';
import * as v from 'valibot';
import { ConfigSchema, type Config } from './config-schema.ts';

export const CONFIG_FILES = ['.secret-hooks.json', 'secret-hooks.config.json', 'package.json'];

export interface LoadedConfig {
  config: Config;
  /** Where it came from; undefined when no file was found (defaults). */
  file?: string;
}

/** A configuration problem: shown as is (it never contains a secret) with exit code 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * `--config <file>` loads that file; otherwise the nearest config file from `cwd` upwards, stopping
 * at the repository root (the first folder with a `.git`), so a parent project's config never leaks in.
 */
export function loadConfig(cwd: string, explicit?: string): LoadedConfig {
  const explorer = lilconfigSync('secret-hooks', { searchPlaces: CONFIG_FILES, stopDir: repoRoot(cwd) });
  let result;
  try {
    result = explicit ? explorer.load(path.resolve(cwd, explicit)) : explorer.search(cwd);
  } catch (e) {
    throw new ConfigError(`cannot read config ${explicit ?? ''}: ${(e as Error).message}`);
  }
  if (!result || result.isEmpty || result.config == null) return { config: {} };
  const parsed = v.safeParse(ConfigSchema, result.config);
  if (!parsed.success) {
    const issues = parsed.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid config ${result.filepath}: ${issues}`);
  }
  return { config: parsed.output, file: result.filepath };
}

function repoRoot(cwd: string): string {
  let dir = path.resolve(cwd);
  for (;;) {
    if (existsSync(path.join(dir, '.git'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return dir;
    dir = up;
  }
}
