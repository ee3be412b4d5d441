import type { LineIndex } from './line-index.ts';

/**
 * Inline suppression, in any comment syntax (the marker is matched as plain text, so `//`, `#`,
 * `--`, `<!-- -->`, `/* *\/` and `;` all work):
 *   `secret-hooks:allow` on any line of the finding, or
 *   `secret-hooks:allow-next-line` on the line just before it.
 */
const ALLOW = 'secret-hooks:allow';
const NEXT = 'secret-hooks:allow-next-line';

export function allowedByComment(text: string, lines: LineIndex, line: number, endLine: number): boolean {
  if (!text.includes(ALLOW)) return false;
  for (let l = line; l <= endLine; l++) {
    const t = lines.lineText(l);
    const i = t.indexOf(ALLOW);
    if (i !== -1 && !t.startsWith(NEXT, i)) return true;
  }
  return line > 1 && lines.lineText(line - 1).includes(NEXT);
}
