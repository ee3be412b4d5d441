import { createHash } from 'node:crypto';
import type { Rule } from '../../src/engine/rule.ts';
import { placeholderReason } from '../../src/engine/placeholder.ts';
import { characterClasses, identifierShaped, looksRandom } from '../../src/engine/entropy.ts';

// Shared judgement for the generic rules (keyword + value shape): which names hold secrets, and
// which values are credentials rather than references, digests, identifiers or placeholders.
// Every check here returns a short reason (never the value) so verbose output can explain a drop.

// ---------------------------------------------------------------------------------------------
// Names

/** Lower-case words of an identifier: `stripeSecretKey` → stripe secret key, `DB_PASSWORD` → db password. */
export function nameParts(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .map((p) => p.replace(/\d+$/, ''))
    .filter((p) => p.length > 0);
}

export type NameKind = 'password' | 'secret';

// Words that name the secret itself. A compound part (`dbpassword`, `clientsecret`, `apikey`) is
// split at the secret word; what follows it must be empty or one of CONTINUATIONS.
const PASSWORD_WORD = /^(.*?)(password|passwd|passphrase|passwort|pwd|pswd)(s?)(.*)$/;
const PASS_PREFIXES = new Set(['', 'db', 'user', 'admin', 'root', 'smtp', 'mail', 'email', 'ftp', 'sftp', 'app', 'sql', 'mysql', 'pg', 'redis', 'my', 'proxy', 'ldap', 'bind', 'sudo', 'ssh', 'vnc', 'wifi', 'auth', 'login', 'master', 'keystore', 'truststore', 'key', 'store', 'rabbit', 'mq', 'amqp', 'basic']);
const SECRET_WORD = /^(.*?)(secret|token|credential|creds|cred)(s?)(.*)$/;
const KEY_WORD = /^(.*?)(key)(s?)(.*)$/;
// What may precede `key` for the name to be a credential: api_key, secretKey, PRIVATE_KEY, …
// (an allow-list, because `key` alone is every map key, cache key, sort key and i18n key).
const KEY_QUALIFIERS = new Set([
  'api', 'apis', 'access', 'secret', 'private', 'priv', 'signing', 'sign', 'signature', 'encryption', 'encrypt', 'decryption',
  'decrypt', 'crypt', 'crypto', 'cipher', 'aes', 'hmac', 'jwt', 'jws', 'jwe', 'master', 'app', 'application', 'auth',
  'authentication', 'authorization', 'client', 'consumer', 'license', 'licence', 'subscription', 'webhook', 'admin',
  'rest', 'write', 'read', 'ingest', 'ingestion', 'sdk', 'server', 'service', 'session', 'account', 'integration',
  'partner', 'merchant', 'developer', 'dev', 'personal', 'management', 'mgmt', 'bot', 'live', 'prod', 'production',
  'deploy', 'deployment', 'root', 'shared', 'security', 'storage', 'tenant', 'workspace', 'cookie', 'wrapping', 'kms',
  'vault', 'backup', 'recovery', 'ssh', 'sftp', 'gpg', 'pgp', 'secure', 'symmetric',
]);
// Names that look secret but hold public or bookkeeping values.
const NONSECRET_PARTS = new Set([
  'public', 'publishable', 'pub', 'csrf', 'xsrf', 'anon', 'next', 'page', 'continuation', 'cursor', 'pagination', 'sync',
  'max', 'min', 'num', 'count', 'limit', 'limits', 'tokenizer', 'tokenizers', 'mock', 'fake', 'dummy', 'example', 'sample',
  'placeholder', 'encrypted', 'hashed', 'masked', 'redacted', 'obfuscated', 'show', 'hide', 'toggle', 'forgot', 'verify',
  'lexer', 'parser', 'ast', 'syntax', 'primary', 'foreign', 'sort', 'partition', 'cache', 'idempotency', 'i18n', 'translation',
  'recaptcha' /* recaptcha secret keys are caught by `secret` */, 'captcha', 'sitekey', 'hcaptcha', 'prompt', 'completion',
  'output', 'input', 'total', 'used', 'remaining', 'authenticity', 'antiforgery',
]);
// Words after the secret word that make the name describe the secret rather than hold it:
// token_type, password_hash, secret_name, api_key_id, private_key_path, tokenUrl.
const META_AFTER = new Set([
  'type', 'types', 'kind', 'name', 'names', 'label', 'labels', 'url', 'uri', 'urls', 'endpoint', 'host', 'path', 'paths', 'file',
  'files', 'filename', 'filepath', 'dir', 'folder', 'location', 'id', 'ids', 'arn', 'header', 'headers', 'field', 'fields',
  'param', 'params', 'parameter', 'prop', 'props', 'attr', 'attribute', 'env', 'var', 'vars', 'variable', 'ref', 'refs',
  'reference', 'policy', 'pattern', 'regex', 'regexp', 'format', 'prefix', 'suffix', 'hash', 'hashed', 'sha', 'digest',
  'checksum', 'integrity', 'salt', 'version', 'enabled', 'enable', 'disabled', 'required', 'require', 'validation',
  'validator', 'valid', 'placeholder', 'hint', 'help', 'message', 'msg', 'error', 'errors', 'title', 'text', 'description',
  'desc', 'mode', 'method', 'algorithm', 'alg', 'algo', 'provider', 'manager', 'store', 'strategy', 'rotation', 'length',
  'len', 'size', 'count', 'max', 'min', 'ttl', 'timeout', 'expiry', 'expires', 'expiration', 'exp', 'lifetime', 'age',
  'duration', 'period', 'interval', 'at', 'date', 'time', 'timestamp', 'created', 'updated', 'changed', 'expired', 'last',
  'reset', 'encryption', 'encoding', 'encoder', 'form', 'box', 'dialog', 'modal', 'button', 'icon', 'class', 'style', 'color', 'visible', 'visibility', 'show',
  'hide', 'hidden', 'mask', 'rule', 'rules', 'requirement', 'requirements', 'complexity', 'strength', 'score', 'index',
  'idx', 'source', 'src', 'mount', 'volume', 'backend', 'engine', 'namespace', 'scope', 'scopes', 'audience', 'issuer',
  'claim', 'claims', 'usage', 'cache', 'status', 'state', 'log', 'handler', 'callback', 'fn', 'func', 'function', 'factory',
  'builder', 'generator', 'getter', 'setter', 'loader', 'reader', 'parser', 'serializer', 'encoder', 'decoder', 'util',
  'utils', 'helper', 'spec', 'schema', 'model', 'dto', 'entity', 'table', 'column', 'request', 'response', 'req', 'res',
  'query', 'command', 'cmd', 'script', 'input', 'output', 'less', 'ize', 'izer', 'ized', 'ization', 'ary', 'aries',
  'count', 'limit', 'usage', 'budget', 'cost', 'price', 'bucket', 'pair', 'ring', 'chain', 'vault', 'service', 'lookup',
  'list', 'map', 'set', 'key', 'keys', 'selector', 'value_from', 'from', 'secret', 'secrets', 'provided', 'set', 'file',
]);
// What may follow the secret word inside one compound part (secretkey, tokenvalue, passwordb64).
const CONTINUATIONS = new Set(['', 'key', 'keys', 'base', 'value', 'val', 'string', 'str', 'bytes', 'b64', 'base64', 'hex', 'plain', 'plaintext', 'raw']);

