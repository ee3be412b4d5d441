/**
 * The `scan` options that make it a git hook (src/cli.ts: fail-closed messages; src/launcher.ts:
 * the hooks' own code cache). One list, so that a new hook mode reaches both.
 */
export const HOOK_MODES = ['staged', 'pre-push', 'pre-receive'] as const;
