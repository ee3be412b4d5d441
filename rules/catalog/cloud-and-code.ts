import type { Rule } from '../../src/engine/rule.ts';
import { aws } from '../aws.ts';
import { azure } from '../azure.ts';
import { gcp } from '../gcp.ts';

export const cloudAndCode: Rule[] = [...aws, ...gcp, ...azure];
