/**
 * Library API: the same engine the CLI runs. Raw findings (with secrets) never leave this API in a
 * printable form: use toReported() / formatters, or redactText() for free text.
 */
export { Detector, type DetectorOptions, type Drop } from './engine/detector.ts';
export type { Rule, Example } from './engine/rule.ts';
export type { Fragment, CommitInfo, LineRanges } from './engine/fragment.ts';
export type { Finding } from './engine/finding.ts';
export type { ReportedFinding, Redacted } from './report/reported-finding.ts';
export { builtinRules } from '../rules/index.ts';
export { toReported } from './report/to-reported.ts';
export { redact } from './report/redact.ts';
export { redactText } from './commands/redact.ts';
export { stagedFragments } from './sources/staged.ts';
export { commitFragments, prePushCommits } from './sources/commit-range.ts';
export { preReceiveCommits } from './sources/pre-receive.ts';
