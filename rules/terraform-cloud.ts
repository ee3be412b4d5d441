import type { Rule } from '../src/engine/rule.ts';
import { anchoredAt, bodyIsNotPlaceholder } from './lib/cloud-and-code-kit.ts';

// HCP Terraform / Terraform Enterprise API tokens: 14 alphanumerics, `.atlasv1.`, 60–70 more.
// https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens
export const terraformCloudApiToken: Rule = {
  id: 'terraform-cloud-api-token',
  description: 'HCP Terraform (Terraform Cloud) / Terraform Enterprise API token',
  docs: 'https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens',
  keywords: ['atlasv1'],
  // Found from `.atlasv1.`; group 1 is the whole token.
  regex: new RegExp(anchoredAt('\\.atlasv1\\.', '[A-Za-z0-9]{14}', '[A-Za-z0-9_=-]{60,70}', '[A-Za-z0-9]', '[A-Za-z0-9_=-]')),
  minEntropy: 3.8,
  validate: (s) => bodyIsNotPlaceholder(23)(s),
  remediation:
    'Revoke the token in HCP Terraform (User settings > Tokens, or the organization/team API token page), create a new one, and update `~/.terraform.d/credentials.tfrc.json` or the CI variable.',
  examples: (f) => ({
    match: [
      `TF_TOKEN_app_terraform_io=${f.b62(14)}.atlasv1.${f.b64url(67)}`,
      `credentials "app.terraform.io" {\n  token = "${f.b62(14)}.atlasv1.${f.b64url(67)}"\n}`,
      `{"credentials": {"app.terraform.io": {"token": "${f.b62(14)}.atlasv1.${f.b64url(67)}"}}}`,
    ],
    noMatch: [
      'token = "xxxxxxxxxxxxxx.atlasv1.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"',
      `// docs: tokens look like <id>.atlasv1.<secret>; ours was ${f.b62(14)}.atlasv1.${f.b64url(20)} (truncated)`,
      'TF_TOKEN_app_terraform_io=${TFC_TOKEN}',
    ],
  }),
};

export const terraformCloud: Rule[] = [terraformCloudApiToken];
