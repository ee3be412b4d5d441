import type { Fake } from '../../src/engine/fake.ts';
import type { Example, Rule } from '../../src/engine/rule.ts';
import { placeholderReason } from '../../src/engine/placeholder.ts';

/**
 * Small building blocks shared by the database, observability and SaaS rule modules (rules/<provider>.ts):
 * the context-assignment regex builder for formats without a distinctive prefix, the database
 * password sanity check, and small structure decoders (base64 JSON, bech32).
 */

export interface AssignmentOptions {
  /** Identifier characters allowed between the provider word and the key name. */
  gap?: number;
  /**
   * Also accept the key name at the start of one of the next few lines after the provider word
   * (YAML blocks such as `datadog:\n  apiKey: …`, Terraform `provider "datadog" {\n api_key = …`).
   * A string narrows the provider pattern used for that (e.g. the full name, not an alias).
   */
  block?: boolean | string;
}

/**
 * `<provider>…<name> = <value>` in the shapes configuration uses: `NAME=v`, `NAME: v`,
 * `"name": "v"`, `name = 'v'`, `name => 'v'`, `Header-Name: v`, `client.init(api_key="v")`,
 * `{"datadog": {"api_key": "v"}}`.
 * `provider`, `name` and `value` are regex sources; the result is case-insensitive, so a
 * case-sensitive value alphabet must be re-checked in `validate`. Group 1 is the value.
 * Every quantifier is bounded and each gap is a single character class, so matching stays linear.
 */
export function assignment(provider: string, name: string, value: string, opts: AssignmentOptions = {}): RegExp {
  const gap = opts.gap ?? 24;
  // The gap may cross a JSON/YAML nesting step on the same line: `"datadog": {"api_key": …`.
  const sameLine = `(?:${provider})[\\w.(\\-"': {,]{0,${gap}}?(?:${name})`;
  const blockProvider = typeof opts.block === 'string' ? opts.block : provider;
  const nextLines = `(?:${blockProvider})[^\\n]{0,60}(?:\\n[^\\n]{0,120}){0,4}?\\n[ \\t]{0,16}["']?(?:${name})`;
  const key = opts.block ? `(?:${sameLine}|${nextLines})` : sameLine;
  return new RegExp(`${key}${NAME_TAIL}${NAME_VALUE_OP}(${value})(?![\\w+/=-])`, 'i');
}

/**
 * Between a setting's name (after NAME_TAIL) and its value: `=`, `:`, `=>`, `:=`; the `value` of an
 * XML `<add key="DdApiKey" value="…"/>` entry or of a Kubernetes / ECS env pair
 * (`- name: DD_API_KEY` then `value: …` on the next line, `{"name": "DD_API_KEY", "value": "…"}`); a literal fallback
 * (`process.env.DD_API_KEY ?? "…"`); then an opening quote, JSON-escaped (`\"`) in notebooks.
 */
export const NAME_VALUE_OP = String.raw`(?:[ \t]{1,4}value[ \t]{0,4}=|(?:[ \t]{0,4},[ \t]{0,4}|[ \t]{0,4},?[ \t]{0,4}\r?\n[ \t]{0,16}(?:-[ \t]{1,4})?)["']?value["']?[ \t]{0,4}:|[ \t]{0,4}(?:=>|:=|[:=]|(?:\?\?|\|\|)(?=[ \t]{0,4}["'\x60])))[ \t]{0,4}\\?["'\x60]?`;

/**
 * What may follow a key name before the assignment (`DD_API_KEY_PROD`, `"apiKey"`, `['token']`),
 * except a suffix that makes it a different setting: `SPLUNK_TOKEN_ID`, `API_KEY_NAME`,
 * `TOKEN_URL`, `KEY_HASH`, `TOKEN_TTL`… (regex source; use with the `i` flag).
 */
export const NAME_TAIL =
  `[\\w.-]{0,16}(?<!(?:id|ids|name|names|url|uri|urls|path|file|type|ttl|size|length|len|version|prefix|header|arn|expiry|expires|expiration|hash|sha|sha1|sha256|md5|digest|count|enabled|required|policy|format|scope|scopes))\\\\?["']?\\]?`;

/**
 * True when a base62-style value looks machine-generated: both letter cases (or letters and 2+
 * digits; `bothCases` demands both cases), and not a run of camel-case words. Random base62 of 14+ characters nearly always passes;
 * identifiers and placeholders (`yourApiTokenHere`, `production`) do not.
 */
export function looksRandom(s: string, bothCases = false): boolean {
  const upper = /[A-Z]/.test(s);
  const lower = /[a-z]/.test(s);
  const digits = (s.match(/[0-9]/g) ?? []).length;
  if (bothCases && !(upper && lower)) return false;
  return ((upper && lower) || ((upper || lower) && digits >= 2)) && !readsAsWords(s);
}

/** Validator for context rules whose values are mixed-case base62 / base64url. */
export function randomMixedCase(s: string): true | string {
  return looksRandom(s, true) ? true : 'not a random mixed-case value';
}

