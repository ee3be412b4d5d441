import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Every OpenAI secret key carries `T3BlbkFJ` (base64 of "OpenAI") in the middle: legacy user keys
// `sk-` + 20 + marker + 20, and the newer `sk-proj-` / `sk-svcacct-` / `sk-admin-` / `sk-None-` keys with
// longer base64url halves (https://platform.openai.com/docs/api-reference/authentication; lengths as in the
// gitleaks rule openai-api-key). `sk-` alone is shared by many vendors, so the marker is required.
const DOCS = 'https://platform.openai.com/docs/api-reference/authentication';
const ROTATE =
  'Revoke it at https://platform.openai.com/api-keys (project keys: Dashboard → Project → API keys; admin keys: https://platform.openai.com/settings/organization/admin-keys), create a new key, and check Usage for spend you do not recognise.';
const HALF = '[A-Za-z0-9_-]{20,200}';

function markedKey(id: string, prefix: string, description: string, docs = DOCS): Rule {
  return {
    id,
    description,
    docs,
    keywords: [prefix],
    regex: new RegExp(`(?<![\\w-])(${prefix}${HALF}T3BlbkFJ${HALF})(?![\\w-])`),
    allowFillers: true,
    validate: bodyIsNotPlaceholder(prefix.length),
    minEntropy: 4.0,
    remediation: ROTATE,
    examples: (f) => ({
      match: [
        `OPENAI_API_KEY=${prefix}${f.b64url(74)}T3BlbkFJ${f.b64url(74)}`,
        `client = OpenAI(api_key="${prefix}${f.b64url(58)}T3BlbkFJ${f.b64url(58)}")`,
        `const openai = new OpenAI({ apiKey: '${prefix}${f.b64url(74)}T3BlbkFJ${f.b64url(74)}' });`,
      ],
      noMatch: [
        `OPENAI_API_KEY=${prefix}...`,
        `OPENAI_API_KEY=${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
        `OPENAI_API_KEY=${prefix}${f.b64url(120)}`,
        'OPENAI_API_KEY=${OPENAI_API_KEY}',
        `OPENAI_API_KEY=${prefix}your-key-hereT3BlbkFJyour-key-here-again`,
      ],
    }),
  };
}

export const openaiProjectApiKey = markedKey('openai-project-api-key', 'sk-proj-', 'OpenAI project API key (sk-proj-)');
export const openaiServiceAccountKey = markedKey('openai-service-account-key', 'sk-svcacct-', 'OpenAI service account key (sk-svcacct-)');
export const openaiAdminKey = markedKey(
  'openai-admin-key',
  'sk-admin-',
  'OpenAI organization admin key (sk-admin-)',
  'https://platform.openai.com/docs/api-reference/admin-api-keys',
);

export const openaiApiKey: Rule = {
  id: 'openai-api-key',
  description: 'OpenAI user API key (legacy sk-… or sk-None-… with the T3BlbkFJ marker)',
  docs: DOCS,
  keywords: ['t3blbkfj'],
  regex: new RegExp(`(?<![\\w-])(sk-(?:None-${HALF}T3BlbkFJ${HALF}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}))(?![\\w-])`),
  // `sk-None-` would trip the shared placeholder word list ("none"): check the random body instead.
  allowFillers: true,
  validate: (s, m) => bodyIsNotPlaceholder(s.startsWith('sk-None-') ? 8 : 3)(s, m),
  minEntropy: 4.0,
  remediation: ROTATE,
  examples: (f) => ({
    match: [
      `OPENAI_API_KEY=sk-${f.b62(20)}T3BlbkFJ${f.b62(20)}`,
      `openai.api_key = "sk-${f.b62(20)}T3BlbkFJ${f.b62(20)}"`,
      `curl https://api.openai.com/v1/models -H "Authorization: Bearer sk-${f.b62(20)}T3BlbkFJ${f.b62(20)}"`,
      `OPENAI_API_KEY=sk-None-${f.b64url(58)}T3BlbkFJ${f.b64url(58)}`,
    ],
    noMatch: [
      'OPENAI_API_KEY=sk-proj-...',
      'OPENAI_API_KEY=sk-...',
      'OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxT3BlbkFJxxxxxxxxxxxxxxxxxxxx',
      'const marker = "T3BlbkFJ"; // base64 of OpenAI',
      'const key = process.env.OPENAI_API_KEY;',
    ],
  }),
};

export const openai: Rule[] = [openaiProjectApiKey, openaiServiceAccountKey, openaiAdminKey, openaiApiKey];
