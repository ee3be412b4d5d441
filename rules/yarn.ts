import type { Rule } from '../src/engine/rule.ts';
import { all, bodyIsNotPlaceholder, notChecksummedToken } from './lib/messaging-ai-registries-kit.ts';

// Yarn Berry keeps registry credentials in .yarnrc.yml: npmAuthToken (a bearer token) or npmAuthIdent
// (`user:password`) (https://yarnpkg.com/configuration/yarnrc#npmAuthToken).
export const yarnrcNpmAuth: Rule = {
  id: 'yarnrc-npm-auth',
  description: 'Registry credential in .yarnrc.yml (npmAuthToken / npmAuthIdent)',
  docs: 'https://yarnpkg.com/configuration/yarnrc#npmAuthToken',
  keywords: ['npmauthtoken', 'npmauthident'],
  path: ['.yarnrc.yml', '**/.yarnrc.yml'],
  // A quoted value may hold `#` (YAML comments only start outside quotes).
  regex: /\bnpmAuth(?:Token|Ident)[ \t]*:[ \t]*["']?((?<=["'])[^"'\n]{8,}|(?<!["'])[^\s"'#]{8,})/,
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(0), notChecksummedToken),
  remediation:
    'Revoke the token at the registry (npm: https://www.npmjs.com/settings/~/tokens), and set `npmAuthToken: "${NPM_TOKEN}"` in .yarnrc.yml so that Yarn reads it from the environment.',
  examples: (f) => ({
    match: [
      { path: '.yarnrc.yml', text: `npmRegistryServer: "https://npm.acme.io"\nnpmAuthToken: ${f.uuid()}\n` },
      { path: 'tools/.yarnrc.yml', text: `npmScopes:\n  acme:\n    npmAlwaysAuth: true\n    npmAuthIdent: "ci:${f.password(16)}"\n` },
    ],
    noMatch: [
      { path: '.yarnrc.yml', text: 'npmAuthToken: "${NPM_TOKEN}"\n' },
      { path: '.yarnrc.yml', text: 'npmAuthToken: "${NPM_TOKEN:-}"\nnodeLinker: node-modules\n' },
      { path: 'src/publish.ts', text: 'const config = { npmAuthToken: process.env.NPM_TOKEN };' },
    ],
  }),
};

export const yarn: Rule[] = [yarnrcNpmAuth];
