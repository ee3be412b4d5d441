import type { Rule } from '../src/engine/rule.ts';
import { contextual, gap, tfProvider } from './lib/cloud-and-code-kit.ts';

// Vultr API keys are 36 upper-case alphanumerics, no prefix.
// https://docs.vultr.com/platform/other/api/api-key-management
export const vultrApiKey = contextual({
  id: 'vultr-api-key',
  description: 'Vultr API key (in a Vultr setting)',
  docs: 'https://docs.vultr.com/platform/other/api/api-key-management',
  keywords: ['vultr'],
  name: `vultr${gap()}(?:api[_.\\-]?key|key|token|secret)`,
  alt: tfProvider('vultr', 'api_key'),
  value: '[A-Z0-9]{36}',
  tail: 'A-Za-z0-9',
  fake: (f) => f.upperAlnum(35) + f.digits(1),
  envs: ['VULTR_API_KEY', 'vultr_api_key', 'VULTR_TOKEN'],
  minEntropy: 3.8,
  validate: (s) => (/^[A-Z0-9]{36}$/.test(s) && /\d/.test(s) && /[A-Z]/.test(s) ? true : 'not upper-case alphanumerics'),
  remediation:
    'Regenerate the API key in the Vultr customer portal (Account > API > Regenerate), restrict it to known IP ranges, and review the account activity log.',
  more: [(v) => `provider "vultr" {\n  api_key = "${v}"\n  rate_limit = 100\n}`],
  moreNoMatch: () => ['vultr_region = "ewr"', 'VULTR_API_KEY=ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'],
});

export const vultr: Rule[] = [vultrApiKey];
