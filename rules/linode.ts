import type { Rule } from '../src/engine/rule.ts';
import { contextual, gap, lowerHex, tfProvider } from './lib/cloud-and-code-kit.ts';

// Linode (Akamai) personal access tokens are 64 lower-case hex characters, no prefix.
// https://techdocs.akamai.com/linode-api/reference/get-started#personal-access-tokens
export const linodeToken = contextual({
  id: 'linode-token',
  description: 'Linode / Akamai Cloud personal access token (in a Linode setting)',
  docs: 'https://techdocs.akamai.com/linode-api/reference/get-started#personal-access-tokens',
  keywords: ['linode'],
  name: `linode${gap()}(?:api[_.\\-]?)?(?:token|key|pat|secret)`,
  alt: tfProvider('linode', 'token'),
  value: '[a-f0-9]{64}',
  tail: 'A-Za-z0-9',
  fake: (f) => f.hex(64),
  envs: ['LINODE_TOKEN', 'linode_api_token', 'LINODE_CLI_TOKEN'],
  validate: lowerHex,
  remediation:
    'Revoke the token in Cloud Manager (Profile > API Tokens > Revoke), create a narrowly scoped replacement with an expiry, and review the account login and event history.',
  more: [(t) => `provider "linode" {\n  token = "${t}"\n}`],
  moreNoMatch: (f) => [`linode_instance_image_sha = "${f.hex(64)}"`],
});

export const linode: Rule[] = [linodeToken];
