import type { Rule } from '../src/engine/rule.ts';
import { hasValidCrc32Suffix } from '../src/engine/checksum.ts';

// Format: https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/
// `<prefix>_` + 30 base62 chars + 6-char base62 CRC32 of those 30 chars.
const DOCS = 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats';
const ROTATE =
  'Revoke it at https://github.com/settings/tokens (or the app / OAuth app settings), create a new one with the fewest scopes, and check the security log for use.';

function checksum(prefixLength: number) {
  return (secret: string): true | string =>
    hasValidCrc32Suffix(secret.slice(prefixLength)) ? true : 'CRC32 checksum in the last 6 characters does not match';
}

function crcRule(id: string, prefix: string, description: string): Rule {
  return {
    id,
    description,
    docs: DOCS,
    keywords: [prefix],
    // \b on the left so that `xghp_…` in a longer identifier does not match; exact length on the right.
    regex: new RegExp(`\\b(${prefix}[A-Za-z0-9]{36})(?![A-Za-z0-9])`),
    validate: checksum(prefix.length),
    remediation: ROTATE,
    examples: (f) => ({
      match: [
        `GITHUB_TOKEN=${f.crc32Token(prefix, 30)}`,
        `const token = "${f.crc32Token(prefix, 30)}";`,
        `git clone https://x-access-token:${f.crc32Token(prefix, 30)}@github.com/org/repo.git`,
      ],
      noMatch: [
        `GITHUB_TOKEN=${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
        `GITHUB_TOKEN=${f.badCrc32Token(prefix, 30)}`,
        `see ${prefix}${f.b62(20)} in the docs`,
        'GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}',
      ],
    }),
  };
}

export const githubClassicToken = crcRule('github-classic-token', 'ghp_', 'GitHub personal access token (classic)');
export const githubOauthToken = crcRule('github-oauth-token', 'gho_', 'GitHub OAuth access token');
export const githubUserToServerToken = crcRule('github-user-to-server-token', 'ghu_', 'GitHub App user-to-server token');
export const githubServerToServerToken = crcRule('github-server-to-server-token', 'ghs_', 'GitHub App installation (server-to-server) token');
export const githubRefreshToken = crcRule('github-refresh-token', 'ghr_', 'GitHub App refresh token');

export const githubFineGrainedToken: Rule = {
  id: 'github-fine-grained-token',
  description: 'GitHub fine-grained personal access token',
  docs: DOCS,
  keywords: ['github_pat_'],
  // github_pat_ + 22 base62 + _ + 59 base62 (82 characters after the prefix).
  regex: /\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})(?![A-Za-z0-9_])/,
  minEntropy: 4.0,
  remediation: ROTATE,
  examples: (f) => ({
    match: [`export GH_TOKEN=github_pat_${f.b62(22)}_${f.b62(59)}`, `token = 'github_pat_${f.b62(22)}_${f.b62(59)}'`],
    noMatch: [`GH_TOKEN=github_pat_${'x'.repeat(22)}_${'x'.repeat(59)}`, `github_pat_${f.b62(10)}`, 'GH_TOKEN=github_pat_your-token-here'],
  }),
};

export const github: Rule[] = [
  githubClassicToken,
  githubOauthToken,
  githubUserToServerToken,
  githubServerToServerToken,
  githubRefreshToken,
  githubFineGrainedToken,
];
