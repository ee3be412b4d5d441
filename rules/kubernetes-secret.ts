import type { Rule } from '../src/engine/rule.ts';
import { classifyName, kubernetesSecretSection, passwordReason, tokenReason } from './support/values.ts';
import { jwtReason } from './jwt.ts';

// Kubernetes `kind: Secret` manifests: `data:` values are base64 of the secret bytes and
// `stringData:` values are the secrets in clear (https://kubernetes.io/docs/concepts/configuration/secret/).
// Each entry is one candidate; it is reported when the decoded value looks like a credential.
// SealedSecret / ExternalSecret / SecretProviderClass manifests hold ciphertext or references
// and are not matched (their kind is not `Secret`).

// Keys whose values are configuration next to the credentials, not credentials.
const NON_SECRET_KEYS =
  /^(?:user(?:name)?|login|email|e-?mail|host(?:name)?|server|port|database|db(?:name)?|schema|name|namespace|region|zone|location|url|uri|endpoint|address|domain|path|bucket|project(?:[-_.]?id)?|account(?:[-_.]?id)?|tenant(?:[-_.]?id)?|client[-_.]?id|app[-_.]?id|key[-_.]?id|access[-_.]?key[-_.]?id|id|type|kind|version|mode|ca\.crt|ca\.pem|tls\.crt|.*\.(?:crt|cer|pub)|cert(?:ificate)?|ssl[-_.]?cert|public[-_.]?key|.*[-_.]?(?:host|port|user(?:name)?|url|endpoint|region|name|id))$/i;

/** Why a decoded Secret value is not worth reporting, or null when it is a credential. */
export function secretValueReason(key: string, value: string): string | null {
  const text = value.trim();
  if (text === '') return 'empty value';
  if (/-----BEGIN [A-Z0-9 ]*PRIVATE KEY/.test(text)) return null;
  if (/-----BEGIN (?:[A-Z0-9 ]+ )?(?:CERTIFICATE|PUBLIC KEY)/.test(text)) return 'a certificate or public key';
  if (/^[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:([^\s/@]+)@/i.test(text)) {
    const pw = /^[a-z][a-z0-9+.-]*:\/\/[^\s/:@]*:([^\s/@]+)@/i.exec(text)![1]!;
    return passwordReason(decodeSafe(pw), { minLength: 6, identifiers: 'allow' });
  }
  if (/^eyJ[\w-]+\.[\w-]+\.[\w-]*$/.test(text)) return jwtReason(text); // service-account tokens
  if (text.startsWith('{')) return jsonReason(text);
  if (/\n/.test(text)) return configReason(text);
  if (NON_SECRET_KEYS.test(key)) return `"${key}" holds configuration, not a credential`;
  const token = tokenReason(text);
  if (token === null) return null;
  // Stored data is a literal, never a reference in code: a word-word-digits value is a passphrase.
  return passwordReason(text, { identifiers: 'allow' });
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

// .dockerconfigjson and JSON credential files: report when a credential field holds one.
function jsonReason(text: string): string | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return 'unparseable JSON';
  }
  const found: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 6 || !v || typeof v !== 'object') return;
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (typeof x === 'string') {
        if (k === 'auth') {
          const decoded = Buffer.from(x, 'base64').toString('utf8');
          const pw = decoded.slice(decoded.indexOf(':') + 1);
          if (decoded.includes(':') && passwordReason(pw, { minLength: 6, identifiers: 'allow' }) === null) found.push(k);
        } else {
          const kind = classifyName(k);
          if ('kind' in kind && (kind.kind === 'password' ? passwordReason(x, { identifiers: 'words' }) : tokenReason(x)) === null) found.push(k);
          else if (k === 'private_key' && /PRIVATE KEY/.test(x)) found.push(k);
        }
      } else walk(x, depth + 1);
    }
  };
  walk(doc, 0);
  return found.length > 0 ? null : 'JSON without a credential field';
}

