import type { Rule } from '../src/engine/rule.ts';
import { assignment, readsAsWords } from './lib/databases-and-saas-kit.ts';

// Logz.io data shipping tokens are 32 ASCII letters (shown under Settings → Manage tokens → Data
// shipping tokens) and are passed to the listener as `?token=`; API tokens are UUIDs sent as
// X-API-TOKEN. https://docs.logz.io/docs/user-guide/admin/authentication-tokens/
const DOCS = 'https://docs.logz.io/docs/user-guide/admin/authentication-tokens/';
const ROTATE =
  'Delete the token in Logz.io (Settings → Manage tokens → Data shipping tokens / API tokens), create a replacement, and update the shipper (Fluentd, Filebeat, OTel collector) config.';

function lettersMix(s: string): true | string {
  if (readsAsWords(s)) return 'reads as words (a placeholder)';
  return /[a-z]/.test(s) && /[A-Z]/.test(s) ? true : 'shipping tokens mix upper and lower case';
}

export const logzIoShippingToken: Rule = {
  id: 'logz-io-shipping-token',
  description: 'Logz.io data shipping token assigned to a Logz.io setting',
  docs: DOCS,
  keywords: ['logz'],
  regex: assignment('logz', '(?:shipping|logs|metrics|traces)?[_.-]?(?:token|key)', '[A-Za-z]{32}'),
  minEntropy: 3.8,
  validate: lettersMix,
  remediation: ROTATE,
  examples: (f) => ({
    match: [
      `LOGZIO_TOKEN=${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 32)}`,
      `logzio_shipping_token: "${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 32)}"`,
      `  logzioLogsToken: '${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 32)}'`,
    ],
    noMatch: [
      'LOGZIO_TOKEN=${LOGZIO_TOKEN}',
      'LOGZIO_TOKEN=<<LOG-SHIPPING-TOKEN>>',
      'logzio_token: yourLogzioShippingTokenGoesHereOk',
      `LOGZIO_TOKEN=${f.chars('abcdefghijklmnopqrstuvwxyz', 32)}`,
    ],
  }),
};

export const logzIoListenerUrlToken: Rule = {
  id: 'logz-io-listener-url-token',
  description: 'Logz.io shipping token in a listener URL (listener.logz.io…?token=)',
  docs: DOCS,
  keywords: ['logz.io'],
  regex: /\blistener(?:-[a-z]{2,4})?\.logz\.io(?::\d{2,5})?\/?[^\s?'"]{0,40}\?(?:[^\s'"#]{0,200}&)?token=([A-Za-z]{32})(?![A-Za-z0-9])/,
  minEntropy: 3.8,
  validate: lettersMix,
  remediation: ROTATE,
  examples: (f) => ({
    match: [
      `endpoint_url https://listener.logz.io:8071?token=${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 32)}&type=nginx`,
      `url: "https://listener-eu.logz.io:8071/?type=app&token=${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 32)}"`,
    ],
    noMatch: [
      'endpoint_url https://listener.logz.io:8071?token=<<LOG-SHIPPING-TOKEN>>&type=nginx',
      'https://listener.logz.io:8071?token=${LOGZIO_TOKEN}',
    ],
  }),
};

export const logzIoApiToken: Rule = {
  id: 'logz-io-api-token',
  description: 'Logz.io API token (UUID) assigned to a Logz.io API token setting',
  docs: DOCS,
  keywords: ['logz'],
  regex: assignment('logz', 'api[_.-]?(?:token|key)', '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
  minEntropy: 3.0,
  remediation: ROTATE,
  examples: (f) => ({
    match: [`LOGZIO_API_TOKEN=${f.uuid()}`, `logzio:\n  region: eu\nlogzioApiKey: "${f.uuid()}"`],
    noMatch: [
      'LOGZIO_API_TOKEN=${LOGZIO_API_TOKEN}',
      `LOGZIO_ACCOUNT_ID=${f.uuid()}`,
      'LOGZIO_API_TOKEN=00000000-0000-0000-0000-000000000000',
    ],
  }),
};

export const logzIo: Rule[] = [logzIoShippingToken, logzIoListenerUrlToken, logzIoApiToken];
