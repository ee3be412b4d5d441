import { existsSync, readFileSync, writeFileSync, mkdirSync, chmodSync } from 'node:fs';
import path from 'node:path';
import { editPackageJson, PackageJsonError } from '../install/edit-package-json.ts';
import { mergeHookBlock, type HookPosition } from '../install/hook-block.ts';
import { DEFAULT_BIN, readHookTemplate, type HookName } from '../install/hook-template.ts';
import { isHuskyRunnerDir, gitConfig, locateRepository } from '../install/locate-repository.ts';
import { mergeGitignore } from '../install/merge-gitignore.ts';
import { huskyDirInPrepare, huskyPrepareCommand, mergePrepare } from '../install/merge-prepare.ts';
import { findHusky, runHusky } from '../install/run-husky.ts';
import { printSteps, type SetupStep } from '../install/setup-step.ts';
import { UsageError, type CommandContext } from './context.ts';

/** The husky whose hook format (plain sh files run by `.husky/_/h`) the templates are written for. */
const HUSKY_RANGE = '^9.1.7';

/**
 * Where each hook's block goes in a hook the team already has. pre-commit: last, so that it scans the
 * index as lint-staged and formatters leave it. pre-push: first, so that it reads git's ref lines
 * before any other command can (the block hands them on to the commands after it).
 */
const POSITION: Record<HookName, HookPosition> = { 'pre-commit': 'end', 'pre-push': 'start' };
const RUNS: Record<HookName, string> = { 'pre-commit': 'secret-hooks scan --staged', 'pre-push': 'secret-hooks scan --pre-push' };

/**
 * `secret-hooks init`: team setup through package.json and husky, committed with the project so that
 * every clone is protected after `npm install`. Prints one line per thing it changed or found in place.
 *
 * It does not run `npm install` itself: that would pick a package manager for the team, rewrite the
 * lockfile and need the network, in the middle of a setup command; it says what to run instead.
 */
export async function initCommand(ctx: CommandContext): Promise<number> {
  try {
    return await init(ctx);
  } catch (e) {
    // A broken package.json is the user's to fix, not an internal error.
    if (!(e instanceof PackageJsonError)) throw e;
    ctx.stderr.write(`secret-hooks: ${e.message}\n`);
    return 2;
  }
}