// A configuration file stored in the Secret: report when one of its lines assigns a credential.
function configReason(text: string): string | null {
  for (const line of text.split(/\r?\n/).slice(0, 500)) {
    const m = /^\s*(?:export\s+)?["']?([\w.-]{2,80})["']?\s*[:=]\s*["']?([^\s"']{6,})["']?\s*$/.exec(line);
    if (!m) continue;
    const kind = classifyName(m[1]!);
    if (!('kind' in kind)) continue;
    if ((kind.kind === 'password' ? passwordReason(m[2]!, { identifiers: 'words' }) : tokenReason(m[2]!)) === null) return null;
  }
  return 'a configuration text without a credential';
}

function decodeData(b64: string): { text: string } | { binary: number; distinct: number } | { reason: string } {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0) return { reason: 'not base64' };
  const bytes = Buffer.from(b64, 'base64');
  const text = bytes.toString('utf8');
  let printable = 0;
  // Invalid UTF-8 decodes to U+FFFD; other text may be any language.
  for (const ch of text) if (/[\x20-\x7e\t\r\n]/.test(ch) || (ch.charCodeAt(0) > 0x9f && ch !== '\ufffd')) printable++;
  if (text.length > 0 && printable / text.length < 0.9) return { binary: bytes.length, distinct: new Set(bytes).size };
  return { text };
}

export const kubernetesSecretManifest: Rule = {
  id: 'kubernetes-secret',
  description: 'Credential in the data / stringData of a Kubernetes Secret manifest',
  docs: 'https://kubernetes.io/docs/concepts/configuration/secret/',
  keywords: ['kind: secret'],
  // One `key: value` entry per line; validate checks that it sits directly under `data:` or
  // `stringData:` of a `kind: Secret` document and decodes the value.
  regex: /^([ \t]+)([\w.-]{1,253})[ \t]*:[ \t]+(["']?)([^\s"'#][^\s"']{0,65535})\3[ \t]*(?:#[^\n]*)?\r?$/m,
  secretGroup: 4,
  generic: true,
  allowFillers: true,
  validate: (secret, m) => {
    const section = kubernetesSecretSection(m.input, m.index + (m[1]?.length ?? 0));
    if (!section) return "not an entry of a Secret's data or stringData";
    const key = m[2] ?? '';
    if (section === 'stringData') return secretValueReason(key, secret) ?? true;
    const decoded = decodeData(secret);
    if ('reason' in decoded) return decoded.reason;
    // Raw key material (an AES key, a keystore): at least 16 bytes, not a run of one byte value.
    if ('binary' in decoded) return decoded.binary < 16 ? 'a short binary value' : decoded.distinct < 8 ? 'repetitive binary filler' : true;
    return secretValueReason(key, decoded.text) ?? true;
  },
  remediation:
    'Rotate every credential in the Secret at its issuer, then keep the manifest out of git: use Sealed Secrets, SOPS, External Secrets or `kubectl create secret` from a secret store, and purge the file from history.',
  examples: (f) => {
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const head = (name: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\n  namespace: prod\ntype: Opaque\n`;
    return {
      match: [
        `${head('db-credentials')}data:\n  username: ${b64('app')}\n  password: ${b64(f.password(18))}\n`,
        `${head('api')}data:\n  API_KEY: ${b64(f.b62(32))}\n`,
        `${head('tls')}data:\n  tls.crt: ${b64(f.pem('CERTIFICATE', 300))}\n  tls.key: ${b64(f.pem('PRIVATE KEY', 300))}\n`,
        `---\n${head('webhook')}stringData:\n  WEBHOOK_SECRET: "${f.b64url(40)}"\n  region: eu-west-1\n`,
        `${head('regcred')}`.replace('Opaque', 'kubernetes.io/dockerconfigjson') +
          `data:\n  .dockerconfigjson: ${b64(JSON.stringify({ auths: { 'registry.corp.io': { auth: b64(`ci:${f.b62(24)}`) } } }))}\n`,
        `${head('cfg')}data:\n  config.env: ${b64(`LOG_LEVEL=info\nSIGNING_SECRET=${f.b62(40)}\n`)}\n`,
        `${head('sa')}`.replace('Opaque', 'kubernetes.io/service-account-token') + `data:\n  namespace: ${b64('prod')}\n  token: ${b64(f.jwt({ iss: 'kubernetes/serviceaccount', sub: 'system:serviceaccount:prod:ci' }))}\n`,
        `${head('aes')}data:\n  master.key: ${f.base64Bytes(32)}\n`,
        // Passphrases (`word-word-1234`, `WordWord89.`) are made of words but are stored literals, not references.
        `${head('smtp-relay')}data:\n  SMTP_PASSWORD: "${b64(`${['aurora', 'mango'][f.digits(1) < '5' ? 0 : 1]}-lantern-${f.digits(4)}`)}"\n`,
        `${head('orders-db')}data:\n  replication-password: ${b64(`PurpleHarbor${f.digits(2)}.`)}\n`,
      ],
      noMatch: [
        `${head('empty')}data:\n  username: ${b64('admin')}\n  password: ${b64('changeme')}\n`,
        `${head('docs')}data:\n  password: ${b64('<password>')}\n  token: ''\n`,
        `${head('tls')}data:\n  tls.crt: ${b64(f.pem('CERTIFICATE', 300))}\n  ca.crt: ${b64(f.pem('CERTIFICATE', 200))}\n`,
        `${head('tpl')}stringData:\n  password: {{ .Values.db.password | quote }}\n  token: "\${API_TOKEN}"\n`,
        `${head('conn')}data:\n  host: ${b64('db.prod.internal')}\n  port: ${b64('5432')}\n  user: ${b64('svc_app')}\n`,
        `${head('zero')}data:\n  master.key: ${Buffer.alloc(32).toString('base64')}\n`,
        `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db\nspec:\n  encryptedData:\n    password: ${f.b64(344)}==\n`,
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  LOG_LEVEL: debug\n  FEATURE_FLAGS: ${f.b62(20)}\n---\n${head('x')}data:\n  password: ${b64('password')}\n`,
      ],
    };
  },
};

export const kubernetesSecret: Rule[] = [kubernetesSecretManifest];
