import { createColors } from 'picocolors';
import type { ReportedFinding } from './reported-finding.ts';
import type { RuleInfo, ScanMode, ScanReport } from './scan-report.ts';

export interface TextOptions {
  color: boolean;
  ruleInfo: (id: string) => RuleInfo | undefined;
}

const WHY =
  'Anyone who can read this repository, a clone, a fork, a CI log or a backup of it can use this value; git keeps it in history even after the line is deleted.';

/**
 * Human output: per finding, what was found (rule), where (file:line:column, commit), a redacted
 * preview, why it matters and what to do; then a one-line summary. Grouped by file.
 */
export function formatText(report: ScanReport, options: TextOptions): string {
  const c = createColors(options.color);
  const lines: string[] = [];
  const byPath = new Map<string, ReportedFinding[]>();
  for (const f of report.findings) {
    const list = byPath.get(f.path) ?? [];
    list.push(f);
    byPath.set(f.path, list);
  }
  for (const [path, findings] of byPath) {
    lines.push(c.bold(c.underline(path)));
    for (const f of findings) {
      const info = options.ruleInfo(f.ruleId);
      const where = f.redacted === '(file)' ? `${path}` : `${path}:${f.line}:${f.column}`;
      lines.push(`  ${c.red('✖')} ${c.bold(info?.description ?? f.ruleId)} ${c.dim(`[${f.ruleId}]`)}`);
      lines.push(`    ${c.dim('where')}  ${where}${f.redacted === '(file)' ? ' (the file itself)' : `   ${c.yellow(f.redacted)}`}`);
      if (f.commit) {
        const state = f.presentAtHead === undefined ? '' : f.presentAtHead ? c.red('  still present at HEAD') : c.dim('  removed since (still in history)');
        lines.push(`    ${c.dim('commit')} ${f.commit.slice(0, 12)} ${c.dim(`${f.author ?? ''} ${f.date ?? ''}`)}${state}`);
      }
      lines.push(`    ${c.dim('fix')}    ${fixFor(report.mode, f)}`);
      if (info) lines.push(`    ${c.dim('rotate')} ${info.remediation}`);
      lines.push(`    ${c.dim('allow')}  ${allowHint(f)}`);
    }
    lines.push('');
  }
  if (report.findings.length > 0) lines.push(c.dim(`Why it matters: ${WHY}`), '');
  for (const s of report.skipped.slice(0, 20)) lines.push(c.yellow(`! not scanned: ${s.path}${s.commit ? ` @ ${s.commit.slice(0, 12)}` : ''}: ${s.reason}`));
  if (report.skipped.length > 20) lines.push(c.yellow(`! … and ${report.skipped.length - 20} more not scanned`));
  for (const n of report.notes) lines.push(c.dim(`note: ${n}`));
  if (report.partial) lines.push(c.yellow(`PARTIAL RESULT: ${report.partial}`));
  lines.push(summary(report, c));
  return `${lines.join('\n')}\n`;
}

function summary(report: ScanReport, c: ReturnType<typeof createColors>): string {
  const n = report.findings.length;
  const files = new Set(report.findings.map((f) => f.path)).size;
  const { stats } = report;
  const scanned = `${stats.commits !== undefined ? `${stats.commits} commit${stats.commits === 1 ? '' : 's'}, ` : ''}${stats.files} file${stats.files === 1 ? '' : 's'}, ${formatBytes(stats.bytes)} in ${stats.ms} ms`;
  if (n === 0) return c.green(`secret-hooks: no secrets found (${scanned}).`);
  const what = `${n} secret${n === 1 ? '' : 's'} found in ${files} file${files === 1 ? '' : 's'}`;
  const consequence =
    report.mode === 'staged' ? ' — commit blocked.' : report.mode === 'pre-push' || report.mode === 'pre-receive' ? ' — push refused.' : '.';
  return c.red(c.bold(`secret-hooks: ${what}${consequence}`)) + c.dim(` (${scanned})`);
}

function fixFor(mode: ScanMode, f: ReportedFinding): string {
  const isFile = f.redacted === '(file)';
  switch (mode) {
    case 'staged':
      return isFile
        ? `git rm --cached -- '${f.path}' and add it to .gitignore (commit a placeholder-only example file instead).`
        : `remove the value from ${f.path}, read it from the environment instead (process.env / os.getenv), then git add it again.`;
    case 'pre-push':
      return `the secret is in commit ${f.commit?.slice(0, 12) ?? ''}, which has not been pushed: rewrite it out (git rebase -i, or git commit --amend for the last commit), then push again.`;
    case 'pre-receive':
      return `the secret is in commit ${f.commit?.slice(0, 12) ?? ''}: rewrite it out of your local branch (git rebase -i), then push again.`;
    case 'audit':
      return f.presentAtHead
        ? `remove it from ${f.path} now, then rotate it: it is in history either way.`
        : 'already removed from the tip, but it is still in history: rotate it (rewriting history does not un-leak a pushed secret).';
    default:
      return isFile ? `do not commit ${f.path}; add it to .gitignore.` : `move the value out of ${f.path} into the environment or a secret store.`;
  }
}

function allowHint(f: ReportedFinding): string {
  if (f.redacted === '(file)') return `a false positive? add "${f.path}" to "ignore" in .secret-hooks.json.`;
  return `a false positive? add a "secret-hooks:allow" comment on that line, or "${f.fingerprint}" to allow.fingerprints in .secret-hooks.json.`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 * 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MiB`;
  return `${(n / 1024 / 1024 / 1024).toFixed(2)} GiB`;
}