async function init(ctx: CommandContext): Promise<number> {
  if (ctx.args.length > 0) throw new UsageError(`init takes no arguments (got "${ctx.args.join(' ')}")`);
  const repo = await locateRepository(ctx.cwd);
  const pkgFile = findPackageJson(ctx.cwd, repo.root);
  if (!pkgFile) {
    throw new UsageError(
      `no package.json in ${ctx.cwd} or above it in this repository. init sets the hooks up for the whole team through package.json ("prepare": "husky"). ` +
        'If the package is in a subfolder, run init there; for a repository without package.json, run "secret-hooks install" (hooks for this clone only).',
    );
  }
  const pkgDir = path.dirname(pkgFile);
  const packageDir = toPosix(path.relative(repo.root, pkgDir));
  // The subfolder is written into sh lines and the prepare script; keep it to characters that need no quoting.
  if (packageDir && !/^[\w.@+/-]+$/.test(packageDir)) {
    throw new UsageError(
      `the package folder "${packageDir}" has characters that would need shell quoting in the hooks; use "secret-hooks install" instead`,
    );
  }

  const pkgText = readFileSync(pkgFile, 'utf8');
  const prepare = readPrepare(pkgText);
  const huskyDir = chooseHuskyDir(repo.root, pkgDir, packageDir, prepare, repo.hooksDir);
  const steps: SetupStep[] = [];
  const pkgLabel = packageDir ? `${packageDir}/package.json` : 'package.json';

  // 1. package.json: prepare runs husky; husky (and secret-hooks) are devDependencies.
  const newPrepare = mergePrepare(prepare, huskyPrepareCommand(packageDir, huskyDir));
  const devDependencies: Record<string, string> = { husky: HUSKY_RANGE };
  if (/^\d+\.\d+\.\d+$/.test(ctx.version)) devDependencies['secret-hooks'] = `^${ctx.version}`;
  const edit = editPackageJson(pkgText, newPrepare, devDependencies);
  if (edit.prepare) {
    const { before, after } = edit.prepare;
    steps.push({
      subject: pkgLabel,
      status: 'changed',
      message: before ? `scripts.prepare: "${after}" (husky added before your "${before}")` : `scripts.prepare: "${after}" (added)`,
    });
  } else {
    steps.push({ subject: pkgLabel, status: 'unchanged', message: `scripts.prepare already runs husky ("${prepare}")` });
  }
  const install = installCommandFor(pkgDir, repo.root);
  if (edit.addedDevDependencies.length > 0) {
    const list = edit.addedDevDependencies.map((d) => `${d} ${devDependencies[d]}`).join(', ');
    steps.push({ subject: pkgLabel, status: 'changed', message: `devDependencies: added ${list} (run ${install} to fetch)` });
  } else {
    steps.push({
      subject: pkgLabel,
      status: 'unchanged',
      message: `devDependencies: ${Object.keys(devDependencies).join(' and ')} already listed`,
    });
  }
  if (edit.text !== pkgText) writeFileSync(pkgFile, edit.text);

  // 2. The hooks, from hooks/, merged into the team's own.
  const bin = packageDir ? `${packageDir}/${DEFAULT_BIN}` : DEFAULT_BIN;
  for (const hook of ['pre-commit', 'pre-push'] as const) steps.push(writeHuskyHook(repo.root, huskyDir, hook, bin));

  // 3. .gitignore at the top: its patterns without a slash apply to every folder.
  const gitignore = path.join(repo.root, '.gitignore');
  const ignoreBefore = existsSync(gitignore) ? readFileSync(gitignore, 'utf8') : undefined;
  const ignore = mergeGitignore(ignoreBefore);
  if (ignore.added.length > 0) {
    writeFileSync(gitignore, ignore.text);
    steps.push({
      subject: '.gitignore',
      status: 'changed',
      message: `${ignoreBefore === undefined ? 'created with' : 'added'} ${ignore.added.join(', ')}`,
    });
  } else {
    steps.push({ subject: '.gitignore', status: 'unchanged', message: 'already ignores .env and .env.*, keeps .env.example' });
  }

  // 4. Turn the hooks on in this clone, if husky is there to do it.
  const activation = await activateHusky(ctx, repo.root, pkgDir, huskyDir, repo.hooksPath, install);
  steps.push(activation);

  ctx.stdout.write(`secret-hooks init: ${repo.root}${packageDir ? ` (package in ${packageDir}/)` : ''}\n`);
  const { changed, failed } = printSteps(steps, ctx.stdout, ctx.stderr);
  const pending = activation.status === 'pending';
  if (steps.some((s) => s.status === 'changed' && s !== activation)) {
    const files = [pkgLabel, '.gitignore', `${huskyDir}/`].join(' ');
    ctx.stdout.write(`Done. Commit the setup so that every clone gets the hooks on ${install}: git add ${files}\n`);
  } else if (changed > 0) {
    ctx.stdout.write('Done: the hooks are now active in this clone.\n');
  } else if (failed === 0) {
    ctx.stdout.write(
      pending ? 'Nothing to change in the repository: it is already set up.\n' : 'Nothing to change: this repository is already set up.\n',
    );
  }
  if (pending) ctx.stdout.write(`Next: run ${install}; husky (through "prepare") then turns the hooks on in this clone.\n`);
  return failed > 0 ? 2 : 0;
}

function findPackageJson(cwd: string, root: string): string | undefined {
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) return file;
    if (dir === root || path.dirname(dir) === dir || !dir.startsWith(root)) return undefined;
  }
}

function readPrepare(text: string): string | undefined {
  try {
    const pkg = JSON.parse(text.replace(/^\uFEFF/, '')) as { scripts?: { prepare?: unknown } };
    return typeof pkg.scripts?.prepare === 'string' ? pkg.scripts.prepare : undefined;
  } catch (e) {
    throw new PackageJsonError(`package.json is not valid JSON (${(e as Error).message}); fix it and run init again`);
  }
}

/**
 * The husky folder, from the repository top: the one husky already uses (core.hooksPath = `<dir>/_`),
 * else the one the existing prepare passes to husky, else `.husky` beside package.json.
 */
