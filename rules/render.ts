import type { Rule } from '../src/engine/rule.ts';
import { mixedCase, prefixed } from './lib/cloud-and-code-kit.ts';

// Render API keys: `rnd_` + 32 alphanumerics. https://render.com/docs/api#1-create-an-api-key
export const renderApiKey = prefixed({
  id: 'render-api-key',
  description: 'Render API key',
  docs: 'https://render.com/docs/api',
  prefix: 'rnd_',
  body: '[A-Za-z0-9]{32}',
  tail: 'A-Za-z0-9_',
  fake: (f) => f.b62(32),
  env: 'RENDER_API_KEY',
  minEntropy: 3.8,
  validate: (s) => mixedCase(s.slice(4)),
  remediation:
    'Revoke the key in the Render dashboard (Account Settings > API Keys) and create a new one for the integration that needs it.',
  more: [(t) => `curl -H "Authorization: Bearer ${t}" https://api.render.com/v1/services`],
});

export const render: Rule[] = [renderApiKey];
