import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitInfos } from '../../../src/git/commit-infos.ts';
import { TempRepo } from '../../support/git-repo.ts';

// commitInfos against a real repository: the walk lists ids only, and the report's authors and
// dates come from here.

let repo: TempRepo;
let first = '';
let second = '';

beforeAll(() => {
  repo = new TempRepo();
  repo.write('a.txt', 'a\n');
  first = repo.commitAll('first', '--author=Zoë Dev <zoe@example.test>', '--date=2024-01-02T03:04:05+01:00');
  repo.write('b.txt', 'b\n');
  second = repo.commitAll('second');
});
afterAll(() => repo?.remove());

describe('commitInfos', () => {
  it('gives author name (UTF-8), email and ISO date of each commit asked for, in any order', async () => {
    const infos = await commitInfos(repo.dir, [second, first]);
    expect(infos.size).toBe(2);
    expect(infos.get(first)).toEqual({ sha: first, author: 'Zoë Dev', email: 'zoe@example.test', date: '2024-01-02T03:04:05+01:00' });
    expect(infos.get(second)).toMatchObject({ sha: second, author: 'Test Author', email: 'author@example.test' });
  });

  it('asks git nothing for no commits', async () => {
    expect((await commitInfos('/nonexistent-directory', [])).size).toBe(0);
  });

  it("fails with git's message for an id that is not in the repository", async () => {
    await expect(commitInfos(repo.dir, ['1'.repeat(40)])).rejects.toThrow(/bad object|unknown revision|not a valid/i);
  });
});
