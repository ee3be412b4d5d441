import type { Writable } from 'node:stream';

/** One line of what init / install / uninstall did (or found already done, or could not do). */
export interface SetupStep {
  /** The file or setting concerned, as the user knows it: `package.json`, `.husky/pre-commit`. */
  subject: string;
  /** `pending`: nothing wrong, but the user has a step to take (run npm install). */
  status: 'changed' | 'unchanged' | 'pending' | 'failed';
  /** What happened, in words: `added "prepare": "husky"`. */
  message: string;
}

/**
 * Prints one line per step; failures on stderr as well, so that a script sees them. Returns how many
 * steps changed something and how many failed.
 */
export function printSteps(steps: readonly SetupStep[], out: Writable, err: Writable): { changed: number; failed: number } {
  const width = Math.min(28, Math.max(0, ...steps.map((s) => s.subject.length)));
  for (const s of steps) {
    const line = `  ${s.subject.padEnd(width)}  ${s.message}\n`;
    (s.status === 'failed' ? err : out).write(s.status === 'failed' ? `secret-hooks: ${s.subject}: ${s.message}\n` : line);
  }
  return { changed: steps.filter((s) => s.status === 'changed').length, failed: steps.filter((s) => s.status === 'failed').length };
}
