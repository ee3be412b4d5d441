import { describe, expect, it } from 'vitest';
import {
  BLOCK_BEGIN,
  BLOCK_END,
  findBlock,
  mergeHookBlock,
  removeHookBlock,
  runsSecretHooks,
  templateBlock,
} from '../../../src/install/hook-block.ts';
import { readHookTemplate } from '../../../src/install/hook-template.ts';

const TEMPLATE = `#!/bin/sh\n${BLOCK_BEGIN}: test\n( exec "$b" scan --staged ) || exit $?\n${BLOCK_END}\n`;
const BLOCK = templateBlock(TEMPLATE);

describe('mergeHookBlock', () => {
  it('writes the whole template when there is no hook, or an empty one', () => {
    expect(mergeHookBlock(undefined, TEMPLATE, 'end')).toEqual({ text: TEMPLATE, action: 'created' });
    expect(mergeHookBlock('\n', TEMPLATE, 'start')).toEqual({ text: TEMPLATE, action: 'created' });
  });

  it('appends the block to a team hook, keeping every byte of it (lint-staged stays)', () => {
    const merged = mergeHookBlock('npx lint-staged\n', TEMPLATE, 'end');
    expect(merged).toEqual({ text: `npx lint-staged\n${BLOCK}`, action: 'added' });
    expect(mergeHookBlock('npx lint-staged', TEMPLATE, 'end').text).toBe(`npx lint-staged\n${BLOCK}`);
  });

  it('puts the block first, after a shebang, when asked', () => {
    expect(mergeHookBlock('npm test\n', TEMPLATE, 'start').text).toBe(`${BLOCK}npm test\n`);
    expect(mergeHookBlock('#!/usr/bin/env sh\nnpm test\n', TEMPLATE, 'start').text).toBe(`#!/usr/bin/env sh\n${BLOCK}npm test\n`);
  });

  it('is idempotent: a second merge changes nothing', () => {
    for (const position of ['start', 'end'] as const) {
      const once = mergeHookBlock('npx lint-staged\nnpm test\n', TEMPLATE, position).text;
      expect(mergeHookBlock(once, TEMPLATE, position)).toEqual({ text: once, action: 'unchanged' });
    }
  });

  it('replaces an older block in place, leaving the lines around it', () => {
    const old = `a\n${BLOCK_BEGIN}: old\nold line\n${BLOCK_END}\nb\n`;
    expect(mergeHookBlock(old, TEMPLATE, 'end')).toEqual({ text: `a\n${BLOCK}b\n`, action: 'updated' });
  });

  it("keeps a team's own secret-hooks line instead of adding a second check", () => {
    const own = 'npx lint-staged\nnpx secret-hooks scan --staged --no-color\n';
    expect(mergeHookBlock(own, TEMPLATE, 'end')).toEqual({ text: own, action: 'own-line' });
  });
});

describe('runsSecretHooks', () => {
  it('finds command lines, not comments or other words', () => {
    expect(runsSecretHooks('npx secret-hooks scan --staged')).toBe(true);
    expect(runsSecretHooks('node_modules/.bin/secret-hooks scan --pre-push "$1" "$2"')).toBe(true);
    expect(runsSecretHooks('# secret-hooks scan --staged')).toBe(false);
    expect(runsSecretHooks('npx secret-hooks audit')).toBe(false);
    expect(runsSecretHooks('npx my-secret-hooks scan')).toBe(false);
  });
});

describe('removeHookBlock and findBlock', () => {
  it('removes exactly what merge added', () => {
    for (const before of ['npx lint-staged\n', '#!/bin/sh\nnpm test\n']) {
      for (const position of ['start', 'end'] as const) {
        expect(removeHookBlock(mergeHookBlock(before, TEMPLATE, position).text)).toBe(before);
      }
    }
  });

  it('needs both markers', () => {
    expect(findBlock(`${BLOCK_BEGIN}\nno end\n`)).toBeUndefined();
    expect(findBlock(`x\n${BLOCK_BEGIN}\n${BLOCK_END}`)).toEqual({ start: 2, end: 2 + BLOCK_BEGIN.length + 1 + BLOCK_END.length });
  });
});

describe('the shipped templates', () => {
  it('have one marked block after a shebang, and the tool path init rewrites', () => {
    for (const hook of ['pre-commit', 'pre-push'] as const) {
      const text = readHookTemplate(hook);
      expect(text.startsWith('#!/bin/sh\n')).toBe(true);
      expect(`#!/bin/sh\n${templateBlock(text)}`).toBe(text);
      expect(text).toContain('b=node_modules/.bin/secret-hooks\n');
      expect(readHookTemplate(hook, 'web/node_modules/.bin/secret-hooks')).toContain('b=web/node_modules/.bin/secret-hooks\n');
    }
  });
});
