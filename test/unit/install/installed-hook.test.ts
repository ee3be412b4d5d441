import { describe, expect, it } from 'vitest';
import { BLOCK_BEGIN, BLOCK_END, templateBlock } from '../../../src/install/hook-block.ts';
import { readHookTemplate } from '../../../src/install/hook-template.ts';
import { foreignLines, installedHookText, isInstalledHook } from '../../../src/install/installed-hook.ts';

describe('installedHookText', () => {
  it('is a shebang, our marker, the chain call and the template block', () => {
    for (const hook of ['pre-commit', 'pre-push'] as const) {
      const template = readHookTemplate(hook);
      const text = installedHookText(hook, template);
      expect(text.startsWith('#!/bin/sh\n')).toBe(true);
      expect(isInstalledHook(text)).toBe(true);
      expect(text).toContain(templateBlock(template));
      expect(text).toContain(`"$0.pre-secret-hooks" "$@"`);
      expect(foreignLines(text, hook)).toBe('');
    }
  });

  it('chains the previous pre-commit hook before the scan, and the previous pre-push hook after it', () => {
    const commit = installedHookText('pre-commit', readHookTemplate('pre-commit'));
    expect(commit.indexOf('.pre-secret-hooks" "$@"')).toBeLessThan(commit.indexOf(BLOCK_BEGIN));
    const push = installedHookText('pre-push', readHookTemplate('pre-push'));
    expect(push.indexOf('exec "$0.pre-secret-hooks" "$@"')).toBeGreaterThan(push.indexOf(BLOCK_END));
  });
});

describe('isInstalledHook / foreignLines', () => {
  it('does not claim a hook someone else wrote', () => {
    expect(isInstalledHook('#!/bin/sh\nnpx lint-staged\n')).toBe(false);
    expect(isInstalledHook('')).toBe(false);
  });

  it('reports lines someone added to our hook, whatever the version of our block', () => {
    const text = installedHookText('pre-commit', readHookTemplate('pre-commit'));
    expect(foreignLines(`${text}echo mine\n`, 'pre-commit')).toBe('echo mine');
    const olderBlock = text.replace(/# >>> secret-hooks[\s\S]*# <<< secret-hooks\n/, `${BLOCK_BEGIN} old\nold body\n${BLOCK_END}\n`);
    expect(foreignLines(olderBlock, 'pre-commit')).toBe('');
  });
});
