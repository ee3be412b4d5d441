import type { Ctx, CorpusFile } from './ctx.ts';
import { pick } from './secrets.ts';

/**
 * Planted secrets in the places where each kind naturally lives: key files, registry credential
 * files, Kubernetes Secrets, HTTP requests and curl commands, CI pipelines, notebooks, runbooks.
 * Every template also carries ordinary configuration and, where natural, a hard negative.
 */

const L = (...lines: string[]) => `${lines.join('\n')}\n`;
const indent = (s: string, n: number) => s.replace(/^/gm, ' '.repeat(n));
/** A PEM as one JSON string body: real newlines become `\n` escapes. */
const jsonPem = (pem: string) => JSON.stringify(`${pem}\n`).slice(1, -1);

function gcpServiceAccount(t: Ctx, project: string, account: string, pem: string): string {
  const { f } = t;
  return L(
    '{',
    '  "type": "service_account",',
    `  "project_id": "${project}",`,
    `  "private_key_id": "${t.neg('key-id', f.hex(40))}",`,
    `  "private_key": "${t.plant('gcp-service-account-key', jsonPem(pem))}",`,
    `  "client_email": "${account}@${project}.iam.gserviceaccount.com",`,
    `  "client_id": "${t.neg('numeric-id', `1${f.digits(20)}`)}",`,
    '  "auth_uri": "https://accounts.google.com/o/oauth2/auth",',
    '  "token_uri": "https://oauth2.googleapis.com/token",',
    '  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",',
    `  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/${account}%40${project}.iam.gserviceaccount.com",`,
    '  "universe_domain": "googleapis.com"',
    '}',
  ).trimEnd();
}

