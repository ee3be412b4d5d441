import { removeHookBlock, templateBlock } from './hook-block.ts';
import type { HookName } from './hook-template.ts';

/**
 * `secret-hooks install` owns the whole hook file it writes into the hooks folder. A hook that was
 * there before is renamed to `<hook>.pre-secret-hooks` (bytes, mode, symlink and all, so uninstall can
 * put it back exactly) and called from ours: that works whatever language the old hook is written in,
 * which editing it in place would not.
 */
export const CHAINED_SUFFIX = '.pre-secret-hooks';

/** Second line of every hook install writes; how uninstall recognises its own files. */
export const INSTALLED_MARKER = '# Added by `secret-hooks install`';

function parts(hook: HookName): { header: string[]; before: string[]; after: string[] } {
  const chained = `"$0${CHAINED_SUFFIX}"`;
  const header = [
    '#!/bin/sh',
    `${INSTALLED_MARKER}; \`secret-hooks uninstall\` removes this file and puts back ${hook}${CHAINED_SUFFIX}, if there is one.`,
  ];
  // pre-commit: the previous hook first, so that the scan sees the index it may have changed (a
  // formatter re-staging files). pre-push: the previous hook after, since the block hands git's ref
  // lines on through stdin, and an earlier hook reading them would leave the scan nothing to check.
  if (hook === 'pre-commit') {
    return {
      header,
      before: ['# The hook that was here before runs first, as it did:', `if [ -x ${chained} ]; then ${chained} "$@" || exit $?; fi`],
      after: [],
    };
  }
  return {
    header,
    before: [],
    after: [
      '# The hook that was here before runs next, with the same arguments and ref lines:',
      `if [ -x ${chained} ]; then exec ${chained} "$@"; fi`,
    ],
  };
}

/** The complete hook file install writes for `hook`, around the template's block. */
export function installedHookText(hook: HookName, template: string): string {
  const p = parts(hook);
  return [...p.header, ...p.before].join('\n') + '\n' + templateBlock(template) + p.after.map((l) => `${l}\n`).join('');
}

export function isInstalledHook(text: string): boolean {
  return text.split('\n', 3)[1]?.startsWith(INSTALLED_MARKER) === true;
}

/**
 * What a hook file written by install holds besides what install wrote (someone's edits), trimmed;
 * empty when the file is ours alone. The block is recognised by its markers whatever its version.
 */
export function foreignLines(text: string, hook: HookName): string {
  const p = parts(hook);
  const ours = new Set([...p.header, ...p.before, ...p.after]);
  return removeHookBlock(text)
    .split('\n')
    .filter((l) => l.trim() !== '' && !ours.has(l) && !l.startsWith(INSTALLED_MARKER))
    .join('\n');
}
