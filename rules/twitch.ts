import type { Rule } from '../src/engine/rule.ts';
import { assignment } from './lib/databases-and-saas-kit.ts';

// Twitch OAuth access tokens and client secrets are 30 lower-case alphanumerics with no prefix
// (chat logins write the token as `oauth:<token>`), so a Twitch token / secret setting is required.
// Client IDs have the same shape but are public and are not matched (the setting name must say
// token or secret). https://dev.twitch.tv/docs/authentication/
export const twitchApiToken: Rule = {
  id: 'twitch-api-token',
  description: 'Twitch OAuth token or client secret assigned to a Twitch setting',
  docs: 'https://dev.twitch.tv/docs/authentication/',
  keywords: ['twitch'],
  regex: assignment('twitch', '(?:oauth|access|bot|chat|irc|app)?[_.-]?token|(?:client[_.-]?)?secret', '(?:oauth:)?[a-z0-9]{30}'),
  minEntropy: 3.5,
  validate: (s) => {
    const v = s.replace(/^oauth:/i, '');
    return /^[a-z0-9]{30}$/.test(v) && /[0-9]/.test(v) && /[a-z]/.test(v) ? true : 'not a Twitch token';
  },
  remediation:
    'Revoke the token (POST https://id.twitch.tv/oauth2/revoke) or create a new client secret in the Twitch Developer Console (Applications → Manage → New Secret), then update the bot / backend.',
  examples: (f) => ({
    match: [
      `TWITCH_OAUTH_TOKEN=oauth:${f.lowerAlnum(30)}`,
      `TWITCH_CLIENT_SECRET=${f.lowerAlnum(30)}`,
      `twitchAccessToken: "${f.lowerAlnum(30)}"`,
    ],
    noMatch: [
      `TWITCH_CLIENT_ID=${f.lowerAlnum(30)}`,
      'TWITCH_OAUTH_TOKEN=oauth:${TWITCH_TOKEN}',
      `twitch_channel_token: ${'a'.repeat(30)}`,
    ],
  }),
};

export const twitch: Rule[] = [twitchApiToken];
