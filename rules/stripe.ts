import type { Rule } from '../src/engine/rule.ts';
import { strictBody } from './lib/cloud-and-code-kit.ts';
import { readsAsWords } from './lib/databases-and-saas-kit.ts';

// Stripe API keys: `sk_live_` secret, `rk_live_` restricted, `pk_live_` publishable (public by design);
// `_test_` variants only reach test mode. Bodies are base62, 24 characters in older keys and ~99 in
// current ones (Stripe allows up to 255 in all). https://docs.stripe.com/keys
const DOCS = 'https://docs.stripe.com/keys';
const ROTATE =
  'Roll the key in the Stripe Dashboard (Developers > API keys > ⋯ > Roll key, with an immediate expiry), update the servers that use it, and review Developers > Logs and events for use since the leak.';

/** Only live secret material is reported; test-mode and publishable keys fail validation (which also keeps generic rules quiet on them). */
function liveOnly(prefix: string) {
  return (secret: string): true | string => {
    if (!secret.startsWith(prefix)) return secret.startsWith('pk_') ? 'publishable key (public by design)' : 'test-mode key';
    return strictBody(prefix.length)(secret);
  };
}

export const stripeLiveSecretKey: Rule = {
  id: 'stripe-live-secret-key',
  description: 'Stripe live secret API key (sk_live_; also the format of Paystack secret keys)',
  docs: DOCS,
  keywords: ['sk_live_', 'sk_test_', 'pk_live_', 'pk_test_'],
  regex: /(?<![A-Za-z0-9_])((?:sk|pk)_(?:live|test)_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  // The shared placeholder check can trip on short words inside random base62; strictBody is narrower.
  allowFillers: true,
  validate: liveOnly('sk_live_'),
  remediation: ROTATE,
  examples: (f) => ({
    match: [
      `STRIPE_SECRET_KEY=sk_live_${f.b62(24)}`,
      `const stripe = new Stripe('sk_live_51${f.b62(97)}', { apiVersion: '2024-06-20' });`,
      `stripe.api_key = "sk_live_${f.b62(99)}"`,
      `curl https://api.stripe.com/v1/charges -u sk_live_${f.b62(24)}:`,
      `Stripe::API_KEY = ENV.fetch("STRIPE_KEY", "sk_live_${f.b62(34)}")`,
      `  secret_key: sk_live_${f.b62(24)}\n  publishable_key: pk_live_${f.b62(24)}`,
    ],
    noMatch: [
      `STRIPE_SECRET_KEY=sk_test_${f.b62(24)}`,
      `STRIPE_PUBLISHABLE_KEY=pk_live_${f.b62(24)}`,
      `NEXT_PUBLIC_STRIPE_KEY=pk_test_${f.b62(99)}`,
      'STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
      'STRIPE_SECRET_KEY=sk_live_...',
      'STRIPE_SECRET_KEY=sk_live_your_secret_key_here',
      `STRIPE_SECRET_KEY=sk_live_${f.b62(10)}`,
      'const stripe = new Stripe(process.env.STRIPE_SECRET_KEY);',
      'STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY}',
    ],
  }),
};

export const stripeLiveRestrictedKey: Rule = {
  id: 'stripe-live-restricted-key',
  description: 'Stripe live restricted API key (rk_live_)',
  docs: 'https://docs.stripe.com/keys#limit-access',
  keywords: ['rk_live_', 'rk_test_'],
  regex: /(?<![A-Za-z0-9_])(rk_(?:live|test)_[A-Za-z0-9]{24,247})(?![A-Za-z0-9_])/,
  minEntropy: 3.5,
  allowFillers: true,
  validate: liveOnly('rk_live_'),
  remediation: ROTATE,
  examples: (f) => ({
    match: [
      `STRIPE_RESTRICTED_KEY=rk_live_${f.b62(24)}`,
      `stripe = Stripe::StripeClient.new("rk_live_51${f.b62(97)}")`,
      `{"stripe": {"restrictedKey": "rk_live_${f.b62(99)}"}}`,
    ],
    noMatch: [
      `STRIPE_RESTRICTED_KEY=rk_test_${f.b62(24)}`,
      'STRIPE_RESTRICTED_KEY=rk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
      `STRIPE_RESTRICTED_KEY=rk_live_${f.b62(8)}`,
      'STRIPE_RESTRICTED_KEY=<rk_live_key>',
    ],
  }),
};

// Webhook endpoint signing secrets: `whsec_` + 32 base62 (Dashboard) or 64 hex (Stripe CLI); the
// Svix-style `whsec_` + base64 shape is accepted too. https://docs.stripe.com/webhooks#verify-official-libraries
export const stripeWebhookSecret: Rule = {
  id: 'stripe-webhook-secret',
  description: 'Stripe webhook signing secret (whsec_; also Svix-style webhook secrets)',
  docs: 'https://docs.stripe.com/webhooks#verify-official-libraries',
  keywords: ['whsec_'],
  regex: /(?<![A-Za-z0-9_])(whsec_[A-Za-z0-9+/]{32,88}={0,2})(?![A-Za-z0-9_+/=])/,
  minEntropy: 3.5,
  allowFillers: true,
  validate: (s) => {
    const p = strictBody(6)(s);
    if (p !== true) return p;
    // A random 32-character base62 body has no digit about once in 270 secrets: then both letter
    // cases and no run of words (`whsec_MyWebhookSigningKeyGoesHere` is a placeholder).
    const body = s.slice(6);
    if (/\d/.test(body)) return true;
    return /[a-z]/.test(body) && /[A-Z]/.test(body) && !readsAsWords(body) ? true : 'no digit and reads as words';
  },
  remediation:
    'Roll the endpoint secret in the Stripe Dashboard (Developers > Webhooks > the endpoint > Signing secret > Roll secret) and deploy the new value; an attacker with it can forge webhook events.',
  examples: (f) => ({
    match: [
      `STRIPE_WEBHOOK_SECRET=whsec_${f.b62(31)}${f.digits(1)}`,
      `const event = stripe.webhooks.constructEvent(body, sig, "whsec_${f.hex(64)}");`,
      `webhook_secret: 'whsec_${f.b62(31)}${f.digits(1)}'`,
      `stripe_webhook_secret: whsec_${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 32)}`,
    ],
    noMatch: [
      'STRIPE_WEBHOOK_SECRET=whsec_...',
      'STRIPE_WEBHOOK_SECRET=whsec_test_secret',
      'STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `STRIPE_WEBHOOK_SECRET=whsec_${f.b62(12)}`,
      'STRIPE_WEBHOOK_SECRET=whsec_YOUR_WEBHOOK_SECRET',
      'STRIPE_WEBHOOK_SECRET=whsec_CopyTheEndpointSigningKeyFromDashboard',
    ],
  }),
};

export const stripe: Rule[] = [stripeLiveSecretKey, stripeLiveRestrictedKey, stripeWebhookSecret];
