import { createHash } from 'node:crypto';
import type { Fake } from '../../src/engine/fake.ts';
import type { Ctx, CorpusFile } from './ctx.ts';
import { bytesOf, pick } from './secrets.ts';

/**
 * Hard negatives: realistic text that a scanner must NOT report. Values that would look
 * secret-shaped (digests, ids, bad-checksum tokens, public keys) are generated at test time;
 * obvious non-secrets (placeholders, env lookups, prose) are literal.
 */

/** Path of the placeholder-only `.env.example`: the corpus test requires zero findings in it. */
export const ENV_EXAMPLE_PATH = '.env.example';
/** Negative labels that must never produce a finding (a bad checksum must not block a commit). */
export const BAD_CHECKSUM_LABEL = /^bad-checksum/;

/**
 * A named value that looks like configuration of a secret-bearing service but is not a secret.
 * Generic templates render it like any other `NAME = value` binding, next to planted secrets.
 * `expr` entries are rendered by each language's environment lookup (process.env.X, os.getenv…).
 */
export interface NamedNegative {
  label: string;
  names: string[];
  expr?: boolean;
  gen(f: Fake): string;
}

const b64json = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64').replace(/=+$/, '');
const b64urljson = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

function ed25519Spki(f: Fake): string {
  return Buffer.concat([Buffer.from([0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00]), bytesOf(f, 32)]).toString('base64');
}

const ph = (name: string, value: string): NamedNegative => ({ label: 'placeholder', names: [name], gen: () => value });