/**
 * For prefixes that are themselves placeholder words (`secret_`, `AGE-SECRET-KEY-`): rules set
 * `allowFillers` and run the shared placeholder check on the random body only.
 */
export function bodyPlaceholderReason(body: string): string | null {
  const reason = placeholderReason(body);
  return reason ? `body ${reason}` : null;
}

/**
 * True when a letters-only value reads as words (`yourJiraApiTokenGoesHere`, `ChangeThisTokenNow`):
 * every camel-case / separator segment is 3+ letters. Random base62 breaks into short segments
 * (`DjayBenyJrtpvydFCzAphcqc` → …, `F`, `Cz`, …) or contains digits.
 */
export function readsAsWords(s: string): boolean {
  const parts = s.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+|[^A-Za-z0-9]+/g) ?? [];
  const words = parts.filter((p) => /^[A-Za-z]+$/.test(p));
  return parts.length >= 2 && words.length === parts.filter((p) => /[A-Za-z0-9]/.test(p)).length && words.every((w) => w.length >= 3);
}

/** Decodes standard or URL-safe base64 to a JSON object, or returns null. */
export function base64Json(s: string): Record<string, unknown> | null {
  try {
    const text = Buffer.from(s, 'base64').toString('utf8');
    if (!text.startsWith('{')) return null;
    const v: unknown = JSON.parse(text);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function base64Of(o: unknown, urlSafe = false): string {
  return Buffer.from(JSON.stringify(o)).toString(urlSafe ? 'base64url' : 'base64');
}

// ---------------------------------------------------------------------------------------------
// Database passwords: a connection string in docs, compose files and tests usually carries a
// default or a template, not a credential. These are the values that appear in official images'
// docs (postgres:mysecretpassword, redis:foobared, rabbitmq guest:guest, mongo root:example) and
// in tutorials; the shared placeholder check (src/engine/placeholder.ts) runs before this one.

const DEFAULT_PASSWORDS = new Set(
  [
    'pass', 'passwd', 'pwd', 'pw', 'secret', 'tiger', 'manager', 'change_on_install', 'changeit', 'admin', 'administrator', 'root', 'toor', 'test', 'testing',
    'tester', 'guest', 'user', 'username', 'postgres', 'postgresql', 'mysql', 'mariadb', 'redis', 'mongo', 'mongodb',
    'rabbit', 'rabbitmq', 'neo4j', 'clickhouse', 'cockroach', 'oracle', 'sa', 'sql', 'dev', 'devel', 'development',
    'local', 'localhost', 'demo', 'default', 'sample', 'foobar', 'foobared', 'foo', 'bar', 'baz', 'qwerty', 'letmein',
    'welcome', 'mysecretpassword', 'mysecret', 'supersecret', 'topsecret', 'hunter2', 'abc123', 'pa55word', 's3cret',
    's3cr3t', 'secret123', 'admin123', 'root123', 'test123', 'pass123', 'pass1234', 'password1', 'mypass', 'dbpass',
    'dbpassword', 'app', 'docker', 'airflow', 'keycloak', 'grafana', 'sonar', 'gitea', 'wordpress', 'django', 'rails',
    'laravel', 'prisma', 'strapi', 'superset', 'metabase', 'odoo', 'nextcloud', 'n8n', 'hasura', 'ghost', 'mattermost',
    'testpass', 'testpassword', 'devpass', 'devpassword', 'localpass', 'localpassword', 'adminpass', 'adminpassword',
    'rootpass', 'rootpassword', 'userpass', 'userpassword', 'apppass', 'apppassword', 'postgrespass', 'postgrespw',
    'secretpassword', 'strongpassword', 'yourstrongpassword', 'yourpassword', 'mypassword', 'newpassword', 'pwd123',
    'redispass', 'redispassword', 'mongopass', 'mongopassword', 'mysqlpass', 'mysqlpassword', 'guestpass', 'redispw', '1234', '12345', '4321', '0000', '1111', 'qwerty123', 'passw0rd',
    'p@ssw0rd', 'p@ssword', 'admin1234', 'root1234', 'test1234',
  ].map((p) => p.toLowerCase()),
);

/** Why a password found in a connection string is not worth reporting, or null when it is. */
export function dbPasswordReason(password: string, user?: string, host?: string): string | null {
  let pw = password;
  try {
    pw = decodeURIComponent(password);
  } catch {
    // keep the raw value
  }
  const lower = pw.toLowerCase();
  if (pw.length < 4) return 'too short to be a real password';
  const placeholder = pw !== password ? placeholderReason(pw) : null;
  if (placeholder) return `placeholder: ${placeholder}`;
  if (user && lower === user.toLowerCase()) return 'password equals the user name (a default)';
  if (DEFAULT_PASSWORDS.has(lower)) return 'a well-known default or tutorial password';
  if (/^(?:my|your|db|app|the|some|new|test|dev|local|admin|root|user)?[-_.]?p[a@]ss(?:w[o0]rd|wd)?[-_.]?\d{0,4}!?$/i.test(pw))
    return 'a password-shaped placeholder';
  if (/p[a@]ssw[o0]rd|passwd|secret(?:key)?$/i.test(pw) && !/[^A-Za-z0-9_@!.-]/.test(pw) && pw.length <= 24)
    return 'spells out "password"';
  // Templates the shared check does not know: $(VAR), {var}, {0}, %s / %v, ENV-style [VAR], ?:
  if (/^\$[A-Za-z_{(]|^\{[^}]*\}$|%[sdvq]|^\[[^\]]*\]$|^:[a-z_]+$|^\?$/i.test(pw)) return 'a template or format placeholder';
  if (host && /example\.|sample|placeholder|^(?:host|hostname|server|your[-_]?host|db[-_]?host)$|^<|your[-_]|x{4,}/i.test(host))
    return 'documentation host';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Bech32 (BIP-173), as used by age secret keys: https://github.com/C2SP/C2SP/blob/main/age.md

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GEN = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GEN[i]!;
  }
  return chk >>> 0;
}

function hrpExpand(hrp: string): number[] {
  const codes = [...hrp].map((c) => c.charCodeAt(0));
  return [...codes.map((c) => c >> 5), 0, ...codes.map((c) => c & 31)];
}

/** True when `hrp` + "1" + `data` (data includes the 6-char checksum) verifies. Case-insensitive. */
export function bech32Verifies(hrp: string, data: string): boolean {
  const values: number[] = [];
  for (const ch of data.toLowerCase()) {
    const v = BECH32.indexOf(ch);
    if (v < 0) return false;
    values.push(v);
  }
  return polymod([...hrpExpand(hrp.toLowerCase()), ...values]) === 1;
}

/** `data` (bech32 characters, no checksum) followed by its 6-char checksum. For test examples. */
export function bech32WithChecksum(hrp: string, data: string): string {
  const values = [...data.toLowerCase()].map((c) => BECH32.indexOf(c));
  const mod = polymod([...hrpExpand(hrp.toLowerCase()), ...values, 0, 0, 0, 0, 0, 0]) ^ 1;
  let out = data;
  for (let i = 0; i < 6; i++) out += BECH32[(mod >>> (5 * (5 - i))) & 31];
  return out;
}

export const BECH32_CHARSET = BECH32;

// ---------------------------------------------------------------------------------------------
// Example helpers (used only by rules' `examples`, with values from the test-time Fake).

/** A token written where tokens usually end up: .env, JS/TS, YAML, an HTTP header, JSON. */
export function placements(envName: string, token: () => string): string[] {
  return [
    `${envName}=${token()}`,
    `const client = new Client({ token: "${token()}" });`,
    `${envName.toLowerCase()}: '${token()}'`,
    `curl -H "Authorization: Bearer ${token()}" https://api.example.com/v1/me`,
    `{"${envName.toLowerCase()}": "${token()}"}`,
  ];
}

/** Snippets that must never match a prefixed-token rule: fillers, templates, env lookups. */
export function unsetPlacements(envName: string, prefix: string): string[] {
  return [
    `${envName}=${prefix}${'x'.repeat(40)}`,
    `${envName}=${prefix}your-token-here`,
    `${envName}=\${${envName}}`,
    `const token = process.env.${envName};`,
    `${envName.toLowerCase()}: "{{ .Values.${envName.toLowerCase()} }}"`,
  ];
}

export interface PrefixedSpec {
  id: string;
  description: string;
  docs: string;
  keywords: string[];
  regex: RegExp;
  remediation: string;
  /** Setting name used in the generated examples. */
  env: string;
  /** The vendor prefix, for the placeholder examples. */
  prefix: string;
  token: (f: Fake) => string;
  minEntropy?: number;
  validate?: Rule['validate'];
  allowFillers?: boolean;
  secretGroup?: number;
  extraMatch?: (f: Fake) => Example[];
  extraNoMatch?: (f: Fake) => Example[];
  /** See Rule.near: for a prefix common in ordinary text. */
  near?: Rule['near'];
}

/** A rule for a token with a vendor prefix, with the usual placements as examples. */
export function prefixedToken(spec: PrefixedSpec): Rule {
  const rule: Rule = {
    id: spec.id,
    description: spec.description,
    docs: spec.docs,
    keywords: spec.keywords,
    regex: spec.regex,
    remediation: spec.remediation,
    examples: (f) => ({
      match: [...placements(spec.env, () => spec.token(f)), ...(spec.extraMatch?.(f) ?? [])],
      noMatch: [...unsetPlacements(spec.env, spec.prefix), ...(spec.extraNoMatch?.(f) ?? [])],
    }),
  };
  if (spec.minEntropy !== undefined) rule.minEntropy = spec.minEntropy;
  if (spec.validate) rule.validate = spec.validate;
  if (spec.allowFillers) rule.allowFillers = true;
  if (spec.secretGroup !== undefined) rule.secretGroup = spec.secretGroup;
  if (spec.near) rule.near = spec.near;
  return rule;
}

export const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
