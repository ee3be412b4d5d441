import type { Rule } from '../src/engine/rule.ts';
import { prefixedToken } from './lib/databases-and-saas-kit.ts';

// Figma personal access tokens: `figd_` + ~40 URL-safe characters.
// https://www.figma.com/developers/api#access-tokens
export const figmaPersonalAccessToken = prefixedToken({
  id: 'figma-personal-access-token',
  description: 'Figma personal access token (figd_)',
  docs: 'https://www.figma.com/developers/api#access-tokens',
  keywords: ['figd_'],
  regex: /\b(figd_[A-Za-z0-9_-]{38,48})(?![A-Za-z0-9_-])/,
  minEntropy: 4.0,
  remediation:
    'Revoke the token in Figma (Settings → Security → Personal access tokens → Revoke), create a replacement with the minimum scopes, and update the plugin / script.',
  env: 'FIGMA_TOKEN',
  prefix: 'figd_',
  token: (f) => `figd_${f.b64url(40)}`,
  extraMatch: (f) => [`curl -H 'X-Figma-Token: figd_${f.b64url(40)}' https://api.figma.com/v1/me`],
  extraNoMatch: (f) => [`see figd_${f.b64url(20)} in the docs`],
});

export const figma: Rule[] = [figmaPersonalAccessToken];
