import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Langfuse project keys: public `pk-lf-<uuid>` (not secret) and secret `sk-lf-<uuid>` (https://langfuse.com/docs/api).
export const langfuseSecretKey: Rule = {
  id: 'langfuse-secret-key',
  description: 'Langfuse project secret key',
  docs: 'https://langfuse.com/docs/api',
  keywords: ['sk-lf-'],
  regex: /(?<![\w-])(sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(6),
  remediation:
    'Delete the key pair in Langfuse (Project Settings → API Keys), create a new one, and update LANGFUSE_SECRET_KEY where the SDK runs.',
  examples: (f) => ({
    match: [`LANGFUSE_SECRET_KEY=sk-lf-${f.uuid()}`, `langfuse = Langfuse(public_key=pk, secret_key="sk-lf-${f.uuid()}")`],
    noMatch: [
      `LANGFUSE_PUBLIC_KEY=pk-lf-${f.uuid()}`,
      'LANGFUSE_SECRET_KEY=sk-lf-...',
      'LANGFUSE_SECRET_KEY=sk-lf-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
    ],
  }),
};

export const langfuse: Rule[] = [langfuseSecretKey];
