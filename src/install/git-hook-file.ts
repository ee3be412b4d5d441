import { chmodSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { HookName } from './hook-template.ts';
import { CHAINED_SUFFIX, foreignLines, installedHookText, isInstalledHook } from './installed-hook.ts';
import type { SetupStep } from './setup-step.ts';

/** Reads a hook as text; undefined when absent. A symlink counts as present (we move the link). */
function readHook(file: string): string | undefined {
  try {
    lstatSync(file);
  } catch {
    return undefined;
  }
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // A dangling symlink or a folder: present, but not ours.
    return '';
  }
}

function exists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function writeHook(file: string, text: string): void {
  writeFileSync(file, text);
  // Git runs only executable hooks; set the mode explicitly, since writeFileSync's mode obeys umask.
  chmodSync(file, 0o755);
}

/**
 * Installs one hook into `hooksDir`: writes ours, chaining (renaming) a hook that was there.
 * Idempotent: our current hook stays as it is; an older one of ours is rewritten in place.
 */
export function installGitHook(hooksDir: string, hook: HookName, template: string, label: string): SetupStep {
  const file = path.join(hooksDir, hook);
  const backup = file + CHAINED_SUFFIX;
  const wanted = installedHookText(hook, template);
  const current = readHook(file);
  const subject = `${label}/${hook}`;

  if (current !== undefined && isInstalledHook(current)) {
    if (current === wanted) return { subject, status: 'unchanged', message: 'already installed' };
    writeHook(file, wanted);
    return { subject, status: 'changed', message: 'updated to this version of secret-hooks' };
  }
  if (current === undefined) {
    mkdirSync(hooksDir, { recursive: true });
    writeHook(file, wanted);
    const chained = exists(backup) ? ` (it chains the ${hook}${CHAINED_SUFFIX} already there)` : '';
    return { subject, status: 'changed', message: `installed${chained}` };
  }
  if (exists(backup)) {
    return {
      subject,
      status: 'failed',
      message: `not installed: ${hook} is not ours and ${hook}${CHAINED_SUFFIX} already exists, so the existing hook cannot be set aside. Move one of them away and run install again.`,
    };
  }
  renameSync(file, backup);
  try {
    writeHook(file, wanted);
  } catch (e) {
    renameSync(backup, file);
    throw e;
  }
  return { subject, status: 'changed', message: `installed; the existing hook was moved to ${hook}${CHAINED_SUFFIX} and runs from ours` };
}

/**
 * Removes our hook and puts back the one it chained, byte for byte (a rename). Leaves alone a hook
 * that is not ours, and one of ours that someone edited (unless `force`).
 */
export function uninstallGitHook(hooksDir: string, hook: HookName, label: string, force: boolean): SetupStep {
  const file = path.join(hooksDir, hook);
  const backup = file + CHAINED_SUFFIX;
  const current = readHook(file);
  const subject = `${label}/${hook}`;
  const hasBackup = exists(backup);

  if (current !== undefined && !isInstalledHook(current)) {
    return hasBackup
      ? {
          subject,
          status: 'failed',
          message: `not removed: ${hook} is not the one secret-hooks installed, and ${hook}${CHAINED_SUFFIX} is still there; sort them out by hand`,
        }
      : { subject, status: 'unchanged', message: 'not installed by secret-hooks: left as it is' };
  }
  if (current !== undefined) {
    const extra = foreignLines(current, hook);
    if (extra && !force) {
      return {
        subject,
        status: 'failed',
        message: `not removed: it was edited after install (lines that are not ours); remove it by hand, or run uninstall --force`,
      };
    }
    rmSync(file);
  }
  if (hasBackup) {
    renameSync(backup, file);
    return {
      subject,
      status: 'changed',
      message: current === undefined ? `restored the previous hook from ${hook}${CHAINED_SUFFIX}` : 'removed; the previous hook is back',
    };
  }
  return current === undefined
    ? { subject, status: 'unchanged', message: 'not installed' }
    : { subject, status: 'changed', message: 'removed' };
}
