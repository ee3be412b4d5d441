import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Format: `<bot id digits>:AA` + 33 base64url (https://core.telegram.org/bots/api#authorizing-your-bot;
// https://core.telegram.org/bots/features#botfather). Also found inside api.telegram.org/bot<token>/ URLs.
export const telegramBotToken: Rule = {
  id: 'telegram-bot-token',
  description: 'Telegram Bot API token',
  docs: 'https://core.telegram.org/bots/api#authorizing-your-bot',
  keywords: [':aa'],
  regex: /(?:(?<=\/bot)|(?<![\w/.-])(?<!\d:))(\d{8,10}:AA[A-Za-z0-9_-]{33})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  minEntropy: 3.5,
  remediation:
    'Revoke it in Telegram with @BotFather (/mybots → your bot → API Token → Revoke current token) and deploy the new token from a secret store.',
  examples: (f) => ({
    match: [
      `TELEGRAM_BOT_TOKEN=${f.digits(10)}:AA${f.b64url(33)}`,
      `bot = telebot.TeleBot("${f.digits(9)}:AA${f.b64url(33)}")`,
      `fetch("https://api.telegram.org/bot${f.digits(10)}:AA${f.b64url(33)}/sendMessage", opts)`,
      `const bot = new Telegraf('${f.digits(8)}:AA${f.b64url(33)}');`,
    ],
    noMatch: [
      'TELEGRAM_BOT_TOKEN=123456789:AAyour-bot-token-here',
      `TELEGRAM_BOT_TOKEN=${f.digits(10)}:AA${'x'.repeat(33)}`,
      `<xsd:element type="clm${f.digits(5)}:AgencyIdentificationCodeContentType"/>`,
      'TELEGRAM_BOT_TOKEN=${TELEGRAM_BOT_TOKEN}',
      'at 10:AA the bot restarted',
    ],
  }),
};

export const telegram: Rule[] = [telegramBotToken];
