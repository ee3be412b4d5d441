import type { Rule } from '../src/engine/rule.ts';
import { all, bodyIsNotPlaceholder, bothCases, notIdentifier } from './lib/messaging-ai-registries-kit.ts';

// User access tokens `hf_` + 34 letters; retired organization tokens `api_org_` + 34 letters
// (https://huggingface.co/docs/hub/security-tokens; gitleaks rules huggingface-access-token /
// huggingface-organization-api-token). Random letters mix both cases evenly with adjacent capitals;
// identifiers such as `hf_requiredCharacteristicTypes…` have few, separated capitals.
function hfRule(id: string, prefix: string, description: string): Rule {
  return {
    id,
    description,
    docs: 'https://huggingface.co/docs/hub/security-tokens',
    keywords: [prefix],
    regex: new RegExp(`(?<![\\w-])(${prefix}[A-Za-z]{34})(?![\\w-])`),
    allowFillers: true,
    validate: all(bodyIsNotPlaceholder(prefix.length), notIdentifier(prefix.length), (s, m) => bothCases(3)(s.slice(prefix.length), m)),
    minEntropy: 4.0,
    remediation:
      'Invalidate the token at https://huggingface.co/settings/tokens (Manage → Invalidate and refresh), create a fine-grained token with the fewest permissions, and check the repositories it could write to.',
    examples: (f) => ({
      match: [
        `HF_TOKEN=${prefix}${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`,
        `huggingface-cli login --token ${prefix}${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`,
        `model = AutoModel.from_pretrained(name, token="${prefix}${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}")`,
      ],
      noMatch: [
        `HF_TOKEN=${prefix}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
        `- (id)${prefix}requiredCharacteristicTypesForDisplayMetadata;`,
        `${prefix}handleRemoteNotificationsInQueueEx(queue);`,
        `HF_TOKEN=${prefix}...`,
      ],
    }),
  };
}

export const huggingFaceAccessToken = hfRule('hugging-face-access-token', 'hf_', 'Hugging Face user access token');
export const huggingFaceOrgToken = hfRule('hugging-face-org-token', 'api_org_', 'Hugging Face organization API token (legacy)');

export const huggingFace: Rule[] = [huggingFaceAccessToken, huggingFaceOrgToken];
