import { UsageError, type CommandContext } from './context.ts';
export async function initCommand(_ctx: CommandContext): Promise<number> { throw new UsageError('init: not built yet'); }