function privateKeys(t: Ctx): CorpusFile[] {
  const pem = (kind: string) => t.raw(kind);
  return [
    // Key files.
    t.file('deploy/keys/deploy_key.pem', `${t.plant('rsa-private-key', pem('rsa-private-key'))}\n`),
    t.file('ops/ssh/id_ed25519', `${t.plant('openssh-private-key', pem('openssh-private-key'))}\n`),
    t.file('ci/release-signing.asc', `${t.plant('pgp-private-key', pem('pgp-private-key'))}\n`),
    t.file('infra/gcp/ci-runner-key.json', `${gcpServiceAccount(t, 'acme-prod-4821', 'ci-runner', pem('gcp-service-account-key'))}\n`),
    t.file('service-account.json', `${gcpServiceAccount(t, 'northwind-data', 'etl-loader', pem('gcp-service-account-key'))}\n`),
    // YAML block scalar (Ansible vars).
    t.file(
      'ansible/roles/web/vars/main.yml',
      L('nginx_server_name: shop.acme.io', 'tls_certificate_path: /etc/ssl/shop.crt', 'tls_private_key: |', t.plant('rsa-private-key', indent(pem('rsa-private-key'), 2)), 'nginx_worker_processes: auto'),
    ),
    // .env with a multi-line quoted value.
    t.file(
      'services/auth/.env.production',
      L('ISSUER=https://auth.acme.io/', `JWT_PRIVATE_KEY="${t.plant('rsa-private-key', pem('rsa-private-key'))}"`, 'JWT_TTL=900'),
    ),
    // Python triple-quoted string.
    t.file(
      'tools/sign_manifest.py',
      L(
        'import jwt',
        '',
        '# Signing key for release manifests.',
        `PRIVATE_KEY = """${t.plant('rsa-private-key', pem('rsa-private-key'))}"""`,
        '',
        'def sign(payload: dict) -> str:',
        '    return jwt.encode(payload, PRIVATE_KEY, algorithm="RS256")',
      ),
    ),
    // JSON with \n escapes.
    t.file(
      'config/apple-pay.json',
      L('{', '  "merchantId": "merchant.io.acme.shop",', `  "privateKey": "${t.plant('ec-private-key', jsonPem(pem('ec-private-key')))}",`, '  "environment": "production"', '}'),
    ),
    // Go raw string.
    t.file(
      'internal/webhooks/signing.go',
      L('package webhooks', '', '// signingKey signs outgoing webhook payloads (ES256).', `const signingKey = \`${t.plant('ec-private-key', pem('ec-private-key'))}\``),
    ),
    // Terraform heredoc.
    t.file(
      'terraform/prod/tls.tf',
      L(
        'resource "kubernetes_secret" "tls" {',
        '  metadata {',
        '    name = "edge-tls"',
        '  }',
        '  data = {',
        '    "tls.crt" = file("${path.module}/edge.crt")',
        '    "tls.key" = <<-EOT',
        t.plant('ec-private-key', indent(pem('ec-private-key'), 6)),
        '    EOT',
        '  }',
        '}',
      ),
    ),
    // GitHub Actions inline deploy key.
    t.file(
      '.github/workflows/mirror.yml',
      L(
        'name: mirror',
        'on: push',
        'jobs:',
        '  mirror:',
        '    runs-on: ubuntu-latest',
        '    env:',
        '      SSH_PRIVATE_KEY: |',
        t.plant('openssh-private-key', indent(pem('openssh-private-key'), 8)),
        '    steps:',
        '      - run: echo "$SSH_PRIVATE_KEY" > ~/.ssh/id_ed25519 && git push --mirror git@gitlab.corp.lan:acme/shop.git',
      ),
    ),
    // Kubernetes Secret with stringData holding an SSH key.
    t.file(
      'k8s/argocd/repo-credentials.yaml',
      L(
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: private-repo',
        '  namespace: argocd',
        '  labels:',
        '    argocd.argoproj.io/secret-type: repository',
        'stringData:',
        '  url: git@github.com:acme/deployments.git',
        '  sshPrivateKey: |',
        t.plant('openssh-private-key', indent(pem('openssh-private-key'), 4)),
      ),
    ),
    // Node template literal.
    t.file(
      'src/auth/keys.ts',
      L("import { createSign } from 'node:crypto';", '', `const PRIVATE_KEY = \`${t.plant('pkcs8-private-key', pem('pkcs8-private-key'))}\`;`, '', "export const signer = () => createSign('RSA-SHA256');"),
    ),
    // C# verbatim string.
    t.file(
      'src/Acme.Identity/TokenKeys.cs',
      L('namespace Acme.Identity;', '', 'internal static class TokenKeys', '{', `    internal const string SigningKey = @"${t.plant('pkcs8-private-key', pem('pkcs8-private-key'))}";`, '}'),
    ),
    // PHP heredoc.
    t.file(
      'app/Services/ApnsClient.php',
      L('<?php', '', 'namespace App\\Services;', '', 'final class ApnsClient', '{', "    private const KEY_ID = 'ABC1234DEF';", '    private const KEY = <<<PEM', t.plant('pkcs8-private-key', pem('pkcs8-private-key')), 'PEM;', '}'),
    ),
    // Spring YAML with a key.
    t.file(
      'services/identity/src/main/resources/application-prod.yml',
      L('app:', '  jwt:', '    issuer: https://id.acme.io', '    private-key: |', t.plant('pkcs8-private-key', indent(pem('pkcs8-private-key'), 6)), '    ttl: 15m'),
    ),
    // PGP key in CI variables and in a runbook.
    t.file(
      'ci/gitlab/signing.gitlab-ci.yml',
      L('sign-release:', '  stage: release', '  variables:', '    GPG_PRIVATE_KEY: |', t.plant('pgp-private-key', indent(pem('pgp-private-key'), 6)), '  script:', '    - echo "$GPG_PRIVATE_KEY" | gpg --batch --import'),
    ),
    t.file(
      'docs/runbooks/release-signing.md',
      L('# Release signing', '', 'Import the release key on the build host:', '', '```', t.plant('pgp-private-key', pem('pgp-private-key')), '```', '', 'then run `gpg --list-secret-keys`.'),
    ),
    // GCP key in a Python dict and in Terraform.
    t.file(
      'etl/bigquery_client.py',
      L(
        'from google.oauth2 import service_account',
        '',
        'SERVICE_ACCOUNT_INFO = {',
        '    "type": "service_account",',
        '    "project_id": "acme-analytics",',
        `    "private_key": "${t.plant('gcp-service-account-key', jsonPem(pem('gcp-service-account-key')))}",`,
        '    "client_email": "bq-loader@acme-analytics.iam.gserviceaccount.com",',
        '    "token_uri": "https://oauth2.googleapis.com/token",',
        '}',
        'credentials = service_account.Credentials.from_service_account_info(SERVICE_ACCOUNT_INFO)',
      ),
    ),
    t.file(
      'terraform/gcp/provider.tf',
      L('provider "google" {', '  project     = "acme-prod-4821"', '  region      = "europe-west1"', '  credentials = <<EOF', gcpServiceAccount(t, 'acme-prod-4821', 'terraform', pem('gcp-service-account-key')), 'EOF', '}'),
    ),
    t.file('certs/wildcard.acme.io.key.pem', `${t.plant('pkcs8-private-key', pem('pkcs8-private-key'))}\n`),
    t.file('deploy/keys/edge-ecdsa.pem', `${t.plant('ec-private-key', pem('ec-private-key'))}\n`),
  ];
}

