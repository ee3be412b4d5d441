import type { Rule } from '../src/engine/rule.ts';
import { assignment, looksRandom, placements, unsetPlacements } from './lib/databases-and-saas-kit.ts';

// Honeycomb ingest keys are the key ID (`hc<x>ik_` + 26 characters) followed directly by the
// 32-character secret: 58 lower-case alphanumerics after the prefix. The ID alone is not secret.
// Older environment / classic keys have no prefix: 22 alphanumerics (configuration keys) or 32 hex
// (classic), so they need a Honeycomb-named setting or the X-Honeycomb-Team header.
// https://docs.honeycomb.io/api/authentication
const DOCS = 'https://docs.honeycomb.io/api/authentication';
const ROTATE =
  'Disable and delete the key in Honeycomb (Environment settings → API Keys, or Team settings for Management keys), create a replacement, and update the exporter / OTEL_EXPORTER_OTLP_HEADERS that used it.';

export const honeycombIngestKey: Rule = {
  id: 'honeycomb-ingest-key',
  description: 'Honeycomb ingest key (hcaik_ / hcxik_ …)',
  docs: DOCS,
  keywords: [...'abcdefghijklmnopqrstuvwxyz'].map((c) => `hc${c}ik_`),
  regex: /\b(hc[a-z]ik_[a-z0-9]{58})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: ROTATE,
  examples: (f) => ({
    match: [
      ...placements('HONEYCOMB_API_KEY', () => `hcaik_${f.lowerAlnum(58)}`),
      `OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=hcxik_${f.lowerAlnum(58)}`,
    ],
    noMatch: [...unsetPlacements('HONEYCOMB_API_KEY', 'hcaik_'), `HONEYCOMB_KEY_ID=hcaik_${f.lowerAlnum(26)}`],
  }),
};

export const honeycombApiKey: Rule = {
  id: 'honeycomb-api-key',
  description: 'Honeycomb configuration / classic API key assigned to a Honeycomb setting or the X-Honeycomb-Team header',
  docs: DOCS,
  keywords: ['honeycomb'],
  regex: assignment('honeycomb', '(?:api|write|ingest|config(?:uration)?)?[_.-]?key|team', '[A-Za-z0-9]{22}|[a-f0-9]{32}'),
  minEntropy: 3.0,
  validate: (s) => (s.length === 32 ? /^[a-f0-9]+$/.test(s) : looksRandom(s, true)) || 'not a Honeycomb key layout',
  remediation: ROTATE,
  examples: (f) => ({
    match: [
      `HONEYCOMB_API_KEY=${f.b62(22)}`,
      `HONEYCOMB_WRITEKEY="${f.hex(32)}"`,
      `headers: { "X-Honeycomb-Team": "${f.hex(32)}" }`,
      `honeycombKey: '${f.hex(32)}'`,
    ],
    noMatch: [
      'HONEYCOMB_API_KEY=${HONEYCOMB_API_KEY}',
      'HONEYCOMB_DATASET=checkout-service-prod',
      'x-honeycomb-team: acmecorporationproduct',
      `HONEYCOMB_API_KEY=${'ab12'.repeat(8)}`,
    ],
  }),
};

export const honeycomb: Rule[] = [honeycombIngestKey, honeycombApiKey];
