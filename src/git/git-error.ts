/** A git command failed. Carries what a user needs to see: the command, its exit code and stderr. */
export class GitError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    const detail = stderr.trim().split('\n').slice(-3).join(' | ');
    super(`git ${args.filter((a) => !a.startsWith('-c')).slice(0, 4).join(' ')} failed (exit ${exitCode ?? 'signal'})${detail ? `: ${detail}` : ''}`);
    this.name = 'GitError';
  }
}
