import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Format: `tvly-` (newer keys `tvly-dev-` / `tvly-prod-`) + 32 base62 (https://docs.tavily.com/documentation/quickstart).
export const tavilyApiKey: Rule = {
  id: 'tavily-api-key',
  description: 'Tavily search API key',
  docs: 'https://docs.tavily.com/documentation/quickstart',
  keywords: ['tvly-'],
  regex: /(?<![\w-])(tvly-(?:dev-|prod-)?[A-Za-z0-9]{32})(?![\w-])/,
  allowFillers: true,
  validate: (s, m) => bodyIsNotPlaceholder(s.lastIndexOf('-') + 1)(s, m),
  minEntropy: 3.8,
  remediation: 'Delete the key at https://app.tavily.com/home (API Keys), create a new one, and check Usage.',
  examples: (f) => ({
    match: [`TAVILY_API_KEY=tvly-${f.b62(32)}`, `client = TavilyClient(api_key="tvly-dev-${f.b62(32)}")`],
    noMatch: ['TAVILY_API_KEY=tvly-...', 'TAVILY_API_KEY=tvly-YOUR_API_KEY', `tvly-${f.b62(16)}`],
  }),
};

export const tavily: Rule[] = [tavilyApiKey];
