import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, near } from './lib/messaging-ai-registries-kit.ts';

// Mattermost ids and tokens are 26 characters of z-base-32 (model.NewId: "ybndrfg8ejkmcpqxot1uwisza345h769",
// so never 0, 2, l or v). Incoming webhooks are https://<server>/hooks/<id>
// (https://developers.mattermost.com/integrate/webhooks/incoming/); personal access tokens
// (https://developers.mattermost.com/integrate/reference/personal-access-token/).
// Ids are matched as [a-z0-9]{26} (as other scanners do) rather than z-base-32 only, but must mix
// letters and digits, which words and slugs of that length do not.
function randomId(secret: string): true | string {
  return /\d/.test(secret) && /[a-z]/.test(secret) ? true : 'not a random id (letters and digits)';
}

export const mattermostWebhookUrl: Rule = {
  id: 'mattermost-webhook-url',
  description: 'Mattermost incoming webhook URL',
  docs: 'https://developers.mattermost.com/integrate/webhooks/incoming/',
  // Self-hosted servers have any host name: only where Mattermost is named.
  keywords: ['mattermost'],
  regex: /\bhttps?:\/\/[A-Za-z0-9.-]{1,100}(?::\d{2,5})?\/hooks\/([a-z0-9]{26})(?![\w-])/,
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(0), randomId),
  minEntropy: 3.0,
  remediation:
    'Delete the webhook in Mattermost (Main Menu → Integrations → Incoming Webhooks → Delete) and create a new one; anyone with the URL can post to the channel.',
  examples: (f) => ({
    match: [
      `MATTERMOST_WEBHOOK_URL=https://chat.example.com/hooks/${f.lowerAlnum(26)}`,
      `# notify mattermost\ncurl -i -X POST -d 'payload={"text": "deployed"}' https://mm.internal:8065/hooks/${f.lowerAlnum(26)}`,
    ],
    noMatch: [
      'MATTERMOST_WEBHOOK_URL=https://chat.example.com/hooks/xxx-generatedkey-xxx',
      `MATTERMOST_WEBHOOK_URL=https://chat.example.com/hooks/${f.lowerAlnum(20)}`,
      'mattermost: see https://docs.acme.io/hooks/incomingwebhookintegration',
    ],
  }),
};

export const mattermostAccessToken: Rule = {
  id: 'mattermost-access-token',
  description: 'Mattermost personal access or bot token',
  docs: 'https://developers.mattermost.com/integrate/reference/personal-access-token/',
  keywords: ['mattermost'],
  regex: assigned(near('mattermost', '(?:access[_.-]?|personal[_.-]?|bot[_.-]?|api[_.-]?)?token'), '[a-z0-9]{26}', String.raw`(?![\w-])`),
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(0), randomId),
  minEntropy: 3.0,
  remediation:
    'Revoke the token in Mattermost (Profile → Security → Personal Access Tokens, or Integrations → Bot Accounts → Create New Token / Revoke) and issue a new one.',
  examples: (f) => ({
    match: [`MATTERMOST_TOKEN=${f.lowerAlnum(26)}`, `mattermost_bot_token: "${f.lowerAlnum(26)}"`],
    noMatch: ['MATTERMOST_TOKEN=your-access-token', `MATTERMOST_TEAM_ID=${f.lowerAlnum(26)}`, 'MATTERMOST_TOKEN_NAME=ci-bot'],
  }),
};

export const mattermost: Rule[] = [mattermostWebhookUrl, mattermostAccessToken];
