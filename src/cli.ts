#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { GitError } from './git/git-error.ts';
import { ConfigError } from './config/load-config.ts';
import { UsageError, type CliOptions, type CommandContext } from './commands/context.ts';
import { redactText } from './commands/redact.ts';
import { HOOK_MODES } from './hook-modes.ts';

declare const __VERSION__: string | undefined;
const VERSION = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';

const USAGE = `Usage: secret-hooks <command> [options]

Commands:
  scan --staged                   check what is staged (the pre-commit hook)
  scan --pre-push <remote> <url>  check the commits a push sends (the pre-push hook; ref lines on stdin)
  scan --pre-receive              check the commits a push brings to a server (pre-receive hook)
  scan [paths…]                   check files and folders (respects .gitignore)
  audit [rev-range]               check the whole history (default: every branch, tag and remote ref)
  redact [file]                   copy stdin (or file) to stdout with every secret replaced
  rules                           list the built-in rules
  init                            set up a team repository (husky, hooks, .gitignore)
  install / uninstall             add / remove the git hooks alone

Options:
  --format text|json|sarif   output format (default text)
  --output <file>            write the report to a file
  --config <file>            configuration file (default: .secret-hooks.json found upwards)
  --no-color                 no colours (also NO_COLOR=1)
  --verbose                  say why candidates were dropped
  --branch <ref>, --since <date>, --until <date>   (audit) limit the history scanned
  -h, --help, --version

Exit codes: 0 nothing found · 1 secrets found (commit or push blocked) · 2 usage or internal error
(hooks fail closed: an error blocks, with a message saying what failed).
Skip a hook once, deliberately: SECRET_HOOKS=0 git commit … (or git commit --no-verify).`;


async function main(argv: string[], io: Omit<CommandContext, 'args' | 'options' | 'color' | 'interactive' | 'version'>): Promise<number> {
  let options: CliOptions & { help?: boolean; version?: boolean; 'no-color'?: boolean };
  let positionals: string[];
  try {
    const parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        staged: { type: 'boolean' },
        'pre-push': { type: 'boolean' },
        'pre-receive': { type: 'boolean' },
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        output: { type: 'string', short: 'o' },
        'no-color': { type: 'boolean' },
        verbose: { type: 'boolean', short: 'v' },
        branch: { type: 'string' },
        since: { type: 'string' },
        until: { type: 'string' },
        json: { type: 'boolean' },
        force: { type: 'boolean' },
        'dry-run': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
    options = parsed.values;
    positionals = parsed.positionals;
  } catch (e) {
    io.stderr.write(`secret-hooks: ${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...args] = positionals;
  if (options.help || !command) {
    (command || options.help ? io.stdout : io.stderr).write(`${USAGE}\n`);
    return options.help ? 0 : 2;
  }
  const stdoutTty = (io.stdout as NodeJS.WriteStream).isTTY === true;
  const ctx: CommandContext = {
    ...io,
    args,
    options,
    color: !options['no-color'] && !io.env.NO_COLOR && (stdoutTty || !!io.env.FORCE_COLOR) && !(options.format && options.format !== 'text'),
    interactive: (io.stderr as NodeJS.WriteStream).isTTY === true && !io.env.CI,
    version: VERSION,
  };
  const hook = command === 'scan' && HOOK_MODES.find((m) => options[m]);
  try {
    switch (command) {
      case 'scan':
        return await (await import('./commands/scan.ts')).scanCommand(ctx);
      case 'audit':
        return await (await import('./commands/audit.ts')).auditCommand(ctx);
      case 'redact':
        return await (await import('./commands/redact.ts')).redactCommand(ctx);
      case 'rules':
        return await (await import('./commands/rules.ts')).rulesCommand(ctx);
      case 'init':
        return await (await import('./commands/init.ts')).initCommand(ctx);
      case 'install':
        return await (await import('./commands/install.ts')).installCommand(ctx);
      case 'uninstall':
        return await (await import('./commands/uninstall.ts')).uninstallCommand(ctx);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (e) {
    io.stderr.write(errorMessage(e, command, hook || undefined));
    return 2;
  }
}

/**
 * Every error leaves through here: redacted (an error could quote input), with what failed and, for
 * a hook, that it blocked and how to get past it deliberately.
 */
function errorMessage(e: unknown, command: string, hook: string | undefined): string {
  const raw = e instanceof Error ? e.message : String(e);
  const message = redactText(raw);
  if (e instanceof UsageError) return `secret-hooks: ${message}\nRun "secret-hooks --help" for usage.\n`;
  const kind = e instanceof GitError ? 'git failed' : e instanceof ConfigError ? 'configuration error' : 'internal error';
  let out = `secret-hooks: ${kind} during "${command}": ${message}\n`;
  if (hook) {
    const action = hook === 'staged' ? 'The commit was blocked' : 'The push was refused';
    const skip =
      hook === 'staged'
        ? 'SECRET_HOOKS=0 git commit … (or git commit --no-verify)'
        : hook === 'pre-push'
          ? 'SECRET_HOOKS=0 git push … (or git push --no-verify)'
          : 'ask the server administrator';
    out += `${action} because the check could not complete (hooks fail closed).\nTo proceed anyway, deliberately: ${skip}.\n`;
  }
  if (process.env.SECRET_HOOKS_DEBUG && e instanceof Error && e.stack) out += `${redactText(e.stack)}\n`;
  return out;
}

main(process.argv.slice(2), { cwd: process.cwd(), env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`secret-hooks: internal error: ${redactText(e instanceof Error ? e.message : String(e))}\n`);
    process.exitCode = 2;
  },
);
