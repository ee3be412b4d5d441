import type { Rule } from '../src/engine/rule.ts';
import { contextual, gap, mixedCase } from './lib/cloud-and-code-kit.ts';

// Travis CI API tokens are 22 alphanumerics with no prefix. https://docs.travis-ci.com/user/migrate/travis-migrate-to-apps-gem-guide/#api-token
export const travisCiToken = contextual({
  id: 'travis-ci-token',
  description: 'Travis CI API token (in a Travis setting)',
  docs: 'https://developer.travis-ci.com/authentication',
  keywords: ['travis'],
  name: `travis${gap()}(?:api[_.\\-]?)?(?:token|key)`,
  value: '[A-Za-z0-9]{22}',
  tail: 'A-Za-z0-9',
  fake: (f) => f.b62(21) + f.digits(1),
  envs: ['TRAVIS_API_TOKEN', 'travis_token', 'TRAVIS_TOKEN'],
  minEntropy: 3.2,
  validate: mixedCase,
  remediation:
    'Regenerate the token in Travis CI (Account > Settings > API authentication > Regenerate token) and update the scripts that call the API.',
  more: [
    (t) => `deploy:\n  provider: script\n  travis_api_token: "${t}"`,
    (t) => `const token = process.env.TRAVIS_API_TOKEN ?? '${t}';`,
    (t) => `        - name: TRAVIS_TOKEN\n          value: ${t}`,
  ],
  moreNoMatch: (f) => [`TRAVIS_COMMIT=${f.hex(40)}`, 'travis_token_name = "nightly-build-trigger"'],
});

export const travisCi: Rule[] = [travisCiToken];
