import { UsageError, type CommandContext } from './context.ts';
export async function uninstallCommand(_ctx: CommandContext): Promise<number> { throw new UsageError('uninstall: not built yet'); }
