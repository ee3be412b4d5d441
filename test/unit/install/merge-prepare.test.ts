import { describe, expect, it } from 'vitest';
import { huskyDirInPrepare, huskyPrepareCommand, mergePrepare, runsHusky } from '../../../src/install/merge-prepare.ts';

describe('mergePrepare', () => {
  it('adds husky when there is no prepare script', () => {
    expect(mergePrepare(undefined, 'husky')).toBe('husky');
    expect(mergePrepare('  ', 'husky')).toBe('husky');
  });

  it('keeps an existing prepare script, after husky', () => {
    expect(mergePrepare('tsc -p .', 'husky')).toBe('husky && tsc -p .');
  });

  it('never adds husky twice', () => {
    for (const existing of [
      'husky',
      'npm run build && husky',
      'husky || true',
      'npx husky',
      'husky install',
      './node_modules/.bin/husky',
      'cd .. && husky web/.husky',
    ]) {
      expect(mergePrepare(existing, 'husky'), existing).toBeUndefined();
    }
  });

  it('does not mistake a word containing husky for husky', () => {
    expect(runsHusky('node scripts/husky-free.js')).toBe(false);
    expect(mergePrepare('echo huskyish', 'husky')).toBe('husky && echo huskyish');
  });

  it('is idempotent', () => {
    const once = mergePrepare('tsc', 'husky')!;
    expect(mergePrepare(once, 'husky')).toBeUndefined();
  });
});

describe('huskyPrepareCommand', () => {
  it('is plain husky for a package at the top', () => {
    expect(huskyPrepareCommand('', '.husky')).toBe('husky');
  });

  it('goes up to the top for a package in a subfolder', () => {
    expect(huskyPrepareCommand('apps/web', 'apps/web/.husky')).toBe('cd ../.. && husky apps/web/.husky');
  });
});

describe('huskyDirInPrepare', () => {
  it('reads a custom folder, and none for the default', () => {
    expect(huskyDirInPrepare('husky .config/husky')).toBe('.config/husky');
    expect(huskyDirInPrepare('cd .. && husky web/.husky && tsc')).toBe('web/.husky');
    expect(huskyDirInPrepare('husky install ./hooks/')).toBe('hooks');
    expect(huskyDirInPrepare('husky')).toBeUndefined();
    expect(huskyDirInPrepare('husky && tsc')).toBeUndefined();
    expect(huskyDirInPrepare('husky || true')).toBeUndefined();
    expect(huskyDirInPrepare(undefined)).toBeUndefined();
  });
});
