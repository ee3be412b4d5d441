import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, ci, hasDigit, near } from './lib/messaging-ai-registries-kit.ts';

// Token formats: https://api.slack.com/authentication/token-types (bot xoxb-, user xoxp-, app-level
// xapp-, legacy xoxo-/xoxs-, workspace-app xoxa-/xoxr-) and https://api.slack.com/authentication/config-tokens
// (xoxe.xoxp-/xoxe- configuration and rotation tokens). The public scanner rules that pin the segment
// lengths: https://github.com/gitleaks/gitleaks/blob/master/cmd/generate/config/rules/slack.go
const TOKEN_DOCS = 'https://api.slack.com/authentication/token-types';
const REVOKE =
  'Revoke it (auth.revoke API, or https://api.slack.com/apps → your app → OAuth & Permissions → Revoke / reinstall to reissue), store the new token in a secret manager, and review the workspace access logs (https://slack.com/admin/logs).';
const WEBHOOK_REVOKE =
  'Delete the webhook at https://api.slack.com/apps → your app → Incoming Webhooks (or the workflow in Workflow Builder) and create a new one; anyone with the URL can post to the channel.';

const B = String.raw`(?<![\w-])`;
const E = String.raw`(?![\w-])`;

export const slackBotToken: Rule = {
  id: 'slack-bot-token',
  description: 'Slack bot user OAuth token (xoxb-)',
  docs: `${TOKEN_DOCS}#bot`,
  keywords: ['xoxb-'],
  // xoxb-<team id digits>-<bot user id digits>-<24 base62> (older ones up to 10–14 digits and 27 characters).
  regex: new RegExp(`${B}(xoxb-\\d{8,14}-\\d{8,14}-[A-Za-z0-9]{24,34})${E}`),
  allowFillers: true,
  validate: bodyIsNotPlaceholder(5),
  remediation: REVOKE,
  examples: (f) => ({
    match: [
      `SLACK_BOT_TOKEN=xoxb-${f.digits(12)}-${f.digits(13)}-${f.b62(24)}`,
      `const web = new WebClient("xoxb-${f.digits(13)}-${f.digits(13)}-${f.b62(24)}");`,
      `slack:\n  bot_token: 'xoxb-${f.digits(11)}-${f.digits(12)}-${f.b62(24)}'`,
    ],
    noMatch: [
      'SLACK_BOT_TOKEN=xoxb-your-bot-token',
      'SLACK_BOT_TOKEN=xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx',
      'SLACK_BOT_TOKEN=${SLACK_BOT_TOKEN}',
      `token = "xoxb-${f.digits(12)}-${f.digits(13)}-${f.b62(12)}"`,
    ],
  }),
};

export const slackUserToken: Rule = {
  id: 'slack-user-token',
  description: 'Slack user OAuth token (xoxp-, or xoxe- in file URLs)',
  docs: `${TOKEN_DOCS}#user`,
  keywords: ['xoxp-', 'xoxe-'],
  // xoxp-<team>-<user>-<installation>-<32 hex>; seen with up to 34 characters in the last segment.
  regex: new RegExp(`${B}(xox[pe]-\\d{8,14}-\\d{8,14}-\\d{8,14}-[A-Za-z0-9]{28,34})${E}`),
  allowFillers: true,
  validate: bodyIsNotPlaceholder(5),
  minEntropy: 3.3,
  remediation: REVOKE,
  examples: (f) => ({
    match: [
      `SLACK_USER_TOKEN=xoxp-${f.digits(12)}-${f.digits(12)}-${f.digits(13)}-${f.hex(32)}`,
      `{"access_token": "xoxp-${f.digits(11)}-${f.digits(10)}-${f.digits(12)}-${f.hex(32)}"}`,
      `https://files.slack.com/files-pri/T0${f.upperAlnum(8)}/image.png?t=xoxe-${f.digits(13)}-${f.digits(13)}-${f.digits(13)}-${f.hex(32)}`,
    ],
    noMatch: [
      'SLACK_USER_TOKEN=xoxp-XXXXXXXXXX-XXXXXXXXXX-XXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      `"token": "xoxp-${f.digits(10)}"`,
      'SLACK_USER_TOKEN=xoxp-your-user-token',
    ],
  }),
};

