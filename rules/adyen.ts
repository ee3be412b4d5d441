import type { Rule } from '../src/engine/rule.ts';
import { notFilled } from './lib/cloud-and-code-kit.ts';

// Adyen API keys (web service users): `AQE` + base64 ending `==`, then `-` + a 44-character base64
// HMAC ending `=`, optionally `-` + 16 printable characters. Example in
// https://docs.adyen.com/development-resources/api-credentials/#generate-api-key
export const adyenApiKey: Rule = {
  id: 'adyen-api-key',
  description: 'Adyen API key (web service user)',
  docs: 'https://docs.adyen.com/development-resources/api-credentials/',
  keywords: ['aqe'],
  regex: /(?<![A-Za-z0-9+/])(AQE[A-Za-z0-9+/]{40,200}={0,2}-[A-Za-z0-9+/]{42,44}={0,2}(?:-[^\s"'`]{16})?)(?![A-Za-z0-9+/=])/,
  minEntropy: 4.5,
  allowFillers: true,
  validate: notFilled,
  remediation:
    'Generate a new API key for the API credential in the Adyen Customer Area (Developers > API credentials > the credential > Generate API key), then revoke the old one and review recent payments.',
  examples: (f) => {
    const key = () => `AQE${f.b64(117)}==-${f.base64Bytes(32)}-${f.b62(16)}`;
    return {
      match: [
        `ADYEN_API_KEY=${key()}`,
        `client.setXApiKey("${key()}");`,
        `curl -H "X-API-Key: AQE${f.b64(97)}==-${f.base64Bytes(32)}" https://checkout-live.adyenpayments.com/checkout/v71/payments`,
      ],
      noMatch: ['ADYEN_API_KEY=AQE...', 'ADYEN_API_KEY=${ADYEN_API_KEY}', `li_at=AQEDA${f.b64url(60)}`],
    };
  },
};

export const adyen: Rule[] = [adyenApiKey];
