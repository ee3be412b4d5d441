import type { Finding } from '../engine/finding.ts';
import type { Config } from '../config/config-schema.ts';
import { ruleById } from '../config/resolve-rules.ts';
import type { ReportedFinding } from './reported-finding.ts';
import { toReported } from './to-reported.ts';

/**
 * Findings → reported (redacted) findings: drops those whose fingerprint the config allows, and
 * repeats of the same secret at the same place (one commit can touch a line twice via a merge).
 */
export function reportFindings(findings: readonly Finding[], config: Config): ReportedFinding[] {
  const allowed = new Set(config.allow?.fingerprints ?? []);
  const seen = new Set<string>();
  const out: ReportedFinding[] = [];
  for (const f of findings) {
    const r = toReported(f, ruleById(f.ruleId));
    if (allowed.has(r.fingerprint)) continue;
    const key = `${r.fingerprint}\0${r.path}\0${r.line}\0${r.commit ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(r);
  }
  return out;
}
