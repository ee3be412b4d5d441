import type { Fake } from '../../src/engine/fake.ts';

/**
 * The kinds of secret planted in the detection-quality corpus. Every value is generated at test
 * time from the deterministic Fake, so this file holds no secret-shaped literal: only prefixes and
 * shapes, each with the public source that documents it.
 *
 * `shape` says where the corpus may plant a kind:
 * - `value`: a single-line value that any `NAME = value` assignment can hold (most kinds);
 * - `pem`: a multi-line PEM block (only in templates that know how to hold one);
 * - `header`: the credential of an HTTP Authorization header (only in request/curl templates);
 * - `manifest`: base64 data of a Kubernetes Secret (only in manifest templates).
 */
export type Shape = 'value' | 'pem' | 'header' | 'manifest';

export interface SecretKind {
  /** Stable kebab-case id, used in the per-kind recall table. */
  id: string;
  /** Conventional variable names (SCREAMING_SNAKE_CASE); the corpus renders them per language. */
  names: string[];
  shape: Shape;
  /** How many times the generic templates plant it (bespoke templates add more). */
  weight?: number;
  /** Where the format comes from. */
  source: string;
  gen(f: Fake): string;
}

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const B32_UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const B32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';

/** A deterministic choice among `options`, drawn from the fake's stream. */
export function pick<T>(f: Fake, options: readonly T[]): T {
  const i = ALNUM.indexOf(f.chars(ALNUM, 1)) % options.length;
  return options[i]!;
}

/** Random bytes drawn from the fake (base64 round trip keeps to the Fake interface). */
export function bytesOf(f: Fake, n: number): Buffer {
  return Buffer.from(f.base64Bytes(n), 'base64');
}

function wrap(b64: string, width: number): string {
  const out: string[] = [];
  for (let i = 0; i < b64.length; i += width) out.push(b64.slice(i, i + width));
  return out.join('\n');
}

function pemBlock(label: string, der: Buffer, width = 64): string {
  return `-----BEGIN ${label}-----\n${wrap(der.toString('base64'), width)}\n-----END ${label}-----`;
}

// DER prefixes make the base64 bodies start the way real keys do (MIIEpAIBAAKCAQEA…, MHcCAQEEI…),
// so that a rule which checks the body's structure sees a plausible key.
const RSA_PKCS1_HEAD = [0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00];
const PKCS8_RSA_HEAD = [
  0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04,
  0x82, 0x04, 0xa8,
];

export function rsaPrivateKey(f: Fake): string {
  return pemBlock('RSA PRIVATE KEY', Buffer.concat([Buffer.from(RSA_PKCS1_HEAD), bytesOf(f, 1180)]));
}

export function pkcs8PrivateKey(f: Fake): string {
  return pemBlock('PRIVATE KEY', Buffer.concat([Buffer.from(PKCS8_RSA_HEAD), Buffer.from(RSA_PKCS1_HEAD), bytesOf(f, 1180)]));
}

export function ecPrivateKey(f: Fake): string {
  const der = Buffer.concat([
    Buffer.from([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]),
    bytesOf(f, 32),
    Buffer.from([0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04]),
    bytesOf(f, 64),
  ]);
  return pemBlock('EC PRIVATE KEY', der);
}

export function opensshPrivateKey(f: Fake): string {
  // openssh-key-v1 container (PROTOCOL.key in OpenSSH): magic, cipher "none", kdf "none", one key.
  const str = (s: string) => Buffer.concat([u32(s.length), Buffer.from(s)]);
  const der = Buffer.concat([
    Buffer.from('openssh-key-v1\0'),
    str('none'),
    str('none'),
    u32(0),
    u32(1),
    u32(51),
    str('ssh-ed25519'),
    u32(32),
    bytesOf(f, 32),
    u32(144),
    bytesOf(f, 144),
  ]);
  return pemBlock('OPENSSH PRIVATE KEY', der, 70);
}

