import type { Example, Rule } from '../src/engine/rule.ts';
import type { Fake } from '../src/engine/fake.ts';
import { classifyName, passwordReason, publicByDesignReason, tokenReason, yamlOwnerReason, type NameKind } from './support/values.ts';

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

const PASSWORD_WORDS = 'pass|pwd|pswd';
// `salt` only for WordPress's AUTH_SALT & co. (see classifyName).
const SECRET_WORDS = 'secret|token|cred|key|salt';

// The value (group `value`): a quoted literal up to its own closing quote (one line; `\"…\"` inside
// a JSON string, as notebooks store code), or an unquoted run that stops at whitespace, quotes, `;`,
// `,`, brackets, `<`/`>` and backslashes (a `\n` escape in code that holds the line as a string);
// inside a URL query (a `?` earlier in the same run of text) it also stops at `&`. Parentheses may
// occur in an unquoted value (generated keys use them); a call such as `getKey()` is told apart in
// validate.
const VALUE =
  '(?<value>' +
  [
    '(?<=\\\\")[^"\\\\\\r\\n]{1,1000}(?=\\\\")',
    "(?<=\\\\')[^'\\\\\\r\\n]{1,1000}(?=\\\\')",
    '(?<=")[^"\\r\\n]{1,1000}(?=")',
    "(?<=')[^'\\r\\n]{1,1000}(?=')",
    '(?<=`)[^`\\r\\n]{1,1000}(?=`)',
    '(?<!["\'`])[^\\s"\'`<>;,{}\\[\\]\\\\](?:[^\\s"\'`<>;,{}\\[\\]&\\\\]|&(?<!\\?[^\\s?"\'`]{0,300}&)){0,999}',
  ].join('|') +
  ')';

// PowerShell's `ConvertTo-SecureString "…" -AsPlainText -Force`: the literal is the password, alone
// or assigned (`$password = ConvertTo-SecureString …`).
const SECURE_STRING = `ConvertTo-SecureString(?:[ \\t]{1,4}-(?:String|AsPlainText|Force)\\b){0,3}[ \\t]{1,4}(?=["'])`;

// A literal default after an environment lookup is a hard-coded secret all the same:
// `process.env.API_TOKEN ?? "…"`, `os.getenv("API_KEY", "…")`, `ENV.fetch("TOKEN", "…")`.
const FALLBACK =
  '(?:process\\.env|import\\.meta\\.env)\\.[\\w$]{1,60}[ \\t]{0,3}(?:\\?\\?|\\|\\|)[ \\t]{0,3}(?=["\'`])|(?:os\\.getenv|os\\.environ\\.get|ENV\\.fetch|getenv|env)\\([ \\t]{0,3}["\'][\\w.-]{1,60}["\'][ \\t]{0,3},[ \\t]{0,3}(?=["\'])';

/**
 * The assignment regex of a generic rule. Every syntax that names the secret is anchored on the
 * secret word (`pass`, `key`, …): the scan only tests that cheap literal at each position, and the
 * rest of the identifier around it (`prefix`, `suffix`: the whole name is one run of `[\w.-]`) and
 * what precedes the name (`<`, `key="`, `ENV `, `(`) are checked from there by lookbehinds on the
 * captured text. Then one of the syntaxes between name and value, and the value. A few password
 * syntaxes have no name (`IDENTIFIED BY`, `curl -u user:…`, `mysql -p…`): they start with their own
 * literal. All quantifiers are bounded; there is no nested repetition.
 */
