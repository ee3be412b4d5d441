import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, near } from './lib/messaging-ai-registries-kit.ts';

// Bot tokens are three base64url segments: base64 of the bot's snowflake user id, a 6-char timestamp,
// and a 27–38-char HMAC (https://discord.com/developers/docs/reference#authentication; gitleaks /
// kingfisher discord rules). The first segment must decode to the 17–20-digit id.
const PORTAL = 'https://discord.com/developers/applications';

function snowflakeSegment(secret: string): true | string {
  const first = secret.split('.')[0] ?? '';
  const id = Buffer.from(first, 'base64url').toString('latin1');
  return /^[1-9]\d{16,19}$/.test(id) ? true : 'first segment is not a base64 user id';
}

const botId = (f: { digits(n: number): string }, n = 17) => Buffer.from(`1${f.digits(n)}`).toString('base64url');

export const discordBotToken: Rule = {
  id: 'discord-bot-token',
  description: 'Discord bot token',
  docs: 'https://discord.com/developers/docs/reference#authentication',
  // No literal prefix: the token only runs where Discord (or a bot-token setting / bot login call) is
  // named; without the word "discord" its first segment must decode to a snowflake id, which no JWT or
  // other dotted token does.
  keywords: ['discord', 'bot_token', 'bot.run(', 'client.run(', 'client.login('],
  regex: /(?<![\w.-])([MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![\w-])(?!\.[\w-])/,
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(0), (s, m) => (/discord/i.test(m.input) ? true : snowflakeSegment(s))),
  minEntropy: 3.5,
  remediation: `Reset the token at ${PORTAL} → your app → Bot → Reset Token (this invalidates the old one), then redeploy the bot with the new token from a secret store.`,
  examples: (f) => ({
    match: [
      `DISCORD_TOKEN=${botId(f)}.${f.b64url(6)}.${f.b64url(27)}`,
      `const { Client } = require('discord.js');\nclient.login('${botId(f, 18)}.${f.b64url(6)}.${f.b64url(38)}');`,
      `import discord\nbot.run("${botId(f)}.${f.b64url(6)}.${f.b64url(38)}")`,
      `BOT_TOKEN=${botId(f)}.${f.b64url(6)}.${f.b64url(27)}`,
    ],
    noMatch: [
      'DISCORD_TOKEN=your-bot-token',
      `BOT_TOKEN=M${f.b64url(23)}.${f.b64url(6)}.${f.b64url(27)}`,
      `discord jwt eyJ${f.b64url(20)}.${f.b64url(6)}.${f.b64url(27)}`,
      'client.login(process.env.DISCORD_TOKEN);',
    ],
  }),
};

export const discordWebhookUrl: Rule = {
  id: 'discord-webhook-url',
  description: 'Discord webhook URL (id and token)',
  docs: 'https://discord.com/developers/docs/resources/webhook#execute-webhook',
  keywords: ['discord.com/api', 'discordapp.com/api'],
  allowFillers: true,
  validate: bodyIsNotPlaceholder(/^.*\//),
  regex: /\b(https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,2})?\/webhooks\/\d{17,20}\/[A-Za-z0-9_-]{60,80})(?![\w-])/,
  visiblePrefix: /^https:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,2})?\/webhooks\//,
  minEntropy: 3.5,
  remediation:
    'Delete the webhook (Server Settings → Integrations → Webhooks, or DELETE the webhook URL) and create a new one; anyone with the URL can post as it.',
  examples: (f) => ({
    match: [
      `DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/1${f.digits(18)}/${f.b64url(68)}`,
      `requests.post("https://discordapp.com/api/webhooks/1${f.digits(17)}/${f.b64url(68)}", json={"content": msg})`,
      `url: https://canary.discord.com/api/v10/webhooks/1${f.digits(18)}/${f.b64url(68)}`,
    ],
    noMatch: [
      'DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/000000000000000000/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/your-webhook-id/your-webhook-token',
      'see https://discord.com/api/webhooks/{webhook.id}/{webhook.token}',
    ],
  }),
};

export const discordClientSecret: Rule = {
  id: 'discord-client-secret',
  description: 'Discord application OAuth2 client secret',
  docs: 'https://discord.com/developers/docs/topics/oauth2',
  keywords: ['discord'],
  regex: assigned(near('discord', 'client[_.-]?secret'), '[A-Za-z0-9_-]{32}', String.raw`(?![\w-])`),
  minEntropy: 3.3,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation: `Reset the secret at ${PORTAL} → your app → OAuth2 → Reset Secret, and update the OAuth callback service.`,
  examples: (f) => ({
    match: [`DISCORD_CLIENT_SECRET=${f.b62(32)}`, `discordClientSecret: '${f.b62(32)}'`],
    noMatch: [
      `DISCORD_CLIENT_ID=1${f.digits(17)}`,
      'DISCORD_CLIENT_SECRET=your-client-secret',
      'discordClientSecret: process.env.DISCORD_CLIENT_SECRET,',
    ],
  }),
};

export const discord: Rule[] = [discordBotToken, discordWebhookUrl, discordClientSecret];
