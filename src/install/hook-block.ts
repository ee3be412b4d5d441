/**
 * The secret-hooks part of a hook file is one marked block, so that it can live inside a hook the
 * team already has (husky's .husky/pre-commit with `npx lint-staged`, say), be found again to update
 * it, and be removed without touching anything else.
 */
export const BLOCK_BEGIN = '# >>> secret-hooks';
export const BLOCK_END = '# <<< secret-hooks';

/** Where the block goes in a hook that already has commands. */
export type HookPosition = 'start' | 'end';

export type HookMergeAction =
  /** There was no hook (or only whitespace): the whole template. */
  | 'created'
  /** The block was added to the team's hook. */
  | 'added'
  /** An older or edited block was replaced with the current one. */
  | 'updated'
  | 'unchanged'
  /** The hook already runs `secret-hooks scan` on a line of its own: left as it is. */
  | 'own-line';

export interface HookMerge {
  text: string;
  action: HookMergeAction;
}

interface Span {
  start: number;
  end: number;
}

/** The template's block (BEGIN line to END line, final newline included), without the shebang. */
export function templateBlock(template: string): string {
  const span = findBlock(template);
  if (!span) throw new Error(`hook template has no "${BLOCK_BEGIN}" … "${BLOCK_END}" block`);
  return template.slice(span.start, span.end);
}

/** Character span of the first marked block, from the start of its BEGIN line to after its END line. */
export function findBlock(text: string): Span | undefined {
  const begin = lineStartingWith(text, BLOCK_BEGIN, 0);
  if (begin < 0) return undefined;
  const endLine = lineStartingWith(text, BLOCK_END, begin);
  if (endLine < 0) return undefined;
  const nl = text.indexOf('\n', endLine);
  return { start: begin, end: nl < 0 ? text.length : nl + 1 };
}

function lineStartingWith(text: string, prefix: string, from: number): number {
  for (let i = from; i < text.length;) {
    if (text.startsWith(prefix, i)) return i;
    const nl = text.indexOf('\n', i);
    if (nl < 0) break;
    i = nl + 1;
  }
  return -1;
}

/**
 * True when a command line (not a comment) runs `secret-hooks … scan`: a team that wrote its own
 * `npx secret-hooks scan --staged` keeps it, and gets no second copy.
 */
export function runsSecretHooks(text: string): boolean {
  return text.split('\n').some((line) => {
    const code = line.trim();
    return !code.startsWith('#') && /(^|[\s/"'])secret-hooks["']?\s+(.*\s)?scan(\s|$)/.test(code);
  });
}

/**
 * Puts the template's block into a hook: the whole template when there is no hook, the block replaced
 * in place when there is one, else inserted at `position` (`start`: after a shebang line).
 */
export function mergeHookBlock(existing: string | undefined, template: string, position: HookPosition): HookMerge {
  if (existing === undefined || existing.trim() === '') return { text: template, action: 'created' };
  const block = templateBlock(template);
  const span = findBlock(existing);
  if (span) {
    const text = existing.slice(0, span.start) + block + existing.slice(span.end);
    return { text, action: text === existing ? 'unchanged' : 'updated' };
  }
  if (runsSecretHooks(existing)) return { text: existing, action: 'own-line' };
  if (position === 'end') {
    return { text: `${existing}${existing.endsWith('\n') ? '' : '\n'}${block}`, action: 'added' };
  }
  const firstLineEnd = existing.startsWith('#!') ? existing.indexOf('\n') + 1 || existing.length : 0;
  const head = existing.slice(0, firstLineEnd);
  return { text: `${head}${head && !head.endsWith('\n') ? '\n' : ''}${block}${existing.slice(firstLineEnd)}`, action: 'added' };
}

/** The hook without the block (exactly what was around it). */
export function removeHookBlock(text: string): string {
  const span = findBlock(text);
  return span ? text.slice(0, span.start) + text.slice(span.end) : text;
}