function httpCredentials(t: Ctx): CorpusFile[] {
  const { f } = t;
  return [
    t.file(
      'api/admin.http',
      L(
        '@host = https://api.acme.io',
        '',
        '### Refund an order (prod)',
        'POST {{host}}/v1/refunds',
        `Authorization: Bearer ${t.s('bearer-token-header')}`,
        'Content-Type: application/json',
        '',
        '{ "order": "ord_1042", "amount": 1999 }',
        '',
        '### Legacy reporting endpoint',
        'GET https://reports.corp.lan/export?format=csv',
        `Authorization: Basic ${t.s('basic-auth-header')}`,
      ),
    ),
    t.file(
      'docs/integrations/partner-api.md',
      L(
        '# Partner API',
        '',
        'Quick check that the partner key still works:',
        '',
        '```bash',
        `curl -s https://partner.northwind.dev/v2/catalog -H "Authorization: Bearer ${t.s('bearer-token-header')}"`,
        '```',
        '',
        'Trigger a rebuild on the build server:',
        '',
        '```bash',
        `curl -X POST -u jenkins:${t.s('generic-password')} https://ci.corp.lan/job/storefront/build`,
        `curl -H 'X-Api-Key: ${t.s('generic-api-key')}' https://geo.acme-partners.net/v1/lookup?ip=8.8.8.8`,
        '```',
      ),
    ),
    t.file(
      'web/src/api/partner.ts',
      L(
        "const BASE = 'https://partner.northwind.dev/v2';",
        '',
        'export async function fetchCatalog() {',
        '  const res = await fetch(`${BASE}/catalog`, {',
        '    headers: {',
        `      Authorization: 'Bearer ${t.s('bearer-token-header')}',`,
        "      Accept: 'application/json',",
        '    },',
        '  });',
        '  return res.json();',
        '}',
      ),
    ),
    t.file(
      'services/ledger/internal/bank/client.go',
      L(
        'package bank',
        '',
        'import "net/http"',
        '',
        'func newRequest(url string) (*http.Request, error) {',
        '\treq, err := http.NewRequest(http.MethodGet, url, nil)',
        '\tif err != nil {',
        '\t\treturn nil, err',
        '\t}',
        `\treq.Header.Set("Authorization", "Bearer ${t.s('bearer-token-header')}")`,
        '\treturn req, nil',
        '}',
      ),
    ),
    t.file(
      'scripts/export_reports.py',
      L(
        'import requests',
        '',
        'session = requests.Session()',
        `session.headers.update({"Authorization": "Basic ${t.s('basic-auth-header')}"})`,
        'resp = session.get("https://reports.corp.lan/api/v1/export", timeout=30)',
        'resp.raise_for_status()',
      ),
    ),
    t.file(
      'deploy/nginx/conf.d/upstream-auth.conf',
      L(
        'location /internal/ {',
        '    proxy_pass http://legacy-backend:8080/;',
        `    proxy_set_header Authorization "Basic ${t.s('basic-auth-header')}";`,
        '    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
        '}',
      ),
    ),
    t.file(
      'postman/acme.postman_environment.json',
      L(
        '{',
        `  "id": "${t.neg('uuid', f.uuid())}",`,
        '  "name": "acme-prod",',
        '  "values": [',
        '    { "key": "baseUrl", "value": "https://api.acme.io", "enabled": true },',
        `    { "key": "bearerToken", "value": "${t.s('bearer-token-header')}", "type": "secret", "enabled": true },`,
        `    { "key": "postmanApiKey", "value": "${t.s('postman-api-key')}", "type": "secret", "enabled": true }`,
        '  ]',
        '}',
      ),
    ),
    t.file(
      'ansible/roles/monitoring/tasks/main.yml',
      L(
        '- name: Register host with the monitoring API',
        '  ansible.builtin.uri:',
        '    url: https://monitor.corp.lan/api/hosts',
        '    method: POST',
        '    headers:',
        `      Authorization: "Basic ${t.s('basic-auth-header')}"`,
        '    body_format: json',
      ),
    ),
  ];
}

function kubernetesSecrets(t: Ctx): CorpusFile[] {
  return [
    t.file(
      'k8s/prod/orders-db-secret.yaml',
      L(
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: orders-db',
        '  namespace: prod',
        'type: Opaque',
        'data:',
        `  password: ${t.s('kubernetes-secret-data')}`,
        `  replication-password: ${t.s('kubernetes-secret-data')}`,
      ),
    ),
    t.file(
      'k8s/prod/api.yaml',
      L(
        'apiVersion: v1',
        'kind: Service',
        'metadata:',
        '  name: api',
        'spec:',
        '  ports:',
        '    - port: 80',
        '---',
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: api-credentials',
        'type: Opaque',
        'data:',
        `  api-key: ${t.s('kubernetes-secret-data')}`,
        `  session-secret: ${t.s('kubernetes-secret-data')}`,
      ),
    ),
    t.file(
      'deploy/k8s/smtp.yaml',
      L(
        'kind: Secret',
        'apiVersion: v1',
        'metadata:',
        '  name: smtp-relay',
        'data:',
        `  SMTP_PASSWORD: "${t.s('kubernetes-secret-data')}"`,
      ),
    ),
    t.file(
      'k8s/staging/app-env.yaml',
      L(
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '  name: app-env',
        'type: Opaque',
        'stringData:',
        `  DATABASE_URL: ${t.s('postgres-url')}`,
        `  STRIPE_SECRET_KEY: ${t.s('stripe-secret-key')}`,
        `  SENTRY_AUTH_TOKEN: ${t.s('sentry-user-token')}`,
      ),
    ),
  ];
}

