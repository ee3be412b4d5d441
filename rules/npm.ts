import type { Rule } from '../src/engine/rule.ts';
import { all, bodyIsNotPlaceholder, notChecksummedToken } from './lib/messaging-ai-registries-kit.ts';
import { hasValidCrc32Suffix } from '../src/engine/checksum.ts';

// Granular / automation / publish tokens: `npm_` + 30 base62 + 6-char base62 CRC32 of those 30, the same
// scheme as GitHub's (https://github.blog/changelog/2021-09-23-npm-has-a-new-access-token-format/). A token
// whose checksum does not verify is not an npm token (and vetoes generic rules on the same text).
const TOKENS = 'https://www.npmjs.com/settings/~/tokens';

export const npmAccessToken: Rule = {
  id: 'npm-access-token',
  description: 'npm access token (granular, automation or publish)',
  docs: 'https://docs.npmjs.com/about-access-tokens',
  keywords: ['npm_'],
  regex: /(?<![\w-])(npm_[A-Za-z0-9]{36})(?![\w-])/,
  allowFillers: true,
  validate: (s, m) =>
    hasValidCrc32Suffix(s.slice(4)) ? bodyIsNotPlaceholder(4)(s, m) : 'CRC32 checksum in the last 6 characters does not match',
  remediation: `Revoke it at ${TOKENS} (or \`npm token revoke <id>\`), create a granular token limited to the packages and IPs that need it, and check the packages' recent versions for releases you did not publish.`,
  examples: (f) => ({
    match: [
      `NPM_TOKEN=${f.crc32Token('npm_', 30)}`,
      `//registry.npmjs.org/:_authToken=${f.crc32Token('npm_', 30)}`,
      `env:\n  NODE_AUTH_TOKEN: ${f.crc32Token('npm_', 30)}`,
    ],
    noMatch: [
      `NPM_TOKEN=${f.badCrc32Token('npm_', 30)}`,
      'NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'process.env.npm_config_registry_authentication_value',
      'NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}',
    ],
  }),
};

export const npmrcAuthToken: Rule = {
  id: 'npmrc-auth-token',
  description: 'Registry credential in .npmrc (_authToken, _auth or _password)',
  docs: 'https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration',
  keywords: ['_auth', '_password'],
  path: ['.npmrc', '**/.npmrc'],
  // Any literal value: `${NPM_TOKEN}` and other references are dropped by the shared placeholder check.
  regex: /(?<=^|[\s:])_(?:authToken|auth|password)[ \t]*=[ \t]*["']?([^\s"'#;]{8,})/m,
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(0), notChecksummedToken),
  remediation: `Revoke the token at the registry (npm: ${TOKENS}; GitHub Packages / Artifactory / Nexus: the issuing user's token page), and commit an .npmrc that reads \`_authToken=\${NPM_TOKEN}\` from the environment instead.`,
  examples: (f) => ({
    match: [
      { path: '.npmrc', text: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${f.uuid()}\n` },
      {
        path: 'packages/web/.npmrc',
        text: `@acme:registry=https://npm.acme.io/\n//npm.acme.io/:_auth=${Buffer.from(`deploy:${f.password(16)}`).toString('base64')}\n`,
      },
      {
        path: '.npmrc',
        text: `//nexus.acme.io/repository/npm/:username=ci\n//nexus.acme.io/repository/npm/:_password="${Buffer.from(f.password(14)).toString('base64')}"\n`,
      },
    ],
    noMatch: [
      { path: '.npmrc', text: '//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n' },
      { path: '.npmrc', text: `//registry.npmjs.org/:_authToken=${f.badCrc32Token('npm_', 30)}\n` },
      { path: '.npmrc', text: 'registry=https://registry.npmjs.org/\nsave-exact=true\n' },
      { path: '.npmrc', text: 'always-auth=true\nengine-strict=true\n' },
      { path: '.npmrc', text: '//registry.npmjs.org/:_authToken=$NPM_TOKEN\n' },
    ],
  }),
};

export const npmRegistryAuthLine: Rule = {
  id: 'npm-registry-auth-line',
  description: 'npm registry credential line (//host/:_authToken=…) outside an .npmrc (Dockerfile, CI script, docs)',
  docs: 'https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration',
  keywords: [':_auth', ':_password'],
  // Documentation shows this line as an example; in a real .npmrc it is the npmrc-auth-token rule's.
  pathExclude: ['*.md', '*.mdx', '*.rst', '*.adoc', 'docs/**', '**/docs/**', '.npmrc', '**/.npmrc'],
  // The `//<registry>/:_authToken=` form (or `npm config set //<registry>/:_authToken <value>`) is specific
  // to npm configuration wherever it is written.
  regex: /\/\/[\w.-]{1,100}(?::\d{2,5})?(?:\/[\w.@%/-]{0,100})?:_(?:authToken|auth|password)(?:[ \t]*=[ \t]*|[ \t]+)["']?([^\s"'#;\\]{8,})/,
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(0), notChecksummedToken),
  remediation: `Revoke the token at the registry (npm: ${TOKENS}), and write the line with \`_authToken=\${NPM_TOKEN}\` so that the value comes from the environment (npm expands it at run time).`,
  examples: (f) => ({
    match: [
      { path: 'Dockerfile', text: `FROM node:20\nRUN echo "//registry.npmjs.org/:_authToken=${f.uuid()}" > ~/.npmrc && npm ci\n` },
      {
        path: '.github/workflows/publish.yml',
        text: `      - run: npm config set //npm.acme.io/repository/npm/:_auth ${Buffer.from(`ci:${f.b62(20)}`).toString('base64')}\n`,
      },
      `echo '//nexus.acme.io:8081/repository/npm-private/:_password=${Buffer.from(f.b62(18)).toString('base64')}' >> .npmrc`,
    ],
    noMatch: [
      'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc',
      `RUN echo "//registry.npmjs.org/:_authToken=${f.badCrc32Token('npm_', 30)}" > ~/.npmrc`,
      "- run: echo '//npm.pkg.github.com/:_authToken=$NODE_AUTH_TOKEN' >> .npmrc",
      'npm config set //registry.npmjs.org/:_authToken <token>',
      { path: 'docs/publishing.md', text: `//registry.npmjs.org/:_authToken=${f.uuid()}\n` },
    ],
  }),
};

export const npm: Rule[] = [npmAccessToken, npmrcAuthToken, npmRegistryAuthLine];