export const NAMED_NEGATIVES: NamedNegative[] = [
  { label: 'sentry-dsn', names: ['SENTRY_DSN', 'NEXT_PUBLIC_SENTRY_DSN'], gen: (f) => `https://${f.hex(32)}@o${f.digits(6)}.ingest.us.sentry.io/${f.digits(7)}` },
  { label: 'stripe-publishable-key', names: ['STRIPE_PUBLISHABLE_KEY', 'NEXT_PUBLIC_STRIPE_KEY'], gen: (f) => `pk_live_51${f.b62(97)}` },
  { label: 'stripe-test-key', names: ['STRIPE_TEST_SECRET_KEY'], gen: (f) => `sk_test_51${f.b62(97)}` },
  { label: 'git-sha', names: ['GIT_COMMIT', 'BUILD_SHA', 'SOURCE_VERSION', 'SENTRY_RELEASE'], gen: (f) => f.hex(40) },
  { label: 'uuid', names: ['TENANT_ID', 'AZURE_TENANT_ID', 'AZURE_CLIENT_ID', 'AZURE_SUBSCRIPTION_ID', 'WORKSPACE_ID'], gen: (f) => f.uuid() },
  { label: 'oauth-client-id', names: ['GOOGLE_CLIENT_ID'], gen: (f) => `${f.digits(12)}-${f.lowerAlnum(32)}.apps.googleusercontent.com` },
  { label: 'oauth-client-id', names: ['GITHUB_CLIENT_ID'], gen: (f) => pick(f, [`Iv1.${f.hex(16)}`, `Ov23li${f.b62(14)}`]) },
  { label: 'oauth-client-id', names: ['AUTH0_CLIENT_ID'], gen: (f) => f.b62(32) },
  { label: 'oauth-client-id', names: ['OKTA_CLIENT_ID'], gen: (f) => `0oa${f.b62(17)}` },
  { label: 'oauth-client-id', names: ['SHOPIFY_CLIENT_ID'], gen: (f) => f.hex(32) },
  { label: 'uuid-near-provider', names: ['HEROKU_APP_ID', 'POSTMARK_ACCOUNT_ID', 'DD_APPLICATION_ID'], gen: (f) => f.uuid() },
  { label: 'twilio-account-sid', names: ['TWILIO_ACCOUNT_SID'], gen: (f) => `AC${f.hex(32)}` },
  { label: 'hex-id-near-provider', names: ['CLOUDFLARE_ZONE_ID', 'CLOUDFLARE_ACCOUNT_ID'], gen: (f) => f.hex(32) },
  { label: 'public-key', names: ['DISCORD_PUBLIC_KEY'], gen: (f) => f.hex(64) },
  { label: 'numeric-id', names: ['DISCORD_APPLICATION_ID', 'TELEGRAM_CHAT_ID', 'NEW_RELIC_ACCOUNT_ID', 'AWS_ACCOUNT_ID'], gen: (f) => `${f.chars('123456789', 1)}${f.digits(11)}` },
  { label: 'public-client-token', names: ['DD_CLIENT_TOKEN', 'DATADOG_CLIENT_TOKEN'], gen: (f) => `pub${f.hex(32)}` },
  { label: 'template-id', names: ['SENDGRID_TEMPLATE_ID'], gen: (f) => `d-${f.hex(32)}` },
  { label: 'org-id', names: ['OPENAI_ORG_ID'], gen: (f) => `org-${f.b62(24)}` },
  { label: 'public-project-key', names: ['POSTHOG_KEY', 'NEXT_PUBLIC_POSTHOG_KEY'], gen: (f) => `phc_${f.b62(43)}` },
  { label: 'public-map-token', names: ['MAPBOX_PUBLIC_TOKEN'], gen: (f) => `pk.${b64urljson({ u: pick(f, ['acme', 'northwind']), a: f.lowerAlnum(25) })}.${f.b64url(22)}` },
  { label: 'captcha-site-key', names: ['RECAPTCHA_SITE_KEY'], gen: (f) => `6Lc${f.b64url(37)}` },
  { label: 'client-side-id', names: ['LAUNCHDARKLY_CLIENT_SIDE_ID'], gen: (f) => f.hex(24) },
  { label: 'public-key', names: ['VAPID_PUBLIC_KEY'], gen: (f) => `B${f.b64url(86)}` },
  { label: 'public-key', names: ['JWT_PUBLIC_KEY', 'WEBHOOK_VERIFY_KEY'], gen: ed25519Spki },
  { label: 'firebase-app-id', names: ['FIREBASE_APP_ID'], gen: (f) => `1:${f.digits(12)}:web:${f.hex(22)}` },
  { label: 'image-digest', names: ['IMAGE_DIGEST', 'BASE_IMAGE_DIGEST'], gen: (f) => `sha256:${f.hex(64)}` },
  { label: 'hash-named-variable', names: ['CACHE_KEY', 'CONTENT_HASH', 'CHECKSUM_SHA256', 'ASSETS_HASH'], gen: (f) => f.hex(64) },
  { label: 'key-id', names: ['SIGNING_KEY_ID', 'KMS_KEY_ID', 'PRIMARY_KEY_ID'], gen: (f) => pick(f, [f.uuid(), f.hex(16)]) },
  { label: 'arn', names: ['KMS_KEY_ARN'], gen: (f) => `arn:aws:kms:eu-west-1:${f.digits(12)}:key/${f.uuid()}` },
  { label: 'secret-reference', names: ['DB_SECRET_ARN'], gen: (f) => `arn:aws:secretsmanager:eu-west-1:${f.digits(12)}:secret:prod/orders/db-${f.b62(6)}` },
  { label: 'token-endpoint', names: ['OAUTH_TOKEN_URL', 'TOKEN_ENDPOINT'], gen: (f) => `https://login.microsoftonline.com/${f.uuid()}/oauth2/v2.0/token` },
  { label: 'channel-id', names: ['SLACK_CHANNEL_ID'], gen: (f) => `C0${f.upperAlnum(9)}` },
  { label: 'object-id', names: ['STRIPE_PRICE_ID'], gen: (f) => `price_1${f.b62(23)}` },
  { label: 'fingerprint', names: ['GPG_FINGERPRINT', 'GPG_KEY_ID'], gen: (f) => f.HEX(40) },
  { label: 'fingerprint', names: ['SSH_HOST_FINGERPRINT'], gen: (f) => `SHA256:${f.b64(43)}` },
  { label: 'lockfile-integrity', names: ['PACKAGE_INTEGRITY'], gen: (f) => `sha512-${f.base64Bytes(64)}` },
  { label: 'short-id', names: ['MAILCHIMP_AUDIENCE_ID', 'ALGOLIA_APP_ID'], gen: (f) => f.upperAlnum(10) },
  { label: 'sops-ciphertext', names: ['DB_PASSWORD_ENC'], gen: (f) => `ENC[AES256_GCM,data:${f.base64Bytes(18)},iv:${f.base64Bytes(32)},tag:${f.base64Bytes(16)},type:str]` },
  ph('STRIPE_SECRET_KEY', 'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx'),
  ph('OPENAI_API_KEY', 'sk-proj-your-key-here'),
  ph('GITHUB_TOKEN', 'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
  ph('SENDGRID_API_KEY', 'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
  ph('AWS_SECRET_ACCESS_KEY', '<your-secret-access-key>'),
  ph('DATADOG_API_KEY', 'REPLACE_ME'),
  ph('SLACK_BOT_TOKEN', 'xoxb-your-bot-token'),
  ph('DB_PASSWORD', 'changeme'),
  ph('JWT_SECRET', 'change-this-in-production'),
  ph('API_KEY', 'your-api-key'),
  ph('ANTHROPIC_API_KEY', 'sk-ant-api03-...'),
  ph('DATABASE_URL', 'postgres://user:password@localhost:5432/app'),
  ph('AUTH0_CLIENT_SECRET', '********'),
  ph('TWILIO_AUTH_TOKEN', 'your_auth_token'),
  ph('HF_TOKEN', 'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),
  ph('NPM_TOKEN', 'npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX'),
  ph('SECRET_KEY', 'dummy-secret-key-for-local-dev'),
  ph('MONGODB_URI', 'mongodb+srv://<username>:<password>@cluster0.mongodb.net/test'),
  ph('SMTP_PASSWORD', 'TODO'),
  ph('VAULT_TOKEN', 'hvs.example-token'),
  ph('AWS_ACCESS_KEY_ID', 'AKIAXXXXXXXXXXXXXXXX'),
  ph('CLOUDFLARE_API_TOKEN', 'insert-your-token-here'),
  ph('GITLAB_TOKEN', 'glpat-xxxxxxxxxxxxxxxxxxxx'),
  ph('ADMIN_PASSWORD', '<set-a-strong-password>'),
  ph('ENCRYPTION_KEY', '0000000000000000000000000000000000000000000000000000000000000000'),
  ph('REDIS_PASSWORD', 'redacted'),
  { label: 'env-lookup', expr: true, names: ['STRIPE_SECRET_KEY', 'DATABASE_URL', 'OPENAI_API_KEY', 'AWS_SECRET_ACCESS_KEY', 'DD_API_KEY', 'JWT_SECRET'], gen: () => '' },
  { label: 'env-lookup', expr: true, names: ['GITHUB_TOKEN', 'SLACK_BOT_TOKEN', 'DB_PASSWORD', 'SENDGRID_API_KEY', 'TWILIO_AUTH_TOKEN', 'AUTH0_CLIENT_SECRET'], gen: () => '' },
];

// --- Negative-only files --------------------------------------------------------------------

const L = (...lines: string[]) => `${lines.join('\n')}\n`;

function envExample(t: Ctx): CorpusFile {
  const n = (v: string) => t.neg('env-example-placeholder', v);
  return t.file(
    ENV_EXAMPLE_PATH,
    L(
      '# Copy this file to .env and fill in real values. Never commit .env itself.',
      'NODE_ENV=development',
      'PORT=3000',
      'APP_URL=http://localhost:3000',
      '',
      '# Database',
      `DATABASE_URL=${n('postgres://app_user:replace-me@localhost:5432/app_dev')}`,
      'REDIS_URL=redis://localhost:6379/0',
      '',
      '# Payments (use test-mode keys locally)',
      `STRIPE_SECRET_KEY=${n('sk_test_xxxxxxxxxxxxxxxxxxxxxxxx')}`,
      `STRIPE_PUBLISHABLE_KEY=${n('pk_test_xxxxxxxxxxxxxxxxxxxxxxxx')}`,
      `STRIPE_WEBHOOK_SECRET=${n('whsec_replace-me')}`,
      '',
      '# Email',
      `SENDGRID_API_KEY=${n('SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}`,
      `SMTP_PASSWORD=${n('your-smtp-password')}`,
      '',
      '# Integrations',
      `GITHUB_TOKEN=${n('ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')}`,
      `OPENAI_API_KEY=${n('sk-proj-replace-me')}`,
      'ANTHROPIC_API_KEY=',
      `SLACK_BOT_TOKEN=${n('xoxb-your-bot-token')}`,
      `SLACK_WEBHOOK_URL=${n('https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX')}`,
      `DD_API_KEY=${n('your-datadog-api-key')}`,
      '',
      '# AWS (prefer `aws sso login` over static keys)',
      `AWS_ACCESS_KEY_ID=${n('AKIAXXXXXXXXXXXXXXXX')}`,
      `AWS_SECRET_ACCESS_KEY=${n('replace-me')}`,
      'AWS_REGION=eu-west-1',
      '',
      '# Auth',
      `JWT_SECRET=${n('change-me-to-a-long-random-string')}`,
      `SESSION_SECRET=${n('<generate with: openssl rand -hex 32>')}`,
      `MONGODB_URI=${n('mongodb+srv://<user>:<password>@cluster0.mongodb.net/app')}`,
      `ADMIN_PASSWORD=${n('changeme')}`,
    ),
  );
}

function badChecksumTokens(t: Ctx): CorpusFile[] {
  const { f } = t;
  const gh = (p: string) => t.neg('bad-checksum-github', f.badCrc32Token(p, 30));
  const npm = () => t.neg('bad-checksum-npm', f.badCrc32Token('npm_', 30));
  return [
    t.file(
      'test/fixtures/corrupted-tokens.ts',
      L(
        "import { describe, expect, it } from 'vitest';",
        "import { parseToken } from '../../src/auth/token.ts';",
        '',
        '// Tokens whose CRC32 checksum does not match: the parser must reject them offline.',
        'const corrupted = {',
        `  classic: '${gh('ghp_')}',`,
        `  oauth: '${gh('gho_')}',`,
        `  installation: '${gh('ghs_')}',`,
        `  userToServer: '${gh('ghu_')}',`,
        `  refresh: '${gh('ghr_')}',`,
        `  npm: '${npm()}',`,
        '};',
        '',
        "describe('parseToken', () => {",
        "  it.each(Object.entries(corrupted))('rejects a %s token with a bad checksum', (_kind, token) => {",
        "    expect(parseToken(token)).toEqual({ ok: false, reason: 'checksum' });",
        '  });',
        '});',
      ),
    ),
    t.file(
      'ci/fixtures/rotation-fixture.properties',
      L(
        '# Fixture for the token-rotation job: every token below fails its checksum on purpose.',
        `GITHUB_TOKEN=${gh('ghp_')}`,
        `GH_ENTERPRISE_TOKEN=${gh('ghp_')}`,
        `NPM_TOKEN=${npm()}`,
        `NODE_AUTH_TOKEN=${npm()}`,
      ),
    ),
    t.file(
      'docs/examples/npmrc.txt',
      L(
        '; Example of a rejected token (checksum mismatch) for the troubleshooting guide',
        `//registry.npmjs.org/:_authToken=${npm()}`,
        `//npm.pkg.github.com/:_authToken=${gh('ghp_')}`,
      ),
    ),
  ];
}

function packageLock(t: Ctx): CorpusFile {
  const { f } = t;
  const pkgs = [
    ['axios', '1.7.7'],
    ['follow-redirects', '1.15.9'],
    ['form-data', '4.0.1'],
    ['proxy-from-env', '1.1.0'],
    ['zod', '3.23.8'],
    ['react', '18.3.1'],
    ['loose-envify', '1.4.0'],
    ['js-tokens', '4.0.0'],
  ];
  const entries = pkgs.map(([name, version], i) =>
    [
      `    "node_modules/${name}": {`,
      `      "version": "${version}",`,
      `      "resolved": "https://registry.npmjs.org/${name}/-/${name}-${version}.tgz",`,
      `      "integrity": "${t.neg('lockfile-integrity', `sha512-${f.base64Bytes(64)}`)}",`,
      `      "license": "MIT"${i === 5 ? ',\n      "dependencies": {\n        "loose-envify": "^1.1.0"\n      }' : ''}`,
      `    }${i === pkgs.length - 1 ? '' : ','}`,
    ].join('\n'),
  );
  return t.file(
    'web/package-lock.json',
    L(
      '{',
      '  "name": "storefront",',
      '  "version": "2.3.0",',
      '  "lockfileVersion": 3,',
      '  "requires": true,',
      '  "packages": {',
      '    "": {',
      '      "name": "storefront",',
      '      "version": "2.3.0",',
      '      "dependencies": {',
      '        "axios": "^1.7.7",',
      '        "react": "^18.3.1",',
      '        "zod": "^3.23.8"',
      '      }',
      '    },',
      entries.join('\n'),
      '  }',
      '}',
    ),
  );
}

function yarnLock(t: Ctx): CorpusFile {
  const { f } = t;
  const pkgs = [
    ['@babel/code-frame', '7.24.7'],
    ['chalk', '4.1.2'],
    ['lodash', '4.17.21'],
    ['semver', '7.6.3'],
    ['ms', '2.1.3'],
  ];
  const blocks = pkgs.map(([name, version]) =>
    [
      `"${name}@^${version}":`,
      `  version "${version}"`,
      `  resolved "https://registry.yarnpkg.com/${name}/-/${name!.split('/').pop()}-${version}.tgz#${t.neg('lockfile-sha1', f.hex(40))}"`,
      `  integrity ${t.neg('lockfile-integrity', `sha512-${f.base64Bytes(64)}`)}`,
    ].join('\n'),
  );
  return t.file('yarn.lock', L('# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.', '# yarn lockfile v1', '', blocks.join('\n\n')));
}

function pnpmLock(t: Ctx): CorpusFile {
  const { f } = t;
  const pkgs = [
    ['vite', '5.4.10'],
    ['esbuild', '0.21.5'],
    ['rollup', '4.24.0'],
    ['postcss', '8.4.47'],
  ];
  const blocks = pkgs.map(([name, version]) =>
    [`  ${name}@${version}:`, `    resolution: {integrity: ${t.neg('lockfile-integrity', `sha512-${f.base64Bytes(64)}`)}}`, "    engines: {node: '>=18'}"].join('\n'),
  );
  return t.file('apps/admin/pnpm-lock.yaml', L("lockfileVersion: '9.0'", '', 'settings:', '  autoInstallPeers: true', '', 'packages:', '', blocks.join('\n\n')));
}

function goSum(t: Ctx): CorpusFile {
  const { f } = t;
  const mods = [
    ['github.com/gin-gonic/gin', 'v1.10.0'],
    ['github.com/jackc/pgx/v5', 'v5.7.1'],
    ['golang.org/x/crypto', 'v0.28.0'],
    ['google.golang.org/grpc', 'v1.67.1'],
  ];
  const lines: string[] = [];
  for (const [m, v] of mods) {
    lines.push(`${m} ${v} h1:${t.neg('go-sum-hash', f.base64Bytes(32))}`);
    lines.push(`${m} ${v}/go.mod h1:${t.neg('go-sum-hash', f.base64Bytes(32))}`);
  }
  return t.file('services/ledger/go.sum', L(...lines));
}

function cargoAndPythonLocks(t: Ctx): CorpusFile[] {
  const { f } = t;
  return [
    t.file(
      'crates/ingest/Cargo.lock',
      L(
        '# This file is automatically @generated by Cargo.',
        '# It is not intended for manual editing.',
        'version = 3',
        '',
        '[[package]]',
        'name = "serde"',
        'version = "1.0.210"',
        'source = "registry+https://github.com/rust-lang/crates.io-index"',
        `checksum = "${t.neg('lockfile-checksum', f.hex(64))}"`,
        '',
        '[[package]]',
        'name = "tokio"',
        'version = "1.40.0"',
        'source = "registry+https://github.com/rust-lang/crates.io-index"',
        `checksum = "${t.neg('lockfile-checksum', f.hex(64))}"`,
      ),
    ),
    t.file(
      'ml/requirements.lock.txt',
      L(
        '# This file is autogenerated by pip-compile with Python 3.12',
        'numpy==2.1.2 \\',
        `    --hash=sha256:${t.neg('lockfile-checksum', f.hex(64))} \\`,
        `    --hash=sha256:${t.neg('lockfile-checksum', f.hex(64))}`,
        'requests==2.32.3 \\',
        `    --hash=sha256:${t.neg('lockfile-checksum', f.hex(64))}`,
      ),
    ),
    t.file(
      'terraform/.terraform.lock.hcl',
      L(
        '# This file is maintained automatically by "terraform init".',
        'provider "registry.terraform.io/hashicorp/aws" {',
        '  version     = "5.72.1"',
        '  constraints = "~> 5.0"',
        '  hashes = [',
        `    "h1:${t.neg('lockfile-checksum', f.base64Bytes(32))}",`,
        `    "zh:${t.neg('lockfile-checksum', f.hex(64))}",`,
        `    "zh:${t.neg('lockfile-checksum', f.hex(64))}",`,
        '  ]',
        '}',
      ),
    ),
    t.file(
      'ios/Podfile.lock',
      L(
        'PODS:',
        '  - Alamofire (5.9.1)',
        '  - Kingfisher (7.12.0)',
        '',
        'SPEC CHECKSUMS:',
        `  Alamofire: ${t.neg('lockfile-checksum', f.hex(40))}`,
        `  Kingfisher: ${t.neg('lockfile-checksum', f.hex(40))}`,
        '',
        `PODFILE CHECKSUM: ${t.neg('lockfile-checksum', f.hex(40))}`,
        '',
        'COCOAPODS: 1.15.2',
      ),
    ),
    t.file(
      'nix/flake.lock',
      L(
        '{',
        '  "nodes": {',
        '    "nixpkgs": {',
        '      "locked": {',
        '        "lastModified": 1729665710,',
        `        "narHash": "${t.neg('lockfile-checksum', `sha256-${f.base64Bytes(32)}`)}",`,
        '        "owner": "NixOS",',
        '        "repo": "nixpkgs",',
        `        "rev": "${t.neg('git-sha', f.hex(40))}",`,
        '        "type": "github"',
        '      }',
        '    }',
        '  },',
        '  "version": 7',
        '}',
      ),
    ),
    t.file(
      'Gemfile.lock',
      L(
        'GEM',
        '  remote: https://rubygems.org/',
        '  specs:',
        '    rack (3.1.8)',
        '    rails (7.2.1)',
        '',
        'CHECKSUMS',
        `  rack (3.1.8) sha256=${t.neg('lockfile-checksum', f.hex(64))}`,
        `  rails (7.2.1) sha256=${t.neg('lockfile-checksum', f.hex(64))}`,
        '',
        'BUNDLED WITH',
        '   2.5.22',
      ),
    ),
    t.file(
      'backend/composer.lock',
      L(
        '{',
        `    "content-hash": "${t.neg('lockfile-checksum', f.hex(32))}",`,
        '    "packages": [',
        '        {',
        '            "name": "guzzlehttp/guzzle",',
        '            "version": "7.9.2",',
        '            "source": {',
        '                "type": "git",',
        '                "url": "https://github.com/guzzle/guzzle.git",',
        `                "reference": "${t.neg('git-sha', f.hex(40))}"`,
        '            }',
        '        }',
        '    ]',
        '}',
      ),
    ),
  ];
}

function dockerfileDigests(t: Ctx): CorpusFile {
  const { f } = t;
  return t.file(
    'tools/ci-image/Dockerfile',
    L(
      `FROM node:20.18-alpine@${t.neg('image-digest', `sha256:${f.hex(64)}`)} AS build`,
      'ARG TERRAFORM_VERSION=1.9.8',
      `ARG TERRAFORM_SHA256=${t.neg('sha256-checksum', f.hex(64))}`,
      'RUN wget -q https://releases.hashicorp.com/terraform/${TERRAFORM_VERSION}/terraform_${TERRAFORM_VERSION}_linux_amd64.zip -O /tmp/tf.zip \\',
      ' && echo "${TERRAFORM_SHA256}  /tmp/tf.zip" | sha256sum -c - \\',
      ' && unzip /tmp/tf.zip -d /usr/local/bin',
      `RUN echo "${t.neg('sha256-checksum', f.hex(64))}  /usr/local/bin/kubectl" | sha256sum -c -`,
      '# The npm token is a build secret, never a layer: docker build --secret id=npm_token,env=NPM_TOKEN',
      `RUN ${t.neg('build-secret-mount', '--mount=type=secret,id=npm_token NPM_TOKEN="$(cat /run/secrets/npm_token)"')} npm ci --omit=dev`,
      `ENV ${t.neg('empty-value', 'API_KEY=""')}`,
      `FROM gcr.io/distroless/nodejs20-debian12@${t.neg('image-digest', `sha256:${f.hex(64)}`)}`,
      'COPY --from=build /app /app',
      'CMD ["/app/server.js"]',
    ),
  );
}

function awsDocs(t: Ctx): CorpusFile {
  // AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY are the example credentials that
  // AWS prints throughout its own documentation (docs.aws.amazon.com, "Understanding and getting your
  // AWS credentials"). They are not keys: they are documentation, reproduced literally on purpose,
  // because real READMEs copy them and a scanner must stay silent on them.
  const ex = (v: string) => t.neg('aws-documentation-example', v);
  return t.file(
    'docs/aws/getting-started.md',
    L(
      '# Configuring the AWS CLI',
      '',
      'Run `aws configure` and enter your own credentials. The values below are the placeholders from',
      "AWS's documentation; yours will look similar:",
      '',
      '```console',
      '$ aws configure',
      `AWS Access Key ID [None]: ${ex('AKIAIOSFODNN7EXAMPLE')}`,
      `AWS Secret Access Key [None]: ${ex('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}`,
      'Default region name [None]: us-west-2',
      'Default output format [None]: json',
      '```',
      '',
      'Or in `~/.aws/credentials`:',
      '',
      '```ini',
      '[default]',
      `aws_access_key_id = ${ex('AKIAIOSFODNN7EXAMPLE')}`,
      `aws_secret_access_key = ${ex('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY')}`,
      '```',
      '',
      'Prefer `aws sso login`: short-lived credentials never need to be written down.',
    ),
  );
}

function webAssets(t: Ctx): CorpusFile[] {
  const { f } = t;
  const h8 = () => f.hex(8);
  const png = f.base64Bytes(420);
  return [
    t.file(
      'web/public/index.html',
      L(
        '<!doctype html>',
        '<html lang="en">',
        '<head>',
        '  <meta charset="utf-8" />',
        `  <meta name="google-site-verification" content="${t.neg('site-verification-token', f.b64url(43))}" />`,
        `  <meta http-equiv="Content-Security-Policy" content="script-src 'self' ${t.neg('csp-nonce', `'nonce-${f.base64Bytes(16)}'`)}" />`,
        `  <link rel="icon" href="${t.neg('data-uri', `data:image/png;base64,${f.base64Bytes(120)}`)}" />`,
        `  <link rel="stylesheet" href="/static/css/${t.neg('content-hashed-filename', `main.${h8()}.css`)}" />`,
        `  <script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="${t.neg('sri-hash', `sha384-${f.base64Bytes(48)}`)}" crossorigin="anonymous"></script>`,
        '</head>',
        '<body>',
        '  <div id="root"></div>',
        `  <script defer src="/static/js/${t.neg('content-hashed-filename', `main.${h8()}.js`)}"></script>`,
        `  <script defer src="/static/js/${t.neg('content-hashed-filename', `787.${h8()}.chunk.js`)}"></script>`,
        '</body>',
        '</html>',
      ),
    ),
    t.file(
      'web/build/asset-manifest.json',
      L(
        '{',
        '  "files": {',
        `    "main.css": "/static/css/${t.neg('content-hashed-filename', `main.${h8()}.css`)}",`,
        `    "main.js": "/static/js/${t.neg('content-hashed-filename', `main.${h8()}.js`)}",`,
        `    "static/media/logo.svg": "/static/media/${t.neg('content-hashed-filename', `logo.${f.hex(20)}.svg`)}",`,
        `    "index.html": "/index.html"`,
        '  },',
        '  "entrypoints": [',
        `    "static/js/${t.neg('content-hashed-filename', `main.${h8()}.js`)}"`,
        '  ]',
        '}',
      ),
    ),
    t.file(
      'web/src/styles/theme.css',
      L(
        ':root {',
        `  --brand-primary: ${t.neg('css-colour', '#1f6feb')};`,
        `  --brand-accent: ${t.neg('css-colour', `#${f.hex(6)}`)};`,
        `  --surface-overlay: ${t.neg('css-colour', `#${f.hex(8)}`)};`,
        '  --radius: 6px;',
        '}',
        '.hero {',
        `  background-image: url("${t.neg('base64-image', `data:image/png;base64,${png}`)}");`,
        '  background-size: cover;',
        '}',
        '@font-face {',
        "  font-family: 'Inter';",
        `  src: url(${t.neg('base64-image', `data:font/woff2;base64,${f.base64Bytes(300)}`)}) format('woff2');`,
        '}',
      ),
    ),
    t.file(
      'web/static/js/vendor.8c1f2a9e.min.js',
      L(
        `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.p="/static/";n.h=${t.neg('webpack-hash', `"${f.hex(20)}"`)}}({});`,
        `var _0x${f.hex(4)}=[${t.neg('minified-identifiers', `"${f.b64(24)}","${f.b64(24)}","${f.b64(20)}"`)}];`,
        `(self.webpackChunkstorefront=self.webpackChunkstorefront||[]).push([[179],{${t.neg('webpack-chunk-map', `${f.digits(4)}:"${f.hex(16)}",${f.digits(3)}:"${f.hex(16)}"`)}}]);`,
        `function ${t.neg('minified-identifiers', `a${f.b62(30)}`)}(e,t){return e.replace(/[&<>]/g,function(n){return t[n]})}`,
        `//# sourceMappingURL=${t.neg('data-uri', `data:application/json;charset=utf-8;base64,${f.base64Bytes(240)}`)}`,
      ),
    ),
    t.file(
      'web/src/components/Avatar.tsx',
      L(
        "import Image from 'next/image';",
        '',
        '// Tiny blurred placeholder shown while the avatar loads.',
        `const BLUR = '${t.neg('base64-image', `data:image/jpeg;base64,${f.base64Bytes(180)}`)}';`,
        '',
        'export function Avatar({ src, name }: { src: string; name: string }) {',
        '  return (',
        '    <Image src={src} alt={name} width={40} height={40} placeholder="blur" blurDataURL={BLUR} />',
        '  );',
        '}',
      ),
    ),
    t.file(
      'design/tokens.json',
      L(
        '{',
        '  "color": {',
        '    "brand": {',
        `      "primary": { "value": "${t.neg('design-token', '#1F6FEB')}", "type": "color" },`,
        `      "secondary": { "value": "${t.neg('design-token', `#${f.HEX(6)}`)}", "type": "color" }`,
        '    }',
        '  },',
        '  "token": {',
        `    "focusRing": { "value": "${t.neg('design-token', '0 0 0 3px rgba(31, 111, 235, 0.4)')}", "type": "shadow" }`,
        '  }',
        '}',
      ),
    ),
  ];
}

function wrap64(b64: string, width = 64): string {
  const out: string[] = [];
  for (let i = 0; i < b64.length; i += width) out.push(b64.slice(i, i + width));
  return out.join('\n');
}

function publicMaterial(t: Ctx): CorpusFile[] {
  const { f } = t;
  const cert = () =>
    `-----BEGIN CERTIFICATE-----\n${wrap64(Buffer.concat([Buffer.from([0x30, 0x82, 0x03, 0x8e, 0x30, 0x82, 0x02, 0x76, 0xa0, 0x03, 0x02, 0x01, 0x02]), bytesOf(f, 900)]).toString('base64'))}\n-----END CERTIFICATE-----`;
  const sshRsa = () =>
    `ssh-rsa ${Buffer.concat([Buffer.from([0, 0, 0, 7]), Buffer.from('ssh-rsa'), Buffer.from([0, 0, 0, 3, 1, 0, 1, 0, 0, 1, 1, 0]), bytesOf(f, 256)]).toString('base64')}`;
  const sshEd = () => `ssh-ed25519 ${Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from('ssh-ed25519'), Buffer.from([0, 0, 0, 32]), bytesOf(f, 32)]).toString('base64')}`;
  const spki = Buffer.concat([
    Buffer.from([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00]),
    bytesOf(f, 270),
  ]).toString('base64');
  return [
    t.file('certs/ca-bundle.crt', `${t.neg('certificate', cert())}\n${t.neg('certificate', cert())}\n`),
    t.file('keys/jwt-signing.pub.pem', `${t.neg('public-key', `-----BEGIN PUBLIC KEY-----\n${wrap64(spki)}\n-----END PUBLIC KEY-----`)}\n`),
    t.file(
      'deploy/ssh/authorized_keys',
      L(`${t.neg('ssh-public-key', sshEd())} alice@laptop`, `${t.neg('ssh-public-key', sshRsa())} deploy@ci`, `${t.neg('ssh-public-key', sshEd())} bob@workstation`),
    ),
    t.file(
      'deploy/ssh/known_hosts',
      L(`github.com ${t.neg('ssh-public-key', sshEd())}`, `gitlab.corp.lan,10.0.4.12 ${t.neg('ssh-public-key', sshRsa())}`),
    ),
    t.file(
      'infra/tls/ingress.yaml',
      L(
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        '  name: trusted-ca',
        'data:',
        '  ca.crt: |',
        t.neg('certificate', cert().replace(/^/gm, '    ')),
      ),
    ),
  ];
}

function prose(t: Ctx): CorpusFile[] {
  const n = (label: string, s: string) => t.neg(label, s);
  return [
    t.file(
      'web/src/locales/en.json',
      L(
        '{',
        `  "auth.password.label": "${n('i18n-string', 'Password')}",`,
        `  "auth.password.tooShort": "${n('i18n-string', 'Password must be at least 12 characters long.')}",`,
        `  "auth.token.expired": "${n('i18n-string', 'Your session token has expired. Please sign in again.')}",`,
        `  "settings.apiKeys.create": "${n('i18n-string', 'Create API key')}",`,
        `  "settings.apiKeys.secretOnce": "${n('i18n-string', 'Copy this secret now: it will not be shown again.')}",`,
        `  "errors.invalidCredentials": "${n('i18n-string', 'Invalid email or password.')}",`,
        `  "settings.security.twoFactorSecret": "${n('i18n-string', 'Scan the QR code or enter the setup key manually.')}"`,
        '}',
      ),
    ),
    t.file(
      'web/src/locales/de.json',
      L(
        '{',
        `  "auth.password.label": "${n('i18n-string', 'Passwort')}",`,
        `  "auth.password.tooShort": "${n('i18n-string', 'Das Passwort muss mindestens 12 Zeichen lang sein.')}",`,
        `  "settings.apiKeys.secretOnce": "${n('i18n-string', 'Kopieren Sie dieses Geheimnis jetzt: Es wird nicht erneut angezeigt.')}"`,
        '}',
      ),
    ),
    t.file(
      'docs/security/password-policy.md',
      L(
        '# Password and secret policy',
        '',
        `- ${n('password-policy-text', 'Passwords must be at least 12 characters and may not appear in a breach corpus.')}`,
        `- ${n('password-policy-text', 'API keys and tokens are stored in Vault under secret/data/<team>/<service>; never in git.')}`,
        `- ${n('password-policy-text', 'A good passphrase looks like: correct-horse-battery-staple (do not use this one).')}`,
        `- ${n('password-policy-text', 'password: must be rotated every 90 days for shared service accounts.')}`,
        `- ${n('password-policy-text', 'Set `token_ttl = 24h` for CI tokens; the default secret lifetime is 30 days.')}`,
      ),
    ),
    t.file(
      'content/blog/2024-launch.md',
      L(
        '---',
        'title: We launched',
        'date: 2024-05-02',
        '---',
        '',
        n('lorem-ipsum', 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.'),
        '',
        n('lorem-ipsum', 'Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor.'),
      ),
    ),
    t.file(
      'docs/api/authentication.md',
      L(
        '# Authenticating to the API',
        '',
        'Send your key in the `Authorization` header:',
        '',
        '```http',
        'GET /v1/orders HTTP/1.1',
        'Host: api.acme.io',
        `Authorization: Bearer ${n('placeholder', '<access_token>')}`,
        '```',
        '',
        '```bash',
        `curl -H "Authorization: Bearer ${n('placeholder', '$ACME_API_TOKEN')}" https://api.acme.io/v1/orders`,
        `curl -u "${n('placeholder', '$API_USER:$API_PASSWORD')}" https://api.acme.io/v1/orders`,
        '```',
        '',
        `Live keys start with \`sk_live_\` and test keys with \`sk_test_\`; ${n('placeholder', 'a key looks like `sk_live_...`')}.`,
        `Personal tokens look like \`${n('placeholder', 'ghp_<36 characters>')}\`.`,
      ),
    ),
    t.file(
      'README.md',
      L(
        '# Storefront',
        '',
        '[![CI](https://github.com/acme/storefront/actions/workflows/ci.yml/badge.svg)](https://github.com/acme/storefront/actions)',
        '',
        '## Configuration',
        '',
        'Copy `.env.example` to `.env`, then:',
        '',
        '```bash',
        `export STRIPE_SECRET_KEY=${n('placeholder', '<your-stripe-secret-key>')}`,
        `export OPENAI_API_KEY=${n('placeholder', '"$(op read op://dev/openai/credential)"')}`,
        `docker login -u ci -p ${n('placeholder', '"$REGISTRY_PASSWORD"')} registry.acme.io`,
        '```',
        '',
        `Errors are reported to Sentry (the DSN is public by design): ${n('sentry-dsn', `https://${t.f.hex(32)}@o${t.f.digits(6)}.ingest.sentry.io/${t.f.digits(7)}`)}`,
      ),
    ),
  ];
}

function historyAndIds(t: Ctx): CorpusFile[] {
  const { f } = t;
  const sha = () => t.neg('git-sha', f.hex(40));
  const short = () => t.neg('git-sha', f.hex(7));
  const uuid = () => t.neg('uuid', f.uuid());
  return [
    t.file(
      'CHANGELOG.md',
      L(
        '# Changelog',
        '',
        '## 2.3.0 (2024-10-14)',
        '',
        `- Retry failed webhooks with backoff (${short()})`,
        `- Fix token refresh race ([${short()}](https://github.com/acme/storefront/commit/${sha()}))`,
        `- Bump axios to 1.7.7 (${short()})`,
        '',
        `**Full diff**: https://github.com/acme/storefront/compare/${sha()}...v2.3.0`,
      ),
    ),
    t.file(
      'db/seeds/001_tenants.sql',
      L(
        'INSERT INTO tenants (id, name, plan, created_at) VALUES',
        `  ('${uuid()}', 'Northwind', 'enterprise', now()),`,
        `  ('${uuid()}', 'Globex', 'team', now()),`,
        `  ('${uuid()}', 'Initech', 'free', now());`,
        '',
        'INSERT INTO api_clients (id, tenant_id, client_id, secret_hash) VALUES',
        `  ('${uuid()}', '${uuid()}', 'storefront-web', '${t.neg('hash-named-variable', `sha256:${f.hex(64)}`)}');`,
      ),
    ),
    t.file(
      '.github/workflows/ci.yml',
      L(
        'name: ci',
        'on: [push, pull_request]',
        'permissions:',
        '  contents: read',
        'jobs:',
        '  test:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        `      - uses: actions/checkout@${sha()} # v4.2.2`,
        `      - uses: actions/setup-node@${sha()} # v4.1.0`,
        '        with:',
        '          node-version: 20',
        "          registry-url: 'https://registry.npmjs.org'",
        '      - run: npm ci',
        '        env:',
        `          NODE_AUTH_TOKEN: ${t.neg('ci-secret-reference', '${{ secrets.NPM_TOKEN }}')}`,
        '      - run: npm test',
        `      - uses: codecov/codecov-action@${sha()} # v4.6.0`,
        '        with:',
        `          token: ${t.neg('ci-secret-reference', '${{ secrets.CODECOV_TOKEN }}')}`,
        '      - uses: docker/login-action@v3',
        '        with:',
        '          username: acmebot',
        `          password: ${t.neg('ci-secret-reference', '${{ secrets.DOCKERHUB_TOKEN }}')}`,
        `      - run: gh release view --repo acme/storefront`,
        '        env:',
        `          GH_TOKEN: ${t.neg('ci-secret-reference', '${{ github.token }}')}`,
      ),
    ),
    t.file(
      '.pre-commit-config.yaml',
      L(
        'repos:',
        '  - repo: https://github.com/pre-commit/pre-commit-hooks',
        `    rev: ${sha()}  # frozen: v5.0.0`,
        '    hooks:',
        '      - id: check-yaml',
        '      - id: detect-private-key',
      ),
    ),
    t.file(
      'web/src/__snapshots__/checkout.test.tsx.snap',
      L(
        '// Vitest Snapshot v1, https://vitest.dev/guide/snapshot.html',
        '',
        'exports[`checkout > renders the order summary 1`] = `',
        '{',
        `  "cartId": "${uuid()}",`,
        `  "etag": "W/\\"${t.neg('etag', f.hex(32))}\\"",`,
        `  "idempotencyKey": "${uuid()}",`,
        '  "total": 4200,',
        '}',
        '`;',
      ),
    ),
    t.file(
      'web/src/graphql/persisted-queries.json',
      L(
        '{',
        `  "${t.neg('hash-named-variable', f.hex(64))}": "query Viewer { viewer { id name } }",`,
        `  "${t.neg('hash-named-variable', f.hex(64))}": "mutation AddToCart($id: ID!) { addToCart(id: $id) { id } }"`,
        '}',
      ),
    ),
  ];
}

function codeWithLookups(t: Ctx): CorpusFile[] {
  const n = (s: string) => t.neg('env-lookup', s);
  const tpl = (s: string) => t.neg('template-reference', s);
  return [
    t.file(
      'services/api/config/settings.py',
      L(
        'import os',
        '',
        `SECRET_KEY = ${n('os.environ["DJANGO_SECRET_KEY"]')}`,
        'DEBUG = os.getenv("DEBUG", "0") == "1"',
        'DATABASES = {',
        '    "default": {',
        '        "ENGINE": "django.db.backends.postgresql",',
        '        "NAME": os.getenv("DB_NAME", "orders"),',
        `        "PASSWORD": ${n('os.getenv("DB_PASSWORD")')},`,
        '    }',
        '}',
        `AWS_SECRET_ACCESS_KEY = ${n('env("AWS_SECRET_ACCESS_KEY")')}`,
        `STRIPE_API_KEY = ${n('settings.STRIPE_LIVE_SECRET_KEY')}`,
        'LOGGING = {',
        '    "version": 1,',
        `    "formatters": {"plain": {"format": "${tpl('%(asctime)s %(levelname)s %(name)s %(message)s')}"}},`,
        '}',
        'AUTH_PASSWORD_VALIDATORS = [',
        `    {"NAME": "${t.neg('identifier', 'django.contrib.auth.password_validation.MinimumLengthValidator')}", "OPTIONS": {"min_length": 12}},`,
        ']',
        `PASSWORD_HASHERS = ["${t.neg('identifier', 'django.contrib.auth.hashers.Argon2PasswordHasher')}"]`,
      ),
    ),
    t.file(
      'web/src/config.ts',
      L(
        "import { z } from 'zod';",
        '',
        'const schema = z.object({',
        '  STRIPE_SECRET_KEY: z.string().startsWith(\'sk_\'),',
        '  JWT_SECRET: z.string().min(32),',
        '});',
        '',
        'export const env = schema.parse(process.env);',
        `export const stripeSecretKey = ${n('process.env.STRIPE_SECRET_KEY!')};`,
        `export const sessionSecret = ${n('import.meta.env.VITE_SESSION_SECRET')};`,
        `export const openAiKey = ${n("process.env['OPENAI_API_KEY'] ?? ''")};`,
        `const apiToken = ${n('await secrets.get("api-token")')};`,
        `export const authHeader = ${tpl('`Bearer ${apiToken}`')};`,
      ),
    ),
    t.file(
      'services/billing/src/main/resources/application.yml',
      L(
        'spring:',
        '  datasource:',
        '    url: jdbc:postgresql://${DB_HOST:localhost}:5432/billing',
        '    username: ${DB_USER:billing}',
        `    password: ${tpl('${DB_PASSWORD}')}`,
        'app:',
        '  jwt:',
        `    secret: ${tpl('${JWT_SECRET:}')}`,
        '  stripe:',
        `    api-key: ${tpl('${vault.stripe.api-key}')}`,
      ),
    ),
    t.file(
      'services/ledger/internal/config/config.go',
      L(
        'package config',
        '',
        'import "os"',
        '',
        'type Config struct {',
        '\tDatabaseURL string',
        '\tAPIToken    string',
        '}',
        '',
        'func Load() Config {',
        '\treturn Config{',
        `\t\tDatabaseURL: ${n('os.Getenv("DATABASE_URL")')},`,
        `\t\tAPIToken:    ${n('os.Getenv("LEDGER_API_TOKEN")')},`,
        '\t}',
        '}',
      ),
    ),
    t.file(
      'services/notify/app/config.rb',
      L(
        'Rails.application.configure do',
        `  config.x.twilio_auth_token = ${n('ENV.fetch("TWILIO_AUTH_TOKEN")')}`,
        `  config.x.sendgrid_api_key = ${n('ENV["SENDGRID_API_KEY"]')}`,
        `  config.x.slack_token = ${n('Rails.application.credentials.dig(:slack, :bot_token)')}`,
        'end',
      ),
    ),
    t.file(
      'services/shop/config/services.php',
      L(
        '<?php',
        '',
        'return [',
        "    'stripe' => [",
        `        'secret' => ${n("env('STRIPE_SECRET')")},`,
        `        'webhook_secret' => ${n("env('STRIPE_WEBHOOK_SECRET')")},`,
        '    ],',
        "    'mailgun' => [",
        `        'secret' => ${n("getenv('MAILGUN_SECRET')")},`,
        '    ],',
        '];',
      ),
    ),
    t.file(
      'services/reports/src/main/java/com/acme/reports/Credentials.java',
      L(
        'package com.acme.reports;',
        '',
        'import java.util.UUID;',
        '',
        'final class Credentials {',
        '    private static final long serialVersionUID = 4213342911870912773L;',
        `    static final UUID REPORTS_TENANT = UUID.fromString("${t.neg('uuid', t.f.uuid())}");`,
        `    static final String PASSWORD_FIELD = "${t.neg('identifier', 'password')}";`,
        `    static final String TOKEN_HEADER = "${t.neg('identifier', 'X-Auth-Token')}";`,
        `    static final String DB_PASSWORD = ${n('System.getenv("REPORTS_DB_PASSWORD")')};`,
        `    static final String API_KEY = ${n('Environment.get("REPORTS_API_KEY")')};`,
        '}',
      ),
    ),
    t.file(
      'services/gateway/src/Settings.cs',
      L(
        'namespace Acme.Gateway;',
        '',
        'public static class Settings',
        '{',
        `    public static string StorageConnectionString => ${n('Environment.GetEnvironmentVariable("AZURE_STORAGE_CONNECTION_STRING")')} ?? string.Empty;`,
        `    public static string ClientSecret => ${n('Configuration["AzureAd:ClientSecret"]')};`,
        '}',
      ),
    ),
    t.file(
      'services/ingest/src/config.rs',
      L(
        'use std::env;',
        '',
        'pub fn api_token() -> String {',
        `    ${n('env::var("INGEST_API_TOKEN")')}.expect("INGEST_API_TOKEN must be set")`,
        '}',
      ),
    ),
  ];
}

function infraTemplates(t: Ctx): CorpusFile[] {
  const { f } = t;
  const tpl = (s: string) => t.neg('template-reference', s);
  return [
    t.file(
      'helm/api/values.yaml',
      L(
        'replicaCount: 2',
        'image:',
        '  repository: registry.acme.io/api',
        `  digest: ${t.neg('image-digest', `sha256:${f.hex(64)}`)}`,
        'podAnnotations:',
        `  checksum/config: ${t.neg('hash-named-variable', f.hex(64))}`,
        'postgresql:',
        '  auth:',
        '    existingSecret: api-postgresql',
        `    password: ${t.neg('empty-value', '""')}`,
        'datadog:',
        `  apiKeyExistingSecret: ${t.neg('identifier', 'datadog-api-key')}`,
        'env:',
        `  JWT_SECRET: ${tpl('"{{ .Values.global.jwtSecret }}"')}`,
      ),
    ),
    t.file(
      'helm/api/templates/secret.yaml',
      L(
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: {{ include "api.fullname" . }}',
        'type: Opaque',
        'data:',
        `  database-password: ${tpl('{{ .Values.db.password | b64enc | quote }}')}`,
        `  stripe-secret-key: ${tpl('{{ required "stripe key" .Values.stripe.secretKey | b64enc }}')}`,
      ),
    ),
    t.file(
      'k8s/prod/api-deployment.yaml',
      L(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: api',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: api',
        `          image: registry.acme.io/api@${t.neg('image-digest', `sha256:${f.hex(64)}`)}`,
        '          env:',
        '            - name: DATABASE_PASSWORD',
        '              valueFrom:',
        '                secretKeyRef:',
        `                  name: ${t.neg('secret-reference', 'api-postgresql')}`,
        '                  key: password',
      ),
    ),
    t.file(
      'k8s/prod/sealed-db-credentials.yaml',
      L(
        'apiVersion: bitnami.com/v1alpha1',
        'kind: SealedSecret',
        'metadata:',
        '  name: db-credentials',
        '  namespace: prod',
        'spec:',
        '  encryptedData:',
        `    password: ${t.neg('sealed-secret-ciphertext', `AgB${f.b64(420)}==`)}`,
        `    username: ${t.neg('sealed-secret-ciphertext', `AgC${f.b64(360)}=`)}`,
      ),
    ),
    t.file(
      'deploy/secrets.enc.yaml',
      L(
        `db_password: ${t.neg('sops-ciphertext', `ENC[AES256_GCM,data:${f.base64Bytes(20)},iv:${f.base64Bytes(32)},tag:${f.base64Bytes(16)},type:str]`)}`,
        `stripe_secret_key: ${t.neg('sops-ciphertext', `ENC[AES256_GCM,data:${f.base64Bytes(80)},iv:${f.base64Bytes(32)},tag:${f.base64Bytes(16)},type:str]`)}`,
        'sops:',
        '    kms:',
        `        - arn: ${t.neg('arn', `arn:aws:kms:eu-west-1:${f.digits(12)}:key/${f.uuid()}`)}`,
        `    mac: ${t.neg('sops-ciphertext', `ENC[AES256_GCM,data:${f.base64Bytes(32)},iv:${f.base64Bytes(32)},tag:${f.base64Bytes(16)},type:str]`)}`,
        '    version: 3.9.1',
      ),
    ),
    t.file(
      'ansible/group_vars/prod/vault.yml',
      `$ANSIBLE_VAULT;1.1;AES256\n${t.neg('ansible-vault-ciphertext', Array.from({ length: 6 }, () => f.hex(80)).join('\n'))}\n`,
    ),
    t.file(
      'config/credentials/production.yml.enc',
      `${t.neg('rails-encrypted-credentials', `${f.base64Bytes(240)}--${f.base64Bytes(12)}--${f.base64Bytes(16)}`)}\n`,
    ),
    t.file(
      'terraform/variables.tf',
      L(
        'variable "db_password" {',
        '  type      = string',
        '  sensitive = true',
        '}',
        '',
        'resource "aws_db_instance" "main" {',
        '  engine   = "postgres"',
        `  password = ${tpl('var.db_password')}`,
        `  kms_key_id = ${tpl('aws_kms_key.main.arn')}`,
        '}',
        '',
        'resource "random_password" "api" {',
        '  length  = 32',
        '  special = true',
        '}',
        '',
        'locals {',
        `  api_secret = ${tpl('random_password.api.result')}`,
        `  stripe_key = ${tpl('data.aws_secretsmanager_secret_version.stripe.secret_string')}`,
        '}',
      ),
    ),
    t.file(
      'infra/cloudformation/database.yml',
      L(
        'Parameters:',
        '  DbPassword:',
        '    Type: String',
        '    NoEcho: true',
        'Resources:',
        '  Database:',
        '    Type: AWS::RDS::DBInstance',
        '    Properties:',
        `      MasterUserPassword: ${tpl('!Ref DbPassword')}`,
        `      MasterUsername: ${tpl('"{{resolve:secretsmanager:prod/db:SecretString:username}}"')}`,
      ),
    ),
    t.file(
      '.gitlab-ci.yml',
      L(
        'stages: [build, deploy]',
        'build:',
        '  stage: build',
        '  script:',
        `    - docker login -u "$CI_REGISTRY_USER" -p ${tpl('"$CI_REGISTRY_PASSWORD"')} "$CI_REGISTRY"`,
        `    - git clone https://gitlab-ci-token:${tpl('${CI_JOB_TOKEN}')}@gitlab.com/acme/shared.git`,
        'deploy:',
        '  stage: deploy',
        '  variables:',
        `    KUBE_TOKEN: ${tpl('$PROD_KUBE_TOKEN')}`,
      ),
    ),
    t.file(
      'frontend/.npmrc',
      L(
        '@acme:registry=https://npm.pkg.github.com',
        `//npm.pkg.github.com/:_authToken=${tpl('${GITHUB_PACKAGES_TOKEN}')}`,
        `//registry.npmjs.org/:_authToken=${tpl('${NPM_TOKEN}')}`,
        'always-auth=true',
      ),
    ),
    t.file(
      'build/maven/settings.xml',
      L(
        '<settings>',
        '  <servers>',
        '    <server>',
        '      <id>artifactory</id>',
        '      <username>${env.ARTIFACTORY_USER}</username>',
        `      <password>${tpl('${env.ARTIFACTORY_PASSWORD}')}</password>`,
        '    </server>',
        '  </servers>',
        '</settings>',
      ),
    ),
    t.file(
      'services/portal/Web.Release.config',
      L(
        '<configuration>',
        '  <connectionStrings>',
        `    <add name="Default" connectionString="${tpl('Server=#{DbServer}#;Database=Portal;User Id=#{DbUser}#;Password=#{DbPassword}#;')}" />`,
        '  </connectionStrings>',
        '  <appSettings>',
        `    <add key="SendGridApiKey" value="${tpl('$(SendGridApiKey)')}" />`,
        '  </appSettings>',
        '</configuration>',
      ),
    ),
    t.file(
      'docker-compose.dev.yml',
      L(
        'services:',
        '  db:',
        `    image: postgres:16@${t.neg('image-digest', `sha256:${f.hex(64)}`)}`,
        '    environment:',
        `      POSTGRES_PASSWORD: ${tpl('${POSTGRES_PASSWORD:-}')}`,
        '  api:',
        '    build: .',
        '    environment:',
        `      DATABASE_URL: ${t.neg('local-dev-credentials', 'postgres://postgres:postgres@db:5432/app_test')}`,
        `      REDIS_URL: ${t.neg('local-dev-credentials', 'redis://redis:6379/0')}`,
      ),
    ),
    t.file(
      'api/orders.http',
      L(
        '@baseUrl = https://api.acme.io',
        `@token = ${tpl('{{login.response.body.access_token}}')}`,
        '',
        '### List orders',
        'GET {{baseUrl}}/v1/orders',
        `Authorization: Bearer ${tpl('{{token}}')}`,
        '',
        '### Create order',
        'POST {{baseUrl}}/v1/orders',
        `Authorization: Bearer ${tpl('{{$dotenv ACME_API_TOKEN}}')}`,
        'Content-Type: application/json',
        '',
        '{ "sku": "TSHIRT-M", "qty": 1 }',
      ),
    ),
  ];
}

function stripeFixtures(t: Ctx): CorpusFile {
  const { f } = t;
  const id = (p: string, n = 24) => t.neg('stripe-object-id', `${p}${f.b62(n)}`);
  return t.file(
    'services/shop/tests/fixtures/stripe-checkout.json',
    L(
      '{',
      `  "id": "${id('evt_1', 23)}",`,
      '  "object": "event",',
      '  "livemode": false,',
      '  "data": {',
      '    "object": {',
      `      "id": "${id('cs_test_a1', 56)}",`,
      `      "customer": "${id('cus_', 14)}",`,
      `      "payment_intent": "${id('pi_3', 23)}",`,
      `      "price": "${id('price_1', 23)}",`,
      `      "client_secret": "${t.neg('stripe-client-secret-test', `pi_3${f.b62(23)}_secret_${f.b62(25)}`)}"`,
      '    }',
      '  },',
      `  "publishable_key": "${t.neg('stripe-test-key', `pk_test_51${f.b62(97)}`)}",`,
      `  "test_secret_key": "${t.neg('stripe-test-key', `sk_test_51${f.b62(97)}`)}"`,
      '}',
    ),
  );
}

function notebookNegative(t: Ctx): CorpusFile {
  const { f } = t;
  const png = f.base64Bytes(600);
  return t.file(
    'notebooks/churn-exploration.ipynb',
    L(
      '{',
      ' "cells": [',
      '  {',
      '   "cell_type": "code",',
      '   "execution_count": 3,',
      `   "id": "${t.neg('notebook-cell-id', f.hex(8))}",`,
      '   "metadata": {},',
      '   "outputs": [',
      '    {',
      '     "data": {',
      `      "image/png": "${t.neg('base64-image', png)}",`,
      '      "text/plain": ["<Figure size 640x480 with 1 Axes>"]',
      '     },',
      '     "output_type": "display_data"',
      '    }',
      '   ],',
      '   "source": [',
      '    "import os\\n",',
      `    "client = OpenAI(api_key=${t.neg('env-lookup', 'os.environ[\\"OPENAI_API_KEY\\"]')})\\n",`,
      `    "print(hashlib.sha256(df.to_csv().encode()).hexdigest())  # ${t.neg('hash-named-variable', f.hex(64))}\\n"`,
      '   ]',
      '  }',
      ' ],',
      ' "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},',
      ' "nbformat": 4,',
      ' "nbformat_minor": 5',
      '}',
    ),
  );
}

function testVectors(t: Ctx): CorpusFile[] {
  const { f } = t;
  const sha = (s: string) => createHash('sha256').update(s).digest('hex');
  return [
    t.file(
      'services/ledger/internal/crypto/hash_test.go',
      L(
        'package crypto',
        '',
        'import "testing"',
        '',
        'func TestSum(t *testing.T) {',
        '\tcases := []struct{ in, want string }{',
        `\t\t{"abc", "${t.neg('test-vector-digest', sha('abc'))}"},`,
        `\t\t{"", "${t.neg('test-vector-digest', sha(''))}"},`,
        `\t\t{"ledger", "${t.neg('test-vector-digest', sha('ledger'))}"},`,
        '\t}',
        '\tfor _, c := range cases {',
        '\t\tif got := Sum(c.in); got != c.want {',
        '\t\t\tt.Fatalf("Sum(%q) = %s, want %s", c.in, got, c.want)',
        '\t\t}',
        '\t}',
        '}',
      ),
    ),
    t.file(
      'scripts/verify-release.sh',
      L(
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        `EXPECTED_SHA256="${t.neg('sha256-checksum', f.hex(64))}"`,
        `RELEASE_KEY_FINGERPRINT="${t.neg('fingerprint', f.HEX(40))}"`,
        'gpg --keyserver keys.openpgp.org --recv-keys "$RELEASE_KEY_FINGERPRINT"',
        'echo "$EXPECTED_SHA256  dist/app.tar.gz" | sha256sum -c -',
        `cosign verify-blob --key cosign.pub --signature dist/app.tar.gz.sig dist/app.tar.gz # bundle ${t.neg('sha256-checksum', f.hex(64))}`,
      ),
    ),
    t.file(
      'services/ledger/migrations/20240501_checksums.sql',
      L(
        '-- Flyway-style checksum ledger for applied migrations',
        `INSERT INTO schema_history (version, checksum) VALUES ('20240301', '${t.neg('hash-named-variable', f.hex(32))}');`,
        `INSERT INTO schema_history (version, checksum) VALUES ('20240415', '${t.neg('hash-named-variable', f.hex(32))}');`,
      ),
    ),
  ];
}

function projectFilesAndLinks(t: Ctx): CorpusFile[] {
  const { f } = t;
  const guid = () => t.neg('uuid', f.uuid().toUpperCase());
  const pbx = () => t.neg('xcode-object-id', f.HEX(24));
  return [
    t.file(
      'src/Acme.sln',
      L(
        'Microsoft Visual Studio Solution File, Format Version 12.00',
        `Project("{${guid()}}") = "Acme.Api", "Acme.Api\\Acme.Api.csproj", "{${guid()}}"`,
        'EndProject',
        `Project("{${guid()}}") = "Acme.Worker", "Acme.Worker\\Acme.Worker.csproj", "{${guid()}}"`,
        'EndProject',
      ),
    ),
    t.file(
      'ios/Acme.xcodeproj/project.pbxproj',
      L(
        '// !$*UTF8*$!',
        '{',
        '\tobjects = {',
        `\t\t${pbx()} /* AppDelegate.swift in Sources */ = {isa = PBXBuildFile; fileRef = ${f.HEX(24)} /* AppDelegate.swift */; };`,
        `\t\t${pbx()} /* Assets.xcassets in Resources */ = {isa = PBXBuildFile; fileRef = ${f.HEX(24)} /* Assets.xcassets */; };`,
        `\t\t${pbx()} /* Info.plist */ = {isa = PBXFileReference; lastKnownFileType = text.plist.xml; path = Info.plist; sourceTree = "<group>"; };`,
        '\t};',
        `\trootObject = ${pbx()} /* Project object */;`,
        '}',
      ),
    ),
    t.file(
      'docs/design/README.md',
      L(
        '# Design docs',
        '',
        `- Spec: https://docs.google.com/document/d/${t.neg('document-id', f.b64url(44))}/edit`,
        `- Roadmap sheet: https://docs.google.com/spreadsheets/d/${t.neg('document-id', f.b64url(44))}/edit#gid=0`,
        `- Figma: https://www.figma.com/design/${t.neg('document-id', f.b62(22))}/Checkout?node-id=12-480`,
        `- Demo video: https://www.youtube.com/watch?v=${t.neg('document-id', f.b64url(11))}`,
        `- Drive folder: https://drive.google.com/drive/folders/${t.neg('document-id', `1${f.b64url(32)}`)}`,
      ),
    ),
    t.file(
      'packages/ui/package.json',
      L(
        '{',
        '  "name": "@acme/ui",',
        '  "version": "4.2.1",',
        `  "gitHead": "${t.neg('git-sha', f.hex(40))}",`,
        '  "publishConfig": { "registry": "https://npm.pkg.github.com" },',
        '  "dist": {',
        `    "shasum": "${t.neg('lockfile-sha1', f.hex(40))}",`,
        `    "integrity": "${t.neg('lockfile-integrity', `sha512-${f.base64Bytes(64)}`)}"`,
        '  }',
        '}',
      ),
    ),
  ];
}

export function buildNegativeFiles(t: Ctx): CorpusFile[] {
  return [
    envExample(t),
    ...badChecksumTokens(t),
    packageLock(t),
    yarnLock(t),
    pnpmLock(t),
    goSum(t),
    ...cargoAndPythonLocks(t),
    dockerfileDigests(t),
    awsDocs(t),
    ...webAssets(t),
    ...publicMaterial(t),
    ...prose(t),
    ...historyAndIds(t),
    ...codeWithLookups(t),
    ...infraTemplates(t),
    stripeFixtures(t),
    notebookNegative(t),
    ...testVectors(t),
    ...projectFilesAndLinks(t),
  ];
}

export { b64json };
