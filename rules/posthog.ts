import type { Rule } from '../src/engine/rule.ts';
import { prefixedToken } from './lib/databases-and-saas-kit.ts';

// PostHog personal API keys: `phx_` + 43 characters. Project API keys (`phc_`) are public by design
// and are not reported. https://posthog.com/docs/api#personal-api-keys-recommended
export const posthogPersonalApiKey = prefixedToken({
  id: 'posthog-personal-api-key',
  description: 'PostHog personal API key (phx_)',
  docs: 'https://posthog.com/docs/api',
  keywords: ['phx_'],
  regex: /\b(phx_[A-Za-z0-9_]{43})(?![A-Za-z0-9_-])/,
  minEntropy: 4.0,
  remediation:
    'Roll or delete the key in PostHog (Settings → User → Personal API keys), create a replacement with the minimum scopes, and update the scripts that used it.',
  env: 'POSTHOG_PERSONAL_API_KEY',
  prefix: 'phx_',
  token: (f) => `phx_${f.b62(43)}`,
  extraNoMatch: (f) => [
    `NEXT_PUBLIC_POSTHOG_KEY=phc_${f.b62(43)}`,
    `posthog.init('phc_${f.b62(43)}', { api_host: 'https://eu.i.posthog.com' })`,
  ],
});

export const posthog: Rule[] = [posthogPersonalApiKey];
