/**
 * package.json `prepare` runs on every `npm install` in the project: that is how husky turns the
 * hooks on in each clone (https://typicode.github.io/husky/get-started.html). These functions only
 * compute strings; init decides and writes.
 */

/** A command line that runs husky (also `npx husky`, `husky install` from husky 8, `./node_modules/.bin/husky`). */
const RUNS_HUSKY = /(^|[\s;&|(/])husky(?=$|[\s;&|)])/;

export function runsHusky(prepare: string | undefined): boolean {
  return prepare !== undefined && RUNS_HUSKY.test(prepare);
}

/**
 * The prepare command for a package at `packageDir` (a `/` path from the repository top, '' for the
 * top) with hooks in `huskyDir` (from the top). husky must run at the top, where `.git` is, so a
 * package in a subfolder goes up first, as husky's docs show for monorepos
 * (https://typicode.github.io/husky/how-to.html#project-not-in-git-root-directory).
 */
export function huskyPrepareCommand(packageDir: string, huskyDir: string): string {
  const up = packageDir
    ? packageDir
        .split('/')
        .map(() => '..')
        .join('/')
    : '';
  const husky = huskyDir === '.husky' ? 'husky' : `husky ${huskyDir}`;
  return up ? `cd ${up} && ${husky}` : husky;
}

/**
 * The new prepare script, or undefined when the existing one already runs husky. An existing script
 * is kept and runs after husky: hooks get installed even when the build in it fails.
 */
export function mergePrepare(existing: string | undefined, command: string): string | undefined {
  if (existing === undefined || existing.trim() === '') return command;
  if (runsHusky(existing)) return undefined;
  return `${command} && ${existing}`;
}

/**
 * The hooks folder an existing prepare gives husky (`husky .config/husky`), relative to where husky
 * runs; undefined for the default (.husky) or when prepare does not run husky.
 */
export function huskyDirInPrepare(prepare: string | undefined): string | undefined {
  if (!prepare) return undefined;
  const m = /(?:^|[\s;&|(/])husky(?:\s+install)?\s+([^\s;&|)-][^\s;&|)]*)/.exec(prepare);
  return m?.[1]?.replace(/^\.\//, '').replace(/\/+$/, '');
}
