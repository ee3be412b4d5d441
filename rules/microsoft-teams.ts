import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Incoming webhook (Office 365 connector) URL:
// https://<tenant>.webhook.office.com/webhookb2/<group uuid>@<tenant uuid>/IncomingWebhook/<32 hex>/<owner uuid>[/V2<signature>]
// (https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook;
// gitleaks rule microsoft-teams-webhook); older ones live on outlook.office.com/webhook/.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const PATH = `${UUID}@${UUID}/IncomingWebhook/[0-9a-f]{32}/${UUID}`;

export const microsoftTeamsWebhookUrl: Rule = {
  id: 'microsoft-teams-webhook-url',
  description: 'Microsoft Teams incoming webhook URL',
  docs: 'https://learn.microsoft.com/en-us/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
  keywords: ['incomingwebhook'],
  allowFillers: true,
  validate: bodyIsNotPlaceholder(/^https:\/\/[^/]+\/webhook(?:b2)?\//),
  regex: new RegExp(
    `\\b(https://(?:[a-z0-9-]{1,60}\\.webhook\\.office\\.com/webhookb2/${PATH}(?:/V2[A-Za-z0-9_-]{20,80})?|outlook\\.office(?:365)?\\.com/webhook/${PATH}))(?![\\w-])`,
  ),
  visiblePrefix: /^https:\/\/[^/]+\/webhook(?:b2)?\//,
  minEntropy: 3.5,
  remediation:
    'Remove the connector in Teams (channel → Manage channel → Connectors / Workflows → Incoming Webhook → Remove) and create a new one; anyone with the URL can post to the channel.',
  examples: (f) => ({
    match: [
      `TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/${f.uuid()}@${f.uuid()}/IncomingWebhook/${f.hex(32)}/${f.uuid()}`,
      `webhook: "https://acme.webhook.office.com/webhookb2/${f.uuid()}@${f.uuid()}/IncomingWebhook/${f.hex(32)}/${f.uuid()}/V2${f.b64url(43)}"`,
      `curl -H 'Content-Type: application/json' -d @card.json https://outlook.office.com/webhook/${f.uuid()}@${f.uuid()}/IncomingWebhook/${f.hex(32)}/${f.uuid()}`,
    ],
    noMatch: [
      'TEAMS_WEBHOOK_URL=https://contoso.webhook.office.com/webhookb2/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx@xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx/IncomingWebhook/xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      'TEAMS_WEBHOOK_URL=<your IncomingWebhook URL>',
    ],
  }),
};

export const microsoftTeams: Rule[] = [microsoftTeamsWebhookUrl];
