import type { Rule } from '../src/engine/rule.ts';
import { ASSIGN, all, mixedCase, notFilled, tfProvider } from './lib/cloud-and-code-kit.ts';

// Key-id prefixes: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
// (AKIA long-term access key, ASIA STS temporary key, ABIA STS service bearer token, ACCA
// context-specific credential). The 16 characters after the prefix are base32 ([A-Z2-7]).
const IDS_DOCS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids';
const KEYS_DOCS = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html';
const ROTATE =
  'Deactivate and delete the key in the IAM console (IAM > Users > Security credentials > Access keys) or with `aws iam delete-access-key`, create a replacement, and review CloudTrail for calls made with it.';

export const awsAccessKeyId: Rule = {
  id: 'aws-access-key-id',
  description: 'AWS access key ID (long-term AKIA, temporary ASIA, ABIA, ACCA)',
  docs: IDS_DOCS,
  keywords: ['akia', 'asia', 'abia', 'acca'],
  // Exact length and the base32 alphabet: `AKIA` + 16 of [A-Z2-7]; \b keeps it out of longer words.
  regex: /\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b/,
  minEntropy: 3.0,
  remediation: ROTATE,
  examples: (f) => {
    const id = () => 'AKIA' + f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16);
    return {
      match: [
        `AWS_ACCESS_KEY_ID=${id()}`,
        `[default]\naws_access_key_id = ${id()}\nregion = eu-west-1`,
        `const s3 = new S3Client({ credentials: { accessKeyId: '${id()}', secretAccessKey: process.env.AWS_SECRET } });`,
        `"AccessKeyId": "ASIA${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}",`,
      ],
      noMatch: [
        // The documentation's example key: it contains EXAMPLE, which is documentation, not a secret.
        'aws_access_key_id = AKIAIOSFODNN7EXAMPLE',
        'AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX',
        // 0, 1, 8 and 9 are not in the key-id alphabet.
        `AWS_ACCESS_KEY_ID=AKIA${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0189', 12)}0189`,
        `AWS_ACCESS_KEY_ID=AKIA${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 12)}`,
        'TODAYINASIAASACKOFRICEFELLOVER',
        'AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}',
      ],
    };
  },
};

// The secret access key is 40 characters of base64 with no fixed prefix, so it needs its setting name
// (credentials file, env var, SDK option), or an access key ID right before it (IAM's CSV download,
// `new BasicAWSCredentials(id, secret)`) or a few lines above a `secret_key =` (Terraform provider block).
const SECRET_NAME = String.raw`(?:aws[_.\-]?secret[_.\-]?access[_.\-]?key|aws[_.\-]?secret[_.\-]?key|secret[_.\-]?access[_.\-]?key|aws[_.\-]?secret)`;
export const awsSecretAccessKey: Rule = {
  id: 'aws-secret-access-key',
  description: 'AWS secret access key (40 characters, next to its setting name or access key ID)',
  docs: KEYS_DOCS,
  keywords: [
    'secret_access_key',
    'secretaccesskey',
    'secret-access-key',
    'secret.access.key',
    'aws_secret',
    'secret_key',
    'aws-secret',
    'awssecret',
    'akia',
    'asia',
  ],
  regex: new RegExp(
    String.raw`(?:${SECRET_NAME}\w{0,10}${ASSIGN}|${tfProvider('aws', 'secret_key')}|\b(?:AKIA|ASIA)[A-Z2-7]{16}(?:["']?\s{0,3}[,;|:\t ]\s{0,3}["']?|[\s\S]{0,200}?secret[_.\-]?(?:access[_.\-]?)?key\w{0,6}${ASSIGN}))([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])`,
    'i',
  ),
  minEntropy: 4.0,
  // Base64 of 30 random bytes: mixed case, and a 40-hex digest (a git SHA) is not one.
  validate: all(mixedCase, (s) => (/[0-9/+]/.test(s) ? true : 'no digit or symbol')),
  remediation: ROTATE,
  examples: (f) => {
    const secret = () => f.b64(38) + f.digits(1) + f.b64(1);
    return {
      match: [
        `[default]\naws_secret_access_key = ${secret()}`,
        `export AWS_SECRET_ACCESS_KEY="${secret()}"`,
        `credentials: { secretAccessKey: '${secret()}' }`,
        `{"aws_secret_key": "${secret()}"}`,
        `provider "aws" {
  region     = "eu-west-1"
  secret_key = "${secret()}"
}`,
      ],
      noMatch: [
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}',
        'secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY',
        'aws_secret_access_key = <your-secret-access-key>',
        `aws_secret_access_key_sha = ${f.hex(40)}`,
      ],
    };
  },
};