function chooseHuskyDir(root: string, pkgDir: string, packageDir: string, prepare: string | undefined, hooksDir: string): string {
  let dir: string | undefined;
  if (isHuskyRunnerDir(hooksDir)) dir = path.dirname(hooksDir);
  else {
    const fromPrepare = huskyDirInPrepare(prepare);
    // With `cd … &&` husky runs at the top, so its argument is relative to the top.
    if (fromPrepare) dir = path.resolve(/\bcd\s/.test(prepare ?? '') ? root : pkgDir, fromPrepare);
  }
  const rel = dir ? toPosix(path.relative(root, dir)) : '';
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return packageDir ? `${packageDir}/.husky` : '.husky';
  return rel;
}

function writeHuskyHook(root: string, huskyDir: string, hook: HookName, bin: string): SetupStep {
  const file = path.join(root, huskyDir, hook);
  const subject = `${huskyDir}/${hook}`;
  const before = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  const merge = mergeHookBlock(before, readHookTemplate(hook, bin), POSITION[hook]);
  if (merge.text !== before) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, merge.text);
    // husky 9 runs these with `sh -e`, so the mode does not matter to it; executable lets people run them by hand.
    if (before === undefined) chmodSync(file, 0o755);
  }
  switch (merge.action) {
    case 'created':
      return { subject, status: 'changed', message: `${before === undefined ? 'created' : 'written'}: runs ${RUNS[hook]}` };
    case 'added':
      return {
        subject,
        status: 'changed',
        message: `kept your commands; added ${RUNS[hook]} ${POSITION[hook] === 'end' ? 'after' : 'before'} them`,
      };
    case 'updated':
      return { subject, status: 'changed', message: 'updated the secret-hooks block to this version' };
    case 'own-line':
      return { subject, status: 'unchanged', message: 'already runs secret-hooks scan (your own line, left as it is)' };
    case 'unchanged':
      return { subject, status: 'unchanged', message: `already runs ${RUNS[hook]}` };
  }
}

/**
 * Sets core.hooksPath by running the package's husky, when it is installed. Status `failed` is not
 * used: hooks that are not active yet are the normal state before the first `npm install`.
 */
async function activateHusky(
  ctx: CommandContext,
  root: string,
  pkgDir: string,
  huskyDir: string,
  hooksPathBefore: string | undefined,
  install: string,
): Promise<SetupStep> {
  const wanted = `${huskyDir}/_`;
  const subject = 'core.hooksPath';
  if (hooksPathBefore === wanted && existsSync(path.join(root, wanted, 'h'))) {
    return { subject, status: 'unchanged', message: `${wanted}: husky runs the hooks in this clone` };
  }
  const bin = findHusky(pkgDir);
  if (!bin)
    return {
      subject,
      status: 'pending',
      message: `not set yet: husky is not installed; run ${install} (husky sets it, through "prepare")`,
    };
  const run = await runHusky(bin, root, huskyDir, ctx.env);
  const now = await gitConfig(root, 'core.hooksPath');
  if (now !== wanted) {
    const why = run.output ? `husky said: ${run.output.split('\n')[0]}` : `husky exited ${run.code}`;
    return { subject, status: 'pending', message: `not set: ${why}. The hooks are NOT active in this clone until husky runs.` };
  }
  const replaced = hooksPathBefore && hooksPathBefore !== wanted ? ` (it was ${hooksPathBefore}: hooks there no longer run)` : '';
  return { subject, status: 'changed', message: `${wanted}, set by husky: the hooks run in this clone${replaced}` };
}

/** The install command of the package manager the project uses, by its lockfile. */
function installCommandFor(pkgDir: string, root: string): string {
  for (const dir of new Set([pkgDir, root])) {
    if (existsSync(path.join(dir, 'pnpm-lock.yaml'))) return 'pnpm install';
    if (existsSync(path.join(dir, 'yarn.lock'))) return 'yarn install';
    if (existsSync(path.join(dir, 'bun.lockb')) || existsSync(path.join(dir, 'bun.lock'))) return 'bun install';
  }
  return 'npm install';
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
