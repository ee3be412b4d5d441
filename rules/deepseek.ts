import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// DeepSeek keys are `sk-` + 32 lower-case hex (https://api-docs.deepseek.com/). `sk-` is shared by many
// OpenAI-compatible vendors, so the key counts only in a file that names DeepSeek (DEEPSEEK_API_KEY,
// base_url="https://api.deepseek.com").
export const deepseekApiKey: Rule = {
  id: 'deepseek-api-key',
  description: 'DeepSeek API key',
  docs: 'https://api-docs.deepseek.com/',
  keywords: ['deepseek'],
  regex: /(?<![\w-])(sk-[a-f0-9]{32})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(3),
  minEntropy: 3.0,
  remediation:
    'Delete the key at https://platform.deepseek.com/api_keys, create a new one, and check Usage for spend you do not recognise.',
  examples: (f) => ({
    match: [`DEEPSEEK_API_KEY=sk-${f.hex(32)}`, `client = OpenAI(api_key="sk-${f.hex(32)}", base_url="https://api.deepseek.com")`],
    noMatch: [
      'DEEPSEEK_API_KEY=sk-...',
      `DEEPSEEK_API_KEY=sk-${'x'.repeat(32)}`,
      `OTHER_API_KEY=sk-${f.hex(32)}`,
      `deepseek: sk-${f.hex(48)}`,
    ],
  }),
};

export const deepseek: Rule[] = [deepseekApiKey];
