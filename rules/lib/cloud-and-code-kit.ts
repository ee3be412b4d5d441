/**
 * Small building blocks shared by the cloud, code-hosting/CI and payment provider modules
 * (rules/aws.ts, rules/stripe.ts, ...). Rules stay plain data; these only assemble regex source
 * and common structure checks.
 */
import { placeholderReason } from '../../src/engine/placeholder.ts';

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