function assignmentRegex(words: string, kind: NameKind): RegExp {
  const name = '\\k<prefix>\\k<word>\\k<suffix>';
  // Operators: `=`, `:`, `:=`, `=>`, `?=`, `??=`, `||=` (not `==`, `=~ /re/`, `::`, `:-`), and a
  // literal fallback after `??` / `||` (`process.env.API_KEY ?? "…"`).
  const op = '(?::=|=>|\\?\\?=|\\|\\|=|\\?=|:(?![:=\\-])|=(?!=[\\s"\'=]|>|~[\\s/])|(?:\\?\\?|\\|\\|)(?=[ \\t]{0,4}["\'`]))';
  // Optional type annotation between name and `=`: `apiKey: string =`, `API_KEY: str =`,
  // `val key: String =`, Rust `KEY: &str =` / `&'static str`.
  const annotation = "(?:[ \\t]{0,8}:[ \\t]{0,8}&?(?:'static[ \\t]{1,8})?[A-Za-z_][\\w.<>\\[\\]?]{0,30}(?=[ \\t]{1,8}=[^=]))?";
  const syntaxes = [
    // XML element <password>…</password>
    `(?<xmlElement>)(?<=<${name})>`,
    // XML attributes <add key="ApiKey" value="…"/>, <entry key="password">…</entry>
    `(?<=(?<![\\w-])(?:key|name)[ \\t]{0,8}=[ \\t]{0,8}["']${name})["'](?:[ \\t]{1,8}value[ \\t]{0,8}=[ \\t]{0,8}|[ \\t]{0,8}>)`,
    // A directive, the name, a space and the value: Dockerfile `ENV NAME value` (old syntax),
    // C `#define API_KEY "…"`, Apache `SetEnv` / `RequestHeader set X-Api-Key "…"`, csh `setenv`,
    // fish `set -x`, nginx `proxy_set_header X-Api-Key "…"` / `set $api_key "…"`
    `(?<=(?<![\\w-])(?:(?:ENV|SetEnv|setenv|#[ \\t]{0,4}define|proxy_set_header|add_header|(?:Request)?Header[ \\t]{1,4}(?:set|add|append)|set[ \\t]{1,4}-[gxlU]{1,3})[ \\t]{1,8}|set[ \\t]{1,4}\\$)${name})[ \\t]{1,8}`,
    // Name/value pairs: Kubernetes / Compose / ECS env lists, `- name: API_KEY` + `value: …`,
    // Postman environments `{"key": "bearerToken", "value": "…"}`
    `(?<=(?<![\\w-])["']?(?:name|key)["']?[ \\t]{0,8}:[ \\t]{0,8}["']?${name})["']?[ \\t]{0,8},?[ \\t]{0,8}\\r?\\n?[ \\t]{0,16}(?:-[ \\t]{1,8})?["']?value["']?[ \\t]{0,8}:[ \\t]{0,8}`,
    // A name and a literal as arguments of a setter or lookup: PHP define('DB_PASSWORD', '…'),
    // os.environ.setdefault("API_KEY", "…"), props.setProperty("db.password", "…"),
    // headers.append("X-Api-Key", "…"), env("DB_PASSWORD", "…")
    `(?<=(?<![\\w$])(?:define|set\\w{0,20}|put\\w{0,10}|add\\w{0,10}|get\\w{0,20}|fetch|env|header|append|option)[ \\t]*\\([ \\t]*["']${name})["'][ \\t]*,[ \\t]*(?=["'])`,
    // Prose and Markdown: "the break-glass password is `…`", "API key: `…`", "**Password:** `…`",
    // "use the API token "…"" (a one-word qualifier may precede the name; the value in backticks
    // or double quotes). Also DSL calls such as Ruby's `api_key "…"`.
    `(?<=(?:(?<![\\w.-])(?<qualifier>[A-Za-z][\\w-]{0,24})[ \\t])?${name})[*_]{0,2}(?:[ \\t]{1,3}(?:is|was)[ \\t]{1,3}|[ \\t]{0,2}:[*_]{0,2}[ \\t]{0,3}|(?<spaceOnly>[ \\t]{1,3}))(?=[\`"])`,
    // Assignments in code and configuration: name [quote] [annotation] op, and what may wrap the
    // literal (a PowerShell SecureString, an environment lookup's default). A bare `key` is never a
    // credential's name, and in `key="apiKey" value="…"` / `"key": "bearerToken"` it names the name.
    `(?<!(?<![\\w.-])key)\\\\?["'\`]?\\]?${annotation}[ \\t]{0,4}${op}[ \\t]{0,4}(?:${SECURE_STRING}|${FALLBACK})?`,
    // Command-line flags `--api-key abc`
    `(?<=(?<![\\w.-])--[\\w.-]{0,46}\\k<word>\\k<suffix>)(?=[ \\t]+[^\\s-])[ \\t]+`,
  ];
  if (kind === 'password') {
    // SQL `PASSWORD 'x'`, redis.conf `requirepass x`, .netrc `machine h login u password x`: the
    // whole name is the keyword, then spaces.
    syntaxes.push(
      `(?<spaced>)(?:(?<=(?<![\\w.-])password)(?=[ \\t]+')|(?<=(?<![\\w.-])requirepass)(?=[ \\t]+[^\\s"'])|(?<=\\blogin[ \\t]{1,8}[^\\s]{1,100}\\s{1,40}password)(?=[ \\t]+[^\\s"']))[ \\t]+`,
    );
  }
  const named = `(?<word>${words})(?<=(?<![\\w.-])(?<prefix>[\\w.-]{0,48})\\k<word>)(?<suffix>[\\w.-]{0,40})(?![\\w.-])(?:${syntaxes.join('|')})`;
  const unnamed =
    kind === 'password'
      ? [
          // SQL `IDENTIFIED BY 'x'`, redis.conf `masterauth x`
          `(?<spacedKeyword>identified[ \\t]+by(?=[ \\t]+')|masterauth(?=[ \\t]+[^\\s"']))(?<![\\w-]\\k<spacedKeyword>)[ \\t]+`,
          // curl / wget user:password (`curl -u jenkins:…`, `--user=deploy:…`)
          `(?<userFlag>-u|--user|--proxy-user)(?<![\\w-]\\k<userFlag>)(?:[ \\t]{1,4}|=)["']?[^\\s:"'@$]{1,64}:(?=[^\\s"'@])`,
          // PowerShell ConvertTo-SecureString "…" -AsPlainText
          `(?<secureString>ConvertTo-SecureString)(?<![\\w-]ConvertTo-SecureString)${SECURE_STRING.slice('ConvertTo-SecureString'.length)}`,
          // `-p<password>` of mysql / mysqldump (attached), `-p <password>` of docker login / sshpass
          `(?<passwordFlag>-p)(?<=[ \\t]-p)(?:[ \\t]{1,4})?(?=[^\\s-])`,
        ]
      : [];
  // Opening quote of the value, with Python / C# string prefixes (r"", b"", f"", @""), or `\"`.
  return new RegExp(`(?:${[named, ...unnamed].join('|')})(?:[rRbBuUfF@]{0,2}\\\\?["'\`])?${VALUE}`, 'i');
}

