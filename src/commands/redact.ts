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
  // Every candidate, overlaps included: where two rules disagree about a span, the union goes.
  const spans = detector
    .scan({ text, path: '(stdin)' }, { overlapping: true })
    .filter((f) => f.start >= 0)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (let i = 0; i < spans.length; ) {
    const first = spans[i]!;
    let end = first.end;
    for (i++; i < spans.length && spans[i]!.start < end; i++) end = Math.max(end, spans[i]!.end);
    out += text.slice(at, first.start) + placeholderFor(first.ruleId);
    at = end;
  }
  return out + text.slice(at);
}

/** `secret-hooks redact [file]`: stdin (or the file) → stdout with secrets replaced; exit 0. */
export async function redactCommand(ctx: CommandContext): Promise<number> {
  const [file] = ctx.args;
  const text = file ? await readFile(path.resolve(ctx.cwd, file), 'utf8') : await readAll(ctx.stdin);
  ctx.stdout.write(redactText(text));
  return 0;
}
