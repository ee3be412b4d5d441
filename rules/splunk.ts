import type { Rule } from '../src/engine/rule.ts';
import { assignment, NAME_TAIL, randomMixedCase, UUID } from './lib/databases-and-saas-kit.ts';

// Splunk HTTP Event Collector tokens are UUIDs, sent as `Authorization: Splunk <token>`; a UUID is
// only reported in that header or when assigned to a Splunk / HEC token setting.
// https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector
// Splunk Observability Cloud (SignalFx) access tokens are 22 URL-safe characters sent as
// X-SF-Token. https://docs.splunk.com/observability/en/admin/authentication/authentication-tokens/org-tokens.html

export const splunkHecToken: Rule = {
  id: 'splunk-hec-token',
  description: 'Splunk HTTP Event Collector token (UUID in an Authorization: Splunk header or a HEC token setting)',
  docs: 'https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector',
  // Not plain 'hec': it is in every "check"; the regex needs one of these right after it.
  keywords: ['splunk', 'hec_', 'hec-', 'hec.', 'hec(', 'hectoken'],
  regex: new RegExp(
    `(?:\\bSplunk[ \\t]+|(?:splunk|(?<![a-z])hec)[\\w.(-]{0,24}?token${NAME_TAIL}[ \\t]{0,4}(?:=>|:=|[:=])[ \\t]{0,4}["'\`]?)(${UUID})(?![\\w-])`,
    'i',
  ),
  minEntropy: 3.0,
  remediation:
    'Disable and delete the token in Splunk (Settings → Data inputs → HTTP Event Collector, or Splunk Cloud → HEC tokens), create a new one, and update the forwarder / logging driver config.',
  examples: (f) => ({
    match: [
      `curl -k https://splunk.internal:8088/services/collector -H "Authorization: Splunk ${f.uuid()}" -d '{"event":"x"}'`,
      `SPLUNK_HEC_TOKEN=${f.uuid()}`,
      `splunk:\n  hec:\n    url: https://hec.acme.io\n  splunkToken: "${f.uuid()}"`,
      `logging:\n  driver: splunk\n  options:\n    splunk-token: ${f.uuid()}`,
    ],
    noMatch: [
      'SPLUNK_HEC_TOKEN=${SPLUNK_HEC_TOKEN}',
      `SPLUNK_INDEX_ID=${f.uuid()}`,
      'Authorization: Splunk 00000000-0000-0000-0000-000000000000',
      `splunk_request_id: ${f.uuid()}`,
      `SPLUNK_HEC_TOKEN_ID=${f.uuid()}`,
      'Authorization: Splunk <hec-token>',
    ],
  }),
};

export const splunkObservabilityToken: Rule = {
  id: 'splunk-observability-token',
  description: 'Splunk Observability Cloud (SignalFx) access token assigned to an X-SF-Token / SignalFx setting',
  docs: 'https://docs.splunk.com/observability/en/admin/authentication/authentication-tokens/org-tokens.html',
  keywords: ['x-sf-token', 'signalfx', 'sfx', 'splunk'],
  regex: assignment(
    'x-sf-|signalfx|(?<![a-z])sfx|splunk[_.-]?(?:o11y|observability|access)',
    '(?:access[_.-]?|api[_.-]?|ingest[_.-]?)?token',
    '[A-Za-z0-9_-]{22}',
  ),
  minEntropy: 3.5,
  validate: randomMixedCase,
  remediation:
    'Revoke the token in Splunk Observability Cloud (Settings → Access Tokens → ⋯ → Delete/Rotate), create a replacement, and update the collector config.',
  examples: (f) => ({
    match: [
      `SPLUNK_ACCESS_TOKEN=${f.b62(22)}`,
      `curl -H "X-SF-Token: ${f.b62(22)}" https://ingest.us1.signalfx.com/v2/datapoint`,
      `signalfxAccessToken: "${f.b62(22)}"`,
    ],
    noMatch: ['SPLUNK_ACCESS_TOKEN=${SPLUNK_ACCESS_TOKEN}', 'X-SF-Token: <access_token>'],
  }),
};

export const splunk: Rule[] = [splunkHecToken, splunkObservabilityToken];
