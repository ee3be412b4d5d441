import type { Rule } from '../src/engine/rule.ts';
import { contextual, gap, tfProvider } from './lib/cloud-and-code-kit.ts';

// Scaleway API keys: an access key `SCW` + 17 characters (an identifier) and a secret key that is a
// UUID. The secret is only flagged in a secret-key setting (SCW_SECRET_KEY, scaleway secret_key).
// https://www.scaleway.com/en/docs/iam/concepts/#api-key
export const scalewaySecretKey = contextual({
  id: 'scaleway-secret-key',
  description: 'Scaleway API secret key (UUID in a Scaleway secret-key setting)',
  docs: 'https://www.scaleway.com/en/docs/iam/concepts/#api-key',
  keywords: ['scw_secret', 'scw-secret', 'scaleway'],
  name: `(?:scw[_.\\-]?secret[_.\\-]?key|scaleway${gap()}secret[_.\\-]?key)`,
  alt: tfProvider('scaleway', 'secret_key'),
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  tail: 'A-Za-z0-9-',
  fake: (f) => f.uuid(),
  envs: ['SCW_SECRET_KEY', 'scaleway_secret_key', 'SCW_SECRET_KEY'],
  remediation:
    'Delete the API key in the Scaleway console (IAM > API keys), create a new one scoped to the right application and project, and review the audit trail.',
  more: [(v) => `provider "scaleway" {\n  secret_key = "${v}"\n  region = "fr-par"\n}`],
  moreNoMatch: (f) => [
    `SCW_DEFAULT_PROJECT_ID=${f.uuid()}`,
    `SCW_DEFAULT_ORGANIZATION_ID=${f.uuid()}`,
    `scaleway_project_id = "${f.uuid()}"`,
  ],
});

export const scaleway: Rule[] = [scalewaySecretKey];
