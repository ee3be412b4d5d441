import type { Rule } from '../src/engine/rule.ts';
import { all, assigned, bodyIsNotPlaceholder, ci, near } from './lib/messaging-ai-registries-kit.ts';

// Postmark server and account tokens are UUIDs sent as X-Postmark-Server-Token / X-Postmark-Account-Token
// (https://postmarkapp.com/developer/api/overview#authentication). A UUID is everywhere, so only a
// Postmark token / key setting or header counts; `postmark_message_id: <uuid>` does not.
const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

export const postmarkApiToken: Rule = {
  id: 'postmark-api-token',
  description: 'Postmark server or account API token',
  docs: 'https://postmarkapp.com/developer/api/overview#authentication',
  keywords: ['postmark'],
  regex: assigned(
    `(?:${near('postmark', '(?:server|account|api)?[_.-]?(?:token|key)')}|${ci('x-postmark-(?:server|account)-token')}|${ci('postmark')}\\.(?:Server|Account)Client)`,
    UUID,
    String.raw`(?![\w-])`,
  ),
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation:
    'Regenerate the token at https://account.postmarkapp.com/servers → your server → API Tokens (account tokens under Account → API Tokens) and update the senders.',
  examples: (f) => ({
    match: [
      `POSTMARK_SERVER_TOKEN=${f.uuid()}`,
      `const client = new postmark.ServerClient("${f.uuid()}");`,
      `curl "https://api.postmarkapp.com/email" -H "X-Postmark-Server-Token: ${f.uuid()}"`,
      `postmark_api_key: ${f.uuid()}`,
      `        - name: POSTMARK_SERVER_TOKEN\n          value: "${f.uuid()}"`,
      `"environment": [{"name": "POSTMARK_SERVER_TOKEN", "value": "${f.uuid()}"}]`,
      `    <add key="PostmarkServerToken" value="${f.uuid()}" />`,
    ],
    noMatch: [
      `postmark_message_id: ${f.uuid()}`,
      `POSTMARK_TEMPLATE_ID=${f.uuid()}`,
      'POSTMARK_SERVER_TOKEN=POSTMARK_API_TEST',
      'POSTMARK_SERVER_TOKEN=your-server-token',
      `SERVER_TOKEN=${f.uuid()}`,
    ],
  }),
};

export const postmark: Rule[] = [postmarkApiToken];
