import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Custom bot webhook: https://open.feishu.cn/open-apis/bot/v2/hook/<uuid> (Lark: open.larksuite.com)
// (https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot).
export const feishuWebhookUrl: Rule = {
  id: 'feishu-webhook-url',
  description: 'Feishu / Lark custom bot webhook URL',
  docs: 'https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot',
  keywords: ['/open-apis/bot/v2/hook/'],
  allowFillers: true,
  validate: bodyIsNotPlaceholder(/^.*\//),
  regex:
    /\b(https:\/\/open\.(?:feishu\.cn|larksuite\.com|larkoffice\.com)\/open-apis\/bot\/v2\/hook\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
  visiblePrefix: /^https:\/\/[^/]+\/open-apis\/bot\/v2\/hook\//,
  remediation:
    'Remove the custom bot from the group (group settings → Bots → the bot → Remove) or reset its webhook address, and enable signature verification on the new one.',
  examples: (f) => ({
    match: [
      `FEISHU_WEBHOOK=https://open.feishu.cn/open-apis/bot/v2/hook/${f.uuid()}`,
      `requests.post("https://open.larksuite.com/open-apis/bot/v2/hook/${f.uuid()}", json=card)`,
    ],
    noMatch: [
      'FEISHU_WEBHOOK=https://open.feishu.cn/open-apis/bot/v2/hook/xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',
      'FEISHU_WEBHOOK=https://open.feishu.cn/open-apis/bot/v2/hook/${HOOK_ID}',
    ],
  }),
};

export const feishu: Rule[] = [feishuWebhookUrl];
