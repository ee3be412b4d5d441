import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder, contextual, gap, mixedCase } from './lib/cloud-and-code-kit.ts';

// Razorpay API keys: key id `rzp_live_` / `rzp_test_` + 14 alphanumerics, paired with a 24-character
// key secret. https://razorpay.com/docs/api/authentication/#generate-api-keys
const DOCS = 'https://razorpay.com/docs/api/authentication/';
const ROTATE =
  'Regenerate the API keys in the Razorpay Dashboard (Account & Settings > API Keys > Regenerate Key), update the servers, and review recent payments and settlements.';

export const razorpayLiveKeyId: Rule = {
  id: 'razorpay-live-key-id',
  description: 'Razorpay live API key id (rzp_live_; half of the live key pair)',
  docs: DOCS,
  keywords: ['rzp_live_', 'rzp_test_'],
  regex: /(?<![A-Za-z0-9_])(rzp_(?:live|test)_[A-Za-z0-9]{14})(?![A-Za-z0-9_])/,
  minEntropy: 3.0,
  validate: (s) => (s.startsWith('rzp_test_') ? 'test-mode key' : bodyIsNotPlaceholder(9)(s)),
  remediation: ROTATE,
  examples: (f) => ({
    match: [
      `RAZORPAY_KEY_ID=rzp_live_${f.b62(14)}`,
      `const rzp = new Razorpay({ key_id: 'rzp_live_${f.b62(14)}', key_secret: process.env.RAZORPAY_KEY_SECRET });`,
    ],
    noMatch: [`RAZORPAY_KEY_ID=rzp_test_${f.b62(14)}`, 'RAZORPAY_KEY_ID=rzp_live_xxxxxxxxxxxxxx', 'RAZORPAY_KEY_ID=${RAZORPAY_KEY_ID}'],
  }),
};

export const razorpayKeySecret = contextual({
  id: 'razorpay-key-secret',
  description: 'Razorpay API key secret (in a Razorpay setting)',
  docs: DOCS,
  keywords: ['razorpay'],
  name: `razorpay${gap()}(?:key[_.\\-]?)?secret`,
  value: '[A-Za-z0-9]{24}',
  tail: 'A-Za-z0-9',
  fake: (f) => f.b62(23) + f.digits(1),
  envs: ['RAZORPAY_KEY_SECRET', 'razorpay_secret', 'RAZORPAY_SECRET'],
  minEntropy: 3.6,
  validate: mixedCase,
  remediation: ROTATE,
  moreNoMatch: () => ['RAZORPAY_WEBHOOK_SECRET_NAME=payments-webhook'],
});

export const razorpay: Rule[] = [razorpayLiveKeyId, razorpayKeySecret];
