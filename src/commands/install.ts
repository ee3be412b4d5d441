import { UsageError, type CommandContext } from './context.ts';
export async function installCommand(_ctx: CommandContext): Promise<number> { throw new UsageError('install: not built yet'); }
