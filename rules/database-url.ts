import type { Fake } from '../src/engine/fake.ts';
import type { Example, Rule } from '../src/engine/rule.ts';
import { dbPasswordReason } from './lib/databases-and-saas-kit.ts';

// Connection URIs `scheme://user:password@host…` (RFC 3986 userinfo). The secret is the password
// part; the user name and host are kept out of the finding. The userinfo may not hold a raw `@`
// or `/` (they must be percent-encoded), which is what bounds the password here.

type Sample = [scheme: string, user: string, hostAndPath: string];

interface UrlSpec {
  id: string;
  description: string;
  docs: string;
  /** Regex source of the accepted schemes (case-insensitive). */
  schemes: string;
  keywords: string[];
  remediation: string;
  /** scheme, user and host/path used to build the examples. */
  samples: [Sample, Sample, Sample];
  /** Further snippets that must not match (defaults from this engine's docs, seed files). */
  extraNoMatch?: string[];
}

// Characters real generated passwords use that need no percent-encoding in a URL.
const URL_SAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_~';

function password(f: Fake): string {
  return f.chars(URL_SAFE, 20);
}

function urlRule(spec: UrlSpec): Rule {
  return {
    id: spec.id,
    description: spec.description,
    docs: spec.docs,
    keywords: spec.keywords,
    // (?<![\w+.-]) instead of \b so that `jdbc:mysql://` and `"redis://` match but `xpostgres://` does not;
    // `:\/\/` is the same URL inside a JSON-escaped string.
    regex: new RegExp(
      `(?<![\\w+.-])(?:${spec.schemes}):(?://|\\\\/\\\\/)([^\\s:@/'"\`<>]{0,128}):([^\\s@/'"\`<>]{1,256})@([^\\s/:?#'"\`<>@,;]{1,253})`,
      'i',
    ),
    secretGroup: 2,
    validate: (_secret, m) => {
      const reason = dbPasswordReason(m[2] ?? '', m[1], m[3]);
      return reason ?? true;
    },
    remediation: spec.remediation,
    examples: (f) => {
      const [a, b, c] = spec.samples;
      const match: Example[] = [
        `DATABASE_URL=${a[0]}://${a[1]}:${password(f)}@${a[2]}`,
        `const url = "${b[0]}://${b[1]}:${password(f)}@${b[2]}";`,
        `  url: '${c[0]}://${c[1]}:${f.b62(10)}%21${f.b62(8)}@${c[2]}'`,
        `{"connectionString": "${a[0]}://${a[1]}:${password(f)}@${a[2]}"}`,
        `{"url":"${b[0]}:\\/\\/${b[1]}:${password(f)}@${b[2].replace(/\//g, '\\/')}"}`,
      ];
      const [s, u, h] = a;
      const noMatch: Example[] = [
        `DATABASE_URL=${s}://${u}:\${DB_PASSWORD}@${h}`,
        `DATABASE_URL=${s}://${u}:$PASSWORD@${h}`,
        `${s}://${u}:<password>@${h}`,
        `${s}://${u}:password@${h}`,
        `${s}://${u}:****@${h}`,
        `${s}://${u}:${u}@${h}`,
        `${s}://${u}@${h}`,
        `${s}://${h}`,
        `url = f"${s}://{user}:{pw}@{host}/{db}"`,
        `fmt.Sprintf("${s}://%s:%s@%s", user, pass, host)`,
        `${s}://admin:${password(f)}@db.example.com/app`,
        ...(spec.extraNoMatch ?? []),
      ];
      return { match, noMatch };
    },
  };
}

const ROTATE_DB =
  "Change the database user's password (ALTER USER / SET PASSWORD, or the managed service console), update the secret store the app reads it from, and restrict the user to the hosts that need it.";

export const postgresConnectionUrl = urlRule({
  id: 'postgres-connection-url',
  description: 'PostgreSQL connection URI with an embedded password',
  docs: 'https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNSTRING-URIS',
  schemes: 'postgres(?:ql)?(?:\\+[a-z0-9_]+)?',
  keywords: ['postgres'],
  remediation: ROTATE_DB,
  samples: [
    ['postgres', 'app', 'db.internal.acme.io:5432/app'],
    ['postgresql', 'svc_orders', '10.0.3.12/orders?sslmode=require'],
    ['postgresql+psycopg2', 'etl', 'warehouse-prod:5432/dw'],
  ],
  extraNoMatch: [
    // The seed articles' .env.example.
    'DATABASE_URL=postgres://app_user:replace-me@localhost:5432/app_dev',
    '      - DATABASE_URL=postgresql://postgres:mysecretpassword@db:5432/postgres',
    'DATABASE_URL="postgresql://johndoe:randompassword@localhost:5432/mydb?schema=public"',
    'const conn = "postgres://" + user + ":" + pass + "@" + host;',
  ],
});

