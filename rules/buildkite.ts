import type { Rule } from '../src/engine/rule.ts';
import { prefixed } from './lib/cloud-and-code-kit.ts';

// Buildkite user API access tokens: `bkua_` + 40 lower-case hex.
// https://buildkite.com/docs/apis/managing-api-tokens
export const buildkiteApiToken = prefixed({
  id: 'buildkite-api-token',
  description: 'Buildkite user API access token',
  docs: 'https://buildkite.com/docs/apis/managing-api-tokens',
  prefix: 'bkua_',
  body: '[a-f0-9]{40}',
  tail: 'A-Za-z0-9_',
  fake: (f) => f.hex(40),
  env: 'BUILDKITE_API_TOKEN',
  remediation:
    'Revoke the token in Buildkite (Personal Settings > API Access Tokens > the token > Revoke) and create a new one with the fewest scopes.',
  more: [(t) => `curl -H "Authorization: Bearer ${t}" https://api.buildkite.com/v2/organizations`],
});

export const buildkite: Rule[] = [buildkiteApiToken];