/** Whether an identifier names a credential, and which kind; or why not. */
export function classifyName(name: string): { kind: NameKind } | { reason: string } {
  const parts = nameParts(name);
  if (parts.length === 0) return { reason: 'no name' };
  let kind: NameKind | null = null;
  let at = -1;
  for (let i = 0; i < parts.length; i++) {
    const k = secretWordIn(parts, i);
    if (k === 'meta') return { reason: 'the name describes a secret (type, name, url, hash, …) rather than holding one' };
    if (k) {
      kind = k;
      at = i;
    }
  }
  if (!kind) return { reason: 'the name does not name a credential' };
  for (const p of parts) if (NONSECRET_PARTS.has(p)) return { reason: `a "${p}" name holds no credential` };
  if (parts.includes('site') && parts.includes('key') && !parts.includes('secret')) return { reason: 'a site key is public' };
  // Form anti-forgery tokens rendered into HTML (__RequestVerificationToken, authenticity_token).
  if (parts.includes('request') && parts.includes('verification')) return { reason: 'an anti-forgery form token' };
  for (let i = at + 1; i < parts.length; i++) {
    const p = parts[i]!;
    // password_key / password_secret name where a password is kept, not the password.
    if (META_AFTER.has(p) && !(kind === 'secret' && (p === 'key' || p === 'keys' || p === 'secret'))) {
      return { reason: `"${p}" after the secret word: the name describes a secret rather than holding one` };
    }
  }
  return { kind };
}

