import type { Rule } from '../src/engine/rule.ts';
import { NAME_TAIL, UUID } from './lib/databases-and-saas-kit.ts';

// Opsgenie API / integration keys are UUIDs sent as `Authorization: GenieKey <key>`; a UUID is only
// reported after GenieKey or when assigned to an Opsgenie key setting.
// https://docs.opsgenie.com/docs/api-key-management
export const opsgenieApiKey: Rule = {
  id: 'opsgenie-api-key',
  description: 'Opsgenie API / integration key (UUID after GenieKey or in an Opsgenie setting)',
  docs: 'https://docs.opsgenie.com/docs/api-key-management',
  keywords: ['opsgenie', 'ops_genie', 'ops-genie', 'ops.genie', 'geniekey'],
  regex: new RegExp(
    `(?:\\bGenieKey[ \\t]+|ops[_.-]?genie[\\w.(-]{0,24}?(?:api|integration|heartbeat)?[_.-]?(?:key|token)${NAME_TAIL}[ \\t]{0,4}(?:=>|:=|[:=])[ \\t]{0,4}["'\`]?)(${UUID})(?![\\w-])`,
    'i',
  ),
  minEntropy: 3.0,
  remediation:
    "Delete the key in Opsgenie (Settings → API key management, or the integration's page → Reset / Delete), create a replacement, and update the alerting integration.",
  examples: (f) => ({
    match: [
      `OPSGENIE_API_KEY=${f.uuid()}`,
      `curl -H "Authorization: GenieKey ${f.uuid()}" https://api.opsgenie.com/v2/alerts`,
      `opsgenie_integration_key: "${f.uuid()}"`,
    ],
    noMatch: ['OPSGENIE_API_KEY=${OPSGENIE_API_KEY}', `OPSGENIE_TEAM_ID=${f.uuid()}`, 'Authorization: GenieKey <api_key>'],
  }),
};

export const opsgenie: Rule[] = [opsgenieApiKey];
