import type { Rule } from '../src/engine/rule.ts';
import { all, bodyIsNotPlaceholder, notIdentifier } from './lib/messaging-ai-registries-kit.ts';

// Format: `fw_` + a base62 body of about 24 characters (https://docs.fireworks.ai/api-reference/introduction).
// `fw_` also starts firmware identifiers (fw_VersionNumber…): the body must not read as an identifier, and
// must hold a digit unless the file names Fireworks.
export const fireworksAiApiKey: Rule = {
  id: 'fireworks-ai-api-key',
  description: 'Fireworks AI API key',
  docs: 'https://docs.fireworks.ai/api-reference/introduction',
  keywords: ['fw_'],
  regex: /(?<![\w-])(fw_[A-Za-z0-9]{20,48})(?![\w-])/,
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(3), notIdentifier(3), (s, m) =>
    /\d/.test(s) || /fireworks/i.test(m.input) ? true : 'no digit and no Fireworks context',
  ),
  minEntropy: 3.8,
  remediation:
    'Delete the key at https://app.fireworks.ai/settings/users/api-keys (or `firectl delete api-key`), create a new one, and check Usage.',
  examples: (f) => ({
    match: [`FIREWORKS_API_KEY=fw_${f.b62(24)}`, `llm = Fireworks(api_key="fw_${f.b62(24)}", model=model_id)`],
    noMatch: [
      'FIREWORKS_API_KEY=fw_...',
      'FIREWORKS_API_KEY=fw_xxxxxxxxxxxxxxxxxxxxxxxx',
      'uint32_t fw_VersionNumberFromHeader; // fireworks display firmware',
      'FIREWORKS_API_KEY=fw_your_api_key_here',
    ],
  }),
};

export const fireworksAi: Rule[] = [fireworksAiApiKey];
