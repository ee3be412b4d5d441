import type { Rule } from '../src/engine/rule.ts';
import { prefixedToken } from './lib/databases-and-saas-kit.ts';

// Firebase Cloud Messaging legacy server keys: `AAAA` + 7 URL-safe characters + `:APA91b` + ~134
// URL-safe characters (the legacy HTTP API's `Authorization: key=…`).
// https://firebase.google.com/docs/cloud-messaging/auth-server#authorize-legacy-protocol-send-requests
export const firebaseCloudMessagingServerKey = prefixedToken({
  id: 'firebase-cloud-messaging-server-key',
  description: 'Firebase Cloud Messaging legacy server key (AAAA…:APA91b…)',
  docs: 'https://firebase.google.com/docs/cloud-messaging/auth-server',
  keywords: ['apa91b'],
  regex: /\b(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{120,150})(?![A-Za-z0-9_-])/,
  minEntropy: 4.5,
  remediation:
    'Delete the server key in the Firebase console (Project settings → Cloud Messaging → Cloud Messaging API (Legacy) → delete key, or the Google Cloud API credentials page), and migrate to the HTTP v1 API with a service account.',
  env: 'FCM_SERVER_KEY',
  prefix: 'AAAA',
  token: (f) => `AAAA${f.b64url(7)}:APA91b${f.b64url(134)}`,
  extraMatch: (f) => [`headers: { Authorization: "key=AAAA${f.b64url(7)}:APA91b${f.b64url(134)}" }`],
  extraNoMatch: (f) => [
    `see AAAA${f.b64url(7)}:APA91b${f.b64url(40)} in the docs`,
    `registration_id: "${f.b64url(11)}:APA91b${f.b64url(134)}"`,
  ],
});

export const firebaseCloudMessaging: Rule[] = [firebaseCloudMessagingServerKey];
