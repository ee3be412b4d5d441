import type { Rule } from '../src/engine/rule.ts';
import { NAME_TAIL, prefixedToken, UUID } from './lib/databases-and-saas-kit.ts';

// HubSpot private app / service keys: `pat-<region>-` + UUID (na1, na2, eu1, ap1 …). Legacy API
// keys ("hapikey", retired 2022) were bare UUIDs passed as ?hapikey=.
// https://developers.hubspot.com/docs/api/private-apps
const ROTATE =
  'Rotate the access token in HubSpot (Settings → Integrations → Private Apps → the app → Auth → Rotate), then update the integration; legacy API keys should be deleted in Settings → Integrations → API key.';

export const hubspotPrivateAppToken = prefixedToken({
  id: 'hubspot-private-app-token',
  description: 'HubSpot private app access token (pat-na1-…)',
  docs: 'https://developers.hubspot.com/docs/api/private-apps',
  keywords: ['pat-na', 'pat-eu', 'pat-ap'],
  regex: new RegExp(`\\b(pat-(?:na|eu|ap)[0-9]-${UUID})(?![A-Za-z0-9_-])`),
  minEntropy: 3.0,
  remediation: ROTATE,
  env: 'HUBSPOT_ACCESS_TOKEN',
  prefix: 'pat-na1-',
  token: (f) => `pat-na1-${f.uuid()}`,
  extraMatch: (f) => [`HUBSPOT_TOKEN=pat-eu1-${f.uuid()}`],
  extraNoMatch: (f) => [`HUBSPOT_PORTAL_ID=${f.digits(8)}`, `see pat-na1-${f.hex(8)} in the docs`],
});

export const hubspotLegacyApiKey: Rule = {
  id: 'hubspot-legacy-api-key',
  description: 'HubSpot legacy API key (hapikey UUID)',
  docs: 'https://legacydocs.hubspot.com/docs/methods/auth/oauth-overview',
  keywords: ['hapikey', 'hubspot'],
  regex: new RegExp(
    `(?:[?&]hapikey=|(?:hubspot|hapi)[\\w.(-]{0,24}?(?:api[_.-]?)?key${NAME_TAIL}[ \\t]{0,4}(?:=>|:=|[:=])[ \\t]{0,4}["'\`]?)(${UUID})(?![\\w-])`,
    'i',
  ),
  minEntropy: 3.0,
  remediation: ROTATE,
  examples: (f) => ({
    match: [
      `https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=${f.uuid()}&count=100`,
      `HUBSPOT_API_KEY=${f.uuid()}`,
      `hapikey: "${f.uuid()}"`,
    ],
    noMatch: [`HUBSPOT_PORTAL_ID=${f.digits(8)}`, `HUBSPOT_FORM_ID=${f.uuid()}`, 'HUBSPOT_API_KEY=${HUBSPOT_API_KEY}'],
  }),
};

export const hubspot: Rule[] = [hubspotPrivateAppToken, hubspotLegacyApiKey];
