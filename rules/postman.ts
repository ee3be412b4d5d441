import type { Rule } from '../src/engine/rule.ts';
import { prefixedToken } from './lib/databases-and-saas-kit.ts';

// Postman API keys: `PMAK-` + 24 hex + `-` + 34 hex. https://learning.postman.com/docs/developer/postman-api/authentication/
export const postmanApiKey = prefixedToken({
  id: 'postman-api-key',
  description: 'Postman API key (PMAK-)',
  docs: 'https://learning.postman.com/docs/developer/postman-api/authentication/',
  keywords: ['pmak-'],
  regex: /\b(PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9_-])/i,
  minEntropy: 3.3,
  remediation:
    'Revoke the key at https://go.postman.co/settings/me/api-keys (or Team → API key management for admins), create a replacement, and update Newman / CI.',
  env: 'POSTMAN_API_KEY',
  prefix: 'PMAK-',
  token: (f) => `PMAK-${f.hex(24)}-${f.hex(34)}`,
  extraNoMatch: (f) => [`see PMAK-${f.hex(24)} in the docs`],
});

export const postman: Rule[] = [postmanApiKey];
