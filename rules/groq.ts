import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Format: `gsk_` + 52 base62 (https://console.groq.com/docs/quickstart; 56 characters in all).
export const groqApiKey: Rule = {
  id: 'groq-api-key',
  description: 'Groq API key',
  docs: 'https://console.groq.com/docs/quickstart',
  keywords: ['gsk_'],
  regex: /(?<![\w-])(gsk_[A-Za-z0-9]{52})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(4),
  minEntropy: 4.0,
  remediation: 'Delete the key at https://console.groq.com/keys, create a new one, and check Usage for requests you did not make.',
  examples: (f) => ({
    match: [`GROQ_API_KEY=gsk_${f.b62(52)}`, `client = Groq(api_key="gsk_${f.b62(52)}")`, `-H "Authorization: Bearer gsk_${f.b62(52)}"`],
    noMatch: [
      'GROQ_API_KEY=gsk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'GROQ_API_KEY=gsk_...',
      `GROQ_API_KEY=gsk_${f.b62(30)}`,
    ],
  }),
};

export const groq: Rule[] = [groqApiKey];