function registryCredentials(t: Ctx): CorpusFile[] {
  return [
    t.file(
      '.npmrc',
      L(
        '@acme:registry=https://npm.pkg.github.com',
        `//npm.pkg.github.com/:_authToken=${t.s('github-classic-pat')}`,
        `//registry.npmjs.org/:_authToken=${t.s('npm-token')}`,
        'engine-strict=true',
      ),
    ),
    t.file(
      'packages/ui/.npmrc',
      L(`//registry.npmjs.org/:_authToken=${t.s('npm-token')}`, `//nexus.corp-acme.io/repository/npm-private/:_password=${t.plant('generic-password', Buffer.from(t.raw('generic-password')).toString('base64'))}`, '//nexus.corp-acme.io/repository/npm-private/:username=ci'),
    ),
    t.file('ops/pypi/.pypirc', L('[distutils]', 'index-servers = pypi', '', '[pypi]', 'username = __token__', `password = ${t.s('pypi-token')}`)),
    t.file(
      'NuGet.Config',
      L(
        '<?xml version="1.0" encoding="utf-8"?>',
        '<configuration>',
        '  <packageSources>',
        '    <add key="acme" value="https://nuget.corp-acme.io/v3/index.json" />',
        '  </packageSources>',
        '  <packageSourceCredentials>',
        '    <acme>',
        '      <add key="Username" value="build" />',
        `      <add key="ClearTextPassword" value="${t.s('generic-password').replace(/&/g, '&amp;')}" />`,
        '    </acme>',
        '  </packageSourceCredentials>',
        '  <apikeys>',
        `    <add key="https://www.nuget.org/api/v2/package" value="${t.s('nuget-api-key')}" />`,
        '  </apikeys>',
        '</configuration>',
      ),
    ),
    t.file(
      'build/settings.xml',
      L(
        '<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">',
        '  <servers>',
        '    <server>',
        '      <id>artifactory-releases</id>',
        '      <username>ci-publisher</username>',
        `      <password>${t.s('jfrog-api-key')}</password>`,
        '    </server>',
        '    <server>',
        '      <id>nexus</id>',
        '      <username>deploy</username>',
        `      <password>${t.s('generic-password').replace(/&/g, '&amp;')}</password>`,
        '    </server>',
        '  </servers>',
        '</settings>',
      ),
    ),
    t.file('ops/rubygems/credentials', L('---', `:rubygems_api_key: ${t.s('rubygems-api-key')}`)),
    t.file(
      'gradle.properties',
      L(
        'org.gradle.jvmargs=-Xmx2g',
        'artifactoryUser=ci-publisher',
        `artifactoryPassword=${t.s('jfrog-reference-token')}`,
        'signing.keyId=5F2A9C1E',
        `signing.password=${t.s('generic-password')}`,
        `sonatypePassword=${t.s('generic-password')}`,
      ),
    ),
    t.file(
      'deploy/docker/config.json',
      L(
        '{',
        '  "auths": {',
        '    "registry.acme.io": {',
        `      "auth": "${t.s('docker-config-auth')}"`,
        '    },',
        '    "https://index.docker.io/v1/": {',
        `      "auth": "${t.s('docker-config-auth')}"`,
        '    }',
        '  },',
        '  "credsStore": ""',
        '}',
      ),
    ),
    t.file(
      'ci/gitlab/docker-auth.gitlab-ci.yml',
      L(
        'variables:',
        `  DOCKER_AUTH_CONFIG: '{"auths":{"registry.acme.io":{"auth":"${t.s('docker-config-auth')}"}}}'`,
        'build-image:',
        '  image: docker:27',
        '  script:',
        '    - docker build -t registry.acme.io/shop:$CI_COMMIT_SHORT_SHA .',
      ),
    ),
    t.file('ci/git-credentials.txt', L(`https://acme-bot:${t.s('github-classic-pat')}@github.com`, `https://oauth2:${t.s('gitlab-pat')}@gitlab.com`)),
  ];
}