function secretWordIn(parts: string[], i: number): NameKind | 'meta' | null {
  const part = parts[i]!;
  const pw = PASSWORD_WORD.exec(part);
  if (pw) return continuation(pw[4]!, 'password');
  // A bare `pass` is the password only at the end of the name (db_pass, smtpPass), not in
  // firstPass / passThrough / needsSecondPassForFixAll.
  if ((part === 'pass' || part === 'pw' || part === 'psw') && (i === parts.length - 1 || CONTINUATIONS.has(parts[i + 1]!))) return 'password';
  if (part.endsWith('pass') && PASS_PREFIXES.has(part.slice(0, -4))) return 'password';
  const sw = SECRET_WORD.exec(part);
  if (sw && (sw[2] !== 'cred' || sw[4] === '' || sw[4] === 'ential')) {
    if (sw[2] === 'secret' && /^ar/.test(sw[4]!)) return null; // secretary
    if (NONSECRET_PARTS.has(sw[1]!) || /^(?:csrf|xsrf)/.test(sw[1]!)) return null; // csrftoken, csrfmiddlewaretoken, nexttoken, maxtokens
    return continuation(sw[4]!, 'secret');
  }
  const kw = KEY_WORD.exec(part);
  if (kw) {
    const before = kw[1] === '' ? parts[i - 1] : kw[1]!;
    if (before === undefined || !KEY_QUALIFIERS.has(before)) return null;
    return continuation(kw[4]!, 'secret');
  }
  return null;
}

function continuation(rest: string, kind: NameKind): NameKind | 'meta' | null {
  if (CONTINUATIONS.has(rest)) return kind;
  if (META_AFTER.has(rest)) return 'meta';
  return null;
}

// ---------------------------------------------------------------------------------------------
// Values

const UUID = /^[{(]?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}[)}]?$/i;
// Password hashes (bcrypt, crypt(3), argon2, Django, LDAP): digests of a password, not the password.
const PASSWORD_HASH = /^(?:\$(?:2[abxy]?|1|5|6|y|argon2(?:id|i|d)|scrypt|pbkdf2[\w-]*|apr1)\$|\{(?:SSHA|SHA|SSHA256|SSHA512|MD5|CRYPT|BCRYPT|PBKDF2)[^}]*\}|(?:pbkdf2_sha256|pbkdf2_sha1|bcrypt_sha256|argon2|sha1|md5)\$)/i;
// Subresource-integrity and content digests: sha512-…, sha256:…, md5:….
const DIGEST = /^(?:sha(?:1|224|256|384|512)|md5|blake2b?|xxh(?:32|64|3)?)[-:=]/i;
const SCHEME_URL = /^[a-z][a-z0-9+.-]{1,20}:\/\//i;
const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;
const HOSTNAME = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}\.?(?::\d{1,5})?$/i;
const IP = /^\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?$/;
const FILE_EXTENSION =
  /\.(?:js|mjs|cjs|ts|tsx|jsx|css|scss|map|html?|json|ya?ml|toml|ini|cfg|conf|xml|txt|md|pem|key|crt|cer|der|p12|pfx|jks|pub|env|sh|py|rb|go|java|kt|php|png|jpe?g|gif|svg|webp|ico|woff2?|ttf|eot|otf|pdf|zip|gz|tgz|tar|log|lock|sql|db|sqlite|csv|bin|dat|wasm|so|dll|exe)$/i;
