import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { builtinRules } from '../../rules/index.ts';
import { Detector } from '../engine/detector.ts';
import { placeholderFor } from '../report/redact.ts';
import { readAll, type CommandContext } from './context.ts';

let detector: Detector | undefined;

/**
 * Replaces every secret in `text` with `<redacted:rule-id>`. For pasting logs, configs and code into
 * tickets, chats and AI assistants, and for every error message this tool prints.
 */
export function redactText(text: string): string {
  detector ??= new Detector(builtinRules);
  const findings = detector.scan({ text, path: '(stdin)' }).filter((f) => f.start >= 0);
  let out = text;
  for (const f of [...findings].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, f.start) + placeholderFor(f.ruleId) + out.slice(f.end);
  }
  return out;
}

/** `secret-hooks redact [file]`: stdin (or the file) → stdout with secrets replaced; exit 0. */
export async function redactCommand(ctx: CommandContext): Promise<number> {
  const [file] = ctx.args;
  const text = file ? await readFile(path.resolve(ctx.cwd, file), 'utf8') : await readAll(ctx.stdin);
  ctx.stdout.write(redactText(text));
  return 0;
}