/** The number of the `value` group (the engine reports a group by number). */
function valueGroup(re: RegExp): number {
  const before = re.source.slice(0, re.source.indexOf('(?<value>'));
  return (before.match(/(?<!\\)\((?!\?(?:[:=!]|<[=!]))/g) ?? []).length + 1;
}

function nameOf(m: RegExpExecArray): string {
  const g = m.groups ?? {};
  if (g.word === undefined || g.spaced !== undefined) return 'password';
  return `${g.qualifier !== undefined ? `${g.qualifier} ` : ''}${g.prefix ?? ''}${g.word}${g.suffix ?? ''}`;
}

/**
 * Whether an unquoted value is a literal by the syntax of its line, as in YAML (`password: v` on
 * its own line, in a block whose previous line is not a code object's `key: value,`) and in
 * .env / shell / .properties files (`NAME=v`, no spaces around `=`), rather than a reference in code.
 */
function literalLine(m: RegExpExecArray, valueStart: number, valueEnd: number): boolean {
  const input = m.input;
  const lineStart = input.lastIndexOf('\n', valueStart - 1) + 1;
  const lineEnd = input.indexOf('\n', valueEnd);
  const before = input.slice(lineStart, valueStart);
  const rest = input.slice(valueEnd, lineEnd < 0 ? undefined : lineEnd);
  if (!/^[ \t]*(?:#.*)?\r?$/.test(rest)) return false;
  if (/^[ \t]*(?:export[ \t]+|ENV[ \t]+|ARG[ \t]+|set[ \t]+)?[\w.-]+=$/.test(before)) return true;
  if (!/^[ \t]*(?:-[ \t]+)?["']?[\w.-]+["']?[ \t]*:[ \t]+$/.test(before)) return false;
  // The previous non-blank line of a YAML block ends in a value or `key:`, not `,` `{` `(` `;`.
  const prev = input.slice(Math.max(0, lineStart - 400), Math.max(0, lineStart - 1)).replace(/\s+$/, '');
  return !/[,{(;[]$/.test(prev);
}

function genericValidate(kind: NameKind) {
  return (secret: string, m: RegExpExecArray): true | string => {
    const name = nameOf(m);
    const c = classifyName(name);
    if ('reason' in c) return c.reason;
    if (c.kind !== kind) return kind === 'password' ? 'not a password name' : 'a password name (see generic-password)';
    const end = m.index + m[0].length;
    const start = end - secret.length;
    const lineStart = m.input.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = m.input.indexOf('\n', end);
    const line = m.input.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
    // Public-by-design keys under secret-sounding names (Pusher app key, Algolia search key).
    if (kind === 'secret') {
      const publicKey = publicByDesignReason(name);
      if (publicKey) return publicKey;
    }
    // DejaGnu / automake test logs: `PASS: gdb.base/foo.exp: …`.
    if (name === 'PASS' && /^PASS:[ \t]/.test(m[0])) return 'a test-result line (PASS: …)';
    const g = m.groups ?? {};
    if (g.userFlag !== undefined && !/\b(?:curl|wget|http|https)\b/i.test(line)) return 'not a curl / wget user:password';
    // `-P` is a port (mysql, scp); only the lower-case flag is a password.
    if (g.passwordFlag !== undefined && g.passwordFlag !== '-p') return 'not a -p password flag';
    if (g.passwordFlag !== undefined) {
      const attached = !/^-p[ \t]/.test(m[0]);
      const tool = attached
        ? /\b(?:mysql|mysqldump|mysqladmin|mysqlsh|mariadb|mariadb-dump)\b/
        : /\b(?:(?:docker|podman|nerdctl|buildah)[ \t]+login|sshpass)\b/;
      if (!tool.test(line)) return 'not a mysql -p / docker login -p / sshpass -p password';
    }
    if (/ConvertTo-SecureString/i.test(m[0]) && !/-AsPlainText\b/i.test(line)) return 'an encrypted SecureString (no -AsPlainText)';
    const next = m.input.slice(end, end + 2);
    const quoted = /["'`]/.test(m.input[start - 1] ?? '');
    if (!quoted && /^[([]/.test(next)) return 'a function call or index expression';
    if (g.xmlElement !== undefined && !next.startsWith('</')) return 'not a closed XML element';
    // "pass `-Dfoo=no` to meson": with only a space between, `pass` is the verb, and a flag or
    // `NAME=value` is an argument.
    if (g.spaceOnly !== undefined && (/^(?:pass|pwd)$/i.test(`${g.prefix}${g.word}${g.suffix}`) || /^-|^[A-Za-z_][\w.]*=|\\/.test(secret)))
      return 'prose: an argument or a pattern, not a secret';
    // A C macro's value is an expression unless it is a string literal.
    if (!quoted && /^[ \t]*#[ \t]*define\b/.test(line)) return 'a macro expression, not a string literal';
    if (!quoted && /^\.[A-Za-z_]/.test(next)) return 'an expression';
    // `pass = isValid && count === 1`, `token = prefix + suffix`: an operator follows the value.
    if (!quoted && /^[ \t]*(?:&&|\|\||\?\?|[+*/%?]|[!=]==?|\.[A-Za-z_])/.test(m.input.slice(end, end + 6))) return 'an expression';
    const owner = yamlOwnerReason(m.input, start);
    if (owner) return owner;
    const literal = quoted || literalLine(m, start, end);
    const reason = kind === 'password' ? passwordReason(secret, { identifiers: literal ? 'words' : 'reject' }) : tokenReason(secret);
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

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
// Plain words for made-up passwords and passphrases in the examples (no secret in any of them).
const WORDS = ['ember', 'cactus', 'harbor', 'maple', 'nebula', 'kestrel', 'lantern', 'quartz', 'saturn', 'osprey'];

/** A human-made password such as people write into compose files: Word + symbol + digits, or a leetspeak word. */
function humanPasswords(f: Fake): string[] {
  const w = () => WORDS[Number(f.digits(1))]!;
  const cap = (x: string) => x[0]!.toUpperCase() + x.slice(1);
  return [
    `${cap(w())}${f.chars('^*%.!#', 1)}${f.digits(4)}`, // Word, a symbol, a year
    `${w()}-${w()}-${f.digits(4)}`, // passphrase: word-word-digits
    `${cap(w())}${cap(w())}${f.digits(2)}.`, // two capitalised words, digits, a dot
    `${cap(w())}.${f.digits(4)}`, // Word.year
    `${f.chars(UPPER, 1)}@${f.chars(LOWER, 2)}${f.digits(4)}.${w()}`, // leetspeak with `@` for `a`: e-mail-shaped
    `${cap(w()).replace(/[aeo]/, (c) => ({ a: '4', e: '3', o: '0' })[c]!)}${f.digits(3)}.${w()}`, // leetspeak word, digits, dot, word: member-expression-shaped
  ];
}

/** Random values from generators with a symbol alphabet: Django's get_random_secret_key, WordPress salts. */
function symbolSecrets(f: Fake): { django: string; wordpress: string; mixed: string } {
  return {
    django: f.chars(LOWER + DIGITS + '!@#$%^&*(-_=+)', 50),
    wordpress: f.chars(UPPER + LOWER + DIGITS + '!@#$%^&*()-_[]{}<>~+=,.;:/?| ', 64),
    mixed: f.chars(UPPER + LOWER + DIGITS + '!@%^&*(-_=+)', 50),
  };
}

const PASSWORD_REGEX = assignmentRegex(PASSWORD_WORDS, 'password');
const SECRET_REGEX = assignmentRegex(SECRET_WORDS, 'secret');

export const genericPassword: Rule = {
  id: 'generic-password',
  description: 'Hard-coded password: a password-named key assigned a literal password',
  docs: DOCS,
  // Besides the secret words: the password syntaxes that carry none (`curl -u user:…`, `mysql -p…`,
  // `docker login -p …`, `masterauth …`, `ConvertTo-SecureString "…"`).
  keywords: [
    'pass',
    'pwd',
    'pswd',
    'identified by',
    ' -u ',
    '--user',
    'securestring',
    'masterauth',
    'mysql -',
    'mysqldump',
    'mariadb -',
    'login -',
  ],
  // The name (holding a keyword) comes at most ~50 characters before the value, and a value is at
  // most 1,000 characters: no match lies outside this window around a keyword.
  near: { before: 200, after: 1200 },
  regex: PASSWORD_REGEX,
  secretGroup: valueGroup(PASSWORD_REGEX),
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
      ...humanPasswords(f).flatMap((pw, i) =>
        [
          `services:\n  db:\n    image: mysql:8.4\n    environment:\n      MYSQL_ROOT_PASSWORD: ${pw}\n      MYSQL_DATABASE: shop`,
          `admin.password=${pw}`,
          `smtp_password = ${pw}`,
          `redis_password = "${pw}"`,
          `ENV MYSQL_ROOT_PASSWORD=${pw}`,
          `spring:\n  datasource:\n    username: orders\n    password: ${pw}`,
        ].filter((_, j) => j % 3 === i % 3),
      ),
      `define( 'DB_PASSWORD', '${humanPasswords(f)[0]}' );`,
      `os.environ.setdefault("SMTP_PASSWORD", "${f.password(16)}")`,
      `CREATE ROLE app_rw LOGIN PASSWORD '${f.password(16)}';`,
      `ALTER USER reporting WITH PASSWORD '${f.password(16)}';`,
      `$password = ConvertTo-SecureString "${f.password(14)}" -AsPlainText -Force`,
      `$cred = New-Object PSCredential ("svc", (ConvertTo-SecureString -String '${f.password(14)}' -AsPlainText -Force))`,
      `curl -X POST -u jenkins:${humanPasswords(f)[1]} https://ci.corp.lan/job/storefront/build`,
      `curl --user deploy:${f.password(16)} https://nexus.corp.lan/repository/releases/`,
      `2. Log in as \`postgres\` (the break-glass password is \`${f.b62(14)}\`).`,
      `- **Password:** \`${humanPasswords(f)[3]}\``,
      `    "os.environ[\\"DB_PASSWORD\\"] = \\"${humanPasswords(f)[0]}\\"\\n",`,
      `DB_PASSWORD=${f.chars(UPPER + LOWER + DIGITS, 1)}${symbolSecrets(f).django}`,
      `mysqldump -u backup -p${f.b62(16)} --single-transaction shop > shop.sql`,
      `echo | docker login registry.corp.lan -u ci -p ${f.b64url(24)}`,
      `sshpass -p '${f.password(14)}' ssh deploy@10.0.4.12 uptime`,
      `requirepass ${f.b62(24)}`,
      `machine ftp.partner.example\n  login feeds\n  password ${f.password(16)}`,
      `#define ADMIN_PASSWORD "${f.password(14)}"`,
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
      'PASS: gdb.base/pr11022.exp: watchpoint hit 2',
      ' man/{readpassphrase.3 => readpassphrase.3bsd}   |  0',
      `const conn = mysql.createConnection({\n  host: dbHost,\n  password: hashedValue2\n});`,
      `db_password = user_secret_2`,
      '$secure = ConvertTo-SecureString $encrypted',
      `$secure = ConvertTo-SecureString "${f.hex(64)}"`,
      'curl -u "$CI_USER:$CI_PASSWORD" https://ci.corp.lan/api/json',
      'docker run -u 1000:1000 -e PASSWORD_FILE=/run/secrets/db app',
      'The default password is `admin`; change it after the first login.',
      'The password is `<set in 1Password>`.',
      `redis_password = "${['Ti', 'ger'].join('')}123"`,
      `MYSQL_PASSWORD: ${['P@ss', 'w0rd'].join('')}2024!`,
      'ssh -p 2222 deploy@bastion.corp.lan',
      'docker run -p 8080:80 -e DB_PASSWORD_FILE=/run/secrets/db nginx',
      'mysql -u root -p shop < dump.sql',
      'mysqldump -h db.corp.lan -P3306 -u backup shop',
      'mysql -u root -p$MYSQL_ROOT_PASSWORD shop',
      'docker login -u ci -p "$REGISTRY_PASSWORD" registry.corp.lan',
      'requirepass foobared',
      '#define PASSWORD_MAX_LENGTH 64',
      'machine api.github.com\n  login octocat\n  password $GITHUB_TOKEN',
    ],
  }),
};

export const genericSecret: Rule = {
  id: 'generic-secret',
  description: 'Hard-coded secret: a secret / token / API-key-named key assigned a random-looking literal',
  docs: DOCS,
  keywords: ['secret', 'token', 'cred', 'key', '_salt'],
  // The name (holding a keyword) comes at most ~50 characters before the value, and a value is at
  // most 1,000 characters: no match lies outside this window around a keyword.
  near: { before: 200, after: 1200 },
  regex: SECRET_REGEX,
  secretGroup: valueGroup(SECRET_REGEX),
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
      `pub const GEOCODER_API_KEY: &str = "${f.hex(40)}";`,
      `static PARTNER_TOKEN: &'static str = "${f.b62(32)}";`,
      `define( 'AUTH_KEY',         '${symbolSecrets(f).wordpress}' );`,
      `define('NONCE_SALT', '${symbolSecrets(f).wordpress}');`,
      `SECRET_KEY = '${symbolSecrets(f).django}'`,
      `  SECRET_KEY_BASE: "${symbolSecrets(f).mixed}"`,
      `      ENCRYPTION_KEY: ${symbolSecrets(f).mixed}`,
      `{ "key": "bearerToken", "value": "${f.hex(8)}.${f.b64url(40)}", "type": "secret", "enabled": true }`,
      `5. Update the status page (API key: \`${f.b64url(43)}\`).`,
      `- **API key:** \`${f.b62(32)}\``,
      `Use the API token "${f.b62(40)}" for the sandbox.`,
      `  api_key "${f.b62(32)}"`,
      `    "os.environ[\\"PARTNER_API_KEY\\"] = \\"${f.b62(32)}\\"\\n",`,
      `const token = process.env.INTERNAL_API_TOKEN ?? "${f.b62(32)}";`,
      `os.environ.setdefault("ACME_API_KEY", "${f.b64url(43)}")`,
      `PARTNER_TOKEN = os.getenv("PARTNER_TOKEN", "${f.b62(32)}")`,
      `#define GEOCODER_API_KEY "${f.b62(32)}"`,
      `    proxy_set_header X-Api-Key "${f.b62(32)}";`,
      `    set $upstream_token "${f.b64url(40)}";`,
      `SetEnv PARTNER_API_KEY ${f.b62(32)}`,
      `RequestHeader set X-Auth-Token "${f.hex(40)}"`,
      // Provider-named settings with no format rule of their own: still hard-coded secrets.
      `GITHUB_CLIENT_SECRET=${f.hex(40)}`,
      `SHOPIFY_API_SECRET=${f.hex(32)}`,
      `KEYCLOAK_CLIENT_SECRET: "${f.b62(32)}"`,
      `DD_API_KEY=${f.hex(31)}`,
      `STRIPE_WEBHOOK_SECRET=${f.b62(32)}`,
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
      // Keys that are public by design, whatever their names say.
      `PUSHER_APP_KEY=${f.hex(20)}`,
      `ALGOLIA_SEARCH_API_KEY=${f.hex(32)}`,
      `DROPBOX_APP_KEY=${f.lowerAlnum(15)}`,
      `SHOPIFY_API_KEY=${f.hex(32)}`,
      `DD_CLIENT_TOKEN=pub${f.hex(32)}`,
      `MAPBOX_ACCESS_TOKEN=pk.${Buffer.from(JSON.stringify({ u: 'acme', a: f.lowerAlnum(25) })).toString('base64url')}.${f.b64url(22)}`,
      // Code, not values.
      `var privateKey = pki.privateKeyFromAsn1(\n  asn1.fromDer(forge.util.createBuffer(pkcs8)));`,
      '                    token = Keyword.Pseudo',
      `api_key = getApiKey(config)`,
      `secret_key = base64.b64decode(SECRET_KEY_B64)`,
      `const token = process.env.API_TOKEN ?? '';`,
      `os.environ.setdefault("API_KEY", "changeme")`,
      `SECRET_KEY = 'django-insecure-change-me'`,
      `{ "key": "bearerToken", "value": "{{token}}", "enabled": true }`,
      'API key: `YOUR_API_KEY`',
      'Pass the token `access_token` from the login response.',
      'without having to pass `-Djava.library.path=/usr/lib` to java.',
      '    * guile/Makefile.am (%.go): Pass "GUILE_AUTO_COMPILE=0" to avoid',
      "it's not sufficient to pass `SSL_OP_NO_TLSv1`, one has to pass",
      'Go struct: APIKey string `json:"api_key"`',
      '- **Token:** `<paste the token here>`',
      '    proxy_set_header X-Api-Key $http_x_api_key;',
      '#define API_KEY_LENGTH 32',
      '#define CKM_AES_KEY_WRAP_PAD        0x80000000UL',
      '#define OBJ_ATTR_CRT_WITH_PRIVKEY (OBJ_FLAG_CRT|OBJ_FLAG_WITH_PRIVKEY)',
      'syn match regoFuncTokenVerification2 "\\<io\\.jwt\\.verify_\\(rs\\|ps\\|es\\|hs\\)\\(256\\|384\\|512\\)\\>"',
      'set -x API_KEY (cat ~/.config/partner/key)',
    ],
  }),
};

export const genericAssignment: Rule[] = [genericPassword, genericSecret];
