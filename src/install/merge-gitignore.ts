/**
 * Lines init wants in the repository's .gitignore: real environment files stay out of git, the
 * committed example stays in. Order matters (https://git-scm.com/docs/gitignore#_pattern_format: the
 * last matching pattern wins), so `!.env.example` must come after `.env.*`.
 */
export const ENV_IGNORE_LINES = ['.env', '.env.*', '!.env.example'] as const;

const COMMENT = '# secret-hooks: environment files hold real secrets; commit .env.example with placeholders instead';

export interface GitignoreMerge {
  /** The new text; identical to the input when nothing was missing. */
  text: string;
  added: string[];
}

/**
 * Appends the lines of `wanted` that are missing. A negation (`!x`) counts as present only below
 * every earlier wanted line, since above one of them it would be overridden.
 */
export function mergeGitignore(existing: string | undefined, wanted: readonly string[] = ENV_IGNORE_LINES): GitignoreMerge {
  const text = existing ?? '';
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const added: string[] = [];
  let lowest = -1;
  for (const w of wanted) {
    const at = w.startsWith('!') ? lines.indexOf(w, lowest + 1) : lines.indexOf(w);
    if (at < 0) {
      added.push(w);
      lowest = Infinity;
    } else {
      lowest = Math.max(lowest, at);
    }
  }
  if (added.length === 0) return { text, added };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const sep = text === '' || text.endsWith('\n') ? '' : eol;
  return { text: `${text}${sep}${[COMMENT, ...added].join(eol)}${eol}`, added };
}
