import type { Finding } from '../engine/finding.ts';
import type { Rule } from '../engine/rule.ts';
import { fingerprint } from './fingerprint.ts';
import { redact } from './redact.ts';
import type { ReportedFinding } from './reported-finding.ts';

/** The one place where a Finding (with its secret) becomes something that may be printed. */
export function toReported(finding: Finding, rule: Rule | undefined): ReportedFinding {
  const reported: ReportedFinding = {
    ruleId: finding.ruleId,
    path: finding.path,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    redacted: redact(finding.secret, rule ? visiblePrefix(finding.secret, rule) : ''),
    fingerprint: fingerprint(finding.secret, `${finding.ruleId}:${finding.path}`),
  };
  if (finding.commit) {
    reported.commit = finding.commit.sha;
    reported.author = finding.commit.email ? `${finding.commit.author} <${finding.commit.email}>` : finding.commit.author;
    reported.date = finding.commit.date;
  }
  return reported;
}

/** The format's public prefix: the rule's `visiblePrefix`, else the longest keyword the secret starts with. */
export function visiblePrefix(secret: string, rule: Rule): string {
  if (rule.visiblePrefix) {
    const m = rule.visiblePrefix.exec(secret);
    return m && m.index === 0 ? m[0] : '';
  }
  const lower = secret.toLowerCase();
  let best = '';
  for (const k of rule.keywords) if (k.length > best.length && lower.startsWith(k)) best = secret.slice(0, k.length);
  // A keyword that is a whole word of context (e.g. "password") is not a format prefix.
  return best.length < secret.length / 2 ? best : '';
}
