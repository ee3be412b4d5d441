import type { CommitInfo } from './fragment.ts';

/**
 * A detected secret. Internal only: it carries the raw secret, so nothing that prints or writes
 * accepts it. src/report/to-reported.ts turns it into a ReportedFinding (redacted) for output.
 */
export interface Finding {
  ruleId: string;
  path: string;
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units of the line. */
  column: number;
  endLine: number;
  /** The secret itself; empty for a forbidden file. */
  secret: string;
  /** Offsets of the secret in the scanned text (end exclusive); -1 for a forbidden file. */
  start: number;
  end: number;
  commit?: CommitInfo;
}