function infrastructure(t: Ctx): CorpusFile[] {
  const { f } = t;
  return [
    t.file(
      'terraform/prod/providers.tf',
      L(
        'provider "aws" {',
        '  region     = "eu-west-1"',
        `  access_key = "${t.s('aws-access-key-id')}"`,
        `  secret_key = "${t.s('aws-secret-access-key')}"`,
        '}',
        '',
        'provider "cloudflare" {',
        `  api_token = "${t.s('cloudflare-api-token')}"`,
        '}',
        '',
        'provider "datadog" {',
        `  api_key = "${t.s('datadog-api-key')}"`,
        `  app_key = "${t.s('datadog-app-key')}"`,
        '  api_url = "https://api.datadoghq.eu/"',
        '}',
      ),
    ),
    t.file(
      'ops/aws-profiles/credentials',
      L(
        '[default]',
        `aws_access_key_id = ${t.s('aws-access-key-id')}`,
        `aws_secret_access_key = ${t.s('aws-secret-access-key')}`,
        '',
        '[ci-assumed]',
        `aws_access_key_id = ${t.s('aws-temporary-access-key-id')}`,
        `aws_secret_access_key = ${t.s('aws-secret-access-key')}`,
        `aws_session_token = ${t.s('aws-session-token')}`,
      ),
    ),
    t.file(
      'helm/datadog/values-prod.yaml',
      L(
        'datadog:',
        `  apiKey: ${t.s('datadog-api-key')}`,
        `  appKey: ${t.s('datadog-app-key')}`,
        '  site: datadoghq.eu',
        '  logs:',
        '    enabled: true',
        'clusterAgent:',
        '  enabled: true',
      ),
    ),
    t.file(
      'services/billing/src/main/resources/application-prod.yml',
      L(
        'spring:',
        '  datasource:',
        `    url: ${t.s('jdbc-url-with-password')}`,
        '    username: billing_app',
        `    password: ${t.s('generic-password')}`,
        '  mail:',
        '    host: smtp.sendgrid.net',
        '    username: apikey',
        `    password: ${t.s('sendgrid-api-key')}`,
      ),
    ),
    t.file(
      'config/database.yml',
      L(
        'default: &default',
        '  adapter: postgresql',
        '  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>',
        '',
        'development:',
        '  <<: *default',
        '  database: shop_development',
        '',
        'production:',
        '  <<: *default',
        `  url: ${t.s('postgres-url')}`,
        `  password: ${t.neg('template-reference', '<%= ENV["SHOP_DATABASE_PASSWORD"] %>')}`,
      ),
    ),
    t.file(
      'wordpress/wp-config.php',
      L(
        '<?php',
        "define( 'DB_NAME', 'wordpress' );",
        "define( 'DB_USER', 'wp_admin' );",
        `define( 'DB_PASSWORD', '${t.s('generic-password')}' );`,
        "define( 'DB_HOST', 'mysql.prod.internal' );",
        `define( 'AUTH_KEY',         '${t.s('generic-secret')}' );`,
        `define( 'SECURE_AUTH_KEY',  '${t.s('generic-secret')}' );`,
        "$table_prefix = 'wp_';",
      ),
    ),
    t.file(
      'scripts/Backup-Blobs.ps1',
      L(
        'param([string]$Container = "backups")',
        `$env:AZURE_STORAGE_CONNECTION_STRING = "${t.s('azure-storage-connection-string')}"`,
        `$password = ConvertTo-SecureString "${t.s('generic-password')}" -AsPlainText -Force`,
        '$cred = New-Object System.Management.Automation.PSCredential ("CORP\\svc-backup", $password)',
        'az storage blob upload-batch --destination $Container --source ./dump',
      ),
    ),
    t.file(
      'db/migrations/0007_reporting_role.sql',
      L(
        '-- Read-only role for the reporting service',
        `CREATE ROLE reporting WITH LOGIN PASSWORD '${t.s('generic-password')}';`,
        'GRANT CONNECT ON DATABASE orders TO reporting;',
        'GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;',
        `ALTER USER etl_loader WITH PASSWORD '${t.s('generic-password')}';`,
      ),
    ),
    t.file(
      'docker-compose.prod.yml',
      L(
        'services:',
        '  db:',
        '    image: mysql:8.4',
        '    environment:',
        `      MYSQL_ROOT_PASSWORD: ${t.s('generic-password')}`,
        '      MYSQL_DATABASE: shop',
        '  app:',
        '    image: registry.acme.io/shop:5.2.0',
        '    environment:',
        `      DATABASE_URL: ${t.s('mysql-url')}`,
        `      CACHE_URL: ${t.s('redis-url')}`,
        `      BROKER_URL: ${t.s('amqp-url')}`,
        `      MONGO_URL: ${t.s('mongodb-url')}`,
      ),
    ),
    t.file(
      'vault/agent.hcl',
      L('vault {', '  address = "https://vault.corp.lan:8200"', '}', '', 'auto_auth {', '  method "token_file" {', '    config = {', `      token = "${t.s('vault-token')}"`, '    }', '  }', '}'),
    ),
    t.file(
      'serverless.yml',
      L(
        'service: thumbnails',
        'provider:',
        '  name: aws',
        '  runtime: nodejs20.x',
        '  environment:',
        `    MONGODB_URI: ${t.s('mongodb-srv-url')}`,
        `    REPLICATE_API_TOKEN: ${t.s('replicate-api-token')}`,
        `    SENTRY_DSN: ${t.neg('sentry-dsn', `https://${f.hex(32)}@o${f.digits(6)}.ingest.sentry.io/${f.digits(7)}`)}`,
        'functions:',
        '  resize:',
        '    handler: handler.resize',
      ),
    ),
    t.file(
      'ios/Acme/GoogleService-Info.plist',
      L(
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<plist version="1.0">',
        '<dict>',
        '  <key>API_KEY</key>',
        `  <string>${t.s('gcp-api-key')}</string>`,
        '  <key>GCM_SENDER_ID</key>',
        `  <string>${f.digits(12)}</string>`,
        '  <key>BUNDLE_ID</key>',
        '  <string>io.acme.shop</string>',
        '</dict>',
        '</plist>',
      ),
    ),
    t.file('android/local.properties', L('sdk.dir=/Users/ci/Library/Android/sdk', `MAPS_API_KEY=${t.s('gcp-api-key')}`)),
  ];
}

