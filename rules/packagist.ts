import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';
import { crc32 } from '../src/engine/checksum.ts';

// Private Packagist tokens: `packagist_<type>_` + 60 hex + 8-hex CRC32 of prefix and random part
// (https://packagist.com/docs/composer-authentication#token-format: ort = organization read-only,
// out = organization update, uut = user update, and newer types).
const hex8 = (s: string) => crc32(s).toString(16).padStart(8, '0');

export const packagistToken: Rule = {
  id: 'packagist-token',
  description: 'Private Packagist authentication token',
  docs: 'https://packagist.com/docs/composer-authentication#token-format',
  keywords: ['packagist_'],
  regex: /(?<![\w-])(packagist_[a-z]{3}_[a-f0-9]{68})(?![\w-])/,
  allowFillers: true,
  // The prefix and 68-hex body are already specific; the checksum is not required because the docs only
  // give it as a PHP snippet (whether the prefix's trailing `_` is hashed is not spelled out).
  validate: bodyIsNotPlaceholder(14),
  remediation:
    'Regenerate the token in Private Packagist (organization Settings → Authentication tokens, or your profile for user tokens), and pass the new one through COMPOSER_AUTH in CI.',
  examples: (f) => {
    const token = (type: string) => {
      const body = `packagist_${type}_${f.hex(60)}`;
      return body + hex8(body);
    };
    return {
      match: [
        `COMPOSER_AUTH='{"http-basic": {"repo.packagist.com": {"username": "token", "password": "${token('ort')}"}}}'`,
        `composer config --global --auth http-basic.repo.packagist.com token ${token('uut')}`,
        `PACKAGIST_TOKEN=${token('out')}`,
      ],
      noMatch: ['PACKAGIST_TOKEN=packagist_ort_...', 'packagist_downloads = 12', `PACKAGIST_TOKEN=packagist_ort_${'0'.repeat(68)}`],
    };
  },
};

export const packagist: Rule[] = [packagistToken];
