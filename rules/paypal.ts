import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder, contextual, gap, lowerHex, mixedCase } from './lib/cloud-and-code-kit.ts';

// PayPal / Braintree access tokens: `access_token$production$<16 merchant id>$<32 hex>`.
// https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials
export const paypalBraintreeAccessToken: Rule = {
  id: 'paypal-braintree-access-token',
  description: 'PayPal / Braintree production access token',
  docs: 'https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials',
  keywords: ['access_token$'],
  regex: /\b(access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32})(?![A-Za-z0-9])/,
  // "access_token" is itself on the shared placeholder word list; judge the random part.
  allowFillers: true,
  minEntropy: 3.0,
  validate: (s) => (s.includes('$sandbox$') ? 'sandbox token' : bodyIsNotPlaceholder(s.lastIndexOf('$') + 1)(s)),
  remediation:
    'Revoke the access token (PayPal Developer Dashboard > Apps & Credentials, or Braintree Control Panel > Settings > API > revoke / regenerate keys) and review recent transactions.',
  examples: (f) => ({
    match: [
      `BRAINTREE_ACCESS_TOKEN=access_token$production$${f.lowerAlnum(16)}$${f.hex(32)}`,
      `gateway = braintree.BraintreeGateway(access_token="access_token$production$${f.lowerAlnum(16)}$${f.hex(32)}")`,
    ],
    noMatch: [
      `BRAINTREE_ACCESS_TOKEN=access_token$sandbox$${f.lowerAlnum(16)}$${f.hex(32)}`,
      'BRAINTREE_ACCESS_TOKEN=access_token$production$xxxxxxxxxxxxxxxx$xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'BRAINTREE_ACCESS_TOKEN=${BRAINTREE_ACCESS_TOKEN}',
    ],
  }),
};

// PayPal REST client secrets are 80 URL-safe characters (client IDs have the same shape, so the
// setting name must say secret). https://developer.paypal.com/api/rest/#link-getclientidandclientsecret
export const paypalClientSecret = contextual({
  id: 'paypal-client-secret',
  description: 'PayPal REST API client secret (in a PayPal secret setting)',
  docs: 'https://developer.paypal.com/api/rest/',
  keywords: ['paypal'],
  name: `paypal${gap()}(?:client[_.\\-]?)?secret`,
  value: '[A-Za-z0-9_\\-]{80}',
  tail: 'A-Za-z0-9_\\-',
  fake: (f) => 'E' + f.b64url(78) + f.digits(1),
  envs: ['PAYPAL_CLIENT_SECRET', 'paypal_secret', 'PAYPAL_SECRET'],
  minEntropy: 4.2,
  validate: mixedCase,
  remediation:
    'Generate a new secret in the PayPal Developer Dashboard (Apps & Credentials > the app > Secret key > Generate / disable the old one) and update the server.',
  moreNoMatch: (f) => [`PAYPAL_CLIENT_ID=A${f.b64url(79)}`],
});

// Braintree private keys are 32 lower-case hex: flagged in a Braintree private-key setting.
export const braintreePrivateKey = contextual({
  id: 'braintree-private-key',
  description: 'Braintree API private key (in a Braintree setting)',
  docs: 'https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials#api-keys',
  keywords: ['braintree'],
  name: `braintree${gap()}private[_.\\-]?key`,
  value: '[a-f0-9]{32}',
  tail: 'A-Za-z0-9',
  fake: (f) => f.hex(32),
  envs: ['BRAINTREE_PRIVATE_KEY', 'braintree_private_key', 'BRAINTREE_PRIVATE_KEY'],
  validate: lowerHex,
  remediation:
    'Delete the API key in the Braintree Control Panel (Settings > API > Private key > Delete) after creating a new one, and update the gateway configuration.',
  moreNoMatch: (f) => [`BRAINTREE_MERCHANT_ID=${f.lowerAlnum(16)}`, `BRAINTREE_PUBLIC_KEY=${f.lowerAlnum(16)}`],
});

export const paypal: Rule[] = [paypalBraintreeAccessToken, paypalClientSecret, braintreePrivateKey];
