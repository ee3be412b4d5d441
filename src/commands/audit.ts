import type { Finding } from '../engine/finding.ts';
import { DEFAULT_MAX_FILE_BYTES } from '../config/config-schema.ts';
import { loadConfig } from '../config/load-config.ts';
import { reportFindings } from '../report/build-report.ts';
import { fingerprintsReady, prepareFingerprint } from '../report/fingerprint.ts';
import { formatBytes } from '../report/format-text.ts';
import { createProgress } from '../report/progress.ts';
import type { ReportedFinding } from '../report/reported-finding.ts';
import type { ScanReport } from '../report/scan-report.ts';
import { writeReport } from '../report/write-report.ts';
import { auditHistory, checkRevisions, countHistoryCommits, type HistoryFinding, type HistoryResult } from '../sources/history.ts';
import { formatOf, UsageError, type CommandContext } from './context.ts';
import { verboseDrops } from './scan.ts';

/**
 * `secret-hooks audit [rev-range…] [--branch <ref>] [--since <date>] [--until <date>]`: every version
 * of every file on every ref (or on the given revisions), each secret reported once per (secret,
 * path) with the commit that introduced it and whether HEAD still has it.
 * Exit 0: clean; 1: findings; 2: usage or internal error, or a partial result without findings
 * (something could not be read, so "clean" cannot be claimed).
 */
export async function auditCommand(ctx: CommandContext): Promise<number> {
  const started = performance.now();
  const format = formatOf(ctx.options);
  const { config } = loadConfig(ctx.cwd, ctx.options.config);
  const maxBytes = config.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const revs = [...ctx.args, ...(ctx.options.branch !== undefined ? [ctx.options.branch] : [])];
  for (const r of revs) {
    // Revisions reach git after --end-of-options, but an empty one or an option-looking one is a mistake.
    if (r === '' || r.startsWith('-'))
      throw new UsageError(`audit: "${r}" is not a revision or range (e.g. main, v1.0..v2.0, origin/main..HEAD)`);
  }
  const range = { revs, since: ctx.options.since, until: ctx.options.until };
  await checkRevisions(ctx.cwd, revs);

  // A progress bar only for a person at a terminal reading text (ctx.interactive: stderr is a TTY, no CI).
  const showProgress = ctx.interactive && format === 'text';
  const progress = await createProgress({
    enabled: showProgress,
    stream: ctx.stderr,
    total: showProgress ? await countHistoryCommits(ctx.cwd, range) : 0,
  });
  const workers = Number(ctx.env.SECRET_HOOKS_AUDIT_WORKERS);
  let result: HistoryResult;
  try {
    const onDrop = verboseDrops(ctx);
    result = await auditHistory({
      cwd: ctx.cwd,
      config,
      maxBytes,
      ...range,
      ...(Number.isInteger(workers) && workers >= 0 && ctx.env.SECRET_HOOKS_AUDIT_WORKERS ? { workers } : {}),
      // SECRET_HOOKS_AUDIT_SPILL=0: file contents stay in pipes, never in a temporary file (README, "How it works").
      spill: ctx.env.SECRET_HOOKS_AUDIT_SPILL !== '0',
      onProgress: (p) => progress.update(p),
      // Fingerprints are slow on purpose (scrypt); derive each on the thread pool while the walk goes on.
      onFinding: (f) => prepareFingerprint(f.secret, `${f.ruleId}:${f.path}`),
      ...(onDrop ? { onDrop } : {}),
    });
  } finally {
    progress.stop();
  }

  await fingerprintsReady();
  const ms = Math.round(performance.now() - started);
  const findings = toReportedAll(result.findings, config);
  const report: ScanReport = {
    mode: 'audit',
    findings,
    stats: { files: result.stats.blobs, bytes: result.stats.bytes, ms, commits: result.stats.commits, blobs: result.stats.blobs },
    skipped: result.skipped,
    notes: [...summaryNotes(result, range, findings, ms), ...result.notes],
  };
  if (result.partial) report.partial = result.partial;
  if (ctx.env.SECRET_HOOKS_BENCH) {
    // For bench/audit.mjs: this process's peak memory and CPU time (main thread and workers; git
    // children are separate).
    const usage = process.resourceUsage();
    const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
    ctx.stderr.write(`secret-hooks bench: ${JSON.stringify({ maxRssKiB: usage.maxRSS, cpuMs, ms, ...result.stats })}\n`);
  }
  await writeReport(report, { format, color: ctx.color, stdout: ctx.stdout, output: ctx.options.output, version: ctx.version });
  if (findings.length > 0) return 1;
  return report.partial ? 2 : 0;
}

/** Redacted findings, each with its presentAtHead flag; allow-listed fingerprints are dropped. */
function toReportedAll(findings: readonly HistoryFinding[], config: Parameters<typeof reportFindings>[1]): ReportedFinding[] {
  const out: ReportedFinding[] = [];
  for (const f of findings) {
    const [r] = reportFindings([f as Finding], config);
    if (r) out.push({ ...r, presentAtHead: f.presentAtHead });
  }
  return out;
}

/** What was scanned, how long it took, and how the findings split into "remove now" and "rotate anyway". */
function summaryNotes(
  result: HistoryResult,
  range: { revs: string[]; since?: string | undefined; until?: string | undefined },
  findings: ReportedFinding[],
  ms: number,
): string[] {
  const { stats, facts } = result;
  const notes: string[] = [];
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  let what: string;
  if (range.revs.length > 0) what = `history of ${range.revs.join(' ')}`;
  else {
    const { branches, tags, remotes, other } = facts.refs;
    what =
      `every ref: ${plural(branches, 'branch')}`.replace('branchs', 'branches') +
      `, ${plural(tags, 'tag')}, ${plural(remotes, 'remote-tracking ref')}${other ? `, ${plural(other, 'other ref')} (stash, notes, …)` : ''}`;
  }
  const dates = `${range.since ? ` since ${range.since}` : ''}${range.until ? ` until ${range.until}` : ''}`;
  if (stats.commits === 0 && !facts.head && facts.refs.branches + facts.refs.tags + facts.refs.remotes + facts.refs.other === 0) {
    notes.push('empty repository: no commits to scan.');
    return notes;
  }
  const seconds = ms / 1000;
  const rate = seconds > 0 ? `, ${formatBytes(Math.round(stats.bytes / seconds))}/s` : '';
  notes.push(
    `scanned ${what}${dates}: ${plural(stats.commits, 'commit')}, ${plural(stats.blobs, 'unique file version')} (${formatBytes(stats.bytes)}) in ${seconds.toFixed(1)} s${rate}.`,
  );
  if (findings.length > 0) {
    const now = findings.filter((f) => f.presentAtHead).length;
    notes.push(
      `${now} still present at HEAD (remove now, then rotate); ${findings.length - now} only in history (already removed: rotate anyway).`,
    );
  }
  return notes;
}
