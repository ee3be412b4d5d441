import type { Rule } from '../src/engine/rule.ts';
import { ASSIGN, bodyIsNotPlaceholder, gap, lowerHex } from './lib/cloud-and-code-kit.ts';

// CircleCI API tokens since 2023: `CCIPAT_` (personal) or `CCIPRJ_` (project) + 22 base58-ish
// characters + `_` + 40 hex. https://circleci.com/docs/managing-api-tokens/
const DOCS = 'https://circleci.com/docs/managing-api-tokens/';

export const circleciPersonalToken: Rule = {
  id: 'circleci-personal-token',
  description: 'CircleCI personal API token (CCIPAT_)',
  docs: DOCS,
  keywords: ['ccipat_'],
  regex: /(?<![A-Za-z0-9_])(CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3.8,
  validate: bodyIsNotPlaceholder(7),
  remediation:
    'Delete the token in CircleCI (User Settings > Personal API Tokens) and create a new one; use project tokens or OIDC for pipelines.',
  examples: (f) => ({
    match: [
      `CIRCLECI_TOKEN=CCIPAT_${f.b62(22)}_${f.hex(40)}`,
      `curl -H "Circle-Token: CCIPAT_${f.b62(22)}_${f.hex(40)}" https://circleci.com/api/v2/me`,
      `circleci setup --token CCIPAT_${f.b62(22)}_${f.hex(40)} --host https://circleci.com`,
    ],
    noMatch: [
      `CIRCLECI_TOKEN=CCIPAT_${'x'.repeat(22)}_${'x'.repeat(40)}`,
      `CIRCLECI_TOKEN=CCIPAT_${f.b62(22)}_${f.hex(10)}`,
      'CIRCLECI_TOKEN=${CIRCLECI_TOKEN}',
    ],
  }),
};

export const circleciProjectToken: Rule = {
  id: 'circleci-project-token',
  description: 'CircleCI project API token (CCIPRJ_, e.g. a status-badge circle-token)',
  docs: DOCS,
  keywords: ['cciprj_'],
  regex: /(?<![A-Za-z0-9_])(CCIPRJ_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9_])/,
  minEntropy: 3.8,
  validate: bodyIsNotPlaceholder(7),
  remediation:
    'Delete the token in CircleCI (Project Settings > API Permissions) and create a new one; a status-scope token in a README badge can read build status only, but any other scope must never be public.',
  examples: (f) => ({
    match: [
      `[![CircleCI](https://dl.circleci.com/status-badge/img/gh/acme/api/tree/main.svg?style=svg&circle-token=CCIPRJ_${f.b62(22)}_${f.hex(40)})](https://dl.circleci.com/status-badge/redirect/gh/acme/api/tree/main)`,
      `CIRCLE_PROJECT_TOKEN=CCIPRJ_${f.b62(22)}_${f.hex(40)}`,
    ],
    noMatch: [`CIRCLE_PROJECT_TOKEN=CCIPRJ_${'x'.repeat(22)}_${'x'.repeat(40)}`, 'CIRCLE_PROJECT_TOKEN=${CIRCLE_PROJECT_TOKEN}'],
  }),
};

// Legacy CircleCI tokens are 40 lower-case hex: only in a CircleCI setting or `circle-token=`.
export const circleciTokenLegacy: Rule = {
  id: 'circleci-token-legacy',
  description: 'CircleCI API token (legacy 40-hex format, in a CircleCI setting or circle-token parameter)',
  docs: DOCS,
  keywords: ['circle'],
  regex: new RegExp(
    String.raw`(?:circle${gap()}(?:api[_.\-]?)?token\w{0,8}${ASSIGN}|circle-token=|circle-token:\s{0,3})([a-f0-9]{40})(?![A-Za-z0-9])`,
    'i',
  ),
  minEntropy: 3.0,
  validate: lowerHex,
  remediation: circleciPersonalToken.remediation,
  examples: (f) => ({
    match: [
      `CIRCLECI_TOKEN=${f.hex(40)}`,
      `curl "https://circleci.com/api/v1.1/me?circle-token=${f.hex(40)}"`,
      `{"circleci_api_token": "${f.hex(40)}"}`,
    ],
    noMatch: ['CIRCLECI_TOKEN=${CIRCLECI_TOKEN}', `CIRCLE_SHA1=${f.hex(40)}`, `circleci_token_sha = "${'0'.repeat(40)}"`],
  }),
};

export const circleci: Rule[] = [circleciPersonalToken, circleciProjectToken, circleciTokenLegacy];
