import type { Rule } from '../../src/engine/rule.ts';
import { adyen } from '../adyen.ts';
import { alibaba } from '../alibaba.ts';
import { aws } from '../aws.ts';
import { azure } from '../azure.ts';
import { bitbucket } from '../bitbucket.ts';
import { buildkite } from '../buildkite.ts';
import { circleci } from '../circleci.ts';
import { cloudflare } from '../cloudflare.ts';
import { codecov } from '../codecov.ts';
import { coinbase } from '../coinbase.ts';
import { digitalocean } from '../digitalocean.ts';
import { droneCi } from '../drone-ci.ts';
import { flutterwave } from '../flutterwave.ts';
import { flyio } from '../flyio.ts';
import { gcp } from '../gcp.ts';
import { gitlab } from '../gitlab.ts';
import { heroku } from '../heroku.ts';
import { ibmCloud } from '../ibm-cloud.ts';
import { linode } from '../linode.ts';
import { netlify } from '../netlify.ts';
import { paypal } from '../paypal.ts';
import { paystack } from '../paystack.ts';
import { plaid } from '../plaid.ts';
import { pulumi } from '../pulumi.ts';
import { razorpay } from '../razorpay.ts';
import { render } from '../render.ts';
import { scaleway } from '../scaleway.ts';
import { sonar } from '../sonar.ts';
import { square } from '../square.ts';
import { stripe } from '../stripe.ts';
import { terraformCloud } from '../terraform-cloud.ts';
import { travisCi } from '../travis-ci.ts';
import { vercel } from '../vercel.ts';
import { vultr } from '../vultr.ts';

/**
 * Cloud providers, code hosting / CI, and payments. Order matters only where two rules can match
 * the same text: the more precise one comes first (Paystack's context rule before Stripe's
 * sk_live_ rule; each module lists identifiable/prefixed formats before context-only ones).
 */
export const cloudAndCode: Rule[] = [
  // Cloud
  ...aws,
  ...gcp,
  ...azure,
  ...digitalocean,
  ...heroku,
  ...cloudflare,
  ...alibaba,
  ...linode,
  ...vultr,
  ...scaleway,
  ...flyio,
  ...vercel,
  ...netlify,
  ...render,
  ...terraformCloud,
  ...pulumi,
  ...ibmCloud,
  // Code hosting and CI
  ...gitlab,
  ...bitbucket,
  ...circleci,
  ...travisCi,
  ...buildkite,
  ...droneCi,
  ...sonar,
  ...codecov,
  // Payments
  ...paystack,
  ...stripe,
  ...square,
  ...paypal,
  ...adyen,
  ...razorpay,
  ...plaid,
  ...coinbase,
  ...flutterwave,
];
