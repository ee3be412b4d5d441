import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// WeCom (WeChat Work) group robot webhook: https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=<uuid>
// (https://developer.work.weixin.qq.com/document/path/91770). The key is the secret.
export const wecomWebhookKey: Rule = {
  id: 'wecom-webhook-key',
  description: 'WeCom (WeChat Work) group robot webhook key',
  docs: 'https://developer.work.weixin.qq.com/document/path/91770',
  keywords: ['qyapi.weixin.qq.com/cgi-bin/webhook'],
  regex: /qyapi\.weixin\.qq\.com\/cgi-bin\/webhook\/send\?key=([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  remediation:
    'Remove the group robot (group chat → ⋯ → Group Robots → Remove) and add a new one; anyone with the key can post to the group.',
  examples: (f) => ({
    match: [
      `WECOM_WEBHOOK=https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${f.uuid()}`,
      `curl 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${f.uuid()}' -H 'Content-Type: application/json' -d '{"msgtype":"text"}'`,
    ],
    noMatch: [
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6-7aoc-4bc4-97a0-0ec2sifa5aaa',
      'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${KEY}',
    ],
  }),
};

export const wecom: Rule[] = [wecomWebhookKey];
