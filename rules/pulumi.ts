import type { Rule } from '../src/engine/rule.ts';
import { prefixed } from './lib/cloud-and-code-kit.ts';

// Pulumi Cloud access tokens: `pul-` + 40 lower-case hex.
// https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/
export const pulumiAccessToken = prefixed({
  id: 'pulumi-access-token',
  description: 'Pulumi Cloud access token',
  docs: 'https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/',
  prefix: 'pul-',
  body: '[a-f0-9]{40}',
  tail: 'A-Za-z0-9_',
  fake: (f) => f.hex(40),
  env: 'PULUMI_ACCESS_TOKEN',
  remediation:
    'Delete the token in Pulumi Cloud (Settings > Access Tokens, or the organization/team token page) and create a new one; prefer OIDC for CI.',
  more: [(t) => `pulumi login --token ${t}`],
});

export const pulumi: Rule[] = [pulumiAccessToken];