function pipelines(t: Ctx): CorpusFile[] {
  return [
    t.file(
      '.github/workflows/notify.yml',
      L(
        'name: notify',
        'on:',
        '  workflow_run:',
        '    workflows: [deploy]',
        '    types: [completed]',
        'jobs:',
        '  notify:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - name: Post to Slack',
        `        run: curl -X POST -H 'Content-type: application/json' --data '{"text":"deployed"}' ${t.s('slack-webhook-url')}`,
        '      - name: Tag release',
        '        run: |',
        `          curl -X POST -H "Authorization: token ${t.s('github-classic-pat')}" \\`,
        '            https://api.github.com/repos/acme/shop/releases -d \'{"tag_name":"v5.2.0"}\'',
      ),
    ),
    t.file(
      'ci/gitlab/mirror.gitlab-ci.yml',
      L(
        'mirror:',
        '  stage: deploy',
        '  script:',
        `    - git clone https://gitlab-ci-token:${t.s('gitlab-pat')}@gitlab.com/acme/infra.git`,
        `    - docker login -u acmebot -p ${t.s('dockerhub-pat')}`,
        `    - curl -X POST -F token=${t.s('gitlab-pipeline-trigger-token')} -F ref=main https://gitlab.com/api/v4/projects/4821/trigger/pipeline`,
      ),
    ),
    t.file(
      'runner/config.toml',
      L(
        'concurrent = 4',
        '',
        '[[runners]]',
        '  name = "k8s-runner"',
        '  url = "https://gitlab.com/"',
        `  token = "${t.s('gitlab-runner-token')}"`,
        '  executor = "kubernetes"',
      ),
    ),
    t.file(
      'scripts/register-runner.sh',
      L('#!/bin/sh', 'gitlab-runner register --non-interactive \\', '  --url https://gitlab.corp.lan/ \\', `  --registration-token ${t.s('gitlab-runner-registration-token')} \\`, '  --executor docker'),
    ),
    t.file(
      '.circleci/config.yml',
      L(
        'version: 2.1',
        'jobs:',
        '  deploy:',
        '    docker:',
        '      - image: cimg/node:20.18',
        '    environment:',
        `      CIRCLE_TOKEN: ${t.s('circleci-personal-token')}`,
        `      NPM_TOKEN: ${t.s('npm-token')}`,
        '    steps:',
        '      - checkout',
      ),
    ),
    t.file('.travis.yml', L('language: node_js', 'node_js: [20]', 'env:', '  global:', `    - TRAVIS_API_TOKEN=${t.s('travis-ci-token')}`, `    - HEROKU_API_KEY=${t.s('heroku-api-key-legacy')}`)),
    t.file(
      'Makefile',
      L(
        'REGISTRY := registry.acme.io',
        `GITLAB_TOKEN := ${t.s('gitlab-pat')}`,
        '',
        'release:',
        '\tdocker build -t $(REGISTRY)/shop:$(VERSION) .',
        `\tcurl --header "PRIVATE-TOKEN: $(GITLAB_TOKEN)" https://gitlab.com/api/v4/projects/4821/releases`,
        `\theroku container:release web --app acme-shop # HEROKU_API_KEY=${t.s('heroku-api-key')}`,
      ),
    ),
    t.file(
      'bitbucket-pipelines.yml',
      L(
        'pipelines:',
        '  default:',
        '    - step:',
        '        script:',
        `          - git push https://acme-ci:${t.s('bitbucket-app-password')}@bitbucket.org/acme/shop.git HEAD:release`,
      ),
    ),
  ];
}