export const slackAppLevelToken: Rule = {
  id: 'slack-app-level-token',
  description: 'Slack app-level token (xapp-) used for Socket Mode',
  docs: `${TOKEN_DOCS}#app-level`,
  keywords: ['xapp-'],
  // xapp-<version>-<app id A…>-<digits>-<hex secret>.
  regex: new RegExp(`${B}(xapp-\\d-[A-Z0-9]{9,15}-\\d{9,15}-[A-Za-z0-9]{32,66})${E}`),
  allowFillers: true,
  validate: bodyIsNotPlaceholder(7),
  minEntropy: 3.3,
  remediation:
    'Revoke it at https://api.slack.com/apps → your app → Basic Information → App-Level Tokens, generate a new one, and keep it in a secret manager.',
  examples: (f) => ({
    match: [
      `SLACK_APP_TOKEN=xapp-1-A${f.upperAlnum(10)}-${f.digits(13)}-${f.hex(64)}`,
      `app = App(token=bot_token, app_token="xapp-1-A${f.upperAlnum(9)}-${f.digits(13)}-${f.hex(64)}")`,
    ],
    noMatch: ['SLACK_APP_TOKEN=xapp-1-your-app-token', `xapp-1-A${f.upperAlnum(10)}-${f.digits(13)}-${f.hex(10)}`],
  }),
};

export const slackConfigAccessToken: Rule = {
  id: 'slack-config-access-token',
  description: 'Slack configuration or rotating access token (xoxe.xoxp- / xoxe.xoxb-)',
  docs: 'https://api.slack.com/authentication/config-tokens',
  keywords: ['xoxe.xoxp-', 'xoxe.xoxb-'],
  regex: new RegExp(`${B}(xoxe\\.xox[bp]-\\d-[A-Za-z0-9]{155,170})${E}`),
  allowFillers: true,
  validate: bodyIsNotPlaceholder(12),
  minEntropy: 4.0,
  remediation:
    'Revoke it with tooling.tokens.rotate / auth.revoke (or at https://api.slack.com/apps → Your App Configuration Tokens), and regenerate the pair.',
  examples: (f) => ({
    match: [`SLACK_CONFIG_TOKEN=xoxe.xoxp-1-${f.b62(163)}`, `"access_token": "xoxe.xoxb-1-${f.b62(165)}"`],
    noMatch: ['SLACK_CONFIG_TOKEN=xoxe.xoxp-1-RANDOMSTRINGHERE', 'xoxe.xoxp-1-SlackAppConfigurationAccessTokenHere'],
  }),
};

export const slackConfigRefreshToken: Rule = {
  id: 'slack-config-refresh-token',
  description: 'Slack configuration or token-rotation refresh token (xoxe-1-)',
  docs: 'https://api.slack.com/authentication/rotation',
  keywords: ['xoxe-'],
  regex: new RegExp(`${B}(xoxe-\\d-[A-Za-z0-9]{140,150})${E}`),
  allowFillers: true,
  validate: bodyIsNotPlaceholder(7),
  minEntropy: 4.0,
  remediation:
    'Revoke it (auth.revoke, or regenerate the configuration tokens at https://api.slack.com/apps) and store the new refresh token in a secret manager.',
  examples: (f) => ({
    match: [`SLACK_REFRESH_TOKEN=xoxe-1-${f.b62(146)}`, `{"refresh_token": "xoxe-1-${f.b62(146)}"}`],
    noMatch: ['SLACK_REFRESH_TOKEN=xoxe-1-xxx', `xoxe-1-${f.b62(40)}`],
  }),
};

function workspaceToken(id: string, prefix: string, description: string): Rule {
  return {
    id,
    description,
    docs: `${TOKEN_DOCS}#workspace`,
    keywords: [`${prefix}-`],
    // Workspace-app tokens (retired app type): xoxa-2-<digits>-<digits>-<digits>-<hex>; refresh xoxr-…
    regex: new RegExp(`${B}(${prefix}-(?:\\d-)?[0-9A-Za-z]{8,48}(?:-[0-9A-Za-z]{4,64}){0,4})${E}`),
    allowFillers: true,
    validate: all((s) => (s.length >= 30 ? true : 'too short for a workspace token'), hasDigit, bodyIsNotPlaceholder(5)),
    minEntropy: 3.3,
    remediation: REVOKE,
    examples: (f) => ({
      match: [
        `SLACK_TOKEN=${prefix}-2-${f.digits(10)}-${f.digits(11)}-${f.digits(13)}-${f.hex(64)}`,
        `"${prefix === 'xoxa' ? 'access_token' : 'refresh_token'}": "${prefix}-2-${f.b62(40)}"`,
      ],
      noMatch: [`https://github.com/${prefix}-nyc/${prefix}-nyc.github.io`, `${prefix}-faketoken`, `SLACK_TOKEN=${prefix}-your-token-here`],
    }),
  };
}