export const mysqlConnectionUrl = urlRule({
  id: 'mysql-connection-url',
  description: 'MySQL / MariaDB connection URI with an embedded password',
  docs: 'https://dev.mysql.com/doc/refman/8.0/en/connecting-using-uri-or-key-value-pairs.html',
  schemes: 'mysql(?:x|2)?(?:\\+[a-z0-9_]+)?|mariadb(?:\\+[a-z0-9_]+)?',
  keywords: ['mysql', 'mariadb'],
  remediation: ROTATE_DB,
  samples: [
    ['mysql', 'shop', 'mysql-primary.prod:3306/shop'],
    ['mysql+pymysql', 'reporting', 'rds-7.cluster-c1.eu-west-1.rds.amazonaws.com/reports'],
    ['mariadb', 'wp', '172.20.0.5:3306/wordpress'],
  ],
});

export const mongodbConnectionUrl = urlRule({
  id: 'mongodb-connection-url',
  description: 'MongoDB connection string (mongodb:// or mongodb+srv://) with an embedded password',
  docs: 'https://www.mongodb.com/docs/manual/reference/connection-string/',
  schemes: 'mongodb(?:\\+srv)?',
  keywords: ['mongodb'],
  remediation:
    "Rotate the database user's password in MongoDB Atlas (Database Access → Edit → Edit Password) or with db.changeUserPassword(), then update the stored connection string.",
  samples: [
    ['mongodb+srv', 'api', 'cluster0.x7k2p.mongodb.net/prod?retryWrites=true&w=majority'],
    ['mongodb', 'orders', 'mongo-0.mongo:27017,mongo-1.mongo:27017/orders?replicaSet=rs0'],
    ['mongodb', 'analytics', '10.1.4.20:27017/events'],
  ],
});

export const redisConnectionUrl = urlRule({
  id: 'redis-connection-url',
  description: 'Redis connection URI (redis:// or rediss://) with an embedded password, including the empty-user form',
  docs: 'https://www.iana.org/assignments/uri-schemes/prov/redis',
  schemes: 'rediss?(?:\\+sentinel)?|valkeys?',
  keywords: ['redis', 'valkey'],
  remediation:
    'Rotate the password (CONFIG SET requirepass / ACL SETUSER, or the managed cache console such as ElastiCache / Upstash / Redis Cloud), then update the stored URL.',
  samples: [
    ['redis', '', 'cache.prod.internal:6379/0'],
    ['rediss', 'default', 'eu1-lively-cat-30711.upstash.io:6379'],
    ['redis', '', '10.0.0.8:6380'],
  ],
});

export const amqpConnectionUrl = urlRule({
  id: 'amqp-connection-url',
  description: 'AMQP (RabbitMQ) connection URI with an embedded password',
  docs: 'https://www.rabbitmq.com/docs/uri-spec',
  schemes: 'amqps?',
  keywords: ['amqp'],
  remediation:
    "Change the RabbitMQ user's password (rabbitmqctl change_password, or the broker console such as CloudAMQP / Amazon MQ), then update the stored URL.",
  samples: [
    ['amqp', 'orders', 'rabbitmq.prod:5672/%2F'],
    ['amqps', 'worker', 'b-3f1c.mq.eu-west-1.amazonaws.com:5671'],
    ['amqp', 'celery', 'broker-1:5672/celery'],
  ],
});

export const mssqlConnectionUrl = urlRule({
  id: 'mssql-connection-url',
  description: 'Microsoft SQL Server connection URI (mssql:// or sqlserver://) with an embedded password',
  docs: 'https://github.com/microsoft/go-mssqldb#connection-parameters-and-dsn',
  schemes: 'mssql(?:\\+[a-z0-9_]+)?|sqlserver',
  keywords: ['mssql', 'sqlserver'],
  remediation:
    "Change the login's password (ALTER LOGIN … WITH PASSWORD, or Azure portal → SQL server → Reset password), then update the stored connection string.",
  samples: [
    ['sqlserver', 'svc_billing', 'sql-prod-01:1433?database=billing'],
    ['mssql', 'reporting', 'mssql.internal:1433/reports'],
    ['mssql+pyodbc', 'etl', 'dwh-sql01/warehouse?driver=ODBC+Driver+18+for+SQL+Server'],
  ],
});

