import type { Rule } from '../src/engine/rule.ts';
import { assignment, randomMixedCase } from './lib/databases-and-saas-kit.ts';

// Sumo Logic access keys: an access ID (`su` + 12, not secret on its own) and a 64-character
// alphanumeric access key, which has no prefix and needs a Sumo-named setting. Hosted HTTP source
// URLs embed their own credential after /receiver/v1/http/.
// https://help.sumologic.com/docs/manage/security/access-keys/
const ROTATE_KEY =
  'Delete the access key in Sumo Logic (Administration → Security → Access Keys, or Preferences → My Access Keys), create a replacement, and update the collector / Terraform config.';

export const sumoLogicAccessKey: Rule = {
  id: 'sumo-logic-access-key',
  description: 'Sumo Logic access key (64 alphanumerics) assigned to a Sumo Logic setting',
  docs: 'https://help.sumologic.com/docs/manage/security/access-keys/',
  keywords: ['sumo'],
  regex: assignment('sumo', '(?:access[_.-]?)?key|secret', '[A-Za-z0-9]{64}', { block: true }),
  minEntropy: 4.0,
  validate: randomMixedCase,
  remediation: ROTATE_KEY,
  examples: (f) => ({
    match: [
      `SUMOLOGIC_ACCESSKEY=${f.b62(64)}`,
      `provider "sumologic" {\n  access_id  = var.sumo_access_id\n  access_key = "${f.b62(64)}"\n}`,
      `sumo_access_key: '${f.b62(64)}'`,
    ],
    noMatch: ['SUMOLOGIC_ACCESSKEY=${SUMOLOGIC_ACCESSKEY}', `SUMO_ACCESS_ID=su${f.b62(12)}`, `sumo_commit: ${f.hex(64)}`],
  }),
};

export const sumoLogicHttpSourceUrl: Rule = {
  id: 'sumo-logic-http-source-url',
  description: 'Sumo Logic hosted collector HTTP source URL (the URL itself is the credential)',
  docs: 'https://help.sumologic.com/docs/send-data/hosted-collectors/http-source/logs-metrics/',
  keywords: ['sumologic.com/receiver'],
  regex:
    /\bhttps:\/\/((?:endpoint\d{0,3}|collectors?)\.(?:[a-z0-9-]{2,12}\.){0,2}sumologic\.com\/receiver\/v1\/(?:http|otlp|prometheus|zipkin)\/[A-Za-z0-9_=-]{40,400})/,
  minEntropy: 3.5,
  remediation:
    'Regenerate the source URL in Sumo Logic (Manage Data → Collection → the HTTP source → Show URL → New URL / delete the old one) and update the senders.',
  examples: (f) => ({
    match: [
      `SUMO_URL=https://endpoint4.collection.sumologic.com/receiver/v1/http/${f.b64url(80)}`,
      `url: "https://endpoint1.collection.us2.sumologic.com/receiver/v1/http/${f.b64url(60)}"`,
      `url: "https://collectors.au.sumologic.com/receiver/v1/http/${f.b64url(88)}"`,
    ],
    noMatch: [
      'SUMO_URL=https://endpoint4.collection.sumologic.com/receiver/v1/http/<unique_http_collector_code>',
      'see https://help.sumologic.com/docs/send-data/hosted-collectors/http-source/',
    ],
  }),
};

export const sumoLogic: Rule[] = [sumoLogicAccessKey, sumoLogicHttpSourceUrl];
