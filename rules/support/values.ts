import { createRequire } from 'node:module';
import type { Rule } from '../../src/engine/rule.ts';
import { placeholderReason, WHOLE_TEMPLATE } from '../../src/engine/placeholder.ts';
import { characterClasses, identifierShaped, looksRandom, symbolSoup } from '../../src/engine/entropy.ts';

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
  'validator', 'valid', 'verification', 'placeholder', 'hint', 'help', 'message', 'msg', 'error', 'errors', 'title', 'text', 'description',
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
  // WordPress authentication keys and salts in wp-config.php (random 64-character values):
  // https://developer.wordpress.org/apis/wp-config-php/#security-keys
  if (/^(?:(?:SECURE_)?AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)$/.test(name)) return { kind: 'secret' };
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
// Datadog RUM client tokens (`pub` + 32 hex, shipped in browser code:
// https://docs.datadoghq.com/account_management/api-app-keys/#client-tokens), Mapbox public
// tokens (`pk.` + JWT-like body: https://docs.mapbox.com/accounts/guides/tokens/). reCAPTCHA site
// keys and the like are handled by name (publicByDesignReason).
const PUBLIC_ID = /\.apps\.googleusercontent\.com$|^pk_(?:live|test)_|^(?:AC|SK)?[0-9a-f]{32}\.apps\.|^pub[0-9a-f]{32}$|^pk\.eyJ[\w-]+\.[\w-]+$/;
// Test-mode keys (sk_test_…, rk_test_…): not production credentials; the provider rules decide.
const TEST_MODE = /^[a-z]{1,6}_test_|^test_[a-z]{0,6}_?/i;
const BOOLEAN_OR_NULL = /^(?:true|false|yes|no|on|off|null|nil|none|undefined|nan|empty|required|optional|disabled|enabled|n\/a)$/i;
const NUMBER = /^[-+]?(?:\d[\d_,]*)?\.?\d+(?:e[-+]?\d+)?$/i;
// A reference in code: `config.api.key`, `self.password`, `this.props.token`, `req.body.secret`.
// Every segment must read as an identifier: a leetspeak word with digits, a dot and a word is a
// password, not a member access.
const MEMBER_EXPRESSION = /^[A-Za-z_$][\w$]*(?:(?:\.|::|->|\?\.)[A-Za-z_$][\w$]*)+$/;
const CODE_IDENTIFIER = /^[A-Za-z_$][\w$]*(?:(?:\.|::|->|\?\.)[A-Za-z_$][\w$]*)*$/;
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

// node:crypto is loaded on the first candidate that reaches this check only: a clean commit, the
// common case, never pays for it (~4 ms of the hook's start-up, measured with --cpu-prof).
const require = createRequire(import.meta.url);

export function isDocumentationExample(value: string): boolean {
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  return DOCUMENTATION_EXAMPLES.has(createHash('sha256').update(value).digest('hex').slice(0, 16));
}

/**
 * Reasons shared by every kind of value: not a credential whatever its name says.
 * `leetEmails`: a password that spells a word with `@` for `a`, then digits, a dot and a word, has
 * the shape of an e-mail address; with this option a one- or two-character "local part" is taken
 * for such a word.
 */
