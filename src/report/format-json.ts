import type { ScanReport } from './scan-report.ts';

/**
 * `--format json` (contract in DESIGN.md): `{ findings: [...], stats: { files, bytes, ms } }` on
 * stdout and nothing else there. Extra keys (`skipped`, `partial`, `notes`) are additive.
 */
export function formatJson(report: ScanReport): string {
  const out: Record<string, unknown> = { findings: report.findings, stats: report.stats };
  if (report.skipped.length > 0) out.skipped = report.skipped;
  if (report.partial) out.partial = report.partial;
  if (report.notes.length > 0) out.notes = report.notes;
  return `${JSON.stringify(out, null, 2)}\n`;
}
