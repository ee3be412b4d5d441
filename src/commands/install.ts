import path from 'node:path';
import { installGitHook } from '../install/git-hook-file.ts';
import { HOOK_NAMES, readHookTemplate } from '../install/hook-template.ts';
import { isHuskyRunnerDir, locateRepository } from '../install/locate-repository.ts';
import { printSteps } from '../install/setup-step.ts';
import { UsageError, type CommandContext } from './context.ts';

/**
 * `secret-hooks install`: pre-commit and pre-push hooks in this clone's hooks folder, for
 * repositories without husky. Exit 0 when the hooks are in place (changed or not), 2 when one could
 * not be installed.
 */
export async function installCommand(ctx: CommandContext): Promise<number> {
  if (ctx.args.length > 0) throw new UsageError(`install takes no arguments (got "${ctx.args.join(' ')}")`);
  const repo = await locateRepository(ctx.cwd);
  if (isHuskyRunnerDir(repo.hooksDir)) {
    // husky regenerates that folder on every npm install; a hook written there would vanish.
    throw new UsageError(
      `this repository uses husky (core.hooksPath=${repo.hooksPath ?? path.relative(repo.root, repo.hooksDir)}): run "secret-hooks init" instead, which adds secret-hooks to the hooks in ${path.relative(repo.root, path.dirname(repo.hooksDir)) || '.'}/`,
    );
  }
  const label = displayDir(repo.root, repo.hooksDir);
  ctx.stdout.write(`secret-hooks install: hooks folder ${label}${repo.hooksPath ? ' (core.hooksPath)' : ''}\n`);
  const steps = HOOK_NAMES.map((hook) => installGitHook(repo.hooksDir, hook, readHookTemplate(hook), label));
  const { changed, failed } = printSteps(steps, ctx.stdout, ctx.stderr);
  if (failed > 0) return 2;
  ctx.stdout.write(
    changed > 0
      ? 'Done. Commits and pushes in this clone are now checked for secrets. Skip once, deliberately: SECRET_HOOKS=0 git commit …\n'
      : 'Nothing to change: the hooks are already installed.\n',
  );
  return 0;
}

/** The hooks folder as the user would type it: relative to the repository when inside it. */
export function displayDir(root: string, dir: string): string {
  const rel = path.relative(root, dir);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : dir;
}