function scriptsAndApps(t: Ctx): CorpusFile[] {
  const { f } = t;
  return [
    t.file(
      'scripts/alerts.py',
      L(
        'import requests',
        '',
        `SLACK_HOOK = "${t.s('slack-webhook-url')}"`,
        `DISCORD_HOOK = "${t.s('discord-webhook-url')}"`,
        `TELEGRAM_URL = "https://api.telegram.org/bot${t.s('telegram-bot-token')}/sendMessage"`,
        '',
        'def alert(text: str) -> None:',
        '    requests.post(SLACK_HOOK, json={"text": text}, timeout=5)',
        '    requests.post(DISCORD_HOOK, json={"content": text}, timeout=5)',
      ),
    ),
    t.file(
      'bot/index.js',
      L(
        "const { Client, GatewayIntentBits } = require('discord.js');",
        '',
        'const client = new Client({ intents: [GatewayIntentBits.Guilds] });',
        "client.once('ready', () => console.log(`logged in as ${client.user.tag}`));",
        `client.login('${t.s('discord-bot-token')}');`,
      ),
    ),
    t.file(
      'notebooks/llm-eval.ipynb',
      L(
        '{',
        ' "cells": [',
        '  {',
        '   "cell_type": "code",',
        '   "execution_count": 2,',
        '   "metadata": {},',
        '   "outputs": [],',
        '   "source": [',
        '    "from openai import OpenAI\\n",',
        '    "from anthropic import Anthropic\\n",',
        `    "openai_client = OpenAI(api_key=\\"${t.s('openai-project-key')}\\")\\n",`,
        `    "claude = Anthropic(api_key=\\"${t.s('anthropic-api-key')}\\")\\n",`,
        `    "hf_token = \\"${t.s('huggingface-token')}\\"\\n"`,
        '   ]',
        '  }',
        ' ],',
        ' "metadata": {"language_info": {"name": "python"}},',
        ' "nbformat": 4,',
        ' "nbformat_minor": 5',
        '}',
      ),
    ),
    t.file(
      'src/Acme.Api/Program.cs',
      L(
        'using SendGrid;',
        'using Stripe;',
        '',
        'var builder = WebApplication.CreateBuilder(args);',
        `StripeConfiguration.ApiKey = "${t.s('stripe-secret-key')}";`,
        `builder.Services.AddSingleton(new SendGridClient("${t.s('sendgrid-api-key')}"));`,
        'var app = builder.Build();',
        'app.Run();',
      ),
    ),
    t.file(
      'cmd/payments/main.go',
      L(
        'package main',
        '',
        'import "github.com/stripe/stripe-go/v80"',
        '',
        'func main() {',
        `\tstripe.Key = "${t.s('stripe-restricted-key')}"`,
        `\tbraintreeToken := "${t.s('paypal-braintree-access-token')}"`,
        '\t_ = braintreeToken',
        '}',
      ),
    ),
    t.file(
      'services/shop/app/payments/adyen.rb',
      L(
        'require "adyen-ruby-api-library"',
        '',
        'ADYEN = Adyen::Client.new',
        `ADYEN.api_key = "${t.s('adyen-api-key')}"`,
        'ADYEN.env = :live',
        `SQUARE = Square::Client.new(access_token: "${t.s('square-access-token')}", environment: "production")`,
      ),
    ),
    t.file(
      'tools/jira_sync.py',
      L(
        'from atlassian import Jira',
        '',
        'jira = Jira(',
        '    url="https://acme.atlassian.net",',
        '    username="release-bot@acme.io",',
        `    password="${t.s('atlassian-api-token')}",`,
        ')',
        `linear_headers = {"Authorization": "${t.s('linear-api-key')}"}`,
        `notion = Client(auth="${t.s('notion-token')}")`,
      ),
    ),
    t.file(
      'docs/runbooks/db-failover.md',
      L(
        '# Database failover',
        '',
        '1. Page the on-call DBA.',
        `2. Log in to the replica as \`postgres\` (the break-glass password is \`${t.s('generic-password')}\`).`,
        '3. Promote the replica: `SELECT pg_promote();`',
        `4. Point the app at it: \`DATABASE_URL=${t.s('postgres-url')}\``,
        `5. Update the status page (API key: \`${t.s('generic-api-key')}\`).`,
      ),
    ),
    t.file(
      'scripts/heroku-config.sh',
      L(
        '#!/usr/bin/env bash',
        'heroku config:set --app acme-shop \\',
        `  HEROKU_API_KEY=${t.s('heroku-api-key')} \\`,
        `  NEW_RELIC_LICENSE_KEY=${t.s('newrelic-license-key')} \\`,
        `  OP_SERVICE_ACCOUNT_TOKEN=${t.s('onepassword-service-account-token')}`,
      ),
    ),
    t.file(
      'infra/observability/grafana-agent.river',
      L(
        'prometheus.remote_write "cloud" {',
        '  endpoint {',
        '    url = "https://prometheus-prod-24-prod-eu-west-2.grafana.net/api/prom/push"',
        '    basic_auth {',
        `      username = "${f.digits(7)}"`,
        `      password = "${t.s('grafana-cloud-token')}"`,
        '    }',
        '  }',
        '}',
      ),
    ),
    t.file(
      'scripts/sentry-release.sh',
      L(
        '#!/bin/sh',
        `export SENTRY_AUTH_TOKEN=${t.s('sentry-org-token')}`,
        'sentry-cli releases new "$VERSION"',
        'sentry-cli releases finalize "$VERSION"',
      ),
    ),
    t.file(
      'apps/assistant/src/llm.ts',
      L(
        "import Groq from 'groq-sdk';",
        "import Replicate from 'replicate';",
        "import { CohereClient } from 'cohere-ai';",
        '',
        `export const groq = new Groq({ apiKey: '${t.s('groq-api-key')}' });`,
        `export const replicate = new Replicate({ auth: '${t.s('replicate-api-token')}' });`,
        `export const cohere = new CohereClient({ token: '${t.s('cohere-api-key')}' });`,
      ),
    ),
    t.file(
      'src/integrations/shopify.py',
      L(
        'import shopify',
        '',
        `session = shopify.Session("acme-store.myshopify.com", "2024-10", "${t.s('shopify-access-token')}")`,
        `WEBHOOK_SECRET = "${t.s('shopify-shared-secret')}"`,
        `OKTA_TOKEN = "${t.s('okta-api-token')}"`,
      ),
    ),
  ];
}

