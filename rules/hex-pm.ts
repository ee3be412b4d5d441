import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, ci } from './lib/messaging-ai-registries-kit.ts';

// Hex.pm API keys are 32 lower-case hex with no prefix (https://hex.pm/docs/publish#publishing-from-ci):
// only as HEX_API_KEY or a hexpm key setting.
export const hexPmApiKey: Rule = {
  id: 'hex-pm-api-key',
  description: 'Hex.pm API key',
  docs: 'https://hex.pm/docs/publish#publishing-from-ci',
  keywords: ['hex_api_key', 'hexpm'],
  regex: assigned(`(?:(?<![A-Za-z])${ci('hex_api_key')}|${ci('hexpm')}[\\w.-]{0,20}${ci('key')})`, '[a-f0-9]{32}', String.raw`(?![\w-])`),
  minEntropy: 2.5,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation:
    'Revoke the key at https://hex.pm/dashboard/keys (or `mix hex.user key revoke <name>`), create a new one with the api:write permission for CI only, and check your packages for releases you did not publish.',
  examples: (f) => ({
    match: [`HEX_API_KEY=${f.hex(32)}`, `env:\n  HEX_API_KEY: "${f.hex(32)}"`, `hexpm_key: ${f.hex(32)}`],
    noMatch: [
      'HEX_API_KEY: ${{ secrets.HEX_API_KEY }}',
      'HEX_API_KEY=your-hex-key',
      'mix hex.publish --yes  # HEX_API_KEY comes from the CI secret store',
    ],
  }),
};

export const hexPm: Rule[] = [hexPmApiKey];
