import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, near } from './lib/messaging-ai-registries-kit.ts';

// Deepgram API keys are 40 hex with no prefix (https://developers.deepgram.com/docs/create-additional-api-keys):
// only next to a Deepgram key setting.
export const deepgramApiKey: Rule = {
  id: 'deepgram-api-key',
  description: 'Deepgram speech API key',
  docs: 'https://developers.deepgram.com/docs/create-additional-api-keys',
  keywords: ['deepgram'],
  regex: assigned(near('deepgram', '(?:api[_.-]?)?(?:key|token|secret)'), '[a-f0-9]{40}', String.raw`(?![\w-])`),
  minEntropy: 2.8,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation:
    'Delete the key at https://console.deepgram.com → your project → API Keys, create a new one with the narrowest role and an expiry, and check Usage.',
  examples: (f) => ({
    match: [`DEEPGRAM_API_KEY=${f.hex(40)}`, `"deepgramApiKey": "${f.hex(40)}"`],
    noMatch: [`deepgram_commit: ${f.hex(40)}`, 'DEEPGRAM_API_KEY=your-deepgram-key', `DEEPGRAM_PROJECT_ID=${f.uuid()}`],
  }),
};

export const deepgram: Rule[] = [deepgramApiKey];
