import type { ReportedFinding } from './reported-finding.ts';

/** Something the scan could not read, and why (a partial result says it is partial). */
export interface Skipped {
  path: string;
  reason: string;
  commit?: string;
}

export type ScanMode = 'staged' | 'pre-push' | 'pre-receive' | 'files' | 'audit' | 'stdin';

/** Everything a formatter needs: redacted findings and counters, never a raw secret. */
export interface ScanReport {
  mode: ScanMode;
  findings: ReportedFinding[];
  stats: { files: number; bytes: number; ms: number; commits?: number; blobs?: number };
  skipped: Skipped[];
  /** Set when part of the input could not be scanned (missing objects, errors): the result is partial. */
  partial?: string;
  /** Notes for the summary (shallow history, submodules not followed, …). */
  notes: string[];
}

/** Rule metadata the formatters may show. */
export interface RuleInfo {
  id: string;
  description: string;
  remediation: string;
  docs: string;
}
