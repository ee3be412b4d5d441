declare const redactedBrand: unique symbol;

/** A string produced by redact(): safe to print. Only src/report/redact.ts creates one. */
export type Redacted = string & { readonly [redactedBrand]: true };

/**
 * What every output path accepts: a finding without its secret. Formatters, the terminal, JSON,
 * SARIF and error messages take only this type, so a raw secret cannot reach them by construction.
 * Field names and meanings are the JSON contract (DESIGN.md).
 */
export interface ReportedFinding {
  ruleId: string;
  path: string;
  line: number;
  column: number;
  endLine: number;
  redacted: Redacted;
  /** Stable across commits, line moves and renames; does not reveal the secret. */
  fingerprint: string;
  /** History, pre-push and pre-receive only: the commit that introduced it. */
  commit?: string;
  author?: string;
  /** ISO 8601. */
  date?: string;
  /** Audit only: whether the secret is still in the file at HEAD ("remove now") or only in history. */
  presentAtHead?: boolean;
}
