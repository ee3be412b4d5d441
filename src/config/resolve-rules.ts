import { builtinRules } from '../../rules/index.ts';
import type { Rule } from '../engine/rule.ts';
import { Detector, type Drop } from '../engine/detector.ts';
import type { RuleInfo } from '../report/scan-report.ts';
import { ConfigError } from './load-config.ts';
import type { Config } from './config-schema.ts';

const byId = new Map(builtinRules.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export function ruleInfo(id: string): RuleInfo | undefined {
  const r = byId.get(id);
  return r && { id: r.id, description: r.description, remediation: r.remediation, docs: r.docs };
}

/** The built-in rules minus those the config disables; an unknown id is an error (a typo disables nothing). */
export function activeRules(config: Config): Rule[] {
  const disabled = new Set(config.disable ?? []);
  for (const id of disabled) if (!byId.has(id)) throw new ConfigError(`config "disable" names an unknown rule "${id}" (see: secret-hooks rules)`);
  return builtinRules.filter((r) => !disabled.has(r.id));
}

export function detectorFor(config: Config, onDrop?: (d: Drop) => void): Detector {
  const allowSecrets = (config.allow?.secrets ?? []).map((s) => {
    try {
      return new RegExp(s);
    } catch (e) {
      throw new ConfigError(`config allow.secrets has an invalid regular expression: ${(e as Error).message}`);
    }
  });
  const options = onDrop ? { ignorePaths: config.ignore ?? [], allowSecrets, onDrop } : { ignorePaths: config.ignore ?? [], allowSecrets };
  return new Detector(activeRules(config), options);
}
