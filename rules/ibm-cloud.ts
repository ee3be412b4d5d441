import type { Rule } from '../src/engine/rule.ts';
import { contextual, gap, mixedCase } from './lib/cloud-and-code-kit.ts';

// IBM Cloud IAM API keys are 44 URL-safe characters with no prefix: flagged in an IBM Cloud setting
// (IBMCLOUD_API_KEY, IC_API_KEY, BLUEMIX_API_KEY). https://cloud.ibm.com/docs/account?topic=account-userapikey
export const ibmCloudApiKey = contextual({
  id: 'ibm-cloud-api-key',
  description: 'IBM Cloud IAM API key (in an IBM Cloud setting)',
  docs: 'https://cloud.ibm.com/docs/account?topic=account-userapikey',
  keywords: ['ibm', 'ic_api_key', 'bluemix'],
  name: `(?:ibm${gap()}|\\bic[_.\\-]?|bluemix${gap()})api[_.\\-]?key`,
  value: '[A-Za-z0-9_\\-]{44}',
  tail: 'A-Za-z0-9_\\-',
  fake: (f) => f.b64url(43) + f.digits(1),
  envs: ['IBMCLOUD_API_KEY', 'ibm_cloud_api_key', 'IC_API_KEY'],
  minEntropy: 4.0,
  validate: mixedCase,
  remediation:
    'Delete the API key in the IBM Cloud console (Manage > Access (IAM) > API keys), create a replacement (or use trusted profiles), and review Activity Tracker events.',
  moreNoMatch: (f) => [`IBMCLOUD_ACCOUNT_ID=${f.hex(32)}`, 'ibm_api_key_name = "terraform-ci-runner-key-prod-eu-de"'],
});

export const ibmCloud: Rule[] = [ibmCloudApiKey];
