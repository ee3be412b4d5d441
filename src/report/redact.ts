import type { Redacted } from './reported-finding.ts';

/**
 * Redacted preview of a secret: at most its non-secret format prefix (`ghp_`, `sk_live_`, `AKIA`)
 * plus the last 4 characters of the random part, and never more than a quarter of the random part:
 * a random part shorter than 16 characters shows none of it.
 */
export function redact(secret: string, visiblePrefix = ''): Redacted {
  if (secret.length === 0) return '(file)' as Redacted;
  const prefix = visiblePrefix && secret.startsWith(visiblePrefix) ? visiblePrefix : '';
  const rest = secret.slice(prefix.length);
  const tailLength = rest.length >= 16 ? Math.min(4, Math.floor(rest.length / 4)) : 0;
  const tail = tailLength > 0 ? rest.slice(-tailLength) : '';
  return oneLine(`${prefix}…${tail}`) as Redacted;
}

/** The text that stands in for a secret in `secret-hooks redact` output. */
export function placeholderFor(ruleId: string): string {
  return `<redacted:${ruleId}>`;
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\t]+/g, ' ');
}
