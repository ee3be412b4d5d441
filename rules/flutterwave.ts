import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/cloud-and-code-kit.ts';

// Flutterwave secret keys: `FLWSECK-` + 32 hex + `-X` (live) or `FLWSECK_TEST-…-X` (test mode).
// https://developer.flutterwave.com/docs/authentication
export const flutterwaveSecretKey: Rule = {
  id: 'flutterwave-secret-key',
  description: 'Flutterwave live secret key (FLWSECK-)',
  docs: 'https://developer.flutterwave.com/docs/authentication',
  keywords: ['flwseck'],
  regex: /\b(FLWSECK(?:_TEST)?-[a-f0-9]{32}-X)(?![A-Za-z0-9])/,
  minEntropy: 3.0,
  validate: (s) => (s.startsWith('FLWSECK_TEST') ? 'test-mode key' : bodyIsNotPlaceholder(8)(s)),
  remediation:
    'Regenerate the API keys in the Flutterwave dashboard (Settings > API Keys > Generate new keys) and update the servers; review recent transfers.',
  examples: (f) => ({
    match: [`FLW_SECRET_KEY=FLWSECK-${f.hex(32)}-X`, `const flw = new Flutterwave(process.env.FLW_PUBLIC_KEY, "FLWSECK-${f.hex(32)}-X");`],
    noMatch: [
      `FLW_SECRET_KEY=FLWSECK_TEST-${f.hex(32)}-X`,
      `FLW_PUBLIC_KEY=FLWPUBK-${f.hex(32)}-X`,
      'FLW_SECRET_KEY=FLWSECK-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx-X',
    ],
  }),
};

export const flutterwave: Rule[] = [flutterwaveSecretKey];