// STS session tokens are long base64 blobs; current ones start with the base64 of their
// serialisation header (IQoJb3JpZ2luX2Vj…, older FwoGZXIvYXdz… / FQoGZXIvYXdz…). See
// https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html
export const awsSessionToken: Rule = {
  id: 'aws-session-token',
  description: 'AWS STS session token (temporary credentials)',
  docs: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html',
  keywords: ['session_token', 'sessiontoken', 'session-token', 'security_token', 'iqojb3jpz2lux2vj', 'fwogzxivyxdz', 'fqogzxivyxdz'],
  regex: new RegExp(
    String.raw`(?:aws[_.\-]?(?:session|security)[_.\-]?token\w{0,10}${ASSIGN}|sessionToken${ASSIGN}(?=IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz|FQoGZXIvYXdz)|(?<![A-Za-z0-9/+])(?=IQoJb3JpZ2luX2Vj|FwoGZXIvYXdz|FQoGZXIvYXdz))([A-Za-z0-9/+]{100,2000}={0,2})(?![A-Za-z0-9/+=])`,
    'i',
  ),
  minEntropy: 4.5,
  allowFillers: true,
  validate: all(notFilled, mixedCase),
  remediation:
    'Session tokens expire on their own, but revoke the role session now (IAM console > Roles > the role > Revoke active sessions) and rotate the access key that minted it; check CloudTrail.',
  examples: (f) => {
    const token = () => 'IQoJb3JpZ2luX2Vj' + f.b64(300);
    return {
      match: [
        `aws_session_token = ${token()}`,
        `export AWS_SESSION_TOKEN="FwoGZXIvYXdzE${f.b64(250)}"`,
        `const credentials = { accessKeyId, secretAccessKey, sessionToken: "${token()}" };`,
        `"SessionToken": "${token()}"`,
      ],
      noMatch: [
        'AWS_SESSION_TOKEN=${AWS_SESSION_TOKEN}',
        'aws_session_token = <session-token>',
        'aws_session_token =',
        `log: session token prefix IQoJb3JpZ2luX2Vj${f.b64(20)} (truncated)`,
      ],
    };
  },
};

// Long-term Amazon Bedrock API keys are `ABSK` + base64("BedrockAPIKey-…").
export const awsBedrockApiKey: Rule = {
  id: 'aws-bedrock-api-key',
  description: 'Amazon Bedrock long-term API key',
  docs: 'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html',
  keywords: ['abskqmvkcm9ja0fqsutles'],
  regex: /\b(ABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{80,300}={0,2})(?![A-Za-z0-9+/=])/,
  minEntropy: 4.5,
  allowFillers: true,
  validate: notFilled,
  remediation:
    'Delete the API key in the IAM console (Users > the Bedrock service user > Security credentials > API keys for Amazon Bedrock) and issue a short-term key or role credentials instead.',
  examples: (f) => ({
    match: [
      `AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS${f.b64(128)}`,
      `headers = {"Authorization": "Bearer ABSKQmVkcm9ja0FQSUtleS${f.b64(140)}="}`,
    ],
    noMatch: [
      'AWS_BEARER_TOKEN_BEDROCK=ABSKQmVkcm9ja0FQSUtleS...',
      'AWS_BEARER_TOKEN_BEDROCK=${AWS_BEARER_TOKEN_BEDROCK}',
      `ABSK${f.b64(20)}`,
    ],
  }),
};

export const aws: Rule[] = [awsAccessKeyId, awsSecretAccessKey, awsSessionToken, awsBedrockApiKey];
