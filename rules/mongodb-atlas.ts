import type { Rule } from '../src/engine/rule.ts';
import { assignment, UUID } from './lib/databases-and-saas-kit.ts';

// MongoDB Atlas Administration API keys: an 8-character public key (not secret) and a UUID private
// key, which has no prefix and needs an Atlas private-key setting (Terraform provider, atlas CLI).
// https://www.mongodb.com/docs/atlas/configure-api-access/
export const mongodbAtlasPrivateKey: Rule = {
  id: 'mongodb-atlas-private-key',
  description: 'MongoDB Atlas Administration API private key assigned to an Atlas setting',
  docs: 'https://www.mongodb.com/docs/atlas/configure-api-access/',
  keywords: ['atlas'],
  regex: assignment('atlas', 'private[_.-]?(?:api[_.-]?)?key', UUID, { block: true }),
  minEntropy: 3.0,
  remediation:
    'Delete the API key in Atlas (Organization → Access Manager → API Keys → ⋯ → Delete), create a replacement with an IP access list and the minimum role, and update the Terraform / CLI config.',
  examples: (f) => ({
    match: [
      `MONGODB_ATLAS_PRIVATE_KEY=${f.uuid()}`,
      `provider "mongodbatlas" {\n  public_key  = "${f.lowerAlnum(8)}"\n  private_key = "${f.uuid()}"\n}`,
      `atlas_private_api_key: ${f.uuid()}`,
    ],
    noMatch: [
      'MONGODB_ATLAS_PRIVATE_KEY=${MONGODB_ATLAS_PRIVATE_KEY}',
      `MONGODB_ATLAS_PUBLIC_KEY=${f.lowerAlnum(8)}`,
      `ATLAS_PROJECT_ID=${f.hex(24)}`,
    ],
  }),
};

export const mongodbAtlas: Rule[] = [mongodbAtlasPrivateKey];
