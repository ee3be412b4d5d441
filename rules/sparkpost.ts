import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, near } from './lib/messaging-ai-registries-kit.ts';

// SparkPost API keys are 40 hex characters with no prefix (https://developers.sparkpost.com/api/#header-authentication):
// only next to a SparkPost key setting, so that a git SHA near the word "sparkpost" does not count.
export const sparkpostApiKey: Rule = {
  id: 'sparkpost-api-key',
  description: 'SparkPost (Bird) API key',
  docs: 'https://developers.sparkpost.com/api/#header-authentication',
  keywords: ['sparkpost'],
  regex: assigned(`(?:${near('sparkpost', '(?:api[_.-]?)?(?:key|token)')}|SparkPost)`, '[a-f0-9]{40}', String.raw`(?![\w-])`),
  minEntropy: 2.8,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation:
    'Delete the key at https://app.sparkpost.com/account/api-keys (EU: app.eu.sparkpost.com), create a new one with the fewest grants and an IP allow-list.',
  examples: (f) => ({
    match: [`SPARKPOST_API_KEY=${f.hex(40)}`, `const client = new SparkPost('${f.hex(40)}');`, `sparkpost_api_key: ${f.hex(40)}`],
    noMatch: [`sparkpost_commit: ${f.hex(40)}`, 'SPARKPOST_API_KEY=your-api-key', 'SPARKPOST_API_URL=https://api.eu.sparkpost.com/api/v1'],
  }),
};

export const sparkpost: Rule[] = [sparkpostApiKey];
