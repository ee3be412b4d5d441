import type { Example, Rule } from '../src/engine/rule.ts';
import type { Fake } from '../src/engine/fake.ts';
import { classifyName, passwordReason, providerReason, tokenReason, yamlOwnerReason, type NameKind } from './support/values.ts';

// Keyword-plus-value rules: a name that says "password", "secret", "token" or "<qualifier> key"
// assigned a literal, in the syntaxes of code and configuration files. These rules know no format,
// so they decide on the value alone (rules/support/values.ts): a generated-looking token
// (entropy at the random floor for its alphabet and length, mixed character classes, not
// word-like), or for password names a human-made password (8+ characters mixing 3–4 classes);
// never a placeholder, environment lookup, template, expression, UUID, digest, path, URL, number
// or identifier. They are `generic`: any specific rule matching the same text wins, and a specific
// rule whose own check failed vetoes them.
//
// Format survey behind the name list: CWE-798 and the public generic rules of gitleaks
// (generic-api-key) and detect-secrets (KeywordDetector).

const DOCS = 'https://cwe.mitre.org/data/definitions/798.html';

// A name: an identifier (with `.`/`-` for properties and headers) that contains a secret word.
// Used after a literal (`<`, `key=`, `name:`, `ENV `), so it only runs where one occurs; the
// lookahead + backreference pair makes it atomic, and both sides are bounded.
function nameSource(words: string): string {
  return `[\\w.-]{0,48}?(?:${words})[\\w.-]{0,40}`;
}

const PASSWORD_WORDS = 'pass|pwd|pswd';
const SECRET_WORDS = 'secret|token|cred|key';

// The value (the last group): a quoted literal (a quote on both sides, one line), or an unquoted
// run that stops at whitespace, quotes, `;`, `,`, brackets and `<`/`>`; inside a URL query (a `?`
// earlier in the same run of text) it also stops at `&`.
const VALUE =
  '((?<=["\'`])[^"\'`\\r\\n]{1,1000}(?=["\'`])|(?<!["\'`])[^\\s"\'`<>;,(){}\\[\\]](?:[^\\s"\'`<>;,(){}\\[\\]&]|&(?<!\\?[^\\s?"\'`]{0,300}&)){0,999})';

function assignmentRegex(words: string): RegExp {
  const name = nameSource(words);
  // Operators: `=`, `:`, `:=`, `=>`, `?=`, `??=`, `||=` (not `==`, `=~`, `::`, `:-`).
  const op = '(?::=|=>|\\?\\?=|\\|\\|=|\\?=|:(?![:=\\-])|=(?!=[\\s"\'=]|[>~]))';
  // Optional type annotation between name and `=`: `apiKey: string =`, `API_KEY: str =`, `val key: String =`.
  const annotation = '(?:[ \\t]*:[ \\t]*[A-Za-z_][\\w.<>\\[\\]?]{0,30}(?=[ \\t]+=[^=]))?';
  const branches = [
    // 1: XML element <password>…</password>
    `<(?=(${name})>)\\1>`,
    // 2: XML attributes <add key="ApiKey" value="…"/>, <entry key="password">…</entry>
    `(?<![\\w-])(?:key|name)[ \\t]*=[ \\t]*["'](?=(${name})["'])\\2["'](?:[ \\t]+value[ \\t]*=[ \\t]*|[ \\t]*>)`,
    // 3: Dockerfile `ENV NAME value` (old syntax, no `=`)
    `(?<=\\bENV[ \\t]{1,8})(?=(${name})[ \\t])\\3[ \\t]{1,8}`,
    // 4: name/value pairs: Kubernetes / Compose / ECS env lists, `- name: API_KEY` + `value: …`
    `(?<![\\w-])["']?name["']?[ \\t]*:[ \\t]*["']?(?=(${name})["']?[ \\t]*,?[ \\t]*\\r?\\n?[ \\t]*(?:-[ \\t]+)?["']?value["']?[ \\t]*:)\\4["']?[ \\t]*,?[ \\t]*\\r?\\n?[ \\t]*(?:-[ \\t]+)?["']?value["']?[ \\t]*:[ \\t]*`,
    // 5: assignments in code and configuration: name [quote] [annotation] op. The secret word is
    // matched first (a cheap literal test at each position) and the rest of the name around it is
    // checked after: the identifier's start by a lookbehind (group 6), its end by group 7.
    `(${words})(?<=(?<![\\w.-])([\\w.-]{0,48})\\5)([\\w.-]{0,40})(?![\\w.-])["'\`]?\\]?${annotation}[ \\t]{0,4}${op}[ \\t]{0,4}`,
    // 8: command-line flags `--api-key abc`, and SQL `PASSWORD 'x'` / `IDENTIFIED BY 'x'`
    `(?<![\\w-])(--[\\w-]{0,30}?(?:${words})[\\w-]{0,20}(?=[ \\t]+[^\\s-])|(?:password|identified[ \\t]+by)(?=[ \\t]+'))[ \\t]+`,
  ];
  // Opening quote of the value, with Python / C# string prefixes (r"", b"", f"", @"").
  return new RegExp(`(?:${branches.join('|')})(?:[rRbBuUfF@]{0,2}["'\`])?${VALUE}`, 'i');
}

