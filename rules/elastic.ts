import type { Rule } from '../src/engine/rule.ts';
import { NAME_TAIL } from './lib/databases-and-saas-kit.ts';

// Elasticsearch / Elastic Cloud API keys are sent as `Authorization: ApiKey <base64(id:api_key)>`
// (the `encoded` value returned by the create-API-key call): base64 of a 20-character id, `:`, and a
// 22-character key. The decoded shape is checked, so an arbitrary base64 string does not match.
// https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-create-api-key.html
function isEncodedKey(s: string): boolean {
  const text = Buffer.from(s, 'base64').toString('utf8');
  return /^[A-Za-z0-9_-]{20}:[A-Za-z0-9_-]{22}$/.test(text);
}

export const elasticApiKey: Rule = {
  id: 'elastic-api-key',
  description: 'Elasticsearch / Elastic Cloud encoded API key (base64 of id:key)',
  docs: 'https://www.elastic.co/guide/en/elasticsearch/reference/current/security-api-create-api-key.html',
  keywords: ['apikey', 'elastic', 'kibana'],
  regex: new RegExp(
    `(?:\\bApiKey[ \\t]+|(?:elastic(?:search)?|kibana|(?<![a-z])es)[\\w.(-]{0,24}?(?:api[_.-]?)?key${NAME_TAIL}[ \\t]{0,4}(?:=>|:=|[:=])[ \\t]{0,4}["'\`]?)([A-Za-z0-9+/]{54,62}={0,2})(?![A-Za-z0-9+/=_-])`,
    'i',
  ),
  minEntropy: 4.0,
  validate: (s) => (isEncodedKey(s) ? true : 'does not decode to id:api_key'),
  remediation:
    'Invalidate the key (DELETE /_security/api_key with its id, or Kibana → Stack Management → API keys → Invalidate; Elastic Cloud: Organization → API keys), create a replacement with minimal privileges, and update the client config.',
  examples: (f) => {
    const key = () => Buffer.from(`${f.b64url(20)}:${f.b64url(22)}`).toString('base64');
    return {
      match: [
        `ELASTIC_API_KEY=${key()}`,
        `curl -H "Authorization: ApiKey ${key()}" https://es.internal:9200/_cat/indices`,
        `elasticsearch:\n  hosts: ["https://es:9200"]\nelasticsearchApiKey: "${key()}"`,
      ],
      noMatch: ['ELASTIC_API_KEY=${ELASTIC_API_KEY}', `Authorization: ApiKey ${f.b64(58)}==`, 'Authorization: ApiKey <base64-encoded-key>'],
    };
  },
};

export const elastic: Rule[] = [elasticApiKey];
