import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, ci, near } from './lib/messaging-ai-registries-kit.ts';

// Current keys: `pcsk_` + a short key id + `_` + a long base62 secret (https://docs.pinecone.io/guides/projects/manage-api-keys);
// older keys are UUIDs, only reported next to a Pinecone key setting.
const REMEDIATION =
  'Delete the key at https://app.pinecone.io → your project → API Keys, create a new one with the narrowest role, and review the indexes it could change.';

export const pineconeApiKey: Rule = {
  id: 'pinecone-api-key',
  description: 'Pinecone API key (pcsk_)',
  docs: 'https://docs.pinecone.io/guides/projects/manage-api-keys',
  keywords: ['pcsk_'],
  regex: /(?<![\w-])(pcsk_[A-Za-z0-9]{4,8}_[A-Za-z0-9]{50,80})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(5),
  minEntropy: 4.0,
  remediation: REMEDIATION,
  examples: (f) => ({
    match: [`PINECONE_API_KEY=pcsk_${f.b62(6)}_${f.b62(63)}`, `const pc = new Pinecone({ apiKey: 'pcsk_${f.b62(5)}_${f.b62(64)}' });`],
    noMatch: ['PINECONE_API_KEY=pcsk_...', 'placeholder: "pcsk_..."', `pcsk_${f.b62(6)}_${f.b62(20)}`],
  }),
};

export const pineconeLegacyApiKey: Rule = {
  id: 'pinecone-legacy-api-key',
  description: 'Pinecone API key (legacy UUID format)',
  docs: 'https://docs.pinecone.io/guides/projects/manage-api-keys',
  keywords: ['pinecone'],
  regex: assigned(
    `(?:${near('pinecone', '(?:api[_.-]?)?key')}|${ci('pinecone')}\\.init)`,
    '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    String.raw`(?![\w-])`,
  ),
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation: REMEDIATION,
  examples: (f) => ({
    match: [`PINECONE_API_KEY=${f.uuid()}`, `pinecone.init(api_key="${f.uuid()}", environment="us-west1-gcp")`],
    noMatch: [`PINECONE_INDEX_ID=${f.uuid()}`, 'PINECONE_API_KEY=your-pinecone-key', `PINECONE_PROJECT_ID: ${f.uuid()}`],
  }),
};

export const pinecone: Rule[] = [pineconeApiKey, pineconeLegacyApiKey];
