import type { Rule } from '../src/engine/rule.ts';
import { BECH32_CHARSET, bech32Verifies, bech32WithChecksum, bodyPlaceholderReason } from './lib/databases-and-saas-kit.ts';

// age X25519 identities: Bech32 with HRP `AGE-SECRET-KEY-`, upper-case: `AGE-SECRET-KEY-1` +
// 52 data characters (32 bytes) + 6-character checksum, which is verified here.
// https://github.com/C2SP/C2SP/blob/main/age.md#the-x25519-recipient-type
const HRP = 'age-secret-key-';

export const ageSecretKey: Rule = {
  id: 'age-secret-key',
  description: 'age encryption secret key (AGE-SECRET-KEY-1…)',
  docs: 'https://github.com/C2SP/C2SP/blob/main/age.md#the-x25519-recipient-type',
  keywords: ['age-secret-key-1'],
  regex: /\b(AGE-SECRET-KEY-1([QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}))(?![A-Za-z0-9])/,
  secretGroup: 1,
  // The prefix itself contains the placeholder word "SECRET"; the body is checked instead.
  allowFillers: true,
  validate: (_s, m) => bodyPlaceholderReason(m[2] ?? '') ?? (bech32Verifies(HRP, m[2] ?? '') ? true : 'Bech32 checksum does not verify'),
  remediation:
    'Treat everything encrypted to this identity as exposed: generate a new key (age-keygen), re-encrypt the files / SOPS secrets to the new recipient, remove the old recipient from .sops.yaml, and rotate the secrets those files held.',
  examples: (f) => {
    const key = () => `AGE-SECRET-KEY-1${bech32WithChecksum(HRP, f.chars(BECH32_CHARSET, 52)).toUpperCase()}`;
    const bad = () => `AGE-SECRET-KEY-1${f.chars(BECH32_CHARSET, 58).toUpperCase()}`;
    return {
      match: [
        `# created: 2024-05-01T10:00:00Z\n# public key: age1${f.chars(BECH32_CHARSET, 58)}\n${key()}\n`,
        `SOPS_AGE_KEY=${key()}`,
        `  age_key: "${key()}"`,
      ],
      noMatch: [
        bad(),
        `recipient: age1${f.chars(BECH32_CHARSET, 58)}`,
        'SOPS_AGE_KEY=AGE-SECRET-KEY-1XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
        'SOPS_AGE_KEY=${SOPS_AGE_KEY}',
      ],
    };
  },
};

export const age: Rule[] = [ageSecretKey];
