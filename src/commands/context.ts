import type { Readable, Writable } from 'node:stream';

/** The outside world, passed in (never read from globals inside commands), so tests can drive them. */
export interface CommandContext {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Positional arguments after the command name. */
  args: string[];
  options: CliOptions;
  /** Colours on: a TTY, no --no-color, no NO_COLOR. */
  color: boolean;
  /** stderr is a terminal (progress bars). */
  interactive: boolean;
  version: string;
}

export interface CliOptions {
  staged?: boolean;
  'pre-push'?: boolean;
  'pre-receive'?: boolean;
  format?: string;
  config?: string;
  output?: string;
  verbose?: boolean;
  branch?: string;
  since?: string;
  until?: string;
  json?: boolean;
  force?: boolean;
  'dry-run'?: boolean;
}

/** A usage mistake: printed with the usage hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export type Format = 'text' | 'json' | 'sarif';

export function formatOf(options: CliOptions): Format {
  const f = options.format ?? 'text';
  if (f !== 'text' && f !== 'json' && f !== 'sarif') throw new UsageError(`--format must be text, json or sarif (got "${f}")`);
  return f;
}

export async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
