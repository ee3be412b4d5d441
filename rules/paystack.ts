import type { Rule } from '../src/engine/rule.ts';
import { ASSIGN, gap } from './lib/cloud-and-code-kit.ts';

// Paystack secret keys share Stripe's `sk_live_` prefix (then 40 lower-case hex). Without Paystack
// context they are reported by stripe-live-secret-key; with it, this rule (listed first) names them.
// https://paystack.com/docs/api/authentication/
export const paystackSecretKey: Rule = {
  id: 'paystack-secret-key',
  description: 'Paystack live secret key (sk_live_ in a Paystack setting)',
  docs: 'https://paystack.com/docs/api/authentication/',
  keywords: ['paystack'],
  regex: new RegExp(
    String.raw`paystack${gap()}(?:secret[_.\-]?key|secret|key)\w{0,8}${ASSIGN}(sk_(?:live|test)_[a-f0-9]{40})(?![A-Za-z0-9_])`,
    'i',
  ),
  minEntropy: 3.0,
  validate: (s) => (!/^sk_live_[a-f0-9]{40}$/.test(s) ? 'test-mode or malformed key' : true),
  remediation:
    'Generate new API keys in the Paystack Dashboard (Settings > API Keys & Webhooks > Generate new secret key) and update the servers that use the old one.',
  examples: (f) => ({
    match: [
      `PAYSTACK_SECRET_KEY=sk_live_${f.hex(40)}`,
      `paystack:\n  paystack_key: "sk_live_${f.hex(40)}"`,
      `{"paystackSecret": "sk_live_${f.hex(40)}"}`,
    ],
    noMatch: [
      `PAYSTACK_SECRET_KEY=sk_test_${f.hex(40)}`,
      `PAYSTACK_PUBLIC_KEY=pk_live_${f.hex(40)}`,
      'PAYSTACK_SECRET_KEY=${PAYSTACK_SECRET_KEY}',
    ],
  }),
};

export const paystack: Rule[] = [paystackSecretKey];