export function pgpPrivateKey(f: Fake): string {
  // Old-format secret-key packet (tag 5, RFC 4880 §5.5.1.3): armour starts "lQOYBF…".
  const body = Buffer.concat([Buffer.from([0x95, 0x03, 0x98, 0x04, 0x65]), bytesOf(f, 900)]);
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(body.toString('base64'), 64)}\n=${f.b64(4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
}

const WORDS = [
  'Summer', 'Winter', 'Autumn', 'Falcon', 'Tiger', 'Coffee', 'Sunset', 'Purple', 'Orange', 'Rocket', 'Galaxy', 'Harbor', 'Maple',
  'Cobalt', 'Ember', 'Quartz', 'Willow', 'Saturn', 'Nebula', 'Pepper', 'Mango', 'Aurora', 'Bison', 'Cactus', 'Fjord', 'Juniper',
  'Lantern', 'Marble', 'Osprey', 'Walrus', 'Kestrel', 'Tundra',
];

/** A human-made password: words, a year or digits, a symbol (what people actually type). */
export function humanPassword(f: Fake): string {
  const w1 = pick(f, WORDS);
  const w2 = pick(f, WORDS);
  const sym = pick(f, ['!', '@', '%', '&', '*', '+', '.', '^']);
  const leet = (w: string) => w.replace(/o/g, '0').replace(/e/g, '3').replace(/a/g, '@');
  switch (pick(f, [0, 1, 2, 3])) {
    case 0:
      return `${w1}${w2}${f.digits(2)}${sym}`;
    case 1:
      return `${w1}${sym}${pick(f, ['2019', '2021', '2022', '2023', '2024', '2025'])}`;
    case 2:
      return `${leet(w1)}${f.digits(3)}${sym}${w2.toLowerCase()}`;
    default:
      return `${w1.toLowerCase()}-${w2.toLowerCase()}-${f.digits(4)}`;
  }
}

/** A strong random password (password-manager style, URL-safe symbols). */
export function randomPassword(f: Fake, n = 20): string {
  return f.chars(ALNUM + '!%*-_.~', n);
}

const b64json = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64').replace(/=+$/, '');

function snowflake(f: Fake): string {
  return `1${f.chars('0123456789', 18)}`;
}

function openAiKey(f: Fake, kind: 'proj' | 'svcacct' | 'admin'): string {
  const n = pick(f, [74, 58]);
  return `sk-${kind}-${f.b64url(n)}T3BlbkFJ${f.b64url(n)}`;
}

function nugetKey(f: Fake): string {
  // ApiKeyV4 (NuGetGallery ApiKeyV4.cs, Microsoft.Security.Utilities NuGetApiKey pattern).
  const b = (n: number) => f.chars(B32_LOWER, n);
  return `oy2${f.chars('abcdefghijklmnop', 1)}${b(15)}${f.chars('aq', 1)}${b(11)}${f.chars('eu', 1)}${f.chars('bdfhjlnprtvxz357', 1)}${f.chars('abcdefghijklmnop', 1)}${b(11)}${f.chars('aeimquy4', 1)}`;
}

const GITLEAKS = 'https://github.com/gitleaks/gitleaks/blob/master/config/gitleaks.toml';
const GITHUB_FORMATS = 'https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/';

export const SECRET_KINDS: SecretKind[] = [
  // --- AWS ---
  {
    id: 'aws-access-key-id',
    names: ['AWS_ACCESS_KEY_ID'],
    shape: 'value',
    weight: 4,
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids',
    gen: (f) => `AKIA${f.chars(B32_UPPER, 16)}`,
  },
  {
    id: 'aws-secret-access-key',
    names: ['AWS_SECRET_ACCESS_KEY'],
    shape: 'value',
    weight: 4,
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html',
    gen: (f) => f.b64(40),
  },
  {
    id: 'aws-temporary-access-key-id',
    names: ['AWS_ACCESS_KEY_ID'],
    shape: 'value',
    source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids',
    gen: (f) => `ASIA${f.chars(B32_UPPER, 16)}`,
  },
  {
    id: 'aws-session-token',
    names: ['AWS_SESSION_TOKEN'],
    shape: 'value',
    source: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html',
    gen: (f) => `IQoJb3JpZ2luX2VjE${f.b64(300)}`,
  },
  // --- Google Cloud ---
  {
    id: 'gcp-api-key',
    names: ['GOOGLE_API_KEY', 'GOOGLE_MAPS_API_KEY', 'GEMINI_API_KEY', 'YOUTUBE_API_KEY'],
    shape: 'value',
    weight: 4,
    source: 'https://cloud.google.com/docs/authentication/api-keys',
    gen: (f) => `AIzaSy${f.b64url(33)}`,
  },
  {
    id: 'gcp-service-account-key',
    names: ['GOOGLE_APPLICATION_CREDENTIALS_JSON'],
    shape: 'pem',
    source: 'https://cloud.google.com/iam/docs/keys-create-delete',
    gen: (f) => pkcs8PrivateKey(f),
  },
  {
    id: 'gcp-oauth-client-secret',
    names: ['GOOGLE_CLIENT_SECRET', 'GOOGLE_OAUTH_CLIENT_SECRET'],
    shape: 'value',
    source: 'https://cloud.google.com/iam/docs/workforce-manage-oauth-app',
    gen: (f) => `GOCSPX-${f.b64url(28)}`,
  },
  // --- Azure ---
  {
    id: 'azure-storage-connection-string',
    names: ['AZURE_STORAGE_CONNECTION_STRING', 'AzureWebJobsStorage'],
    shape: 'value',
    source: 'https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string',
    gen: (f) =>
      `DefaultEndpointsProtocol=https;AccountName=st${f.chars('abcdefghijklmnopqrstuvwxyz0123456789', 10)};AccountKey=${f.base64Bytes(64)};EndpointSuffix=core.windows.net`,
  },
  {
    id: 'azure-ad-client-secret',
    names: ['AZURE_CLIENT_SECRET', 'AAD_CLIENT_SECRET'],
    shape: 'value',
    source: GITLEAKS,
    gen: (f) => `${f.chars(ALNUM, 3)}${f.chars('78', 1)}Q~${f.chars(ALNUM + '_~.-', 34)}`,
  },
  // --- DigitalOcean, Heroku, Cloudflare, Alibaba ---
  {
    id: 'digitalocean-pat',
    names: ['DIGITALOCEAN_TOKEN', 'DIGITALOCEAN_ACCESS_TOKEN'],
    shape: 'value',
    source: 'https://docs.digitalocean.com/reference/api/create-personal-access-token/',
    gen: (f) => `dop_v1_${f.hex(64)}`,
  },
  {
    id: 'digitalocean-oauth-token',
    names: ['DO_OAUTH_TOKEN'],
    shape: 'value',
    source: GITLEAKS,
    gen: (f) => `doo_v1_${f.hex(64)}`,
  },
  {
    id: 'heroku-api-key',
    names: ['HEROKU_API_KEY'],
    shape: 'value',
    source: GITLEAKS,
    gen: (f) => `HRKU-AA${f.b64url(58)}`,
  },
  {
    id: 'heroku-api-key-legacy',
    names: ['HEROKU_API_KEY', 'HEROKU_API_TOKEN'],
    shape: 'value',
    source: 'https://devcenter.heroku.com/articles/authentication',
    gen: (f) => f.uuid(),
  },
  {
    id: 'cloudflare-api-token',
    names: ['CLOUDFLARE_API_TOKEN', 'CF_API_TOKEN'],
    shape: 'value',
    source: 'https://developers.cloudflare.com/fundamentals/api/get-started/create-token/',
    gen: (f) => f.b64url(40),
  },
  {
    id: 'cloudflare-global-api-key',
    names: ['CLOUDFLARE_API_KEY'],
    shape: 'value',
    source: 'https://developers.cloudflare.com/fundamentals/api/get-started/keys/',
    gen: (f) => f.hex(37),
  },
  {
    id: 'cloudflare-origin-ca-key',
    names: ['CLOUDFLARE_ORIGIN_CA_KEY'],
    shape: 'value',
    source: GITLEAKS,
    gen: (f) => `v1.0-${f.hex(24)}-${f.hex(146)}`,
  },
  {
    id: 'alibaba-access-key-id',
    names: ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALICLOUD_ACCESS_KEY'],
    shape: 'value',
    source: 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair',
    gen: (f) => `LTAI5t${f.b62(18)}`,
  },
  {
    id: 'alibaba-access-key-secret',
    names: ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALICLOUD_SECRET_KEY'],
    shape: 'value',
    source: GITLEAKS,
    gen: (f) => f.b62(30),
  },
  // --- GitHub ---
  { id: 'github-classic-pat', names: ['GITHUB_TOKEN', 'GH_TOKEN'], shape: 'value', weight: 4, source: GITHUB_FORMATS, gen: (f) => f.crc32Token('ghp_', 30) },
  {
    id: 'github-fine-grained-pat',
    names: ['GITHUB_PAT', 'GH_TOKEN'],
    shape: 'value',
    source: GITHUB_FORMATS,
    gen: (f) => `github_pat_${f.b62(22)}_${f.b62(59)}`,
  },
  { id: 'github-app-installation-token', names: ['GITHUB_APP_TOKEN'], shape: 'value', source: GITHUB_FORMATS, gen: (f) => f.crc32Token('ghs_', 30) },
  { id: 'github-oauth-token', names: ['GITHUB_OAUTH_TOKEN'], shape: 'value', source: GITHUB_FORMATS, gen: (f) => f.crc32Token('gho_', 30) },
  { id: 'github-user-to-server-token', names: ['GITHUB_USER_TOKEN'], shape: 'value', source: GITHUB_FORMATS, gen: (f) => f.crc32Token('ghu_', 30) },
  { id: 'github-refresh-token', names: ['GITHUB_REFRESH_TOKEN'], shape: 'value', source: GITHUB_FORMATS, gen: (f) => f.crc32Token('ghr_', 30) },
  // --- GitLab ---
  {
    id: 'gitlab-pat',
    names: ['GITLAB_TOKEN', 'GITLAB_PRIVATE_TOKEN'],
    shape: 'value',
    source: 'https://docs.gitlab.com/security/tokens/#token-prefixes',
    gen: (f) => `glpat-${f.b64url(20)}`,
  },
  {
    id: 'gitlab-runner-token',
    names: ['RUNNER_TOKEN', 'CI_SERVER_TOKEN'],
    shape: 'value',
    source: 'https://docs.gitlab.com/security/tokens/#token-prefixes',
    gen: (f) => `glrt-${f.b64url(20)}`,
  },
  {
    id: 'gitlab-runner-registration-token',
    names: ['REGISTRATION_TOKEN'],
    shape: 'value',
    source: 'https://docs.gitlab.com/security/tokens/#token-prefixes',
    gen: (f) => `GR1348941${f.b64url(20)}`,
  },
  {
    id: 'gitlab-pipeline-trigger-token',
    names: ['GITLAB_TRIGGER_TOKEN'],
    shape: 'value',
    source: 'https://docs.gitlab.com/security/tokens/#token-prefixes',
    gen: (f) => `glptt-${f.hex(40)}`,
  },
  {
    id: 'gitlab-deploy-token',
    names: ['GITLAB_DEPLOY_TOKEN', 'CI_DEPLOY_PASSWORD'],
    shape: 'value',
    source: 'https://docs.gitlab.com/security/tokens/#token-prefixes',
    gen: (f) => `gldt-${f.b64url(20)}`,
  },
  // --- Bitbucket, CircleCI, Travis ---
  {
    id: 'bitbucket-app-password',
    names: ['BITBUCKET_APP_PASSWORD'],
    shape: 'value',
    source: 'https://support.atlassian.com/bitbucket-cloud/docs/app-passwords/',
    gen: (f) => `ATBB${f.b62(24)}${f.HEX(8)}`,
  },
  {
    id: 'circleci-personal-token',
    names: ['CIRCLECI_TOKEN', 'CIRCLE_TOKEN'],
    shape: 'value',
    source: 'https://circleci.com/docs/managing-api-tokens/',
    gen: (f) => `CCIPAT_${f.b62(22)}_${f.hex(40)}`,
  },
  {
    id: 'travis-ci-token',
    names: ['TRAVIS_API_TOKEN', 'TRAVIS_TOKEN'],
    shape: 'value',
    source: GITLEAKS,
    gen: (f) => f.b62(22),
  },
  // --- Payments ---
  {
    id: 'stripe-secret-key',
    names: ['STRIPE_SECRET_KEY', 'STRIPE_API_KEY'],
    shape: 'value',
    weight: 4,
    source: 'https://docs.stripe.com/keys',
    gen: (f) => `sk_live_${pick(f, [f.b62(24), `51${f.b62(97)}`])}`,
  },
  {
    id: 'stripe-restricted-key',
    names: ['STRIPE_RESTRICTED_KEY'],
    shape: 'value',
    source: 'https://docs.stripe.com/keys#limit-access',
    gen: (f) => `rk_live_${pick(f, [f.b62(24), `51${f.b62(97)}`])}`,
  },
  {
    id: 'stripe-webhook-secret',
    names: ['STRIPE_WEBHOOK_SECRET'],
    shape: 'value',
    source: 'https://docs.stripe.com/webhooks#verify-events',
    gen: (f) => `whsec_${f.b62(32)}`,
  },
  {
    id: 'square-access-token',
    names: ['SQUARE_ACCESS_TOKEN'],
    shape: 'value',
    source: 'https://developer.squareup.com/docs/build-basics/access-tokens',
    gen: (f) => `EAAA${f.b64url(60)}`,
  },
  {
    id: 'square-oauth-secret',
    names: ['SQUARE_APPLICATION_SECRET'],
    shape: 'value',
    source: 'https://developer.squareup.com/docs/oauth-api/overview',
    gen: (f) => `sq0csp-${f.b64url(43)}`,
  },
  {
    id: 'paypal-braintree-access-token',
    names: ['BRAINTREE_ACCESS_TOKEN', 'PAYPAL_ACCESS_TOKEN'],
    shape: 'value',
    source: 'https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials',
    gen: (f) => `access_token$production$${f.lowerAlnum(16)}$${f.hex(32)}`,
  },
  {
    id: 'adyen-api-key',
    names: ['ADYEN_API_KEY'],
    shape: 'value',
    source: 'https://docs.adyen.com/development-resources/api-credentials/',
    gen: (f) => `AQE${f.b64(77)}=-${f.b64(43)}=-${f.chars(ALNUM + '%+', 16)}`,
  },
  // --- Slack ---
  {
    id: 'slack-bot-token',
    names: ['SLACK_BOT_TOKEN'],
    shape: 'value',
    weight: 4,
    source: 'https://api.slack.com/authentication/token-types',
    gen: (f) => `xoxb-${f.chars('123456789', 1)}${f.digits(11)}-${f.chars('123456789', 1)}${f.digits(12)}-${f.b62(24)}`,
  },
  {
    id: 'slack-user-token',
    names: ['SLACK_USER_TOKEN'],
    shape: 'value',
    source: 'https://api.slack.com/authentication/token-types',
    gen: (f) => `xoxp-${f.chars('123456789', 1)}${f.digits(11)}-${f.chars('123456789', 1)}${f.digits(11)}-${f.chars('123456789', 1)}${f.digits(12)}-${f.hex(32)}`,
  },
  {
    id: 'slack-app-token',
    names: ['SLACK_APP_TOKEN'],
    shape: 'value',
    source: 'https://api.slack.com/authentication/token-types#app-level',
    gen: (f) => `xapp-1-A${f.upperAlnum(10)}-${f.chars('123456789', 1)}${f.digits(12)}-${f.hex(64)}`,
  },
  {
    id: 'slack-webhook-url',
    names: ['SLACK_WEBHOOK_URL'],
    shape: 'value',
    source: 'https://api.slack.com/messaging/webhooks',
    gen: (f) => `https://hooks.slack.com/services/T${f.upperAlnum(8)}/B${f.upperAlnum(10)}/${f.b62(24)}`,
  },
  // --- Messaging and email ---
  {
    id: 'twilio-api-key',
    names: ['TWILIO_API_KEY', 'TWILIO_API_KEY_SID'],
    shape: 'value',
    source: 'https://www.twilio.com/docs/iam/api-keys',
    gen: (f) => `SK${f.hex(32)}`,
  },
  {
    id: 'twilio-auth-token',
    names: ['TWILIO_AUTH_TOKEN'],
    shape: 'value',
    source: 'https://www.twilio.com/docs/iam/access-tokens',
    gen: (f) => f.hex(32),
  },
  {
    id: 'sendgrid-api-key',
    names: ['SENDGRID_API_KEY'],
    shape: 'value',
    source: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys',
    gen: (f) => `SG.${f.b64url(22)}.${f.b64url(43)}`,
  },
  {
    id: 'mailgun-api-key',
    names: ['MAILGUN_API_KEY'],
    shape: 'value',
    source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/api-key-mgmt/',
    gen: (f) => pick(f, [`key-${f.hex(32)}`, `${f.hex(32)}-${f.hex(8)}-${f.hex(8)}`]),
  },
  {
    id: 'mailchimp-api-key',
    names: ['MAILCHIMP_API_KEY'],
    shape: 'value',
    source: 'https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key',
    gen: (f) => `${f.hex(32)}-us${pick(f, ['6', '14', '19', '21'])}`,
  },
  {
    id: 'postmark-server-token',
    names: ['POSTMARK_SERVER_TOKEN', 'POSTMARK_API_TOKEN'],
    shape: 'value',
    source: 'https://postmarkapp.com/developer/api/overview#authentication',
    gen: (f) => f.uuid(),
  },
  {
    id: 'discord-bot-token',
    names: ['DISCORD_BOT_TOKEN', 'DISCORD_TOKEN'],
    shape: 'value',
    source: 'https://discord.com/developers/docs/reference#authentication',
    gen: (f) => `${Buffer.from(snowflake(f)).toString('base64').replace(/=+$/, '')}.${f.b64url(6)}.${f.b64url(38)}`,
  },
  {
    id: 'discord-webhook-url',
    names: ['DISCORD_WEBHOOK_URL'],
    shape: 'value',
    source: 'https://discord.com/developers/docs/resources/webhook',
    gen: (f) => `https://discord.com/api/webhooks/${snowflake(f)}/${f.b64url(68)}`,
  },
  {
    id: 'telegram-bot-token',
    names: ['TELEGRAM_BOT_TOKEN'],
    shape: 'value',
    source: 'https://core.telegram.org/bots/api#authorizing-your-bot',
    gen: (f) => `${f.chars('5678', 1)}${f.digits(9)}:AA${f.b64url(33)}`,
  },
  // --- AI providers ---
  { id: 'openai-project-key', names: ['OPENAI_API_KEY'], shape: 'value', weight: 4, source: GITLEAKS, gen: (f) => openAiKey(f, 'proj') },
  { id: 'openai-service-account-key', names: ['OPENAI_API_KEY'], shape: 'value', source: GITLEAKS, gen: (f) => openAiKey(f, 'svcacct') },
  { id: 'openai-admin-key', names: ['OPENAI_ADMIN_KEY'], shape: 'value', source: GITLEAKS, gen: (f) => openAiKey(f, 'admin') },
  {
    id: 'openai-legacy-key',
    names: ['OPENAI_API_KEY'],
    shape: 'value',
    source: GITLEAKS,
    gen: (f) => `sk-${f.b62(20)}T3BlbkFJ${f.b62(20)}`,
  },
  {
    id: 'anthropic-api-key',
    names: ['ANTHROPIC_API_KEY'],
    shape: 'value',
    weight: 4,
    source: 'https://docs.anthropic.com/en/api/getting-started',
    gen: (f) => `sk-ant-api03-${f.b64url(93)}AA`,
  },
  {
    id: 'anthropic-admin-key',
    names: ['ANTHROPIC_ADMIN_KEY'],
    shape: 'value',
    source: 'https://docs.anthropic.com/en/api/administration-api',
    gen: (f) => `sk-ant-admin01-${f.b64url(93)}AA`,
  },
  {
    id: 'huggingface-token',
    names: ['HF_TOKEN', 'HUGGING_FACE_HUB_TOKEN'],
    shape: 'value',
    source: 'https://huggingface.co/docs/hub/security-tokens',
    gen: (f) => `hf_${f.chars(LETTERS, 34)}`,
  },
  {
    id: 'cohere-api-key',
    names: ['COHERE_API_KEY', 'CO_API_KEY'],
    shape: 'value',
    source: GITLEAKS,
    gen: (f) => f.b62(40),
  },
  {
    id: 'replicate-api-token',
    names: ['REPLICATE_API_TOKEN'],
    shape: 'value',
    source: 'https://replicate.com/docs/topics/security/api-tokens',
    gen: (f) => `r8_${f.b62(37)}`,
  },
  {
    id: 'groq-api-key',
    names: ['GROQ_API_KEY'],
    shape: 'value',
    source: 'https://console.groq.com/docs/quickstart',
    gen: (f) => `gsk_${f.b62(20)}WGdyb3FY${f.b62(24)}`,
  },
  // --- Package registries ---
  { id: 'npm-token', names: ['NPM_TOKEN', 'NODE_AUTH_TOKEN'], shape: 'value', source: 'https://docs.npmjs.com/about-access-tokens', gen: (f) => f.crc32Token('npm_', 30) },
  {
    id: 'pypi-token',
    names: ['PYPI_API_TOKEN', 'TWINE_PASSWORD'],
    shape: 'value',
    source: 'https://pypi.org/help/#apitoken',
    gen: (f) => `pypi-AgEIcHlwaS5vcmc${f.b64url(160)}`,
  },
  {
    id: 'rubygems-api-key',
    names: ['GEM_HOST_API_KEY', 'RUBYGEMS_API_KEY'],
    shape: 'value',
    source: 'https://guides.rubygems.org/api-key-scopes/',
    gen: (f) => `rubygems_${f.hex(48)}`,
  },
  {
    id: 'nuget-api-key',
    names: ['NUGET_API_KEY'],
    shape: 'value',
    source: 'https://github.com/microsoft/security-utilities',
    gen: nugetKey,
  },
  {
    id: 'dockerhub-pat',
    names: ['DOCKERHUB_TOKEN', 'DOCKER_PASSWORD'],
    shape: 'value',
    source: 'https://docs.docker.com/security/for-developers/access-tokens/',
    gen: (f) => `dckr_pat_${f.b64url(27)}`,
  },
  {
    id: 'jfrog-api-key',
    names: ['ARTIFACTORY_API_KEY', 'JFROG_API_KEY'],
    shape: 'value',
    source: GITLEAKS,
    gen: (f) => `AKCp8${f.b62(68)}`,
  },
  {
    id: 'jfrog-reference-token',
    names: ['JFROG_ACCESS_TOKEN', 'ARTIFACTORY_ACCESS_TOKEN'],
    shape: 'value',
    source: GITLEAKS,
    gen: (f) => Buffer.from(`reftkn:01:${f.chars('123456789', 1)}${f.digits(9)}:${f.b62(27)}`).toString('base64'),
  },
  // --- Connection strings ---
  {
    id: 'postgres-url',
    names: ['DATABASE_URL', 'POSTGRES_URL'],
    shape: 'value',
    weight: 5,
    source: 'https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS',
    gen: (f) =>
      `${pick(f, ['postgres', 'postgresql'])}://${pick(f, ['orders_svc', 'app', 'billing', 'api_rw'])}:${f.b62(pick(f, [16, 20, 24]))}@${pick(f, ['db.prod.internal', 'orders-db.c9akciq32.eu-west-1.rds.amazonaws.com', 'pg-primary.data.svc.cluster.local'])}:5432/${pick(f, ['orders', 'app_production', 'billing'])}`,
  },
  {
    id: 'mysql-url',
    names: ['MYSQL_URL', 'DATABASE_URL'],
    shape: 'value',
    source: 'https://dev.mysql.com/doc/refman/8.0/en/connecting-using-uri-or-key-value-pairs.html',
    gen: (f) => `mysql://${pick(f, ['shop', 'wp_admin', 'reporting'])}:${f.b62(18)}@${pick(f, ['mysql.prod.internal', 'db-3.corp.lan'])}:3306/${pick(f, ['shop', 'wordpress'])}`,
  },
  {
    id: 'mongodb-url',
    names: ['MONGODB_URI', 'MONGO_URL'],
    shape: 'value',
    source: 'https://www.mongodb.com/docs/manual/reference/connection-string/',
    gen: (f) =>
      `mongodb://${pick(f, ['admin', 'catalog_rw'])}:${f.b62(20)}@mongo-0.mongo.prod.svc:27017,mongo-1.mongo.prod.svc:27017/catalog?replicaSet=rs0&authSource=admin`,
  },
  {
    id: 'mongodb-srv-url',
    names: ['MONGODB_URI', 'MONGO_ATLAS_URI'],
    shape: 'value',
    source: 'https://www.mongodb.com/docs/manual/reference/connection-string/#srv-connection-format',
    gen: (f) => `mongodb+srv://${pick(f, ['svc-api', 'analytics'])}:${f.b62(16)}@cluster0.${f.lowerAlnum(5)}.mongodb.net/prod?retryWrites=true&w=majority`,
  },
  {
    id: 'redis-url',
    names: ['REDIS_URL', 'CACHE_URL'],
    shape: 'value',
    source: 'https://www.iana.org/assignments/uri-schemes/prov/redis',
    gen: (f) =>
      pick(f, [
        `redis://default:${f.b62(32)}@redis-${f.digits(5)}.c1.eu-west-1-2.ec2.redns.redis-cloud.com:${f.digits(5)}`,
        `rediss://:${f.b62(24)}@cache.prod.internal:6380/0`,
      ]),
  },
  {
    id: 'amqp-url',
    names: ['AMQP_URL', 'RABBITMQ_URL', 'CLOUDAMQP_URL'],
    shape: 'value',
    source: 'https://www.rabbitmq.com/docs/uri-spec',
    gen: (f) => `${pick(f, ['amqp', 'amqps'])}://${pick(f, ['orders', 'worker'])}:${f.b62(20)}@${pick(f, ['rabbit.prod.internal:5671', 'goose.rmq2.cloudamqp.com'])}/${pick(f, ['prod', 'vhost1'])}`,
  },
  {
    id: 'jdbc-url-with-password',
    names: ['SPRING_DATASOURCE_URL', 'JDBC_URL'],
    shape: 'value',
    source: 'https://jdbc.postgresql.org/documentation/use/#connection-parameters',
    gen: (f) =>
      pick(f, [
        `jdbc:postgresql://db.prod.internal:5432/billing?user=billing_app&password=${f.b62(20)}&ssl=true`,
        `jdbc:sqlserver://sql01.corp.local:1433;databaseName=Orders;user=svc_orders;password=${f.b62(18)};encrypt=true`,
        `jdbc:mysql://reporting:${f.b62(16)}@mysql.prod.internal:3306/reporting?useSSL=true`,
      ]),
  },
  // --- Observability ---
  { id: 'datadog-api-key', names: ['DD_API_KEY', 'DATADOG_API_KEY'], shape: 'value', source: 'https://docs.datadoghq.com/account_management/api-app-keys/', gen: (f) => f.hex(32) },
  { id: 'datadog-app-key', names: ['DD_APP_KEY', 'DATADOG_APP_KEY'], shape: 'value', source: 'https://docs.datadoghq.com/account_management/api-app-keys/', gen: (f) => f.hex(40) },
  {
    id: 'newrelic-user-api-key',
    names: ['NEW_RELIC_API_KEY', 'NEWRELIC_API_KEY'],
    shape: 'value',
    source: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/',
    gen: (f) => `NRAK-${f.upperAlnum(27)}`,
  },
  {
    id: 'newrelic-license-key',
    names: ['NEW_RELIC_LICENSE_KEY'],
    shape: 'value',
    source: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key',
    gen: (f) => `${f.hex(36)}NRAL`,
  },
  {
    id: 'sentry-org-token',
    names: ['SENTRY_AUTH_TOKEN'],
    shape: 'value',
    source: 'https://docs.sentry.io/account/auth-tokens/#organization-tokens',
    gen: (f) =>
      `sntrys_${b64json({ iat: 1700000000 + Number(f.digits(7)), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: pick(f, ['acme', 'northwind', 'globex']) })}_${f.b64(43)}`,
  },
  {
    id: 'sentry-user-token',
    names: ['SENTRY_AUTH_TOKEN', 'SENTRY_TOKEN'],
    shape: 'value',
    source: 'https://docs.sentry.io/account/auth-tokens/#user-auth-tokens',
    gen: (f) => `sntryu_${f.hex(64)}`,
  },
  {
    id: 'grafana-service-account-token',
    names: ['GRAFANA_TOKEN', 'GRAFANA_SERVICE_ACCOUNT_TOKEN'],
    shape: 'value',
    source: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/',
    gen: (f) => `glsa_${f.b62(32)}_${f.hex(8)}`,
  },
  {
    id: 'grafana-cloud-token',
    names: ['GRAFANA_CLOUD_API_KEY', 'GRAFANA_CLOUD_TOKEN'],
    shape: 'value',
    source: 'https://grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/',
    gen: (f) =>
      `glc_${b64json({ o: f.digits(6), n: `stack-${f.digits(6)}-hm-write-${pick(f, ['metrics', 'logs', 'alloy'])}`, k: f.b62(24), m: { r: pick(f, ['prod-eu-west-2', 'prod-us-east-0']) } })}`,
  },
  // --- SaaS ---
  { id: 'shopify-access-token', names: ['SHOPIFY_ACCESS_TOKEN', 'SHOPIFY_ADMIN_API_TOKEN'], shape: 'value', source: GITLEAKS, gen: (f) => `shpat_${f.hex(32)}` },
  { id: 'shopify-shared-secret', names: ['SHOPIFY_API_SECRET'], shape: 'value', source: GITLEAKS, gen: (f) => `shpss_${f.hex(32)}` },
  {
    id: 'notion-token',
    names: ['NOTION_TOKEN', 'NOTION_API_KEY'],
    shape: 'value',
    source: 'https://developers.notion.com/docs/authorization',
    gen: (f) => `ntn_${f.digits(11)}${f.b62(35)}`,
  },
  { id: 'linear-api-key', names: ['LINEAR_API_KEY'], shape: 'value', source: 'https://linear.app/developers/graphql#personal-api-keys', gen: (f) => `lin_api_${f.b62(40)}` },
  {
    id: 'atlassian-api-token',
    names: ['JIRA_API_TOKEN', 'ATLASSIAN_API_TOKEN', 'CONFLUENCE_API_TOKEN'],
    shape: 'value',
    source: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/',
    gen: (f) => `ATATT3xFfGF0${f.b64url(171)}=${f.HEX(8)}`,
  },
  { id: 'postman-api-key', names: ['POSTMAN_API_KEY'], shape: 'value', source: GITLEAKS, gen: (f) => `PMAK-${f.hex(24)}-${f.hex(34)}` },
  {
    id: 'vault-token',
    names: ['VAULT_TOKEN'],
    shape: 'value',
    source: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes',
    gen: (f) => `hvs.CAESI${f.b64url(86)}`,
  },
  {
    id: 'doppler-token',
    names: ['DOPPLER_TOKEN'],
    shape: 'value',
    source: 'https://docs.doppler.com/docs/token-formats',
    gen: (f) => pick(f, [`dp.pt.${f.b62(43)}`, `dp.st.${pick(f, ['prd', 'stg', 'dev'])}.${f.b62(40)}`]),
  },
  {
    id: 'onepassword-service-account-token',
    names: ['OP_SERVICE_ACCOUNT_TOKEN'],
    shape: 'value',
    source: 'https://developer.1password.com/docs/service-accounts/',
    gen: (f) =>
      `ops_${b64json({
        signInAddress: 'my.1password.com',
        userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: f.b64url(22) },
        email: `${f.lowerAlnum(13)}@1passwordserviceaccounts.com`,
        srpX: f.hex(64),
        muk: { alg: 'A256GCM', ext: true, k: f.b64url(43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' },
        secretKey: `A3-${f.upperAlnum(6)}-${f.upperAlnum(6)}-${f.upperAlnum(5)}-${f.upperAlnum(5)}-${f.upperAlnum(5)}-${f.upperAlnum(5)}`,
        deviceUuid: f.lowerAlnum(26),
      })}`,
  },
  {
    id: 'okta-api-token',
    names: ['OKTA_API_TOKEN', 'OKTA_CLIENT_TOKEN'],
    shape: 'value',
    source: 'https://developer.okta.com/docs/guides/create-an-api-token/',
    gen: (f) => `00${f.b64url(40)}`,
  },
  {
    id: 'auth0-client-secret',
    names: ['AUTH0_CLIENT_SECRET'],
    shape: 'value',
    source: 'https://auth0.com/docs/get-started/applications/application-settings',
    gen: (f) => f.b64url(64),
  },
  // --- Infrastructure as code, data platforms ---
  {
    id: 'terraform-cloud-token',
    names: ['TFE_TOKEN', 'TF_API_TOKEN'],
    shape: 'value',
    source: 'https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens',
    gen: (f) => `${f.b62(14)}.atlasv1.${f.b64url(67)}`,
  },
  { id: 'pulumi-access-token', names: ['PULUMI_ACCESS_TOKEN'], shape: 'value', source: GITLEAKS, gen: (f) => `pul-${f.hex(40)}` },
  {
    id: 'databricks-token',
    names: ['DATABRICKS_TOKEN'],
    shape: 'value',
    source: 'https://docs.databricks.com/en/dev-tools/auth/pat.html',
    gen: (f) => `dapi${f.hex(32)}`,
  },
  // --- Private keys ---
  { id: 'rsa-private-key', names: ['RSA_PRIVATE_KEY'], shape: 'pem', weight: 0, source: 'https://datatracker.ietf.org/doc/html/rfc8017#appendix-A.1.2', gen: rsaPrivateKey },
  { id: 'ec-private-key', names: ['EC_PRIVATE_KEY'], shape: 'pem', weight: 0, source: 'https://datatracker.ietf.org/doc/html/rfc5915', gen: ecPrivateKey },
  { id: 'openssh-private-key', names: ['SSH_PRIVATE_KEY'], shape: 'pem', weight: 0, source: 'https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key', gen: opensshPrivateKey },
  { id: 'pkcs8-private-key', names: ['PRIVATE_KEY'], shape: 'pem', weight: 0, source: 'https://datatracker.ietf.org/doc/html/rfc5208', gen: pkcs8PrivateKey },
  { id: 'pgp-private-key', names: ['GPG_PRIVATE_KEY'], shape: 'pem', weight: 0, source: 'https://datatracker.ietf.org/doc/html/rfc4880#section-6.2', gen: pgpPrivateKey },
  // --- Web credentials ---
  {
    id: 'jwt',
    names: ['ACCESS_TOKEN', 'SUPABASE_SERVICE_ROLE_KEY', 'API_JWT'],
    shape: 'value',
    weight: 4,
    source: 'https://datatracker.ietf.org/doc/html/rfc7519',
    gen: (f) =>
      f.jwt({
        iss: pick(f, ['https://auth.acme.io/', 'supabase', 'https://login.northwind.dev']),
        sub: f.uuid(),
        role: pick(f, ['service_role', 'admin', 'deploy']),
        iat: 1700000000 + Number(f.digits(7)),
        exp: 2000000000 + Number(f.digits(7)),
      }),
  },
  {
    id: 'basic-auth-url',
    names: ['PROXY_URL', 'REGISTRY_URL', 'ELASTICSEARCH_URL', 'SMTP_URL'],
    shape: 'value',
    weight: 4,
    source: 'https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1',
    gen: (f) =>
      pick(f, [
        `https://deploy:${f.b62(20)}@nexus.corp-acme.io/repository/npm-private/`,
        `https://elastic:${f.b62(24)}@search-prod.es.eu-west-1.aws.found.io:9243`,
        `http://svc-proxy:${f.b62(16)}@proxy.corp.lan:3128`,
        `smtp://postmaster%40mg.acme.io:${f.b62(22)}@smtp.mailgun.org:587`,
      ]),
  },
  {
    id: 'bearer-token-header',
    names: ['AUTHORIZATION'],
    shape: 'header',
    weight: 0,
    source: 'https://datatracker.ietf.org/doc/html/rfc6750#section-2.1',
    gen: (f) => pick(f, [f.b64url(48), f.b62(40), `${f.hex(8)}.${f.b64url(40)}`]),
  },
  {
    id: 'basic-auth-header',
    names: ['AUTHORIZATION'],
    shape: 'header',
    weight: 0,
    source: 'https://datatracker.ietf.org/doc/html/rfc7617',
    gen: (f) => Buffer.from(`${pick(f, ['ci-bot', 'admin', 'svc-reporting', 'jenkins'])}:${randomPassword(f, 18)}`).toString('base64'),
  },
  {
    id: 'kubernetes-secret-data',
    names: ['password'],
    shape: 'manifest',
    weight: 0,
    source: 'https://kubernetes.io/docs/concepts/configuration/secret/',
    gen: (f) => Buffer.from(pick(f, [randomPassword(f, 24), humanPassword(f), f.b62(32)])).toString('base64'),
  },
  {
    id: 'docker-config-auth',
    names: ['auth'],
    shape: 'header',
    weight: 0,
    source: 'https://docs.docker.com/reference/cli/docker/login/#credential-stores',
    gen: (f) => Buffer.from(`${pick(f, ['ci', 'deploy-bot'])}:${f.b62(24)}`).toString('base64'),
  },
  // --- Generic: keyword + random value, and passwords people make up ---
  {
    id: 'generic-api-key',
    names: ['PAYMENTS_GATEWAY_API_KEY', 'PARTNER_API_KEY', 'INTERNAL_API_TOKEN', 'ACME_ACCESS_TOKEN', 'GEOCODER_API_KEY', 'SEARCH_ADMIN_TOKEN'],
    shape: 'value',
    weight: 6,
    source: GITLEAKS,
    gen: (f) => pick(f, [f.b62(32), f.b64url(43), f.hex(40), `${f.lowerAlnum(8)}-${f.b62(24)}`]),
  },
  {
    id: 'generic-secret',
    names: ['JWT_SECRET', 'SESSION_SECRET', 'ENCRYPTION_KEY', 'WEBHOOK_SIGNING_SECRET', 'SECRET_KEY_BASE', 'APP_SECRET', 'CLIENT_SECRET'],
    shape: 'value',
    weight: 6,
    source: GITLEAKS,
    gen: (f) => pick(f, [f.hex(64), f.base64Bytes(32), f.b62(48), f.hex(128), f.chars(ALNUM + '!@%^&*(-_=+)', 50)]),
  },
  {
    id: 'generic-password',
    names: ['DB_PASSWORD', 'SMTP_PASSWORD', 'ADMIN_PASSWORD', 'REDIS_PASSWORD', 'LDAP_BIND_PASSWORD', 'MYSQL_ROOT_PASSWORD', 'KEYSTORE_PASSWORD'],
    shape: 'value',
    weight: 8,
    source: GITLEAKS,
    gen: (f) => pick(f, [humanPassword(f), humanPassword(f), randomPassword(f, pick(f, [14, 20, 24]))]),
  },
];

export const KIND_BY_ID: ReadonlyMap<string, SecretKind> = new Map(SECRET_KINDS.map((k) => [k.id, k]));

export function kind(id: string): SecretKind {
  const k = KIND_BY_ID.get(id);
  if (!k) throw new Error(`unknown secret kind ${id}`);
  return k;
}
