import type { Rule } from '../src/engine/rule.ts';
import { contextual, gap, mixedCase } from './lib/cloud-and-code-kit.ts';

// Drone personal tokens are 32 alphanumerics with no prefix (shown under the user's account page).
// https://docs.drone.io/cli/setup/
export const droneCiToken = contextual({
  id: 'drone-ci-token',
  description: 'Drone CI personal token (in a Drone setting)',
  docs: 'https://docs.drone.io/cli/setup/',
  keywords: ['drone'],
  name: `drone${gap()}(?:api[_.\\-]?)?(?:token|secret)`,
  value: '[A-Za-z0-9]{32}',
  tail: 'A-Za-z0-9',
  fake: (f) => f.b62(31) + f.digits(1),
  envs: ['DRONE_TOKEN', 'drone_token', 'DRONE_TOKEN'],
  minEntropy: 3.8,
  validate: mixedCase,
  remediation:
    'Rotate the token from the Drone UI (Account > Token, or `drone user update --token` as an admin) and update the CLI / scripts.',
  moreNoMatch: (f) => [`DRONE_COMMIT_SHA=${f.hex(40)}`, 'DRONE_SERVER=https://drone.example.org'],
});

export const droneCi: Rule[] = [droneCiToken];
