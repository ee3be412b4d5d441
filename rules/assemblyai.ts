import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, near } from './lib/messaging-ai-registries-kit.ts';

// AssemblyAI API keys are 32 hex with no prefix (https://www.assemblyai.com/docs/api-reference/overview#authorization):
// only next to an AssemblyAI key setting.
export const assemblyaiApiKey: Rule = {
  id: 'assemblyai-api-key',
  description: 'AssemblyAI speech API key',
  docs: 'https://www.assemblyai.com/docs/api-reference/overview#authorization',
  keywords: ['assemblyai', 'assembly_ai', 'assembly-ai'],
  regex: assigned(near('assembly[_.-]?ai', '(?:api[_.-]?)?(?:key|token)'), '[a-f0-9]{32}', String.raw`(?![\w-])`),
  minEntropy: 2.5,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation: 'Delete the key at https://www.assemblyai.com/app/api-keys, create a new one, and check Usage.',
  examples: (f) => ({
    match: [`ASSEMBLYAI_API_KEY=${f.hex(32)}`, `const assemblyAiKey = "${f.hex(32)}";`],
    noMatch: [`assemblyai_transcript_id: ${f.hex(32)}`, 'ASSEMBLYAI_API_KEY=your-api-key', 'ASSEMBLYAI_API_KEY=${ASSEMBLYAI_API_KEY}'],
  }),
};

export const assemblyai: Rule[] = [assemblyaiApiKey];