export function valueShapeReason(value: string, options: { leetEmails?: boolean } = {}): string | null {
  if (value.length === 0) return 'empty';
  // Generated values with a symbol alphabet (Django SECRET_KEY, WordPress salts) may hold spaces,
  // parentheses and template-like pairs by chance; their random skeleton tells them apart.
  const soup = symbolSoup(value);
  if (/\s/.test(value) && !soup) return 'contains whitespace (prose, not a generated secret)';
  if (BOOLEAN_OR_NULL.test(value)) return 'a boolean or null';
  if (NUMBER.test(value)) return 'a number';
  if (UUID.test(value)) return 'a UUID (an identifier)';
  if (/^eyJ[\w-]*\.[\w-]*\.?[\w-]*$/.test(value)) return 'JWT-shaped (the jwt-token rule judges it)';
  if (PASSWORD_HASH.test(value)) return 'a password hash';
  if (DIGEST.test(value)) return 'an integrity digest';
  if (/^data:/i.test(value)) return 'a data: URI';
  if (/^#[0-9a-f]{3,8}$/i.test(value)) return 'a colour';
  if (SCHEME_URL.test(value) || /^www\./i.test(value)) return 'a URL';
  if (EMAIL.test(value) && !(options.leetEmails && /^[^@]{1,2}@/.test(value))) return 'an e-mail address';
  if (IP.test(value)) return 'an IP address';
  if (HOSTNAME.test(value) && !/[A-Z]/.test(value)) return 'a host name';
  if (PUBLIC_MATERIAL.test(value)) return 'public key material';
  if (PUBLIC_ID.test(value)) return 'a public client identifier';
  if (TEST_MODE.test(value)) return 'a test-mode key';
  if (isPath(value) && !soup) return 'a file path';
  if (TEMPLATE_LIKE.test(value) && (!soup || WHOLE_TEMPLATE.test(value))) return 'a template or variable reference';
  if (/^@[A-Za-z_][\w.]*$/.test(value) && identifierShaped(value.slice(1))) return 'a parameter reference (@name)';
  if (LOOKUP.test(value)) return 'a configuration lookup';
  if (/[()]/.test(value) && !soup) return 'a function call or expression';
  if (/^!+[A-Za-z_$][\w$.]*$/.test(value) && identifierShaped(value.replace(/^!+/, ''))) return 'a negated expression';
  if (MEMBER_EXPRESSION.test(value) && value.split(/\.|::|->|\?\./).every(memberSegment)) return 'a member expression';
  const known = knownPrefixOf(value);
  if (known) return `carries the "${known}" prefix of a specific format, which its own rule judges`;
  const p = placeholderReason(value);
  if (p) return p;
  if (isDocumentationExample(value)) return 'a sample credential from a specification or vendor docs';
  return null;
}

/**
 * A segment of a member expression: a cased name with at most a short number after it (`cfg`,
 * `Keyword`, `apiKey`, `db2`), or camel-case words with a number inside (`oauth2Client`).
 * Leetspeak words with digits inside and after them are not how code names things.
 */
function memberSegment(seg: string): boolean {
  if (seg.length <= 3 || identifierShaped(seg)) return true;
  if (/^(?:[a-z]+|[A-Z]+|[A-Z]?[a-z]+(?:[A-Z][a-z]+)+|[A-Z][a-z]+)\d{0,3}$/.test(seg)) return !looksRandom(seg, 12);
  return /^[a-z]{2,}\d{1,3}(?:[A-Z][a-z]+)+\d{0,3}$/.test(seg) && identifierShaped(seg.replace(/\d/g, ''));
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
  // A symbol-rich value is judged on its skeleton (symbolSoup): its own entropy floor assumes a
  // 64-character alphabet, which Django's 50-character one does not reach.
  if (!looksRandom(value, 12) && !symbolSoup(value)) return 'does not look random (entropy, character mix or word-likeness)';
  return null;
}

// Base words of passwords that are placeholders once decorations (leading / trailing digits and
// symbols) and leetspeak are removed: P@ssw0rd!, admin123, s3cr3t, Changeme#1.
const PLACEHOLDER_WORDS = [
  'password', 'passwort', 'passwd', 'passw', 'pass', 'pwd', 'pw', 'secret', 'secrets', 'admin', 'administrator', 'root', 'toor',
  'test', 'tests', 'testing', 'tester', 'changeme', 'changeit', 'change', 'letmein', 'qwerty', 'qwertz', 'azerty', 'asdf',
  'asdfgh', 'welcome', 'default', 'guest', 'user', 'username', 'demo', 'example', 'sample', 'dummy', 'foo', 'bar', 'baz',
  'foobar', 'foobared', 'my', 'your', 'db', 'database', 'mysql', 'postgres', 'redis', 'mongo', 'login', 'access',
  'token', 'key', 'api', 'apikey', 'dev', 'local', 'localhost', 'temp', 'tmp', 'new', 'old', 'abc', 'xyz', 'mypass', 'pa',
  'ss', 'word', 'ord', 'w', 'p', 's', 'x', 'sa', 'sql', 'app', 'insecure', 'unsafe', 'private',
];
// Words of the most common human passwords and vendor defaults (scott/tiger, pi/raspberry,
// vagrant/vagrant, hunter2): a default only bare or with digits (monkey123, hunter2). With a
// symbol in the decoration (word, caret, year) the word is just the base of a made-up password.
const COMMON_WORDS = [
  'iloveyou', 'monkey', 'dragon', 'master', 'sunshine', 'princess', 'football', 'baseball', 'trustno', 'shadow', 'superman',
  'batman', 'tiger', 'scott', 'oracle', 'manager', 'hunter', 'docker', 'jenkins', 'ubuntu', 'vagrant', 'raspberry', 'pi',
  'hello', 'world',
];
const PLACEHOLDER_SET = new Set(PLACEHOLDER_WORDS);
const WEAK_SET = new Set([...PLACEHOLDER_WORDS, ...COMMON_WORDS]);
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '8': 'b' };

