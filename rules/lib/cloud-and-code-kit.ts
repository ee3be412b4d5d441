/**
 * Small building blocks shared by the cloud, code-hosting/CI and payment provider modules
 * (rules/aws.ts, rules/stripe.ts, ...). Rules stay plain data; these only assemble regex source
 * and common structure checks.
 */
import type { Fake } from '../../src/engine/fake.ts';
import { placeholderReason } from '../../src/engine/placeholder.ts';
import type { Rule } from '../../src/engine/rule.ts';

/**
 * The glue between a setting name and its value, in every config syntax we meet:
 * `KEY=v`, `KEY: v`, `"key": "v"`, `key => 'v'`, `key := "v"`, `-e KEY=v`. Bounded, no nesting.
 */
export const ASSIGN = String.raw`["'\x60]?\s{0,4}(?:=>|:=|=|:)\s{0,4}["'\x60]?`;

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

/** Random tokens over a mixed-case alphabet contain both cases and a digit; identifiers and words rarely do. */
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

/** A UUID whose version nibble is 1–8 and variant bits are RFC 4122 (Heroku, Scaleway, Codecov keys). */
export function rfcUuid(secret: string): true | string {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i.test(secret) ? true : 'not an RFC 4122 UUID';
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
  more?: Array<(value: string) => string>;
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
          ...(spec.more ?? []).map((m) => m(spec.fake(f))),
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
