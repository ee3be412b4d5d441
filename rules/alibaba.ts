import type { Rule } from '../src/engine/rule.ts';
import { contextual, gap, mixedCase, tfProvider } from './lib/cloud-and-code-kit.ts';

// AccessKey IDs start with `LTAI` (12–20 more alphanumerics); the AccessKey secret is 30 alphanumerics.
// https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair
const DOCS = 'https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair';
const ROTATE =
  'Disable and delete the AccessKey pair in the RAM console (Users > the user > Authentication > AccessKey), create a new pair (or use STS / RAM roles), and review ActionTrail for its use.';

export const alibabaAccessKeyId: Rule = {
  id: 'alibaba-access-key-id',
  description: 'Alibaba Cloud AccessKey ID',
  docs: DOCS,
  keywords: ['ltai'],
  regex: /\b(LTAI[A-Za-z0-9]{12,20})\b/,
  minEntropy: 3.3,
  validate: (s) => {
    const body = s.slice(4);
    return /\d/.test(body) || (/[a-z]/.test(body) && /[A-Z]/.test(body)) ? true : 'body is not random alphanumerics';
  },
  remediation: ROTATE,
  examples: (f) => ({
    match: [
      `ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI${f.b62(20)}`,
      `access_key_id: "LTAI5t${f.b62(16)}"`,
      `client = AcsClient("LTAI${f.b62(20)}", os.environ["ALIBABA_SECRET"], "cn-hangzhou")`,
    ],
    noMatch: [
      'ALIBABA_CLOUD_ACCESS_KEY_ID=LTAIxxxxxxxxxxxxxxxxxxxx',
      'https://mp.weixin.qq.com/s?__biz=ltAiJTIfmTcHF0Z3fohrsVLP&scene=27',
      `region LTAI${f.b62(6)} is not a key`,
      'ALIBABA_CLOUD_ACCESS_KEY_ID=${ALIBABA_CLOUD_ACCESS_KEY_ID}',
    ],
  }),
};

export const alibabaAccessKeySecret = contextual({
  id: 'alibaba-access-key-secret',
  description: 'Alibaba Cloud AccessKey secret (in an Alibaba / Aliyun setting)',
  docs: DOCS,
  keywords: ['alibaba', 'aliyun', 'alicloud', 'access_key_secret', 'accesskeysecret', 'access-key-secret'],
  name: `(?:(?:alibaba|aliyun|alicloud)${gap()}(?:access[_.\\-]?key[_.\\-]?secret|secret[_.\\-]?key|secret)|access[_.\\-]?key[_.\\-]?secret)`,
  alt: tfProvider('alicloud', 'secret_key'),
  value: '[A-Za-z0-9]{30}',
  tail: 'A-Za-z0-9',
  fake: (f) => f.b62(29) + f.digits(1),
  envs: ['ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'accessKeySecret', 'ALIYUN_SECRET_KEY'],
  minEntropy: 3.8,
  validate: mixedCase,
  remediation: ROTATE,
  more: [(v) => `provider "alicloud" {\n  secret_key = "${v}"\n  region     = "cn-hangzhou"\n}`],
  moreNoMatch: (f) => [`ALIBABA_CLOUD_REGION_ID=cn-hangzhou`, `aliyun_secret_name = "prod-db-credentials-2024"`],
});

export const alibaba: Rule[] = [alibabaAccessKeyId, alibabaAccessKeySecret];