export const clickhouseConnectionUrl = urlRule({
  id: 'clickhouse-connection-url',
  description: 'ClickHouse connection URI with an embedded password',
  docs: 'https://clickhouse.com/docs/en/interfaces/cli#connection_string',
  schemes: 'clickhouse(?:\\+[a-z0-9_]+)?',
  keywords: ['clickhouse'],
  remediation:
    "Change the user's password (ALTER USER … IDENTIFIED BY, or ClickHouse Cloud → service → Reset password), then update the stored URL.",
  samples: [
    ['clickhouse', 'ingest', 'ch-1.prod:9000/events'],
    ['clickhouse+native', 'analytics', 'abc123xyz.eu-central-1.aws.clickhouse.cloud:9440/default?secure=true'],
    ['clickhouse', 'metrics', '10.2.0.11:8123/metrics'],
  ],
});

export const cockroachdbConnectionUrl = urlRule({
  id: 'cockroachdb-connection-url',
  description: 'CockroachDB (cockroachdb:// dialect URI) with an embedded password',
  docs: 'https://www.cockroachlabs.com/docs/stable/connection-parameters',
  schemes: 'cockroachdb(?:\\+[a-z0-9_]+)?',
  keywords: ['cockroachdb'],
  remediation:
    "Change the SQL user's password (ALTER USER … WITH PASSWORD, or CockroachDB Cloud → SQL Users → Change password), then update the stored URL.",
  samples: [
    ['cockroachdb', 'app', 'free-tier.gcp-us-central1.cockroachlabs.cloud:26257/defaultdb?sslmode=verify-full'],
    ['cockroachdb+psycopg2', 'ledger', 'crdb-0.crdb:26257/ledger'],
    ['cockroachdb', 'svc', '10.3.0.2:26257/bank'],
  ],
});

export const neo4jConnectionUrl = urlRule({
  id: 'neo4j-connection-url',
  description: 'Neo4j / Bolt connection URI with an embedded password',
  docs: 'https://neo4j.com/docs/operations-manual/current/configuration/connectors/',
  schemes: 'neo4j(?:\\+ssc|\\+s)?|bolt(?:\\+ssc|\\+s)?',
  keywords: ['neo4j', 'bolt://', 'bolt+s'],
  remediation:
    "Change the Neo4j user's password (ALTER USER … SET PASSWORD, or Aura console → Reset password), then update the stored URI.",
  samples: [
    ['neo4j+s', 'graph', 'a1b2c3d4.databases.neo4j.io'],
    ['bolt', 'recs', 'neo4j-core-0:7687'],
    ['neo4j', 'kg', '10.4.0.7:7687'],
  ],
});

export const oracleConnectionUrl = urlRule({
  id: 'oracle-connection-url',
  description: 'Oracle Database connection URI (SQLAlchemy oracle:// dialect) with an embedded password',
  docs: 'https://docs.sqlalchemy.org/en/20/dialects/oracle.html#dialect-oracle-oracledb-connect',
  schemes: 'oracle(?:\\+[a-z0-9_]+)?',
  keywords: ['oracle'],
  remediation:
    "Change the schema user's password (ALTER USER … IDENTIFIED BY, or the OCI console for Autonomous Database), then update the stored URL.",
  samples: [
    ['oracle+oracledb', 'hr', 'ora-prod:1521/?service_name=ORCLPDB1'],
    ['oracle', 'erp', 'erp-db.internal:1521/ERP'],
    ['oracle+cx_oracle', 'gl', '10.5.0.3:1521/FIN'],
  ],
});

export const snowflakeConnectionUrl = urlRule({
  id: 'snowflake-connection-url',
  description: 'Snowflake connection URI (snowflake:// dialect) with an embedded password',
  docs: 'https://docs.snowflake.com/en/developer-guide/python-connector/sqlalchemy#connection-parameters',
  schemes: 'snowflake',
  keywords: ['snowflake'],
  remediation:
    "Reset the user's password in Snowflake (ALTER USER … SET PASSWORD, or Snowsight → Admin → Users), prefer key-pair auth for services, then update the stored URL.",
  samples: [
    ['snowflake', 'LOADER', 'xy12345.eu-west-1/ANALYTICS/PUBLIC?warehouse=LOAD_WH'],
    ['snowflake', 'dbt_runner', 'acme-prod/RAW'],
    ['snowflake', 'bi', 'ab98765/MARTS/CORE'],
  ],
});

export const databaseUrl: Rule[] = [
  postgresConnectionUrl,
  mysqlConnectionUrl,
  mongodbConnectionUrl,
  redisConnectionUrl,
  amqpConnectionUrl,
  mssqlConnectionUrl,
  clickhouseConnectionUrl,
  cockroachdbConnectionUrl,
  neo4jConnectionUrl,
  oracleConnectionUrl,
  snowflakeConnectionUrl,
];
