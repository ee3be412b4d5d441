import type { Rule } from '../src/engine/rule.ts';
import { base64Json, base64Of, placements, unsetPlacements } from './lib/databases-and-saas-kit.ts';

// Grafana service account tokens `glsa_` + 32 alphanumerics + `_` + 8 hex; Grafana Cloud access
// policy tokens `glc_` + base64 JSON ({"o":…,"n":…,"k":…,"m":{"r":…}}); legacy API keys are bare
// base64 JSON starting `eyJrIjoi` ({"k":"…","n":"…","id":…}).
// https://grafana.com/docs/grafana/latest/administration/service-accounts/
const ROTATE =
  'Delete the token in Grafana (Administration → Users and access → Service accounts → token → Delete; Grafana Cloud: Access Policies at https://grafana.com/orgs/<org>/access-policies), create a replacement, and update the consumers.';

export const grafanaServiceAccountToken: Rule = {
  id: 'grafana-service-account-token',
  description: 'Grafana service account token (glsa_)',
  docs: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
  keywords: ['glsa_'],
  regex: /\b(glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: ROTATE,
  examples: (f) => ({
    match: placements('GRAFANA_TOKEN', () => `glsa_${f.b62(32)}_${f.hex(8)}`),
    noMatch: [
      ...unsetPlacements('GRAFANA_TOKEN', 'glsa_'),
      `see glsa_${f.b62(32)} in the docs`,
      `see glsa_${f.b62(32)}_${f.b62(8)}zz in the docs`,
    ],
  }),
};

function cloudPayload(f: import('../src/engine/fake.ts').Fake): string {
  return base64Of({ o: f.digits(6), n: `stack-${f.digits(6)}-hm-write`, k: f.b62(24), m: { r: 'prod-eu-west-2' } });
}

export const grafanaCloudToken: Rule = {
  id: 'grafana-cloud-token',
  description: 'Grafana Cloud access policy token (glc_)',
  docs: 'https://grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/',
  keywords: ['glc_'],
  regex: /\b(glc_(eyJ[A-Za-z0-9+/]{30,1000}={0,2}))(?![A-Za-z0-9+/=_-])/,
  secretGroup: 1,
  minEntropy: 4.0,
  validate: (_s, m) => (base64Json(m[2] ?? '') ? true : 'payload is not base64 JSON'),
  remediation: ROTATE,
  examples: (f) => ({
    match: placements('GRAFANA_CLOUD_TOKEN', () => `glc_${cloudPayload(f)}`),
    noMatch: [...unsetPlacements('GRAFANA_CLOUD_TOKEN', 'glc_'), `see glc_eyJ${f.b62(60)} in the docs`],
  }),
};

export const grafanaLegacyApiKey: Rule = {
  id: 'grafana-legacy-api-key',
  description: 'Grafana legacy API key (base64 JSON starting eyJrIjoi)',
  docs: 'https://grafana.com/docs/grafana/latest/developers/http_api/auth/',
  keywords: ['eyjrijoi'],
  regex: /(?<![A-Za-z0-9+/_-])(eyJrIjoi[A-Za-z0-9+/]{40,400}={0,2})(?![A-Za-z0-9+/=_-])/,
  minEntropy: 4.0,
  validate: (s) => {
    const o = base64Json(s);
    return o && typeof o.k === 'string' && 'n' in o ? true : 'does not decode to a Grafana key';
  },
  remediation: ROTATE,
  examples: (f) => {
    const key = () => base64Of({ k: f.b62(32), n: `deploy-${f.lowerAlnum(4)}`, id: Number(f.digits(2)) + 1 });
    return {
      match: [
        `GRAFANA_API_KEY=${key()}`,
        `grafana_auth = "${key()}"`,
        `curl -H "Authorization: Bearer ${key()}" https://grafana.internal/api/dashboards/db`,
      ],
      noMatch: ['GRAFANA_API_KEY=${GRAFANA_API_KEY}', `see eyJrIjoi${f.b62(60)} in the docs`, `x=eyJrIjoi${'x'.repeat(60)}`],
    };
  },
};

export const grafana: Rule[] = [grafanaServiceAccountToken, grafanaCloudToken, grafanaLegacyApiKey];