function nameOf(m: RegExpExecArray): string {
  if (m[8] !== undefined) return /^identified/i.test(m[8]) ? 'password' : m[8];
  return m[1] ?? m[2] ?? m[3] ?? m[4] ?? `${m[6] ?? ''}${m[5] ?? ''}${m[7] ?? ''}`;
}

function genericValidate(kind: NameKind) {
  return (secret: string, m: RegExpExecArray): true | string => {
    const name = nameOf(m);
    const c = classifyName(name);
    if ('reason' in c) return c.reason;
    if (c.kind !== kind) return kind === 'password' ? 'not a password name' : 'a password name (see generic-password)';
    const end = m.index + m[0].length;
    const lineStart = m.input.lastIndexOf('\n', m.index) + 1;
    const lineEnd = m.input.indexOf('\n', end);
    // A token under a provider's name is that provider's rules' call; a password is a password.
    const provider = kind === 'secret' ? providerReason(name, m.input.slice(lineStart, lineEnd < 0 ? undefined : lineEnd)) : null;
    if (provider) return provider;
    const next = m.input.slice(end, end + 2);
    const quoted = /["'`]/.test(m.input[end - secret.length - 1] ?? '');
    if (!quoted && /^[([]/.test(next)) return 'a function call or index expression';
    if (m[1] !== undefined && !next.startsWith('</')) return 'not a closed XML element';
    if (!quoted && /^\.[A-Za-z_]/.test(next)) return 'an expression';
    // `pass = isValid && count === 1`, `token = prefix + suffix`: an operator follows the value.
    if (!quoted && /^[ \t]*(?:&&|\|\||\?\?|[+*/%?]|[!=]==?|\.[A-Za-z_])/.test(m.input.slice(end, end + 6))) return 'an expression';
    const owner = yamlOwnerReason(m.input, end - secret.length);
    if (owner) return owner;
    const reason = kind === 'password' ? passwordReason(secret, { identifiers: quoted ? 'words' : 'reject' }) : tokenReason(secret);
    return reason ?? true;
  };
}

function syntaxes(name: string, value: string): string[] {
  const upper = name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  const snake = upper.toLowerCase();
  return [
    `const ${name} = "${value}";`, // JS / TS
    `export const config = { ${name}: '${value}', region: 'eu-west-1' };`, // object literal
    `${upper} = "${value}"`, // Python / TOML / HCL
    `client = Client(${snake}="${value}", timeout=30)`, // Python kwargs
    `\t${name} := "${value}"`, // Go
    `    private static final String ${upper} = "${value}";`, // Java
    `${snake}: ${value}`, // YAML unquoted
    `  ${snake}: "${value}"`, // YAML quoted
    `{"${snake}": "${value}", "enabled": true}`, // JSON
    `app.${name}=${value}`, // .properties
    `export ${upper}=${value}`, // shell
    `ENV ${upper}=${value}`, // Dockerfile
    `  ${snake} = "${value}"`, // Terraform / INI
    `<${name}>${value}</${name}>`, // XML element
    `  <add key="${name}" value="${value}" />`, // .NET appSettings
    `        - name: ${upper}\n          value: "${value}"`, // Kubernetes env
    `val ${name}: String = "${value}"`, // Kotlin
    `string ${name} = @"${value}";`, // C#
    `$${name} = '${value}';`, // PHP
    `'${snake}' => '${value}',`, // PHP array / Ruby hash
    `curl -H "X-${name}: ${value}" https://api.vendor.io`, // header
  ];
}

// Hard negatives every generic rule must leave alone (no secret in any of them).
function commonNoMatch(f: Fake, name: string): Example[] {
  const upper = name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  return [
    `${name} = process.env.${upper}`,
    `${upper} = os.getenv("${upper}")`,
    `${upper} = os.environ["${upper}"]`,
    `${name}: \${${upper}}`,
    `${name}: "{{ .Values.${name} }}"`,
    `${name}: \${{ secrets.${upper} }}`,
    `${name} = "%(${name})s"`,
    `String ${name} = System.getenv("${upper}");`,
    `${name} = ENV["${upper}"]`,
    `${name}: your-${name}-here`,
    `${upper}=<${name}>`,
    `${upper}=xxxxxxxxxxxxxxxxxxxxxxxx`,
    `${name} = get${name[0]!.toUpperCase()}${name.slice(1)}FromVault()`,
    `${name}: config.${name},`,
    `${name} = self.settings.${name}`,
    `${name} = "${f.uuid()}"`,
    `${name}: true`,
    `${name}: 3600`,
    `${name}: ./secrets/${name}.json`,
    `${name}: https://vault.internal/v1/kv/app`,
    `${name}: getUserCredentialsProvider`,
    `${name}: ${name}FromEnvironment`,
    `${upper}: ""`,
    `if (${name} == "${f.b62(24)}") {`,
  ];
}

export const genericPassword: Rule = {
  id: 'generic-password',
  description: 'Hard-coded password: a password-named key assigned a literal password',
  docs: DOCS,
  keywords: ['pass', 'pwd', 'pswd', 'identified by'],
  // The name (holding a keyword) comes at most ~50 characters before the value, and a value is at
  // most 1,000 characters: no match lies outside this window around a keyword.
  near: { before: 200, after: 1200 },
  regex: assignmentRegex(PASSWORD_WORDS),
  secretGroup: 9,
  generic: true,
  validate: genericValidate('password'),
  remediation:
    "Change the password on the system it unlocks (database ALTER USER, the service's account settings), then load it from an environment variable or secret manager (Vault, AWS Secrets Manager, Kubernetes Secret) instead of the file.",
  examples: (f) => ({
    match: [
      ...syntaxes('dbPassword', f.password(16)),
      `spring.datasource.password=${f.password(14)}`,
      // A human-made password (built here so that this file holds no password-shaped literal).
      `DB_PASSWORD=${['Sup3r', 'S3cret', '!2024'].join('')}`,
      `smtp_pass = '${f.b62(20)}'`,
      `--password=${f.b62(12)}${f.digits(2)}`,
      `ENV ADMIN_PASSWORD ${f.password(16)}`,
      `ARG REGISTRY_PASSWORD=${f.password(16)}`,
      `CREATE USER app WITH PASSWORD '${f.password(16)}';`,
      `ALTER USER 'app'@'%' IDENTIFIED BY '${f.password(16)}';`,
      `mysqladmin --user=root --password ${f.b62(16)} status`,
    ],
    noMatch: [
      ...commonNoMatch(f, 'password'),
      'password: hunter2',
      'password = "password123"',
      'DB_PASSWORD=P@ssw0rd!',
      'ADMIN_PASSWORD=changeme',
      'password: Admin123',
      'password_hash: "$2b$12$' + f.b64(53).replace(/\+/g, '.') + '"',
      `password_min_length: 12`,
      `passwordField: "user_password"`,
      `showPassword: false`,
      `password: ${'*'.repeat(10)}`,
      'PASSWORD=${DB_PASSWORD:-postgres}',
      `password: ENC(${f.b64(44)})`,
      `password: "$ANSIBLE_VAULT;1.1;AES256"`,
      `  passport: ${f.b62(24)}`,
      `bypass_token_check = True`,
      `ALTER USER app IDENTIFIED BY '\${APP_PASSWORD}';`,
      `--password <password>`,
      'Use the --password flag to set it',
    ],
  }),
};

export const genericSecret: Rule = {
  id: 'generic-secret',
  description: 'Hard-coded secret: a secret / token / API-key-named key assigned a random-looking literal',
  docs: DOCS,
  keywords: ['secret', 'token', 'cred', 'key'],
  // The name (holding a keyword) comes at most ~50 characters before the value, and a value is at
  // most 1,000 characters: no match lies outside this window around a keyword.
  near: { before: 200, after: 1200 },
  regex: assignmentRegex(SECRET_WORDS),
  secretGroup: 9,
  generic: true,
  validate: genericValidate('secret'),
  remediation:
    'Revoke the key or token in the service that issued it (its API keys / developer settings page), issue a new one, and load it from an environment variable or secret manager instead of the file; purge the old value from git history.',
  examples: (f) => ({
    match: [
      ...syntaxes('apiKey', f.b62(32)),
      ...syntaxes('clientSecret', f.b64url(40)),
      `billingSecretKey = "${f.hex(48)}"`,
      `AUTH_TOKEN=${f.lowerAlnum(32)}`,
      `jwt_secret: ${f.base64Bytes(48)}`,
      `SECRET_KEY_BASE = "${f.hex(128)}"`,
      `credentials: "${f.b62(40)}"`,
      `signing_key = '${f.b64(44)}'`,
      `const ENCRYPTION_KEY = "${f.HEX(64)}";`,
      `"private_key": "${f.hex(64)}"`,
      `app.access_token=${f.b62(20)}-${f.b62(20)}`,
      `ARG REGISTRY_AUTH_TOKEN=${f.b64url(36)}`,
      `deploy --api-key ${f.b62(32)} --region eu-west-1`,
      `http://localhost:8080/callback?state=xyz&access_token=${f.b62(32)}&expires_in=3600`,
    ],
    noMatch: [
      ...commonNoMatch(f, 'apiKey'),
      ...commonNoMatch(f, 'clientSecret'),
      'token_type: bearer',
      'grant_type: client_credentials',
      `secretName: my-app-secret`,
      `existingSecret: postgres-credentials`,
      `secretKeyRef:\n  name: db\n  key: password`,
      `token_url: https://oauth2.googleapis.com/token`,
      `tokenEndpoint: "https://login.corp.io/oauth2/v2.0/token"`,
      `api_key_header: X-API-Key`,
      `max_tokens: 4096`,
      `"integrity": "sha512-${f.base64Bytes(64)}"`,
      `commit_sha: ${f.hex(40)}`,
      `token_hash = "${f.hex(64)}"`,
      `secret_checksum: ${f.hex(64)}`,
      `const api_key = "${f.uuid()}";`,
      `client_id: "${f.digits(12)}-${f.lowerAlnum(32)}.apps.googleusercontent.com"`,
      `publishable_key: pk_live_${f.b62(24)}`,
      `STRIPE_SECRET_KEY=sk_test_${f.b62(24)}`,
      `public_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${f.b64(43)} ci@host"`,
      `recaptcha_site_key: ${f.b64url(40)}`,
      `secret_logo: data:image/png;base64,${f.base64Bytes(48)}`,
      `token_color: "#ff8800"`,
      `signing_key: "static/js/main.${f.hex(8)}.chunk.js"`,
      `apiKey: "app.${f.hex(20)}.bundle.js"`,
      `var a="${f.b62(32)}";var b=function(c){return c.key}`,
      `cache_key: ${f.hex(40)}`,
      `sort_key: created_at`,
      `key: ${f.b62(32)}`,
      `tokenizer: "Lorem ipsum dolor sit amet consectetur"`,
      `secret: lorem-ipsum-dolor-sit-amet`,
      `apiKey: apiKeyFromSettingsStore`,
      `accessToken: getAccessTokenSilently`,
      `refresh_token: REFRESH_TOKEN_PLACEHOLDER`,
      `token: ${f.b62(8)}`,
      `secret = "${f.lowerAlnum(6)}"`,
      `<input type="hidden" name="authenticity_token" value="${f.b64(86)}==">`,
      `<input name="__RequestVerificationToken" type="hidden" value="${f.b64url(92)}" />`,
      `<input type="hidden" name="csrfmiddlewaretoken" value="${f.b62(64)}">`,
      `<meta name="csrf-token" content="${f.b64(86)}==">`,
      `private static final String TOKEN_HEADER = "X-Auth-Token-${f.b62(16)}";`,
      `SECRET_KEY_FILE: /run/secrets/${f.lowerAlnum(12)}`,
    ],
  }),
};

export const genericAssignment: Rule[] = [genericPassword, genericSecret];
