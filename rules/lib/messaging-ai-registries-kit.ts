/**
 * Small building blocks shared by the messaging / mail, AI-provider and package-registry rule
 * modules (rules/slack.ts, rules/openai.ts, rules/npm.ts, ...). Rules stay plain data; these only
 * assemble regex source and common structure checks.
 */
import { hasSequence, placeholderReason } from '../../src/engine/placeholder.ts';

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
 * `<key> <op> <value>` in the shapes configuration uses: `KEY=v`, `KEY: v`, `"key": "v"`,
 * `\"key\": \"v\"` (JSON-escaped, as in notebooks), `<add key="Key" value="v"/>`, `key => 'v'`,
 * `key := "v"`, `['KEY'] = 'v'`, `setdefault("KEY", "v")`, `Client("v")`.
 * `key` is a regex source (wrap names in ci()); group 1 is the value. Every quantifier is bounded
 * and each gap is one character class, so matching stays linear.
 */
export function assigned(key: string, value: string, tail = String.raw`(?![\w+/=-])`, flags = ''): RegExp {
  return new RegExp(`${key}${OP}(${value})${tail}`, flags);
}

/**
 * The operator part of assigned(): the rest of the setting name, quotes, `=`/`:`/`=>`/`(`, a keyword
 * argument, a literal fallback (`process.env.KEY ?? "…"`), or the `value` of an XML
 * `<add key=… value=…>` / Kubernetes `- name: …\n  value: …` / ECS `{"name": …, "value": …}` pair.
 */
export const OP = String.raw`[\w.-]{0,12}\\?["'\x60]?\]?(?:[ \t]{1,4}value|(?:[ \t]{0,4},[ \t]{0,4}|[ \t]{0,4},?[ \t]{0,4}\r?\n[ \t]{0,16}(?:-[ \t]{1,4})?)["']?value["']?)?[ \t]{0,4}(?:=>|:=|[:=,(]|(?:\?\?|\|\|)(?=[ \t]{0,4}["'\x60]))[ \t]{0,4}(?:[\w.]{1,12}=)?\\?["'\x60]?`;

/**
 * Provider name, then up to `n` identifier characters, then the setting's own name. The gap may also
 * cross the punctuation and line break of one level of nesting (`twilio:\n  auth_token:`,
 * `"twilio": {"authToken":`, `[twilio]\nauth_token =`, `TwilioClient({ authToken:`, JSON-escaped
 * quotes), but never a value (no `,` or `=` in between) nor the word "public" (TOGETHER_PUBLIC_KEY,
 * a verification key, is not the secret).
 */
export const near = (provider: string, name: string, n = 24): string =>
  `${ci(provider)}(?:(?!${ci('public')})[\\w.\\-"'\\x60:{(\\]\\\\ \\t\\r\\n]){0,${n}}${ci(name)}`;

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

// Placeholder words long enough that a random body never spells them by chance. The shared list also
// has short ones (nil, tbd, none, null) that a long random base64url body does contain now and then
// between two digits or dashes ("…7nil-…"), which would drop one real key in a few thousand.
const LONG_WORDS =
  /example|sample|dummy|placeholder|changeme|change[-_.]?(?:me|this)|replace[-_.]?(?:me|this|with)|your[-_.]?(?:own|api|secret|token|key|pass|password|access|app|client|db|user|org|project)|your[-_.]?[a-z]{1,12}[-_.]?(?:key|token|secret|pass)|yourkey|foobar|qwerty|insert[-_.]?(?:your|key|here)|put[-_.]?your|redacted|censored|not[-_.]?a[-_.]?real|notreal|fake[-_.]?(?:key|token|secret|pass)|lorem|ipsum|undefined|(?:^|[^a-z])(?:todo|fixme|secret|password|token)(?:[^a-z]|$)/i;

/**
 * A token with a fixed vendor prefix is judged on its random body (the prefix may look like a word).
 * Use with `allowFillers: true`: the shared check (src/engine/placeholder.ts) still applies to the body,
 * except that short placeholder words and 6-character runs (abcdef, 543210) only count in short bodies,
 * where they cannot occur by chance.
 */
export function bodyIsNotPlaceholder(prefix: number | RegExp): Check {
  return (secret) => {
    const body = typeof prefix === 'number' ? secret.slice(prefix) : secret.replace(prefix, '');
    const reason = placeholderReason(body);
    if (!reason) return true;
    if (body.length >= 16 && reason === 'contains a placeholder word' && !LONG_WORDS.test(body)) return true;
    if (body.length >= 16 && reason.startsWith('contains a sequential run') && !hasSequence(body, 8)) return true;
    return `body ${reason}`;
  };
}


/**
 * For rules that take any value of a credential setting (.npmrc, settings.xml, gradle.properties…):
 * a value in a checksummed token format (npm_, ghp_ …, github_pat_) is left to that format's own rule,
 * which reports it when the checksum verifies and vetoes it when not.
 */
export function notChecksummedToken(secret: string): true | string {
  return /^(?:npm_|gh[pousr]_|github_pat_)/.test(secret) ? 'a checksummed token format, judged by its own rule' : true;
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

/**
 * Not a camelCase / PascalCase / snake_case identifier (`fw_VersionNumberFromHeader`, `hf_handleRemote…`):
 * letters only, capitals never adjacent and at most a quarter of the letters. Random letters break
 * one of these almost surely (a 24-letter random string has two adjacent capitals with p > 0.99).
 */
export function notIdentifier(prefixLength: number): Check {
  return (secret) => {
    const body = secret.slice(prefixLength).replace(/_/g, '');
    if (!/^[A-Za-z]+$/.test(body) || /[A-Z]{2}/.test(body)) return true;
    const capitals = body.replace(/[^A-Z]/g, '').length;
    return capitals <= body.length / 4 ? 'reads as a code identifier' : true;
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
