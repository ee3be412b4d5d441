import type { Rule } from '../../src/engine/rule.ts';
import { databaseUrl } from '../database-url.ts';

export const databasesAndSaas: Rule[] = [...databaseUrl];
