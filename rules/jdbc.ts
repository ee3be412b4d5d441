import type { Rule } from '../src/engine/rule.ts';
import { dbPasswordReason } from './lib/databases-and-saas-kit.ts';

// JDBC URLs carry credentials as properties: `;password=…` (SQL Server, DB2, Derby, H2) or
// `?…&password=…` (PostgreSQL, MySQL, Oracle properties). Oracle's thin driver also takes
// `jdbc:oracle:thin:user/password@host:port:sid`. The secret is the password value only.

const ROTATE =
  'Change the database user\'s password, move it out of the JDBC URL into the secret store or environment the app reads (e.g. spring.datasource.password from a vault), and redeploy.';
const PW = () => 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.!~*';

export const jdbcConnectionPassword: Rule = {
  id: 'jdbc-connection-password',
  description: 'JDBC connection URL with a password property (;password=… or ?password=…)',
  docs: 'https://learn.microsoft.com/en-us/sql/connect/jdbc/building-the-connection-url',
  keywords: ['jdbc:'],
  // One lazy bounded gap between the subprotocol and the password property; the value stops at
  // the next property separator.
  regex: /\bjdbc:[a-z0-9]{2,20}(?::[a-z0-9]{2,20})?:[^\s'"`<>]{0,300}?[;?&](?:password|pwd)=([^;&\s'"`<>]{1,128})/i,
  validate: (secret) => dbPasswordReason(secret) ?? true,
  remediation: ROTATE,
  examples: (f) => ({
    match: [
      `spring.datasource.url=jdbc:sqlserver://sql-prod-01:1433;databaseName=billing;user=svc_billing;password=${f.chars(PW(), 18)};encrypt=true`,
      `String url = "jdbc:postgresql://pg.internal:5432/orders?user=orders&password=${f.chars(PW(), 16)}&ssl=true";`,
      `jdbc.url: jdbc:mysql://10.0.2.15:3306/shop?useSSL=true&user=shop&password=${f.b62(20)}`,
      `<property name="url" value="jdbc:db2://db2prod:50000/SAMPLE:user=db2inst1;password=${f.b62(14)};"/>`,
    ],
    noMatch: [
      'spring.datasource.url=jdbc:postgresql://localhost:5432/app?user=app&password=${DB_PASSWORD}',
      'jdbc:sqlserver://localhost:1433;databaseName=test;user=sa;password=<YourStrong@Passw0rd>;',
      'jdbc:mysql://localhost:3306/test?user=root&password=root',
      'jdbc:h2:mem:testdb;DB_CLOSE_DELAY=-1;user=sa;password=',
      'jdbc:postgresql://db:5432/app?user=app&password=password',
      'spring.datasource.url=jdbc:postgresql://db.internal:5432/app',
      'jdbc:sqlserver://localhost;user=sa;password=${env:SA_PASSWORD};',
    ],
  }),
};

export const jdbcOracleThinCredentials: Rule = {
  id: 'jdbc-oracle-thin-credentials',
  description: 'Oracle JDBC thin/OCI URL with inline user/password (jdbc:oracle:thin:user/password@host)',
  docs: 'https://docs.oracle.com/en/database/oracle/oracle-database/21/jjdbc/data-sources-and-URLs.html',
  keywords: ['jdbc:oracle:'],
  regex: /\bjdbc:oracle:(?:thin|oci8?):([A-Za-z0-9_$#.]{1,64})\/([^@\s'"`<>/]{1,128})@/i,
  secretGroup: 2,
  validate: (_s, m) => dbPasswordReason(m[2] ?? '', m[1]) ?? true,
  remediation: ROTATE,
  examples: (f) => ({
    match: [
      `db.url=jdbc:oracle:thin:hr/${f.b62(16)}@ora-prod:1521:ORCL`,
      `String url = "jdbc:oracle:thin:erp_app/${f.chars(PW(), 18)}@//erp-db.internal:1521/ERPPDB";`,
      `url: jdbc:oracle:oci:gl/${f.b62(12)}@FINPROD`,
    ],
    noMatch: [
      'jdbc:oracle:thin:scott/tiger@localhost:1521:orcl',
      'jdbc:oracle:thin:system/oracle@localhost:1521:XE',
      'jdbc:oracle:thin:@//ora-prod:1521/ORCLPDB1',
      'jdbc:oracle:thin:${DB_USER}/${DB_PASSWORD}@${DB_HOST}:1521:ORCL',
      'jdbc:oracle:thin:hr/hr@localhost:1521:XE',
    ],
  }),
};

export const jdbc: Rule[] = [jdbcConnectionPassword, jdbcOracleThinCredentials];
