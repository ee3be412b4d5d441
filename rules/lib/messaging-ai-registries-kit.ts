/**
 * Small building blocks shared by the messaging / mail, AI-provider and package-registry rule
 * modules (rules/slack.ts, rules/openai.ts, rules/npm.ts, ...). Rules stay plain data; these only
 * assemble regex source and common structure checks.
 */
import { placeholderReason } from '../../src/engine/placeholder.ts';

type Check = (secret: string, m: RegExpExecArray) => true | string;

/**
 * Case-insensitive form of a regex source without the `i` flag (so that the value's alphabet, such
 * as lower-case hex, stays exact): letters outside character classes become `[aA]`.
 */
export function ci(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else {
      out += /[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c;
    }
  }
  return out;
}

/**
 * `<key> <op> <value>` on one line, in the shapes configuration uses: `KEY=v`, `KEY: v`,
 * `"key": "v"`, `key => 'v'`, `key := "v"`, `['KEY'] = 'v'`, `setdefault("KEY", "v")`, `Client("v")`.
 * `key` is a regex source (wrap names in ci()); group 1 is the value. Every quantifier is bounded
 * and each gap is one character class, so matching stays linear.
 */
export function assigned(key: string, value: string, tail = String.raw`(?![\w+/=-])`, flags = ''): RegExp {
  return new RegExp(`${key}${OP}(${value})${tail}`, flags);
}

/** The operator part of assigned(): the rest of the setting name, quotes, `=`/`:`/`=>`/`(`, a keyword argument. */
export const OP = String.raw`[\w.-]{0,12}["'\x60]?\]?[ \t]{0,4}(?:=>|:=|[:=,(])[ \t]{0,4}(?:[\w.]{1,12}=)?["'\x60]?`;

/** Provider name, then up to `n` identifier characters, then the setting's own name. */
export const near = (provider: string, name: string, n = 20): string => `${ci(provider)}[\\w.-]{0,${n}}${ci(name)}`;

/** Combine structure checks: the first failure wins. */
export function all(...checks: Check[]): Check {
  return (secret, m) => {
    for (const check of checks) {
      const r = check(secret, m);
      if (r !== true) return r;
    }
    return true;
  };
}

/** A token with a fixed vendor prefix is judged on its random body (the prefix may look like a word). */
export function bodyIsNotPlaceholder(prefixLength: number): Check {
  return (secret) => {
    const reason = placeholderReason(secret.slice(prefixLength));
    return reason ? `body ${reason}` : true;
  };
}

/** Random base62 bodies hold upper- and lower-case letters and a digit; identifiers rarely do all three. */
export function mixedAlnum(secret: string): true | string {
  return /[a-z]/.test(secret) && /[A-Z]/.test(secret) && /\d/.test(secret) ? true : 'not a mix of cases and digits';
}

/** At least one digit. */
export function hasDigit(secret: string): true | string {
  return /\d/.test(secret) ? true : 'no digit';
}

/** Both cases of letters (for letter-only alphabets such as Hugging Face tokens). */
export function bothCases(min: number): Check {
  return (secret) => {
    const upper = secret.replace(/[^A-Z]/g, '').length;
    const lower = secret.replace(/[^a-z]/g, '').length;
    return upper >= min && lower >= min ? true : `fewer than ${min} upper- or lower-case letters`;
  };
}

/** Not a hex digest: a base62 value that only uses 0-9a-f is a hash, not a key. */
export function notHex(secret: string): true | string {
  return /^[0-9a-fA-F]+$/.test(secret) ? 'only hex characters (a digest, not a key)' : true;
}

/** Some word in the whole scanned text (the fragment), for formats that need the provider nearby. */
export function textMentions(re: RegExp, what: string): Check {
  return (_secret, m) => (re.test(m.input) ? true : `no ${what} context in the file`);
}

/** Base64 / base64url text that decodes to something starting with `prefix`. */
export function decodesTo(prefix: string | RegExp): Check {
  return (secret) => {
    const text = Buffer.from(secret.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('latin1');
    const ok = typeof prefix === 'string' ? text.startsWith(prefix) : prefix.test(text);
    return ok ? true : 'does not decode to the expected structure';
  };
}