export const slackWorkspaceAccessToken = workspaceToken('slack-workspace-access-token', 'xoxa', 'Slack workspace-app access token (xoxa-)');
export const slackWorkspaceRefreshToken = workspaceToken(
  'slack-workspace-refresh-token',
  'xoxr',
  'Slack workspace-app refresh token (xoxr-)',
);

export const slackLegacyToken: Rule = {
  id: 'slack-legacy-token',
  description: 'Slack legacy user or workspace token (xoxo- / xoxs-)',
  docs: 'https://api.slack.com/authentication/token-types#legacy',
  keywords: ['xoxo-', 'xoxs-'],
  regex: new RegExp(`${B}(xox[os]-\\d{6,14}-\\d{6,14}-\\d{6,14}-[a-fA-F0-9]{10,64})${E}`),
  allowFillers: true,
  validate: bodyIsNotPlaceholder(5),
  remediation: REVOKE,
  examples: (f) => ({
    match: [
      `SLACK_LEGACY_TOKEN=xoxs-${f.digits(10)}-${f.digits(10)}-${f.digits(10)}-${f.hex(10)}`,
      `token: "xoxo-${f.digits(12)}-${f.digits(12)}-${f.digits(12)}-${f.hex(64)}"`,
    ],
    noMatch: ['https://indieweb.org/images/3/35/2018-250-xoxo-indieweb-1.jpg', 'hugs and kisses xoxo-love'],
  }),
};

export const slackLegacyBotToken: Rule = {
  id: 'slack-legacy-bot-token',
  description: 'Slack legacy bot token (xoxb- with a single numeric segment)',
  docs: 'https://api.slack.com/authentication/token-types#legacy_bot',
  keywords: ['xoxb-'],
  regex: new RegExp(`${B}(xoxb-\\d{8,14}-[A-Za-z0-9]{18,26})${E}`),
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(5), (s) => (/[A-Za-z]/.test(s.slice(5)) ? true : 'no letters in the secret part')),
  minEntropy: 3.3,
  remediation: REVOKE,
  examples: (f) => ({
    match: [`SLACK_BOT_TOKEN=xoxb-${f.digits(12)}-${f.b62(24)}`, `bot = SlackClient('xoxb-${f.digits(11)}-${f.b62(24)}')`],
    noMatch: ['xoxb-xxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx', 'xoxb-Slack_BOT_TOKEN', 'xoxb-abcdef-abcdef'],
  }),
};

