import type { Rule } from '../src/engine/rule.ts';
import { assignment, randomMixedCase } from './lib/databases-and-saas-kit.ts';

// PagerDuty REST API keys are 20 characters (letters, digits, `_`, `-`, `+`) with no prefix; they
// are sent as `Authorization: Token token=<key>`, so a PagerDuty setting is required.
// https://support.pagerduty.com/main/docs/api-access-keys
export const pagerdutyApiKey: Rule = {
  id: 'pagerduty-api-key',
  description: 'PagerDuty REST API key assigned to a PagerDuty setting',
  docs: 'https://support.pagerduty.com/main/docs/api-access-keys',
  keywords: ['pagerduty', 'pager_duty'],
  regex: assignment('pager[_.-]?duty', '(?:api|rest|user|access)?[_.-]?(?:token|key)', '[A-Za-z0-9_+-]{20}'),
  minEntropy: 3.2,
  validate: randomMixedCase,
  remediation:
    'Delete the key in PagerDuty (Integrations → API Access Keys, or My Profile → User Settings → API Access for user tokens), create a replacement, and update the automation.',
  examples: (f) => ({
    match: [
      `PAGERDUTY_API_KEY=${f.b62(18)}+${f.digits(1)}`,
      `pagerduty_token: "${f.b64url(17)}Ab1"`,
      `provider "pagerduty" {}\npagerdutyToken = "${f.b62(19)}_"`,
    ],
    noMatch: ['PAGERDUTY_API_KEY=${PAGERDUTY_API_KEY}', `PAGERDUTY_SERVICE_ID=P${f.upperAlnum(6)}`],
  }),
};

export const pagerduty: Rule[] = [pagerdutyApiKey];
