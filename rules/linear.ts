import type { Rule } from '../src/engine/rule.ts';
import { prefixedToken } from './lib/databases-and-saas-kit.ts';

// Linear personal API keys `lin_api_` + 40 alphanumerics; OAuth access tokens `lin_oauth_` + 64 hex.
// https://linear.app/developers/graphql#personal-api-keys
const ROTATE =
  "Revoke the key in Linear (Settings → Account → Security & access → API keys, or the OAuth app's settings), create a replacement, and update the integration.";

export const linearApiKey = prefixedToken({
  id: 'linear-api-key',
  description: 'Linear personal API key (lin_api_)',
  docs: 'https://linear.app/developers/graphql#personal-api-keys',
  keywords: ['lin_api_'],
  regex: /\b(lin_api_[A-Za-z0-9]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 4.0,
  remediation: ROTATE,
  env: 'LINEAR_API_KEY',
  prefix: 'lin_api_',
  token: (f) => `lin_api_${f.b62(40)}`,
  extraNoMatch: (f) => [`see lin_api_${f.b62(32)} in the docs`],
});

export const linearOauthToken = prefixedToken({
  id: 'linear-oauth-token',
  description: 'Linear OAuth access token (lin_oauth_)',
  docs: 'https://linear.app/developers/oauth-2-0-authentication',
  keywords: ['lin_oauth_'],
  regex: /\b(lin_oauth_[a-f0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 3.3,
  remediation: ROTATE,
  env: 'LINEAR_ACCESS_TOKEN',
  prefix: 'lin_oauth_',
  token: (f) => `lin_oauth_${f.hex(64)}`,
  extraNoMatch: (f) => [`see lin_oauth_${f.hex(40)} in the docs`],
});

export const linear: Rule[] = [linearApiKey, linearOauthToken];
