import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Format: `lsv2_pt_` (personal access token) or `lsv2_sk_` (service key) + 32 hex + `_` + 10 hex
// (https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key;
// gitleaks rule langsmith-api-key). Legacy `ls__` keys stopped working in October 2024.
export const langsmithApiKey: Rule = {
  id: 'langsmith-api-key',
  description: 'LangSmith (LangChain) personal access token or service key',
  docs: 'https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key',
  keywords: ['lsv2_pt_', 'lsv2_sk_'],
  regex: /(?<![\w-])(lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(8),
  minEntropy: 3.0,
  remediation:
    'Delete the key at https://smith.langchain.com/settings (API Keys), create a new one, and check the traces and datasets it could read.',
  examples: (f) => ({
    match: [`LANGCHAIN_API_KEY=lsv2_pt_${f.hex(32)}_${f.hex(10)}`, `LANGSMITH_API_KEY="lsv2_sk_${f.hex(32)}_${f.hex(10)}"`],
    noMatch: ['LANGCHAIN_API_KEY=lsv2_pt_...', `LANGCHAIN_API_KEY=lsv2_xx_${f.hex(32)}_${f.hex(10)}`, 'LANGCHAIN_API_KEY=ls__your-api-key'],
  }),
};

export const langsmith: Rule[] = [langsmithApiKey];
