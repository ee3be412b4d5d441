import type { Rule } from '../src/engine/rule.ts';
import { passwordReason } from './support/values.ts';

// Credentials in the userinfo part of a URL, `scheme://user:password@host` (RFC 3986 §3.2.1,
// which deprecates it precisely because the password ends up in logs and source). The password is
// the secret. Database and broker schemes are left to the connection-string rules
// (rules/database-url.ts, rules/jdbc.ts), which know each engine's defaults.

const DATABASE_SCHEME =
  /postgres|mysql|mariadb|mongodb|redis|valkey|amqp|mssql|sqlserver|clickhouse|cockroach|neo4j|bolt|oracle|snowflake|jdbc/i;

export const basicAuthUrl: Rule = {
  id: 'basic-auth-url',
  description: 'Password in a URL (scheme://user:password@host) for HTTP, FTP, SSH, Git, SMTP and similar',
  docs: 'https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.1',
  keywords: ['://'],
  // userinfo may not hold a raw `@`, `/`, `?` or `#` (they are percent-encoded), which bounds both
  // parts; the host must follow the `@`. The literal `://` comes first so that the regex costs one
  // comparison per position; the scheme before it is read by a lookbehind.
  regex: /:\/\/(?<=(?<![\w+.-])([a-z][a-z0-9+.-]{1,15}):\/\/)([^\s:@/?#'"`<>\\]{0,128}):([^\s@/?#'"`<>\\]{1,256})@([\w.-]{1,253}|\[[0-9a-f:.]{2,45}\])/i,
  secretGroup: 3,
  generic: true,
  validate: (raw, m) => {
    if (DATABASE_SCHEME.test(m[1] ?? '')) return 'a database URL (the connection-string rules judge it)';
    let pw = raw;
    let user = m[2] ?? '';
    try {
      pw = decodeURIComponent(raw);
      user = decodeURIComponent(user);
    } catch {
      // keep the raw text
    }
    const host = (m[4] ?? '').toLowerCase();
    if (/(?:^|\.)example(?:\.(?:com|org|net))?$|^(?:host|hostname|server|domain|your[-_]?host)$/.test(host)) return 'documentation host';
    if (user !== '' && pw.toLowerCase() === user.toLowerCase()) return 'the password equals the user name (a default)';
    return passwordReason(pw, { minLength: 6, identifiers: 'allow' }) ?? true;
  },
  remediation:
    "Change the password of that account on the server (or revoke the token used as password in the provider's settings), then pass credentials through a credential helper, .netrc outside the repository, or environment variables instead of the URL.",
  examples: (f) => ({
    match: [
      `git clone https://deploy:${f.b62(24)}@git.internal.corp/team/app.git`,
      `FTP_URL=ftp://backup:${encodeURIComponent(f.password(16))}@files.acme-corp.net/incoming`,
      `smtp_url: "smtps://mailer:${f.b62(10)}${f.digits(3)}@smtp.mailhost.io:465"`,
      `resp = requests.get("https://svc-bot:${f.b62(20)}@api.vendor.io/v2/export")`,
      `HTTP_PROXY=http://proxyuser:${encodeURIComponent(f.password(14))}@10.0.0.5:3128`,
      `<url>https://ci:${f.b62(18)}@nexus.corp.local/repository/maven-releases/</url>`,
    ],
    noMatch: [
      'https://user:pass@example.com/api',
      'https://admin:password@registry.corp.local',
      'https://${GIT_USER}:${GIT_TOKEN}@github.com/org/repo.git',
      'https://x-access-token:${{ secrets.GITHUB_TOKEN }}@github.com/org/repo',
      'http://admin:admin@localhost:8080/manager',
      'https://bob:hunter2@intranet.corp',
      'ftp://anonymous:guest@ftp.gnu.org/gnu',
      'https://user:<password>@host.corp/path',
      'https://user:****@host.corp/path',
      `https://deploy:${f.b62(24)}@example.com/repo.git`,
      'git@github.com:org/repo.git',
      'http://localhost:8080/docs@v2',
      'ssh://git@gitlab.com:22/group/project.git',
      'postgres://app:${DB_PASSWORD}@db.internal:5432/app',
      `url = f"https://{user}:{password}@{host}/"`,
    ],
  }),
};

export const basicAuthUrls: Rule[] = [basicAuthUrl];