// Public key material and certificates: never secrets.
const PUBLIC_MATERIAL = /^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-|sk-ssh-|sk-ecdsa-)|^AAAA[BCE][0-9A-Za-z]{2}[a-z]|-----BEGIN (?:[A-Z0-9 ]+ )?(?:PUBLIC KEY|CERTIFICATE)/;
// Public identifiers that sit next to secrets: Google OAuth client ids, Stripe publishable keys,
// reCAPTCHA site keys are handled by name.
const PUBLIC_ID = /\.apps\.googleusercontent\.com$|^pk_(?:live|test)_|^(?:AC|SK)?[0-9a-f]{32}\.apps\./;
// Test-mode keys (sk_test_…, rk_test_…): not production credentials; the provider rules decide.
const TEST_MODE = /^[a-z]{1,6}_test_|^test_[a-z]{0,6}_?/i;
const BOOLEAN_OR_NULL = /^(?:true|false|yes|no|on|off|null|nil|none|undefined|nan|empty|required|optional|disabled|enabled|n\/a)$/i;
const NUMBER = /^[-+]?(?:\d[\d_,]*)?\.?\d+(?:e[-+]?\d+)?$/i;
// A reference in code: `config.api.key`, `self.password`, `this.props.token`, `req.body.secret`.
const MEMBER_EXPRESSION = /^[A-Za-z_$][\w$]*(?:(?:\.|::|->|\?\.)[A-Za-z_$][\w$]*)+$/;
// More ways of reading configuration than the shared placeholder check knows.
const LOOKUP =
  /^(?:Deno\.env|Bun\.env|import\.meta|process\.|\$_ENV|\$_SERVER|\$ENV\{|getenv|Environment\.|ConfigurationManager|Configuration\[|Rails\.|credentials\.|Settings\.|config\.|cfg\.|conf\.|options\.|opts\.|params\.|args\.|props\.|this\.|self\.|vault:|ref\+|arn:aws:|projects\/[^/]+\/secrets\/|secretmanager:|awssecretsmanager:|sm:\/\/|op:\/\/|azurekeyvault:|keyvault:|!vault|!secret|!Ref|!Sub|!GetAtt|ENC\(|ENC\[|DEC\()/;
// Characters a template uses that a generated secret never does.
const TEMPLATE_LIKE = /\$\{|\{\{|\}\}|<%|%>|\$\(|^\{[A-Za-z_][\w.]*\}$|^\[[A-Za-z_][\w.]*\]$|^:[a-z_]+$|^(?:%[sdvq])+$|^\$[A-Za-z_]|\{\d\}/;

// Sample credentials printed in specifications and vendor docs (RFC 6749 §4–§7 and RFC 6750 §2
// OAuth 2.0 examples, RFC 5849 §1.2 OAuth 1.0 examples, AWS documentation keys), copied into code
// comments and tests everywhere. Kept as truncated SHA-256 digests so this file holds none of them.
const DOCUMENTATION_EXAMPLES = new Set([
  '00cf4c781dc37003', '0df3a31d8bb54d63', '4c20e6f5cc11b937', '53f5da0aaa93d64c', '5435a2f13f1e85e3', '5e77c118f99a55ef',
  '649e1f5c769e718b', '6c96130f130ab0d6', '78314b11be2e5815', '8d567eb88afff34f', '99eb1edf902294b9', '9d03b692e941d5ac',
  '9e309cccd311ea64', 'a35b81a7d7927b70', 'a71b359a87afde13', 'b87dad10a32a2d81', 'b8e148545b13c78b', 'bb9b1163338b2a51',
  'ca7459e2b26776de', 'cb87c87e4a138d9a', 'e21b597ba6b9cafa', 'f2bf5681609f469a',
]);

export function isDocumentationExample(value: string): boolean {
  return DOCUMENTATION_EXAMPLES.has(createHash('sha256').update(value).digest('hex').slice(0, 16));
}

/** Reasons shared by every kind of value: not a credential whatever its name says. */
export function valueShapeReason(value: string): string | null {
  if (value.length === 0) return 'empty';
  if (/\s/.test(value)) return 'contains whitespace (prose, not a generated secret)';
  if (BOOLEAN_OR_NULL.test(value)) return 'a boolean or null';
  if (NUMBER.test(value)) return 'a number';
  if (UUID.test(value)) return 'a UUID (an identifier)';
  if (/^eyJ[\w-]*\.[\w-]*\.?[\w-]*$/.test(value)) return 'JWT-shaped (the jwt-token rule judges it)';
  if (PASSWORD_HASH.test(value)) return 'a password hash';
  if (DIGEST.test(value)) return 'an integrity digest';
  if (/^data:/i.test(value)) return 'a data: URI';
  if (/^#[0-9a-f]{3,8}$/i.test(value)) return 'a colour';
  if (SCHEME_URL.test(value) || /^www\./i.test(value)) return 'a URL';
  if (EMAIL.test(value)) return 'an e-mail address';
  if (IP.test(value)) return 'an IP address';
  if (HOSTNAME.test(value) && !/[A-Z]/.test(value)) return 'a host name';
  if (PUBLIC_MATERIAL.test(value)) return 'public key material';
  if (PUBLIC_ID.test(value)) return 'a public client identifier';
  if (TEST_MODE.test(value)) return 'a test-mode key';
  if (isPath(value)) return 'a file path';
  if (TEMPLATE_LIKE.test(value)) return 'a template or variable reference';
  if (/^@[A-Za-z_][\w.]*$/.test(value) && identifierShaped(value.slice(1))) return 'a parameter reference (@name)';
  if (LOOKUP.test(value)) return 'a configuration lookup';
  if (/[()]/.test(value)) return 'a function call or expression';
  if (/^!+[A-Za-z_$][\w$.]*$/.test(value) && identifierShaped(value.replace(/^!+/, ''))) return 'a negated expression';
  if (MEMBER_EXPRESSION.test(value) && value.split(/\.|::|->/).every((seg) => !looksRandom(seg, 12))) return 'a member expression';
  const known = knownPrefixOf(value);
  if (known) return `carries the "${known}" prefix of a specific format, which its own rule judges`;
  const p = placeholderReason(value);
  if (p) return p;
  if (isDocumentationExample(value)) return 'a sample credential from a specification or vendor docs';
  return null;
}

function isPath(v: string): boolean {
  if (/^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:\\|\\\\)/.test(v) && !/^\/\/?[A-Za-z0-9+/]{30,}={0,2}$/.test(v)) return true;
  if (FILE_EXTENSION.test(v) && /^[\w.@/\\-]+$/.test(v)) return true;
  // a/b/c made of lower-case words (base64 segments mix cases and digits)
  if (/^[a-z0-9_.-]+(?:\/[a-z0-9_.-]+)+\/?$/.test(v) && v.split('/').every((s) => !looksRandom(s, 8))) return true;
  return false;
}

/** A value that reads as a machine-generated key, token or secret. */
export function tokenReason(value: string): string | null {
  const shape = valueShapeReason(value);
  if (shape) return shape;
  if (value.length < 12) return 'too short for a generated secret (< 12 characters)';
  if (!looksRandom(value, 12)) return 'does not look random (entropy, character mix or word-likeness)';
  return null;
}

// Base words of passwords that are placeholders or well-known defaults once decorations
// (leading / trailing digits and symbols) and leetspeak are removed: P@ssw0rd!, admin123, s3cr3t.
const WEAK_WORDS = [
  'password', 'passwort', 'passwd', 'passw', 'pass', 'pwd', 'pw', 'secret', 'secrets', 'admin', 'administrator', 'root', 'toor',
  'test', 'tests', 'testing', 'tester', 'changeme', 'changeit', 'change', 'letmein', 'qwerty', 'qwertz', 'azerty', 'asdf',
  'asdfgh', 'welcome', 'default', 'guest', 'user', 'username', 'demo', 'example', 'sample', 'dummy', 'foo', 'bar', 'baz',
  'foobar', 'foobared', 'my', 'your', 'db', 'database', 'mysql', 'postgres', 'redis', 'mongo', 'hunter', 'login', 'access',
  'token', 'key', 'api', 'apikey', 'dev', 'local', 'localhost', 'temp', 'tmp', 'new', 'old', 'abc', 'xyz', 'iloveyou',
  'monkey', 'dragon', 'master', 'sunshine', 'princess', 'football', 'baseball', 'trustno', 'shadow', 'superman', 'batman',
  'mypass', 'pa', 'ss', 'word', 'ord', 'w', 'p', 's', 'x', 'tiger', 'scott', 'oracle', 'manager', 'sa', 'sql', 'app',
  'docker', 'jenkins', 'ubuntu', 'vagrant', 'raspberry', 'pi', 'insecure', 'unsafe', 'private', 'hello', 'world',
];
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '8': 'b' };

/** True when a password is a placeholder word or a well-known default in disguise. */
export function isWeakPassword(pw: string): boolean {
  const core = pw.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (core.length === 0) return true; // digits and symbols only: 123456, !!!!
  const letters = [...core.toLowerCase()].map((ch) => LEET[ch] ?? ch).join('').replace(/[^a-z]/g, '');
  return decomposes(letters, new Set(WEAK_WORDS));
}

function decomposes(s: string, words: Set<string>): boolean {
  const ok: boolean[] = [true];
  for (let i = 1; i <= s.length; i++) {
    ok[i] = false;
    for (let j = Math.max(0, i - 14); j < i; j++) {
      if (ok[j] && words.has(s.slice(j, i))) {
        ok[i] = true;
        break;
      }
    }
  }
  return ok[s.length] === true;
}

/**
 * A value under a password name: either a generated secret, or a human-made password — at least
 * 8 characters mixing at least 3 of upper / lower / digit / symbol (10+ characters), or all 4
 * (8–9 characters) — that is not a placeholder or default word in disguise and not an identifier.
 * `identifiers`: how to treat identifier-shaped values (`dbPasswordV2`): an unquoted value in code
 * is a reference ('reject'); a string literal is one only when it has no digit ('words'); a URL's
 * or header's userinfo cannot be a reference ('allow').
 */
export function passwordReason(
  value: string,
  options: { minLength?: number; identifiers?: 'reject' | 'words' | 'allow' } = {},
): string | null {
  const shape = valueShapeReason(value);
  if (shape) return shape;
  const minLength = options.minLength ?? 8;
  if (value.length < minLength) return `too short for a password (< ${minLength} characters)`;
  if (isWeakPassword(value)) return 'a placeholder or well-known default password';
  if (looksRandom(value, 12)) return null;
  const c = characterClasses(value);
  const identifiers = options.identifiers ?? 'reject';
  if (identifiers !== 'allow' && identifierShaped(value) && (identifiers === 'reject' || !c.digit))
    return 'an identifier, not a password';
  if (c.count >= 4) return null;
  if (c.count === 3 && value.length >= 10) return null;
  return 'too simple for a password (needs mixed character classes or randomness)';
}

// ---------------------------------------------------------------------------------------------
// Provider formats

let knownPrefixes: string[] = [];
let providerWords = new Set<string>();
let providerPhrases: string[] = [];
let providerLineWords: RegExp | null = null;

// Keywords of specific rules that are ordinary secret vocabulary, not a provider's name.
const GENERIC_WORDS = new Set([
  'password', 'passwd', 'pwd', 'pass', 'secret', 'secrets', 'token', 'tokens', 'key', 'keys', 'api', 'apikey', 'access',
  'accesstoken', 'accesskey', 'auth', 'authtoken', 'private', 'privatekey', 'pat', 'begin', 'session', 'sessiontoken',
  'security', 'securitytoken', 'service', 'serviceaccount', 'account', 'storage', 'storageaccount', 'client',
  'clientsecret', 'secretkey', 'signing', 'webhook', 'bot', 'app', 'admin', 'cloud', 'sig', 'user', 'oauth', 'bearer',
  'credential', 'credentials', 'cleartextpassword', 'accesskeysecret', 'secretaccesskey', 'incomingwebhook', 'devops',
  'keystore', 'generic', 'basic', 'database', 'connection', 'kubernetes', 'env', 'file', 'config', 'json', 'legacy',
]);
// Provider names whose rules key on a token prefix rather than the name, so no keyword says so.
const EXTRA_PROVIDERS = ['aws', 'amazon', 'gcp'];

/**
 * Tells the generic rules what the specific rules own (their keywords): values carrying a token
 * prefix (`ghp_`, `sk_live_`, `xoxb-`, `AKIA`…), and names or lines naming a provider (`DD_API_KEY`,
 * `MAILGUN_API_KEY`, `# twilio`). Such a candidate that the specific rule did not report (wrong
 * length, bad checksum, test mode, unknown format) is that rule's call, not a generic finding.
 * Called by rules/catalog/generic.ts with the specific rules.
 */
export function registerSpecificRules(rules: readonly Rule[]): void {
  const prefixes = new Set<string>();
  const words = new Set<string>(EXTRA_PROVIDERS);
  const providers = new Set<string>(EXTRA_PROVIDERS.filter((p) => p.length >= 4));
  const phrases = new Set<string>();
  for (const r of rules) {
    if (r.generic) continue;
    // Rule ids are provider-first (`telegram-bot-token`, `mapbox-secret-token`).
    const provider = /^([a-z][a-z0-9]{3,})-/.exec(r.id)?.[1];
    if (provider && !GENERIC_WORDS.has(provider)) {
      words.add(provider);
      providers.add(provider);
    }
    for (const k of r.keywords) {
      if (/\s/.test(k) || k.length < 3) continue;
      // Token prefixes such as `ghp_`, `sk_live_`, `xoxb-`, `akia`, `glpat-`.
      if (/[^a-z]/.test(k) || k.length >= 4) prefixes.add(k.replace(/\$$/, ''));
      const word = /^([a-z][a-z0-9]*)[-_.]?$/.exec(k);
      if (word && !GENERIC_WORDS.has(word[1]!)) words.add(word[1]!);
      const phrase = /^[a-z0-9]+(?:[-_.][a-z0-9]+)+[-_.]?$/.test(k) ? k.replace(/[^a-z0-9]/g, '') : '';
      if (phrase.length >= 6 && !GENERIC_WORDS.has(phrase)) phrases.add(phrase);
    }
  }
  for (const w of words) if (w.length >= 5) phrases.add(w);
  knownPrefixes = [...prefixes].filter((p) => !GENERIC_WORDS.has(p)).sort((a, b) => b.length - a.length);
  providerWords = words;
  providerPhrases = [...phrases];
  // In the rest of the line only provider names (from rule ids) count, as whole words.
  const lineWords = [...providers].filter((w) => /^[a-z]+\d?$/.test(w));
  providerLineWords = lineWords.length > 0 ? new RegExp(`(?<![a-z0-9])(?:${lineWords.join('|')})(?![a-z0-9])`, 'i') : null;
}

function knownPrefixOf(value: string): string | null {
  const lower = value.toLowerCase();
  for (const p of knownPrefixes) {
    // Short prefixes (`hf_`, `re_`, `sk-`) are lower-case in every real format: compare exactly,
    // so that a random value starting `LD-` or `Re_` is not taken for one.
    if ((p.length < 4 ? value.startsWith(p) : lower.startsWith(p)) && value.length > p.length) return p;
    // Inner markers such as `:APA91b` (FCM) or `T3BlbkFJ` (OpenAI) never occur in random text.
    if (p.length >= 5 && /[^a-z]/.test(p) && /[a-z]/.test(p) && lower.includes(p)) return p;
  }
  return null;
}

/** Why a generic candidate belongs to a provider's rules: its name or line names the provider. */
export function providerReason(name: string, line = ''): string | null {
  for (const part of nameParts(name)) if (providerWords.has(part)) return `the name names a provider ("${part}") whose rules judge it`;
  const flat = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  for (const p of providerPhrases) if (flat.includes(p)) return `the name names a provider ("${p}") whose rules judge it`;
  const m = providerLineWords?.exec(line);
  if (m) return `the line names a provider ("${m[0].toLowerCase()}") whose rules judge it`;
  return null;
}

// ---------------------------------------------------------------------------------------------
// Context

/**
 * For the YAML entry on the line holding `index`: the key of the map it sits in (the nearest
 * less-indented line, e.g. `data`, `stringData`, `encryptedData`) and the `kind:` of its document
 * (between `---` separators). Plain line scanning, bounded to 2,000 lines upwards.
 */
export function yamlContext(text: string, index: number): { parent: string | null; kind: string | null } {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, index))![0].length;
  if (indent === 0) return { parent: null, kind: null };
  let end = lineStart - 1;
  for (let steps = 0; end > 0 && steps < 2000; steps++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).replace(/\r$/, '');
    end = start - 1;
    if (/^\s*(?:#.*)?$/.test(line)) continue;
    const lineIndent = /^[ \t]*/.exec(line)![0].length;
    if (lineIndent >= indent) continue;
    const m = /^[ \t]*(?:-[ \t]+)?["']?([\w.-]+)["']?[ \t]*:[ \t]*(?:#.*)?$/.exec(line);
    if (!m) return { parent: null, kind: null };
    const docStart = text.lastIndexOf('\n---', start) + 1;
    const docEnd = text.indexOf('\n---', index);
    const doc = text.slice(docStart, docEnd < 0 ? text.length : docEnd);
    const kind = /^[ \t]*(?:-[ \t]+)?kind[ \t]*:[ \t]*["']?([\w.-]+)["']?[ \t]*(?:#.*)?\r?$/m.exec(doc);
    return { parent: m[1]!, kind: kind ? kind[1]! : null };
  }
  return { parent: null, kind: null };
}

/** `data` / `stringData` when the entry at `index` is one of a Kubernetes Secret's values. */
export function kubernetesSecretSection(text: string, index: number): 'data' | 'stringData' | null {
  const c = yamlContext(text, index);
  return c.kind === 'Secret' && (c.parent === 'data' || c.parent === 'stringData') ? c.parent : null;
}

/** Why a YAML entry belongs to another rule or holds ciphertext, or null. */
let ownerText = '';
let ownerRelevant = false;

export function yamlOwnerReason(text: string, index: number): string | null {
  // Once per text (the rules call this for every candidate of a fragment): does it hold a Secret
  // or SealedSecret manifest at all?
  if (text !== ownerText) {
    ownerText = text;
    ownerRelevant = /^[ \t]*(?:-[ \t]+)?kind[ \t]*:[ \t]*["']?(?:Secret|SealedSecret)\b|^[ \t]*encryptedData[ \t]*:/m.test(text);
  }
  if (!ownerRelevant) return null;
  const c = yamlContext(text, index);
  if (c.kind === 'Secret' && (c.parent === 'data' || c.parent === 'stringData')) return 'a Kubernetes Secret value (the kubernetes-secret rule judges it)';
  if (c.parent === 'encryptedData' || c.kind === 'SealedSecret') return 'SealedSecret ciphertext';
  return null;
}

/** The text following a regex match, for checks on what closes a value. */
export function after(match: RegExpExecArray, length = 2): string {
  const end = match.index + match[0].length;
  return match.input.slice(end, end + length);
}
