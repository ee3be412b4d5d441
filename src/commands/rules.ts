import { builtinRules } from '../../rules/index.ts';
import { formatOf, type CommandContext } from './context.ts';

/** `secret-hooks rules [--format json]`: every built-in rule with id, description and keywords. */
export async function rulesCommand(ctx: CommandContext): Promise<number> {
  const format = formatOf(ctx.options);
  const rows = builtinRules.map((r) => ({
    id: r.id,
    description: r.description,
    keywords: r.keywords,
    kind: r.regex ? (r.generic ? 'generic' : 'content') : 'file',
    ...(r.path ? { paths: r.path } : {}),
    docs: r.docs,
  }));
  if (format === 'json') {
    ctx.stdout.write(`${JSON.stringify({ rules: rows }, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(...rows.map((r) => r.id.length));
  for (const r of rows) {
    const keys = r.kind === 'file' ? `files: ${r.paths?.join(', ')}` : `keywords: ${r.keywords.join(', ') || '(always runs)'}`;
    ctx.stdout.write(`${r.id.padEnd(width)}  ${r.description}\n${' '.repeat(width)}  ${keys}\n`);
  }
  ctx.stdout.write(`\n${rows.length} rules.\n`);
  return 0;
}
