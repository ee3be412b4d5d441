import type { Rule } from '../src/engine/rule.ts';
import { NAME_TAIL, NAME_VALUE_OP, randomMixedCase } from './lib/databases-and-saas-kit.ts';

// Okta API tokens: `00` + 40 URL-safe characters, sent as `Authorization: SSWS <token>`. The `00`
// prefix is too weak alone, so the token must follow SSWS or sit in an Okta-named setting.
// https://developer.okta.com/docs/guides/create-an-api-token/main/
export const oktaApiToken: Rule = {
  id: 'okta-api-token',
  description: 'Okta API token (00…, in an SSWS header or an Okta token setting)',
  docs: 'https://developer.okta.com/docs/guides/create-an-api-token/main/',
  keywords: ['okta', 'ssws'],
  regex: new RegExp(
    `(?:\\bSSWS[ \\t]+|okta[\\w.(-]{0,24}?(?:api[_.-]?)?(?:token|key|secret)${NAME_TAIL}${NAME_VALUE_OP})(00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`,
    'i',
  ),
  minEntropy: 4.0,
  validate: (s) => randomMixedCase(s.slice(2)),
  remediation:
    'Revoke the token in the Okta Admin Console (Security → API → Tokens → Revoke), create a replacement owned by a service account with a minimal admin role (or move to OAuth 2.0 service apps), and update the integration.',
  examples: (f) => ({
    match: [
      `OKTA_API_TOKEN=00${f.b64url(40)}`,
      `curl -H "Authorization: SSWS 00${f.b64url(40)}" https://acme.okta.com/api/v1/users/me`,
      `okta:\n  orgUrl: https://acme.okta.com\nokta_token = "00${f.b64url(40)}"`,
      `const client = new okta.Client({ orgUrl, token: "x" }); // oktaApiKey: '00${f.b64url(40)}'`,
      `          env:\n            - name: OKTA_API_TOKEN\n              value: "00${f.b64url(40)}"`,
      `<add key="OktaApiToken" value="00${f.b64url(40)}" />`,
      `    "os.environ[\\"OKTA_API_TOKEN\\"] = \\"00${f.b64url(40)}\\"\\n",`,
    ],
    noMatch: [
      'OKTA_API_TOKEN=${OKTA_API_TOKEN}',
      'Authorization: SSWS {{apiKey}}',
      `OKTA_CLIENT_ID=0oa${f.b62(17)}`,
      'OKTA_API_TOKEN=00xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `okta_issuer: https://acme.okta.com/oauth2/aus${f.b62(17)}`,
    ],
  }),
};

export const okta: Rule[] = [oktaApiToken];
