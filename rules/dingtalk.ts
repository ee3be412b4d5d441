import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// Custom robot webhook: https://oapi.dingtalk.com/robot/send?access_token=<64 hex>
// (https://open.dingtalk.com/document/robots/custom-robot-access). The access token is the secret.
export const dingtalkRobotToken: Rule = {
  id: 'dingtalk-robot-token',
  description: 'DingTalk custom robot webhook access token',
  docs: 'https://open.dingtalk.com/document/robots/custom-robot-access',
  keywords: ['oapi.dingtalk.com/robot'],
  regex: /oapi\.dingtalk\.com\/robot\/send\?access_token=([a-f0-9]{64})(?![\w-])/,
  allowFillers: true,
  validate: bodyIsNotPlaceholder(0),
  minEntropy: 2.8,
  remediation:
    'Remove the robot from the group (group settings → Bots → the robot → Remove), add a new one, and enable signing ("加签") on it.',
  examples: (f) => ({
    match: [
      `DINGTALK_WEBHOOK=https://oapi.dingtalk.com/robot/send?access_token=${f.hex(64)}`,
      `url = "https://oapi.dingtalk.com/robot/send?access_token=${f.hex(64)}&timestamp=" + ts`,
    ],
    noMatch: [
      'https://oapi.dingtalk.com/robot/send?access_token=XXXXXX',
      'https://oapi.dingtalk.com/robot/send?access_token=${DINGTALK_TOKEN}',
    ],
  }),
};

export const dingtalk: Rule[] = [dingtalkRobotToken];
