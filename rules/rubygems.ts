import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, ci } from './lib/messaging-ai-registries-kit.ts';

// Current keys: `rubygems_` + 48 hex (https://guides.rubygems.org/api-key-scopes/); older keys are 32 hex,
// found as `:rubygems_api_key:` in ~/.gem/credentials or GEM_HOST_API_KEY.
const REMEDIATION =
  "Delete the key at https://rubygems.org/profile/api_keys, create a scoped key (push only, one gem, MFA), and check the gems' versions for releases you did not push.";

export const rubygemsApiKey: Rule = {
  id: 'rubygems-api-key',
  description: 'RubyGems.org API key',
  docs: 'https://guides.rubygems.org/api-key-scopes/',
  keywords: ['rubygems_'],
  regex: /(?<![\w-])(rubygems_[a-f0-9]{48})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(9),
  minEntropy: 2.8,
  remediation: REMEDIATION,
  examples: (f) => ({
    match: [`GEM_HOST_API_KEY=rubygems_${f.hex(48)}`, `---\n:rubygems_api_key: rubygems_${f.hex(48)}`],
    noMatch: ['GEM_HOST_API_KEY=rubygems_...', `rubygems_${'0'.repeat(48)}`, 'GEM_HOST_API_KEY: ${{ secrets.RUBYGEMS_API_KEY }}'],
  }),
};

export const rubygemsLegacyApiKey: Rule = {
  id: 'rubygems-legacy-api-key',
  description: 'RubyGems.org API key (legacy 32-hex format)',
  docs: 'https://guides.rubygems.org/rubygems-org-api/',
  keywords: ['rubygems_api_key', 'gem_host_api_key'],
  regex: assigned(`(?<![A-Za-z])(?:${ci('rubygems_api_key')}|${ci('gem_host_api_key')})`, '[a-f0-9]{32}', String.raw`(?![\w-])`),
  minEntropy: 2.5,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation: REMEDIATION,
  examples: (f) => ({
    match: [`---\n:rubygems_api_key: ${f.hex(32)}\n`, `GEM_HOST_API_KEY=${f.hex(32)}`],
    noMatch: ['GEM_HOST_API_KEY=your-api-key', ':rubygems_api_key: <%= ENV["GEM_HOST_API_KEY"] %>'],
  }),
};

export const rubygems: Rule[] = [rubygemsApiKey, rubygemsLegacyApiKey];
