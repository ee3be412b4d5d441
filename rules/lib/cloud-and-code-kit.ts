/**
 * Small building blocks shared by the cloud, code-hosting/CI and payment provider modules
 * (rules/aws.ts, rules/stripe.ts, ...). Rules stay plain data; these only assemble regex source
 * and common structure checks.
 */
import type { Fake } from '../../src/engine/fake.ts';
import { placeholderReason } from '../../src/engine/placeholder.ts';
import type { Rule } from '../../src/engine/rule.ts';

// A type annotation between the name and `=`: `KEY: &str =` (Rust), `key: string =` (TS),
// `KEY: str =` (Python), `Key string =` (Go).
const TYPE = String.raw`(?:\s{0,3}:\s{0,3}&?(?:'static\s{1,3})?[A-Za-z_][\w.<>\[\]]{0,30}(?=\s{0,3}=[^=>])|\s{1,3}(?:string|String|str)(?=\s{0,3}=))?`;
// A literal default after an environment lookup: `process.env.X ?? 'v'`, `os.getenv("X", "v")`,
// `ENV.fetch("X", "v")`, `os.environ.get("X", "v")`.
const FALLBACK = String.raw`(?:(?:process\.env|import\.meta\.env)\.\w{1,60}\s{0,3}(?:\?\?|\|\|)\s{0,3}|(?:os\.getenv|os\.environ\.get|ENV\.fetch|getOrDefault|env)\(\s{0,3}["'][\w.\-]{1,60}["']\s{0,3},\s{0,3})?`;

/**
 * The glue between a setting name and its value, in every config syntax we meet:
 * `KEY=v`, `KEY: v`, `"key": "v"`, `key => 'v'`, `key := "v"`, `-e KEY=v`, `("KEY", "v")`,
 * typed declarations and env-lookup defaults (TYPE, FALLBACK), `process.env.KEY ?? "v"`, XML
 * `<add key="Key" value="v"/>`, Kubernetes `- name: KEY` + `value: v`, ECS
 * `{"name": "KEY", "value": "v"}`, and JSON-escaped quotes (`os.environ[\"KEY\"] = \"v\"` in
 * notebooks). Bounded, no nesting.
 */
export const ASSIGN = String.raw`\\?["'\x60]?\]?${TYPE}(?:[ \t]{1,4}value[ \t]{0,4}=|(?:[ \t]{0,4},[ \t]{0,4}|[ \t]{0,4},?[ \t]{0,4}\r?\n[ \t]{0,16}(?:-[ \t]{1,4})?)["']?value["']?[ \t]{0,4}:|\s{0,4}(?:=>|:=|=|:|,(?=\s{0,4}["'\x60])|(?:\?\?|\|\|)(?=\s{0,4}["'\x60])))\s{0,4}${FALLBACK}\\?["'\x60]?`;

/** Up to `n` identifier characters between the provider name and the setting's own name. */
export const gap = (n = 20): string => String.raw`[\w.\-]{0,${n}}?`;

/** A candidate that starts with a fixed, vendor-defined prefix is judged on its random body only. */
export function bodyIsNotPlaceholder(prefixLength: number) {
  return (secret: string): true | string => {
    const reason = placeholderReason(secret.slice(prefixLength));
    return reason ? `body ${reason}` : true;
  };
}

/** Combine structure checks: the first failure wins. */
export function all(...checks: Array<(secret: string, m: RegExpExecArray) => true | string>) {
  return (secret: string, m: RegExpExecArray): true | string => {
    for (const check of checks) {
      const r = check(secret, m);
      if (r !== true) return r;
    }
    return true;
  };
}

/** Random tokens over a mixed-case alphabet contain both cases; hex digests, constants and words do not. */
export function mixedCase(secret: string): true | string {
  if (!/[a-z]/.test(secret) || !/[A-Z]/.test(secret)) return 'not mixed case';
  return true;
}

export function hasDigit(secret: string): true | string {
  return /\d/.test(secret) ? true : 'no digit';
}

/** Lower-case hex only (used where a case-insensitive context regex must not accept upper-case hex). */
export function lowerHex(secret: string): true | string {
  return /^[0-9a-f]+$/.test(secret) ? true : 'not lower-case hex';
}

