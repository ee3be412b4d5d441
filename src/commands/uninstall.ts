import { uninstallGitHook } from '../install/git-hook-file.ts';
import { HOOK_NAMES } from '../install/hook-template.ts';
import { isHuskyRunnerDir, locateRepository } from '../install/locate-repository.ts';
import { printSteps } from '../install/setup-step.ts';
import { UsageError, type CommandContext } from './context.ts';
import { displayDir } from './install.ts';

/**
 * `secret-hooks uninstall`: removes what install added and puts back the hooks it chained, byte for
 * byte. `--force` also removes a hook of ours that was edited since. Exit 0, or 2 when a hook was left.
 */
export async function uninstallCommand(ctx: CommandContext): Promise<number> {
  if (ctx.args.length > 0) throw new UsageError(`uninstall takes no arguments (got "${ctx.args.join(' ')}")`);
  const repo = await locateRepository(ctx.cwd);
  const label = displayDir(repo.root, repo.hooksDir);
  ctx.stdout.write(`secret-hooks uninstall: hooks folder ${label}${repo.hooksPath ? ' (core.hooksPath)' : ''}\n`);
  const steps = HOOK_NAMES.map((hook) => uninstallGitHook(repo.hooksDir, hook, label, ctx.options.force === true));
  const { changed, failed } = printSteps(steps, ctx.stdout, ctx.stderr);
  if (isHuskyRunnerDir(repo.hooksDir)) {
    ctx.stdout.write(
      'Note: this repository uses husky; to stop secret-hooks there, delete the "# >>> secret-hooks" … "# <<< secret-hooks" blocks from its hook files.\n',
    );
  }
  if (failed > 0) return 2;
  ctx.stdout.write(
    changed > 0
      ? 'Done: secret-hooks no longer runs on commit or push in this clone.\n'
      : 'Nothing to change: secret-hooks was not installed.\n',
  );
  return 0;
}
