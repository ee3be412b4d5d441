import type { Rule } from '../src/engine/rule.ts';
import { bodyPlaceholderReason, looksRandom, prefixedToken } from './lib/databases-and-saas-kit.ts';

// Notion integration tokens: `ntn_` + 11 digits + 35 alphanumerics (current), `secret_` + 43
// alphanumerics (before September 2024). https://developers.notion.com/docs/authorization
const DOCS = 'https://developers.notion.com/docs/authorization';
const ROTATE =
  'Refresh the secret at https://www.notion.so/profile/integrations (the integration → Configuration → Internal integration secret → Refresh), then update the app.';

export const notionApiToken = prefixedToken({
  id: 'notion-api-token',
  description: 'Notion integration token (ntn_)',
  docs: DOCS,
  keywords: ['ntn_'],
  regex: /\b(ntn_[0-9]{11}[A-Za-z0-9]{35})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
  remediation: ROTATE,
  env: 'NOTION_TOKEN',
  prefix: 'ntn_',
  token: (f) => `ntn_${f.digits(11)}${f.b62(35)}`,
  extraNoMatch: (f) => [`NOTION_TOKEN=ntn_abc${f.b62(43)}`, `see ntn_${f.digits(11)}${f.b62(20)} in the docs`],
});

export const notionIntegrationToken = prefixedToken({
  id: 'notion-integration-token',
  description: 'Notion internal integration token (legacy secret_ format)',
  docs: DOCS,
  keywords: ['secret_'],
  // \b keeps `client_secret_…` identifiers out: `_` before `secret_` is a word character.
  regex: /\b(secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 4.0,
  // `secret_` is itself a placeholder word; the body is checked instead.
  allowFillers: true,
  validate: (s) => bodyPlaceholderReason(s.slice(7)) ?? (looksRandom(s.slice(7)) ? true : 'body is not random base62'),
  remediation: ROTATE,
  env: 'NOTION_API_KEY',
  prefix: 'secret_',
  token: (f) => `secret_${f.b62(43)}`,
  extraNoMatch: (f) => [
    'const secret_keyForTheApplicationServerConfiguration = 1;',
    `client_secret_${f.b62(43)}`,
    `NOTION_API_KEY=secret_${f.b62(30)}`,
  ],
});

export const notion: Rule[] = [notionApiToken, notionIntegrationToken];
