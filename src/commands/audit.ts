import { UsageError, type CommandContext } from './context.ts';
export async function auditCommand(_ctx: CommandContext): Promise<number> { throw new UsageError('audit: not built yet'); }
