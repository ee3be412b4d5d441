import { writeFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import type { Format } from '../commands/context.ts';
import { ruleInfo } from '../config/resolve-rules.ts';
import { formatJson } from './format-json.ts';
import { formatSarif } from './format-sarif.ts';
import { formatText } from './format-text.ts';
import type { ScanReport } from './scan-report.ts';

/** Renders a report in the chosen format to stdout, or to `--output <file>`. */
export async function writeReport(
  report: ScanReport,
  target: { format: Format; color: boolean; stdout: Writable; output?: string | undefined; version: string },
): Promise<void> {
  const toFile = target.output !== undefined;
  let text: string;
  if (target.format === 'json') text = formatJson(report);
  else if (target.format === 'sarif') text = formatSarif(report, ruleInfo, target.version);
  else text = formatText(report, { color: target.color && !toFile, ruleInfo });
  if (toFile) await writeFile(target.output!, text);
  else target.stdout.write(text);
}
