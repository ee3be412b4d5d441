import type { Rule } from '../src/engine/rule.ts';
import { all, bodyIsNotPlaceholder, notFilled, pemLines } from './lib/cloud-and-code-kit.ts';

const SA_ROTATE =
  'Delete the key in the Google Cloud console (IAM & Admin > Service accounts > the account > Keys), create a new one only if a key file is unavoidable (prefer workload identity), and review Cloud Audit Logs for its use.';

// API keys: `AIza` + 35 characters of [A-Za-z0-9_-] (39 in all).
// https://cloud.google.com/docs/authentication/api-keys
export const gcpApiKey: Rule = {
  id: 'gcp-api-key',
  description: 'Google Cloud / Firebase API key',
  docs: 'https://cloud.google.com/docs/authentication/api-keys',
  keywords: ['aiza'],
  regex: /(?<![A-Za-z0-9_-])(AIza[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/,
  minEntropy: 3.8,
  validate: bodyIsNotPlaceholder(4),
  remediation:
    'Delete or regenerate the key in the Google Cloud console (APIs & Services > Credentials), then add API and application restrictions to the replacement.',
  examples: (f) => ({
    match: [
      `GOOGLE_API_KEY=AIza${f.b64url(35)}`,
      `const firebaseConfig = { apiKey: "AIzaSy${f.b64url(33)}", authDomain: "demo-app.firebaseapp.com" };`,
      `https://maps.googleapis.com/maps/api/geocode/json?address=Paris&key=AIza${f.b64url(35)}`,
      `<string name="google_api_key">AIza${f.b64url(35)}</string>`,
    ],
    noMatch: [
      'GOOGLE_API_KEY=AIzaXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      `log: key AIza${f.b64url(20)} was truncated`,
      `const blob = "AIza${f.b64url(40)}";`,
      'apiKey: process.env.GOOGLE_API_KEY',
      'GOOGLE_API_KEY=AIzaSy-your-api-key-here',
    ],
  }),
};

// A service-account key file is JSON with `"type": "service_account"` whose `private_key` holds a
// PKCS#8 PEM with its newlines escaped as `\n`.
// https://cloud.google.com/iam/docs/keys-create-delete#creating
const PEM_IN_JSON = String.raw`-----BEGIN (?:RSA )?PRIVATE KEY-----(?:\\r)?\\n((?:[A-Za-z0-9+/=]{1,4096}(?:\\r)?\\n){1,120})-----END (?:RSA )?PRIVATE KEY-----(?:\\r)?(?:\\n)?`;
export const gcpServiceAccountKey: Rule = {
  id: 'gcp-service-account-key',
  description: 'Google Cloud service-account key file (private key inside the JSON credentials)',
  docs: 'https://cloud.google.com/iam/docs/keys-create-delete',
  keywords: ['service_account', 'gserviceaccount.com'],
  regex: new RegExp(String.raw`"private_key"\s{0,4}:\s{0,4}"(${PEM_IN_JSON})"`),
  // The escaped newlines (`\n` + the next line) would read as words to the shared placeholder check.
  allowFillers: true,
  validate: (secret, m) => {
    const text = m.input;
    if (!/"type"\s*:\s*"service_account"|gserviceaccount\.com/.test(text)) return 'no service_account marker in the file';
    const body = (m[2] ?? '').replace(/\\r|\\n/g, '');
    if (body.length < 200) return 'key body too short';
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return 'key body is not base64';
    const filled = notFilled(body);
    if (filled !== true) return filled;
    return /[a-z]/.test(body) && /[A-Z]/.test(body) && /\d/.test(body) ? true : 'key body is not random base64';
  },
  remediation: SA_ROTATE,
  examples: (f) => {
    const key = () =>
      `-----BEGIN PRIVATE KEY-----\\n${pemLines('MIIEvQIBADANBgkqhkiG9w0BAQEFAASC' + f.b64(1560), '\\n')}\\n-----END PRIVATE KEY-----\\n`;
    const file = (k: string) =>
      `{\n  "type": "service_account",\n  "project_id": "demo-project-4821",\n  "private_key": "${k}",\n  "client_email": "deployer@demo-project-4821.iam.gserviceaccount.com",\n  "client_id": "${f.digits(21)}",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}\n`;
    return {
      match: [
        file(key()),
        `{"private_key": "${key()}", "client_email": "ci@build-7731.iam.gserviceaccount.com", "type": "service_account"}`,
      ],
      noMatch: [
        file('-----BEGIN PRIVATE KEY-----\\nREPLACE_WITH_YOUR_KEY\\n-----END PRIVATE KEY-----\\n'),
        '{\n  "type": "service_account",\n  "private_key": "${GCP_PRIVATE_KEY}",\n  "client_email": "x@y.iam.gserviceaccount.com"\n}',
        '{"type": "service_account", "private_key_id": "", "private_key": ""}',
      ],
    };
  },
};

// OAuth 2.0 client secrets created since 2021 are `GOCSPX-` + 28 characters.
// https://developers.google.com/identity/protocols/oauth2
export const gcpOauthClientSecret: Rule = {
  id: 'gcp-oauth-client-secret',
  description: 'Google OAuth 2.0 client secret',
  docs: 'https://support.google.com/cloud/answer/15549257',
  keywords: ['gocspx-'],
  regex: /\b(GOCSPX-[A-Za-z0-9_-]{28})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  validate: bodyIsNotPlaceholder(7),
  remediation:
    'Add a new secret and then disable and delete the leaked one in the Google Cloud console (APIs & Services > Credentials > the OAuth client), and redeploy the apps that use it.',
  examples: (f) => ({
    match: [
      `GOOGLE_CLIENT_SECRET=GOCSPX-${f.b64url(28)}`,
      `{"web":{"client_id":"${f.digits(12)}-${f.lowerAlnum(32)}.apps.googleusercontent.com","client_secret":"GOCSPX-${f.b64url(28)}"}}`,
      `clientSecret: 'GOCSPX-${f.b64url(28)}',`,
    ],
    noMatch: [
      'GOOGLE_CLIENT_SECRET=GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      `GOOGLE_CLIENT_SECRET=GOCSPX-${f.b64url(12)}`,
      `client_id = "${f.digits(12)}-${f.lowerAlnum(32)}.apps.googleusercontent.com"`,
      'GOOGLE_CLIENT_SECRET=GOCSPX-your-client-secret',
    ],
  }),
};

// OAuth refresh tokens issued by Google start `1//0` (then base64url); access tokens start `ya29.`.
// https://developers.google.com/identity/protocols/oauth2#expiration
export const googleOauthRefreshToken: Rule = {
  id: 'google-oauth-refresh-token',
  description: 'Google OAuth 2.0 refresh token',
  docs: 'https://developers.google.com/identity/protocols/oauth2',
  keywords: ['1//0'],
  regex: /(?<![A-Za-z0-9_/-])(1\/\/0[A-Za-z0-9_-]{40,300})(?![A-Za-z0-9_-])/,
  minEntropy: 4.0,
  allowFillers: true,
  validate: all(notFilled, (s) => (/[A-Z]/.test(s) && /[a-z]/.test(s) ? true : 'not mixed case')),
  remediation:
    'Revoke the grant at https://myaccount.google.com/permissions (or POST it to https://oauth2.googleapis.com/revoke), then re-authorise to get a new refresh token stored outside the repository.',
  examples: (f) => ({
    match: [
      `GOOGLE_REFRESH_TOKEN=1//0${f.b64url(99)}`,
      `{"refresh_token": "1//0g${f.b64url(96)}", "token_type": "Bearer"}`,
      `refresh_token: '1//09${f.b64url(100)}'`,
    ],
    noMatch: [
      'GOOGLE_REFRESH_TOKEN=1//0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'see https://example.com//0/path',
      `1//0${f.b64url(10)}`,
    ],
  }),
};

export const googleOauthAccessToken: Rule = {
  id: 'google-oauth-access-token',
  description: 'Google OAuth 2.0 access token (ya29.)',
  docs: 'https://developers.google.com/identity/protocols/oauth2',
  keywords: ['ya29.'],
  regex: /\b(ya29\.[A-Za-z0-9_-]{60,2000})(?![A-Za-z0-9_-])/,
  minEntropy: 4.0,
  allowFillers: true,
  validate: notFilled,
  remediation:
    'Revoke it with POST https://oauth2.googleapis.com/revoke?token=… (it also expires within an hour) and find how it was captured; never commit tokens from `gcloud auth print-access-token`.',
  examples: (f) => ({
    match: [`Authorization: Bearer ya29.a0${f.b64url(150)}`, `ACCESS_TOKEN="ya29.${f.b64url(180)}"`],
    noMatch: [
      'Authorization: Bearer ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ACCESS_TOKEN="ya29.${TOKEN}"',
      `ya29.${f.b64url(20)}`,
    ],
  }),
};

export const gcp: Rule[] = [gcpApiKey, gcpServiceAccountKey, gcpOauthClientSecret, googleOauthRefreshToken, googleOauthAccessToken];
