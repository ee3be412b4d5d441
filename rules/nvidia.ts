import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// NVIDIA API Catalog / NGC personal keys: `nvapi-` + 64 base64url (https://docs.api.nvidia.com/nim/docs/api-quickstart).
export const nvidiaApiKey: Rule = {
  id: 'nvidia-api-key',
  description: 'NVIDIA API catalog / NGC API key',
  docs: 'https://docs.api.nvidia.com/nim/docs/api-quickstart',
  keywords: ['nvapi-'],
  regex: /(?<![\w-])(nvapi-[A-Za-z0-9_-]{60,70})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(6),
  minEntropy: 4.0,
  remediation:
    'Revoke the key at https://org.ngc.nvidia.com/setup/api-keys (or build.nvidia.com → API Keys), create a new one, and update NGC_API_KEY / NVIDIA_API_KEY.',
  examples: (f) => ({
    match: [
      `NVIDIA_API_KEY=nvapi-${f.b64url(64)}`,
      `client = OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="nvapi-${f.b64url(64)}")`,
    ],
    noMatch: ['NGC_API_KEY=nvapi-[your-key]', 'NVIDIA_API_KEY=nvapi-...', `nvapi-${f.b64url(30)}`],
  }),
};

export const nvidia: Rule[] = [nvidiaApiKey];