function commentsAndUrls(t: Ctx): CorpusFile[] {
  return [
    t.file(
      'web/src/legacy/maps.js',
      L(
        '// Geocoding for the store locator (to be moved server-side, see #812)',
        `const GEOCODE_URL = 'https://maps.googleapis.com/maps/api/geocode/json?key=${t.s('gcp-api-key')}&address=';`,
        '',
        'export async function geocode(address) {',
        '  const res = await fetch(GEOCODE_URL + encodeURIComponent(address));',
        '  return res.json();',
        '}',
        '',
        `// const STRIPE_KEY = '${t.s('stripe-secret-key')}'; // old account, keep until migration`,
        `/* fallback: ${t.s('slack-bot-token')} */`,
      ),
    ),
    t.file(
      'scripts/backfill_orders.py',
      L(
        'import requests',
        '',
        '# Old credentials, replaced by Vault in Q3:',
        `# AWS_ACCESS_KEY_ID = "${t.s('aws-access-key-id')}"`,
        `# AWS_SECRET_ACCESS_KEY = "${t.s('aws-secret-access-key')}"`,
        '',
        `resp = requests.get("https://api.partner-feeds.io/v1/orders?access_token=${t.s('generic-api-key')}&since=2024-01-01")`,
        'resp.raise_for_status()',
      ),
    ),
    t.file(
      'infra/monitoring/alertmanager.yml',
      L(
        'route:',
        '  receiver: ops',
        'receivers:',
        '  - name: ops',
        '    slack_configs:',
        `      - api_url: ${t.s('slack-webhook-url')}`,
        "        channel: '#ops-alerts'",
        '    webhook_configs:',
        `      - url: ${t.s('discord-webhook-url')}/slack`,
        '    email_configs:',
        '      - to: oncall@acme.io',
        '        smarthost: smtp.sendgrid.net:587',
        '        auth_username: apikey',
        `        auth_password: ${t.s('sendgrid-api-key')}`,
      ),
    ),
  ];
}

/** Deterministic variety for the few templates that choose among forms. */
export function variant<T>(t: Ctx, xs: readonly T[]): T {
  return pick(t.f, xs);
}

export function bespokeFiles(t: Ctx): CorpusFile[] {
  return [...privateKeys(t), ...httpCredentials(t), ...kubernetesSecrets(t), ...registryCredentials(t), ...infrastructure(t), ...pipelines(t), ...scriptsAndApps(t), ...commentsAndUrls(t)];
}
