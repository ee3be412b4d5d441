import path from 'node:path';
import type { Finding } from '../engine/finding.ts';
import type { Detector } from '../engine/detector.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../config/config-schema.ts';
import { loadConfig } from '../config/load-config.ts';
import { detectorFor } from '../config/resolve-rules.ts';
import { execGit } from '../git/exec-git.ts';
import { reportFindings } from '../report/build-report.ts';
import type { ScanMode, ScanReport } from '../report/scan-report.ts';
import { writeReport } from '../report/write-report.ts';
import { stagedFragments, type SourceResult } from '../sources/staged.ts';
import { formatOf, readAll, UsageError, type CommandContext } from './context.ts';

/**
 * `scan --staged` (pre-commit), `scan --pre-push <remote> <url>` (pre-push, ref lines on stdin),
 * `scan --pre-receive` (server side, `<old> <new> <ref>` lines on stdin), `scan [paths…]` (files).
 * Exit 0: clean; 1: findings; errors are thrown and become exit 2 in cli.ts.
 */
export async function scanCommand(ctx: CommandContext): Promise<number> {
  const started = performance.now();
  const format = formatOf(ctx.options);
  const { config } = loadConfig(ctx.cwd, ctx.options.config);
  const maxBytes = config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const detector = detectorFor(config, verboseDrops(ctx));

  let mode: ScanMode;
  let source: SourceResult & { commits?: number };
  if (ctx.options.staged) {
    mode = 'staged';
    source = await stagedFragments(ctx.cwd, maxBytes);
  } else if (ctx.options['pre-push']) {
    mode = 'pre-push';
    const [remote] = ctx.args;
    if (!remote) throw new UsageError('scan --pre-push needs the remote name and URL git passes to the hook: scan --pre-push <remote> <url>');
    const { prePushCommits, commitFragments } = await import('../sources/commit-range.ts');
    const commits = await prePushCommits(ctx.cwd, remote, await readAll(ctx.stdin));
    source = await commitFragments(ctx.cwd, commits, maxBytes);
  } else if (ctx.options['pre-receive']) {
    mode = 'pre-receive';
    const { preReceiveCommits } = await import('../sources/pre-receive.ts');
    const { commitFragments } = await import('../sources/commit-range.ts');
    const commits = await preReceiveCommits(ctx.cwd, await readAll(ctx.stdin));
    source = await commitFragments(ctx.cwd, commits, maxBytes);
  } else {
    mode = 'files';
    const { fileFragments } = await import('../sources/files.ts');
    const root = await worktreeRoot(ctx.cwd);
    source = await fileFragments(ctx.cwd, ctx.args, maxBytes, root);
  }

  const findings = scanAll(detector, source);
  const report: ScanReport = {
    mode,
    findings: reportFindings(findings, config),
    stats: { files: source.fragments.length, bytes: source.bytes, ms: Math.round(performance.now() - started) },
    skipped: source.skipped,
    notes: [],
  };
  if (source.commits !== undefined) report.stats.commits = source.commits;
  await writeReport(report, { format, color: ctx.color, stdout: ctx.stdout, output: ctx.options.output, version: ctx.version });
  return report.findings.length > 0 ? 1 : 0;
}

function scanAll(detector: Detector, source: SourceResult): Finding[] {
  const out: Finding[] = [];
  for (const f of source.fragments) for (const x of detector.scan(f)) out.push(x);
  return out;
}

/** In verbose mode, say on stderr why each candidate was dropped (never the candidate itself). */
export function verboseDrops(ctx: CommandContext) {
  if (!ctx.options.verbose) return undefined;
  return (d: { ruleId: string; path: string; line: number; reason: string }) => {
    ctx.stderr.write(`secret-hooks: dropped ${d.ruleId} at ${d.path}:${d.line}: ${d.reason}\n`);
  };
}

/** The repository root when inside a work tree (paths are reported from there), else cwd. */
async function worktreeRoot(cwd: string): Promise<string> {
  try {
    return path.resolve((await execGit(['rev-parse', '--show-toplevel'], { cwd })).toString('utf8').trim());
  } catch {
    return path.resolve(cwd);
  }
}
