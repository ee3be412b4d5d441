import type { Rule } from '../../src/engine/rule.ts';

export const generic: Rule[] = [];