/** Strict base64 (standard alphabet, correct padding) that decodes to exactly `bytes` bytes. */
export function base64Of(bytes: number) {
  return (secret: string): true | string => {
    if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.length % 4 !== 0) return 'not padded base64';
    return Buffer.from(secret, 'base64').length === bytes ? true : `does not decode to ${bytes} bytes`;
  };
}

/** Split a fake base64 body into PEM lines of 64 characters (for JSON-embedded keys). */
export function pemLines(body: string, newline: string): string {
  return body.replace(/(.{64})/g, `$1${newline}`);
}

export interface PrefixedSpec {
  id: string;
  description: string;
  docs: string;
  /** Literal, vendor-defined prefix (case-sensitive in the regex; its lower case is the keyword). */
  prefix: string;
  /** Regex source of the random body after the prefix, with exact length(s). */
  body: string;
  /** Characters that may not follow the token (the body's own alphabet). */
  tail?: string;
  /** Fake body for the examples. */
  fake: (f: Fake) => string;
  /** Environment variable the examples assign the token to. */
  env: string;
  remediation: string;
  minEntropy?: number;
  validate?: Rule['validate'];
  /** More realistic snippets, given a token. */
  more?: Array<(token: string) => string>;
  /** More non-matching snippets. */
  moreNoMatch?: (f: Fake) => string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&');

/**
 * A token with a distinctive vendor prefix and a fixed-length random body: no context needed.
 * Standard examples: .env, JS, YAML and a shell header; fillers, short bodies and env lookups must not match.
 */
export function prefixed(spec: PrefixedSpec): Rule {
  const tail = spec.tail ?? 'A-Za-z0-9_\\-';
  const prefixLength = spec.prefix.length;
  return {
    id: spec.id,
    description: spec.description,
    docs: spec.docs,
    keywords: [spec.prefix.toLowerCase()],
    regex: new RegExp(`(?<![A-Za-z0-9_\\-])(${escapeRe(spec.prefix)}${spec.body})(?![${tail}])`),
    minEntropy: spec.minEntropy ?? 3.2,
    validate: spec.validate ? all(bodyIsNotPlaceholder(prefixLength), spec.validate) : bodyIsNotPlaceholder(prefixLength),
    remediation: spec.remediation,
    examples: (f) => {
      const token = () => spec.prefix + spec.fake(f);
      const sample = token();
      return {
        match: [
          `${spec.env}=${token()}`,
          `const client = createClient({ token: "${token()}" });`,
          `env:\n  ${spec.env}: '${token()}'`,
          ...(spec.more ?? []).map((m) => m(token())),
        ],
        noMatch: [
          `${spec.env}=${spec.prefix}${'x'.repeat(Math.max(8, sample.length - prefixLength))}`,
          `${spec.env}=${spec.prefix}${sample.slice(prefixLength, prefixLength + 6)}`,
          `${spec.env}=\${${spec.env}}`,
          `const token = process.env.${spec.env};`,
          ...(spec.moreNoMatch ? spec.moreNoMatch(f) : []),
        ],
      };
    },
  };
}

export interface ContextSpec {
  id: string;
  description: string;
  docs: string;
  /** Lower-case words every match contains (the provider name in the setting name). */
  keywords: string[];
  /** Regex source of the setting name, e.g. `linode\w{0,20}?(?:token|key)`; matched case-insensitively. */
  name: string;
  /** Regex source of the value (no capture group: the helper adds it), with exact length(s). */
  value: string;
  /** Characters that may not follow the value. */
  tail: string;
  /** Another context that directly precedes the value (regex source), e.g. a .netrc line. */
  alt?: string;
  fake: (f: Fake) => string;
  /** Setting names the standard examples use (each must satisfy `name`). */
  envs: [string, ...string[]];
  remediation: string;
  minEntropy?: number;
  validate?: Rule['validate'];
  more?: Array<(value: string, f: Fake) => string>;
  moreNoMatch?: (f: Fake) => string[];
}

/**
 * A value with no distinctive prefix: flagged only when it is assigned to a setting that names the
 * provider (`LINODE_TOKEN=…`, `"vultr_api_key": "…"`). Still a specific rule, never `generic`.
 */
export function contextual(spec: ContextSpec): Rule {
  return {
    id: spec.id,
    description: spec.description,
    docs: spec.docs,
    keywords: spec.keywords,
    regex: new RegExp(`(?:(?:${spec.name})\\w{0,8}${ASSIGN}${spec.alt ? `|${spec.alt}` : ''})(${spec.value})(?![${spec.tail}])`, 'i'),
    minEntropy: spec.minEntropy ?? 3.0,
    ...(spec.validate ? { validate: spec.validate } : {}),
    remediation: spec.remediation,
    examples: (f) => {
      const [first, ...rest] = spec.envs;
      return {
        match: [
          `${first}=${spec.fake(f)}`,
          `{ "${(rest[0] ?? first).toLowerCase()}": "${spec.fake(f)}" }`,
          `export ${rest[1] ?? first}='${spec.fake(f)}'`,
          ...(spec.more ?? []).map((m) => m(spec.fake(f), f)),
        ],
        noMatch: [
          `${first}=\${${first}}`,
          `${first}=<your-${spec.id.split('-')[0]}-token>`,
          `${first.toLowerCase()}: process.env.${first}`,
          ...(spec.moreNoMatch ? spec.moreNoMatch(f) : []),
        ],
      };
    },
  };
}

/**
 * For long random bodies (session tokens, JWTs, PEM bodies, macaroons) the shared placeholder word
 * list hits short words such as `nil` or `tbd` by chance (about once in a few hundred tokens), so
 * such rules set `allowFillers` and use this narrower check: filler runs, templates and long words.
 */
export function notFilled(secret: string): true | string {
  if (/x{6,}|X{6,}|\.{3,}|\*{3,}|0{12,}|\$\{|\{\{|<[a-z_ -]+>/.test(secret)) return 'contains filler or template text';
  if (/example|placeholder|redacted|replace|changeme|your[-_]?(?:session|token|key|secret)/i.test(secret))
    return 'contains a placeholder word';
  return true;
}

/**
 * Placeholder check for the random body of a prefixed token, for rules that must never drop a real
 * key by chance (Stripe): fillers, templates, long placeholder words, too few distinct characters
 * and keyboard runs, but not the 3–4 letter words (nil, tbd, none) that random base62 contains
 * about once in a few thousand keys.
 */
export function strictBody(prefixLength: number) {
  return (secret: string): true | string => {
    const body = secret.slice(prefixLength);
    const filled = notFilled(body);
    if (filled !== true) return filled;
    if (/sample|dummy|changeme|insert|secret|token|password|lorem|ipsum|test[_-]?key/i.test(body)) return 'contains a placeholder word';
    const counts = new Map<string, number>();
    for (const ch of body) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    if (counts.size <= 3 || Math.max(...counts.values()) / body.length > 0.5) return 'too few distinct characters';
    let up = 1;
    let down = 1;
    for (let i = 1; i < body.length; i++) {
      const d = body.charCodeAt(i) - body.charCodeAt(i - 1);
      up = d === 1 ? up + 1 : 1;
      down = d === -1 ? down + 1 : 1;
      if (up >= 6 || down >= 6) return 'contains a sequential run';
    }
    return true;
  };
}

/**
 * Regex source for a fixed-shape token found by a literal in its middle (an Azure key signature,
 * `.atlasv1.`): the scan starts at the literal, which V8 finds quickly, and a lookbehind checks the
 * fixed-length part before it; the whole token is captured as group 1 by a lookahead inside that
 * lookbehind. Same matches as `(?<!left)(before literal after)(?!right)`, without trying the
 * `before` class at every position of a large file.
 */
export function anchoredAt(literal: string, before: string, after: string, left: string, right: string): string {
  return `${literal}(?<=(?<!${left})(?=(${before}${literal}${after})(?!${right}))${before}${literal})`;
}

/**
 * Regex source for the start of an attribute inside a Terraform provider block, which names the
 * provider once for the whole block: `provider "cloudflare" {\n  api_token = "…"`. Bounded gap.
 */
export function tfProvider(provider: string, attributes: string): string {
  return String.raw`provider\s{1,3}"${provider}"\s{0,3}\{[^}]{0,400}?\b(?:${attributes})\s{0,4}=\s{0,4}"`;
}