/** True when a password is a placeholder word or a well-known default in disguise. */
export function isWeakPassword(pw: string): boolean {
  const core = pw.replace(/^[\d\W_]+|[\d\W_]+$/g, '');
  if (core.length === 0) return true; // digits and symbols only: 123456, !!!!
  const letters = [...core.toLowerCase()].map((ch) => LEET[ch] ?? ch).join('').replace(/[^a-z]/g, '');
  if (decomposes(letters, PLACEHOLDER_SET)) return true;
  // Common words: only with a plain (leetspeak at most) core and digits around it.
  const decoration = pw.slice(0, pw.indexOf(core)) + pw.slice(pw.indexOf(core) + core.length);
  return /^\d*$/.test(decoration) && /^[A-Za-z\d@$!]+$/.test(core) && decomposes(letters, WEAK_SET);
}

/** True when a value spells out "password" (leetspeak too): a name or label, not a password. */
export function spellsPassword(value: string): boolean {
  const letters = [...value.toLowerCase()].map((ch) => LEET[ch] ?? ch).join('');
  return /passw(?:or)?d|passphrase|passwort/.test(letters);
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
 * `identifiers`: how to treat identifier-shaped values (`dbPasswordV2`, word-word-digits):
 * - 'reject': an unquoted value in code: a code identifier or member chain (`dbPassword2`,
 *   `cfg.smtpPass`) is a reference; other word-made values (word-word-digits passphrases, `Word.year`,
 *   which no language reads as a name) are judged as in 'words';
 * - 'words': a string literal or a configuration file's value: a password when it has a digit;
 * - 'allow': a URL's or header's userinfo, a Kubernetes Secret's data: never a reference.
 */
export function passwordReason(
  value: string,
  options: { minLength?: number; identifiers?: 'reject' | 'words' | 'allow' } = {},
): string | null {
  const shape = valueShapeReason(value, { leetEmails: true });
  if (shape) return shape;
  const minLength = options.minLength ?? 8;
  if (value.length < minLength) return `too short for a password (< ${minLength} characters)`;
  if (isWeakPassword(value)) return 'a placeholder or well-known default password';
  if (spellsPassword(value)) return 'spells out "password" (a label or file name)';
  if (looksRandom(value, 12) || symbolSoup(value)) return null;
  const c = characterClasses(value);
  const identifiers = options.identifiers ?? 'reject';
  if (identifiers !== 'allow' && identifierShaped(value)) {
    if (identifiers === 'reject' && CODE_IDENTIFIER.test(value)) return 'an identifier, not a password';
    if (!c.digit) return 'an identifier, not a password';
  }
  if (c.count >= 4) return null;
  if (c.count === 3 && value.length >= 10) return null;
  return 'too simple for a password (needs mixed character classes or randomness)';
}

// ---------------------------------------------------------------------------------------------
// Provider formats

let knownPrefixes: string[] = [];

// Keywords of specific rules that are ordinary secret vocabulary, not a token prefix.
const GENERIC_WORDS = new Set([
  'password', 'passwd', 'pwd', 'pass', 'secret', 'secrets', 'token', 'tokens', 'key', 'keys', 'api', 'apikey', 'access',
  'accesstoken', 'accesskey', 'auth', 'authtoken', 'private', 'privatekey', 'pat', 'begin', 'session', 'sessiontoken',
  'security', 'securitytoken', 'service', 'serviceaccount', 'account', 'storage', 'storageaccount', 'client',
  'clientsecret', 'secretkey', 'signing', 'webhook', 'bot', 'app', 'admin', 'cloud', 'sig', 'user', 'oauth', 'bearer',
  'credential', 'credentials', 'cleartextpassword', 'accesskeysecret', 'secretaccesskey', 'incomingwebhook', 'devops',
  'keystore', 'generic', 'basic', 'database', 'connection', 'kubernetes', 'env', 'file', 'config', 'json', 'legacy',
]);

/**
 * Tells the generic rules which token prefixes the specific rules own (their keywords: `ghp_`,
 * `sk_live_`, `xoxb-`, `AKIA`…). A value carrying one that the specific rule did not report (wrong
 * length, bad checksum, test mode) is that rule's call, not a generic finding. A provider's *name*
 * does not silence the generic rules: a random value under `GITHUB_CLIENT_SECRET` or
 * `DD_API_KEY` that no specific rule reports is still a hard-coded secret (where a specific rule
 * does match the same text, it wins the overlap, and where its check fails it vetoes the span).
 * Called by rules/catalog/generic.ts with the specific rules.
 */
export function registerSpecificRules(rules: readonly Rule[]): void {
  const prefixes = new Set<string>();
  for (const r of rules) {
    if (r.generic) continue;
    for (const k of r.keywords) {
      if (/\s/.test(k) || k.length < 3) continue;
      if (/[^a-z]/.test(k) || k.length >= 4) prefixes.add(k.replace(/\$$/, ''));
    }
  }
  knownPrefixes = [...prefixes].filter((p) => !GENERIC_WORDS.has(p)).sort((a, b) => b.length - a.length);
}

function knownPrefixOf(value: string): string | null {
  const lower = value.toLowerCase();
  for (const p of knownPrefixes) {
    // Short prefixes (`hf_`, `re_`, `sk-`, `sg.`) are all lower or all upper case in every real
    // format: compare exactly, so that a random value starting `Ld-` or `Re_` is not taken for one.
    // A keyword that starts with a symbol (`+aba`, Azure's key signature) marks the inside of a token.
    const prefix = /^[a-z0-9]/.test(p) && (p.length < 4 ? value.startsWith(p) || value.startsWith(p.toUpperCase()) : lower.startsWith(p));
    if (prefix && value.length > p.length) return p;
    // Inner markers such as `:APA91b` (FCM) or `T3BlbkFJ` (OpenAI) never occur in random text.
    if (p.length >= 5 && /[^a-z]/.test(p) && /[a-z]/.test(p) && lower.includes(p)) return p;
  }
  return null;
}

// Settings that hold keys meant to be shipped to browsers and apps, whatever their secret-sounding
// names: Pusher app keys (the secret is PUSHER_APP_SECRET: https://pusher.com/docs/channels/server_api/authenticating-users/),
// Algolia / Meilisearch / Typesense search-only keys (https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key),
// Dropbox app keys and Shopify app API keys (OAuth client ids: https://shopify.dev/docs/apps/build/authentication-authorization/client-secrets),
// Datadog RUM client tokens, Facebook client tokens, Mixpanel project tokens, Segment write keys
// and Amplitude API keys (all documented as safe in client code).
const PUBLIC_BY_DESIGN: Array<[RegExp, string]> = [
  [/^(?=.*\bpusher\b)(?!.*\bsecret\b).*\bkey\b/, 'a Pusher app key is public (the app secret is the credential)'],
  [/^(?=.*\b(?:algolia|meili|meilisearch|typesense|docsearch)\b).*\bsearch\b|\bsearch only\b/, 'a search-only key is public'],
  [/^(?=.*\bdropbox\b)(?!.*\bsecret\b).*\bapp key\b/, 'a Dropbox app key is the OAuth client id'],
  [/\brum\b.*\b(?:client )?token\b|^(?=.*\b(?:dd|datadog)\b).*\bclient token\b/, 'a Datadog RUM client token is public'],
  [/^(?=.*\bmixpanel\b)(?!.*\b(?:secret|api)\b).*\btoken\b/, 'a Mixpanel project token is public'],
  [/^(?=.*\bsegment\b).*\bwrite key\b/, 'a Segment write key is public'],
  [/^(?=.*\bamplitude\b)(?!.*\bsecret\b).*\bapi key\b/, 'an Amplitude API key is public (the secret key is the credential)'],
  [/^(?=.*\b(?:facebook|fb|meta)\b).*\bclient token\b/, 'a Facebook client token is embedded in apps by design'],
  [/^(?=.*\bshopify\b)(?!.*\b(?:secret|admin|access|private)\b).*\b(?:api|app) key\b/, "a Shopify app's API key is its client id (the API secret is the credential)"],
];

/** Why a secret-sounding setting holds a key that is public by design, or null. */
export function publicByDesignReason(name: string): string | null {
  const words = nameParts(name).join(' ');
  for (const [re, reason] of PUBLIC_BY_DESIGN) if (re.test(words)) return reason;
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