export const slackWebhookUrl: Rule = {
  id: 'slack-webhook-url',
  description: 'Slack incoming webhook URL',
  docs: 'https://api.slack.com/messaging/webhooks',
  keywords: ['hooks.slack.com/services/'],
  // https://hooks.slack.com/services/T<team>/B<bot>/<24 base62 secret>.
  regex: /\b(https?:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{23,25})(?![A-Za-z0-9])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(/^https?:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\//),
  visiblePrefix: /^https?:\/\/hooks\.slack\.com\/services\//,
  minEntropy: 3.5,
  remediation: WEBHOOK_REVOKE,
  examples: (f) => ({
    match: [
      `SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T${f.upperAlnum(8)}/B${f.upperAlnum(10)}/${f.b62(24)}`,
      `requests.post("https://hooks.slack.com/services/T${f.upperAlnum(10)}/B${f.upperAlnum(11)}/${f.b62(24)}", json=payload)`,
      `webhook_url: https://hooks.slack.com/services/T${f.upperAlnum(9)}/B${f.upperAlnum(9)}/${f.b62(24)}`,
    ],
    noMatch: [
      'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/YOUR/WEBHOOK/URL',
      'webhook: ${SLACK_WEBHOOK_URL}',
    ],
  }),
};

export const slackWorkflowWebhookUrl: Rule = {
  id: 'slack-workflow-webhook-url',
  description: 'Slack Workflow Builder webhook URL (hooks.slack.com/workflows or /triggers)',
  docs: 'https://slack.com/help/articles/360041352714-Build-a-workflow--Create-a-workflow-that-starts-outside-of-Slack',
  keywords: ['hooks.slack.com/workflows/', 'hooks.slack.com/triggers/'],
  // /workflows/T<team>/A<app>/<workflow id digits>/<24 base62>; /triggers/T<team>/<digits>/<32 hex>.
  regex:
    /\b(https?:\/\/hooks\.slack\.com\/(?:workflows\/T[A-Z0-9]{8,12}\/A[A-Z0-9]{8,12}\/\d{15,20}\/[A-Za-z0-9]{24}|triggers\/T[A-Z0-9]{8,12}\/\d{10,20}\/[a-f0-9]{32}))(?![A-Za-z0-9])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(/^.*\//),
  visiblePrefix: /^https?:\/\/hooks\.slack\.com\/(?:workflows|triggers)\//,
  minEntropy: 3.5,
  remediation: WEBHOOK_REVOKE,
  examples: (f) => ({
    match: [
      `SLACK_WORKFLOW_URL=https://hooks.slack.com/workflows/T${f.upperAlnum(10)}/A${f.upperAlnum(10)}/${f.digits(18)}/${f.b62(24)}`,
      `curl -X POST https://hooks.slack.com/triggers/T${f.upperAlnum(10)}/${f.digits(13)}/${f.hex(32)} -d @body.json`,
    ],
    noMatch: [
      'SLACK_WORKFLOW_URL=https://hooks.slack.com/workflows/T00000000/A00000000/000000000000000000/xxxxxxxxxxxxxxxxxxxxxxxx',
      'see https://hooks.slack.com/triggers/',
    ],
  }),
};

const SLACK_SECRET_TAIL = String.raw`(?![\w-])`;

export const slackSigningSecret: Rule = {
  id: 'slack-signing-secret',
  description: 'Slack app signing secret (verifies requests from Slack)',
  docs: 'https://api.slack.com/authentication/verifying-requests-from-slack',
  keywords: ['slack'],
  // 32 lower-case hex with no prefix: only with a signing-secret setting in a file that mentions Slack.
  regex: assigned(`(?<![a-zA-Z])(?:${ci('slack')}[\\w.-]{0,20})?${ci('signing')}[_.-]?${ci('secret')}`, '[a-f0-9]{32}', SLACK_SECRET_TAIL),
  minEntropy: 2.5,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation:
    'Regenerate it at https://api.slack.com/apps → your app → Basic Information → App Credentials → Signing Secret, and update the verifier configuration.',
  examples: (f) => ({
    match: [
      `SLACK_SIGNING_SECRET=${f.hex(32)}`,
      `// Slack Bolt app\nconst app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: "${f.hex(32)}" });`,
      `slack:\n  signing_secret: ${f.hex(32)}`,
    ],
    noMatch: [
      'SLACK_SIGNING_SECRET=your-signing-secret',
      'slack_signing_secret_version = "v0"',
      'SLACK_SIGNING_SECRET=${SLACK_SIGNING_SECRET}',
    ],
  }),
};

export const slackClientSecret: Rule = {
  id: 'slack-client-secret',
  description: 'Slack app OAuth client secret',
  docs: 'https://api.slack.com/authentication/oauth-v2',
  keywords: ['slack'],
  regex: assigned(near('slack', `client[_.-]?secret`), '[a-f0-9]{32}', SLACK_SECRET_TAIL),
  minEntropy: 2.5,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation:
    'Regenerate it at https://api.slack.com/apps → your app → Basic Information → App Credentials → Client Secret, then redeploy the OAuth handler.',
  examples: (f) => ({
    match: [`SLACK_CLIENT_SECRET=${f.hex(32)}`, `"slackClientSecret": "${f.hex(32)}"`],
    noMatch: [
      `SLACK_CLIENT_ID=${f.digits(12)}.${f.digits(13)}`,
      'SLACK_CLIENT_SECRET=<client-secret>',
      'slackClientSecret: process.env.SLACK_CLIENT_SECRET,',
    ],
  }),
};

export const slack: Rule[] = [
  slackBotToken,
  slackUserToken,
  slackAppLevelToken,
  slackConfigAccessToken,
  slackConfigRefreshToken,
  slackWorkspaceAccessToken,
  slackWorkspaceRefreshToken,
  slackLegacyToken,
  slackLegacyBotToken,
  slackWebhookUrl,
  slackWorkflowWebhookUrl,
  slackSigningSecret,
  slackClientSecret,
];
