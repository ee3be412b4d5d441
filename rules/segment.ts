import type { Rule } from '../src/engine/rule.ts';
import { looksRandom, prefixedToken } from './lib/databases-and-saas-kit.ts';

// Segment Public API tokens: `sgp_` + 64 alphanumerics. (Write keys are embedded in client-side
// analytics snippets by design and are not reported.)
// https://segment.com/docs/api/public-api/#authentication
export const segmentPublicApiToken = prefixedToken({
  id: 'segment-public-api-token',
  description: 'Segment Public API token (sgp_ + 64)',
  docs: 'https://segment.com/docs/api/public-api/',
  keywords: ['sgp_'],
  regex: /\b(sgp_[A-Za-z0-9]{64})(?![A-Za-z0-9_-])/,
  minEntropy: 4.0,
  validate: (s) => (looksRandom(s.slice(4)) ? true : 'body is not random base62'),
  remediation:
    'Delete the token in Segment (Settings → Workspace settings → Access Management → Tokens), create a replacement with the minimum role, and update the automation.',
  env: 'SEGMENT_API_TOKEN',
  prefix: 'sgp_',
  token: (f) => `sgp_${f.b62(64)}`,
  extraNoMatch: (f) => [`analytics.load("${f.b62(32)}");`, `see sgp_${f.b62(40)} in the docs`],
});

export const segment: Rule[] = [segmentPublicApiToken];
