import type { Rule } from '../../src/engine/rule.ts';

export const cloudAndCode: Rule[] = [];
