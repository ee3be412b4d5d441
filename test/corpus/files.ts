import type { Ctx, CorpusFile } from './ctx.ts';
import { nameStyle as ns } from './ctx.ts';
import { SECRET_KINDS, pick } from './secrets.ts';
import { NAMED_NEGATIVES } from './negatives.ts';
import { bespokeFiles } from './bespoke.ts';

/**
 * Files with planted secrets. Two sources:
 * - generic templates: one per language or config format, each rendering `NAME = value` bindings in
 *   that format's own syntax (quotes, casing, nesting), with hard negatives and ordinary settings
 *   between them. Every `value`-shaped kind is planted `weight` times, each time in a different format;
 * - bespoke templates (bespoke.ts): the places where a kind naturally lives (PEM key files, .npmrc,
 *   Kubernetes Secrets, curl commands, notebooks, CI files…).
 */

export interface Binding {
  name: string;
  /** Marked value (or expression) to put in the text. */
  v: string;
  /** Unmarked value, for quoting decisions. */
  raw: string;
  /** An expression (environment lookup), not a string literal: never quoted. */
  expr?: boolean;
}

interface GenericType {
  id: string;
  /** Paths for the 1st, 2nd, … file of this type. */
  paths: string[];
  /** How this format reads NAME from the environment (or a secret store). */
  envRef(name: string): string;
  render(bs: Binding[], fileIndex: number): string;
}

const L = (...lines: string[]) => `${lines.join('\n')}\n`;
const jsonEsc = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const xmlEsc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const needsYamlQuotes = (raw: string) => !/^[A-Za-z0-9]/.test(raw) || /#|: /.test(raw);
const SERVICES = ['orders', 'billing', 'catalog', 'notify', 'search', 'ledger', 'identity', 'reports', 'gateway', 'ingest', 'media', 'pricing'];
const svc = (i: number) => SERVICES[i % SERVICES.length]!;
const pathFor = (paths: string[], i: number) => {
  const p = paths[i % paths.length]!;
  const round = Math.floor(i / paths.length);
  return round === 0 ? p : `services/${svc(i + round)}-${round}/${p}`;
};

const GENERIC: GenericType[] = [
  {
    id: 'dotenv',
    paths: ['.env', 'services/api/.env.production', 'deploy/staging.env', 'apps/web/.env.local', 'docker/worker/.env'],
    envRef: (n) => `\${${n}_FROM_VAULT}`,
    render: (bs, i) =>
      L(
        `# ${svc(i)} service — ${pick2(i, ['production', 'staging'])} settings`,
        'NODE_ENV=production',
        `PORT=${8080 + i}`,
        'LOG_LEVEL=info',
        ...bs.map((b, j) => {
          const name = ns.screaming(b.name);
          if (b.expr) return `${name}=${b.v}`;
          return [`${name}=${b.v}`, `${name}="${b.v}"`, `${name}='${b.v}'`, `export ${name}=${b.v}`][j % 4]!;
        }),
        'FEATURE_FLAGS=checkout-v2,search-suggest',
      ),
  },
  {
    id: 'shell',
    paths: ['scripts/deploy.sh', 'ops/bootstrap.sh', 'bin/release', 'tools/seed-staging.sh'],
    envRef: (n) => `"\${${n}:?${n} must be set}"`,
    render: (bs, i) =>
      L(
        '#!/usr/bin/env bash',
        'set -euo pipefail',
        `# Deploys the ${svc(i)} service to the production cluster.`,
        'cd "$(dirname "$0")/.."',
        ...bs.map((b, j) => {
          const name = ns.screaming(b.name);
          if (b.expr) return `export ${name}=${b.v}`;
          return [`export ${name}="${b.v}"`, `${name}='${b.v}'`, `export ${name}=${b.v}`][j % 3]!;
        }),
        `docker build -t registry.acme.io/${svc(i)}:"$(git rev-parse --short HEAD)" .`,
        `kubectl -n prod rollout restart deploy/${svc(i)}`,
      ),
  },
  {
    id: 'python',
    paths: ['app/settings/production.py', 'src/clients/config.py', 'worker/celeryconfig.py', 'scripts/sync_accounts.py'],
    envRef: (n) => `os.environ["${n}"]`,
    render: (bs, i) =>
      L(
        `"""Production settings for the ${svc(i)} service."""`,
        'import os',
        'from pathlib import Path',
        '',
        'BASE_DIR = Path(__file__).resolve().parent.parent',
        'DEBUG = False',
        `ALLOWED_HOSTS = ["${svc(i)}.acme.io"]`,
        '',
        ...bs.map((b, j) => {
          const name = ns.screaming(b.name);
          if (b.expr) return `${name} = ${b.v}`;
          return [
            `${name} = "${b.v}"`,
            `${ns.snake(b.name)} = '${b.v}'`,
            `${name} = os.environ.get("${name}", "${b.v}")`,
            `os.environ.setdefault("${name}", "${b.v}")`,
          ][j % 4]!;
        }),
        '',
        'CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache"}}',
      ),
  },
  {
    id: 'javascript',
    paths: ['config/production.js', 'server/config.js', 'functions/index.js', 'config/default.cjs'],
    envRef: (n) => `process.env.${n}`,
    render: (bs, i) =>
      L(
        "'use strict';",
        '',
        `// Runtime configuration for ${svc(i)}; values here are the production defaults.`,
        'module.exports = {',
        '  port: Number(process.env.PORT) || 3000,',
        "  logLevel: 'info',",
        ...bs.map((b, j) => {
          const name = ns.camel(b.name);
          if (b.expr) return `  ${name}: ${b.v},`;
          return [`  ${name}: '${b.v}',`, `  ${name}: "${b.v}",`, `  ${name}: process.env.${ns.screaming(b.name)} || '${b.v}',`][j % 3]!;
        }),
        '};',
      ),
  },
  {
    id: 'typescript',
    paths: ['src/config/secrets.ts', 'src/lib/clients.ts', 'apps/api/src/env.ts', 'packages/sdk/src/defaults.ts'],
    envRef: (n) => `process.env.${n}!`,
    render: (bs, i) =>
      L(
        "import { Client } from './http';",
        '',
        `// ${svc(i)}: shared configuration`,
        ...bs.map((b, j) => {
          const name = ns.camel(b.name);
          if (b.expr) return `export const ${name} = ${b.v};`;
          return [
            `export const ${ns.screaming(b.name)} = '${b.v}';`,
            `const ${name}: string = "${b.v}";`,
            `export const ${name} = process.env.${ns.screaming(b.name)} ?? '${b.v}';`,
            `export const ${name} = \`${b.v}\`;`,
          ][j % 4]!;
        }),
        '',
        `export const client = new Client({ baseUrl: 'https://${svc(i)}.acme.io' });`,
      ),
  },
  {
    id: 'go',
    paths: ['internal/config/defaults.go', 'cmd/worker/creds.go', 'pkg/clients/keys.go'],
    envRef: (n) => `os.Getenv("${n}")`,
    render: (bs, i) =>
      L(
        `package ${pick2(i, ['config', 'clients'])}`,
        '',
        'import "os"',
        '',
        '// Defaults used when the environment does not override them.',
        'var defaults = map[string]string{',
        ...bs.map((b, j) => {
          const name = ns.screaming(b.name);
          if (b.expr) return `\t"${name}": ${b.v},`;
          return j % 2 === 0 ? `\t"${name}": "${b.v}",` : `\t"${name}": \`${b.v}\`,`;
        }),
        '}',
        '',
        'func Get(key string) string {',
        '\tif v := os.Getenv(key); v != "" {',
        '\t\treturn v',
        '\t}',
        '\treturn defaults[key]',
        '}',
      ),
  },
  {
    id: 'go-const',
    paths: ['internal/integrations/const.go', 'services/edge/config.go'],
    envRef: (n) => `os.Getenv("${n}")`,
    render: (bs) =>
      L(
        'package integrations',
        '',
        'import "os"',
        '',
        'const (',
        ...bs.filter((b) => !b.expr).map((b) => `\t${ns.camel(b.name)} = "${b.v}"`),
        ')',
        '',
        'var (',
        ...bs.filter((b) => b.expr).map((b) => `\t${ns.camel(b.name)} = ${b.v}`),
        ')',
      ),
  },
  {
    id: 'java',
    paths: ['src/main/java/com/acme/config/Credentials.java', 'app/src/main/java/com/acme/pay/Keys.java', 'core/src/main/java/com/acme/core/Defaults.java'],
    envRef: (n) => `System.getenv("${n}")`,
    render: (bs, i) =>
      L(
        `package com.acme.${svc(i)}.config;`,
        '',
        'public final class Credentials {',
        '    private Credentials() {}',
        '',
        ...bs.map((b) => `    public static final String ${ns.screaming(b.name)} = ${b.expr ? b.v : `"${b.v}"`};`),
        '}',
      ),
  },
  {
    id: 'kotlin',
    paths: ['app/src/main/kotlin/com/acme/app/Secrets.kt', 'server/src/main/kotlin/Config.kt'],
    envRef: (n) => `System.getenv("${n}") ?: ""`,
    render: (bs) =>
      L(
        'package com.acme.app',
        '',
        'object Secrets {',
        ...bs.map((b) => (b.expr ? `    val ${ns.camel(b.name)}: String = ${b.v}` : `    const val ${ns.screaming(b.name)} = "${b.v}"`)),
        '}',
      ),
  },
  {
    id: 'csharp',
    paths: ['src/Acme.Api/Configuration/Secrets.cs', 'src/Worker/Constants.cs'],
    envRef: (n) => `Environment.GetEnvironmentVariable("${n}") ?? string.Empty`,
    render: (bs, i) =>
      L(
        `namespace Acme.${ns.pascal(svc(i))}.Configuration;`,
        '',
        'public static class Secrets',
        '{',
        ...bs.map((b) =>
          b.expr ? `    public static readonly string ${ns.pascal(b.name)} = ${b.v};` : `    public const string ${ns.pascal(b.name)} = "${b.v}";`,
        ),
        '}',
      ),
  },
  {
    id: 'appsettings-json',
    paths: ['src/Acme.Api/appsettings.Production.json', 'src/Worker/appsettings.json'],
    envRef: (n) => `\${${n}}`,
    render: (bs) =>
      L(
        '{',
        '  "Logging": { "LogLevel": { "Default": "Information" } },',
        '  "AllowedHosts": "*",',
        '  "Integrations": {',
        bs.map((b) => `    "${ns.pascal(b.name)}": "${b.expr ? b.v : jsonEsc(b.v)}"`).join(',\n'),
        '  }',
        '}',
      ),
  },
  {
    id: 'ruby',
    paths: ['config/initializers/integrations.rb', 'lib/tasks/sync.rake', 'config/environments/production.rb'],
    envRef: (n) => `ENV.fetch("${n}")`,
    render: (bs) =>
      L(
        '# frozen_string_literal: true',
        '',
        'Rails.application.configure do',
        ...bs.map((b, j) => {
          if (b.expr) return `  config.x.${ns.snake(b.name)} = ${b.v}`;
          return j % 2 === 0 ? `  config.x.${ns.snake(b.name)} = "${b.v}"` : `  ENV["${ns.screaming(b.name)}"] ||= '${b.v}'`;
        }),
        'end',
      ),
  },
  {
    id: 'php',
    paths: ['config/services.php', 'wp-content/plugins/acme-sync/config.php', 'app/Config/Keys.php'],
    envRef: (n) => `env('${n}')`,
    render: (bs, i) =>
      i % 2 === 0
        ? L('<?php', '', 'return [', ...bs.map((b) => `    '${ns.snake(b.name)}' => ${b.expr ? b.v : `'${b.v}'`},`), '];')
        : L('<?php', '', ...bs.map((b) => (b.expr ? `$${ns.camel(b.name)} = ${b.v};` : `define('${ns.screaming(b.name)}', '${b.v}');`))),
  },
  {
    id: 'rust',
    paths: ['src/config.rs', 'crates/client/src/defaults.rs'],
    envRef: (n) => `env::var("${n}").unwrap_or_default()`,
    render: (bs) =>
      L(
        'use std::env;',
        '',
        ...bs.filter((b) => !b.expr).map((b) => `pub const ${ns.screaming(b.name)}: &str = "${b.v}";`),
        '',
        'pub fn load() -> Vec<String> {',
        '    vec![',
        ...bs.filter((b) => b.expr).map((b) => `        ${b.v},`),
        '    ]',
        '}',
      ),
  },
  {
    id: 'yaml-config',
    paths: ['config/application-prod.yml', 'config/settings.yaml', 'conf/app.yml'],
    envRef: (n) => `\${${n}}`,
    render: (bs, i) =>
      L(
        'server:',
        `  port: ${8080 + i}`,
        'integrations:',
        ...bs.map((b) => {
          const key = i % 2 === 0 ? ns.snake(b.name) : ns.kebab(b.name);
          return b.expr || !needsYamlQuotes(b.raw) ? `  ${key}: ${b.v}` : `  ${key}: "${jsonEsc(b.v)}"`;
        }),
        'logging:',
        '  level: INFO',
      ),
  },
  {
    id: 'docker-compose',
    paths: ['docker-compose.yml', 'deploy/docker-compose.prod.yml', 'compose.yaml'],
    envRef: (n) => `\${${n}}`,
    render: (bs, i) =>
      L(
        'services:',
        `  ${svc(i)}:`,
        `    image: registry.acme.io/${svc(i)}:1.${i}.0`,
        '    restart: unless-stopped',
        '    environment:',
        ...bs.map((b) => {
          const name = ns.screaming(b.name);
          if (i % 2 === 0) return b.expr || !needsYamlQuotes(b.raw) ? `      ${name}: ${b.v}` : `      ${name}: "${jsonEsc(b.v)}"`;
          return `      - ${name}=${b.v}`;
        }),
        '    ports:',
        `      - "${8080 + i}:8080"`,
      ),
  },
  {
    id: 'k8s-env',
    paths: ['k8s/prod/deployment.yaml', 'deploy/k8s/worker.yaml'],
    envRef: (n) => `"$(${n}_FROM_SECRET)"`,
    render: (bs, i) =>
      L(
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        `  name: ${svc(i)}`,
        'spec:',
        '  replicas: 3',
        '  template:',
        '    spec:',
        '      containers:',
        `        - name: ${svc(i)}`,
        `          image: registry.acme.io/${svc(i)}:2.4.1`,
        '          env:',
        ...bs.flatMap((b) => [`            - name: ${ns.screaming(b.name)}`, `              value: ${b.expr ? b.v : `"${jsonEsc(b.v)}"`}`]),
      ),
  },
  {
    id: 'github-actions',
    paths: ['.github/workflows/deploy.yml', '.github/workflows/nightly.yml', '.github/workflows/release.yml'],
    envRef: (n) => `\${{ secrets.${n} }}`,
    render: (bs, i) =>
      L(
        `name: ${pick2(i, ['deploy', 'nightly'])}`,
        'on:',
        '  push:',
        '    branches: [main]',
        'jobs:',
        '  deploy:',
        '    runs-on: ubuntu-latest',
        '    env:',
        ...bs.map((b) => (b.expr || !needsYamlQuotes(b.raw) ? `      ${ns.screaming(b.name)}: ${b.v}` : `      ${ns.screaming(b.name)}: '${b.v}'`)),
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - run: ./scripts/deploy.sh',
      ),
  },
  {
    id: 'gitlab-ci',
    paths: ['ci/gitlab/deploy.gitlab-ci.yml', '.gitlab/ci/release.yml'],
    envRef: (n) => `$${n}_PROD`,
    render: (bs, i) =>
      L(
        'stages: [test, deploy]',
        'variables:',
        ...bs.map((b) => `  ${ns.screaming(b.name)}: ${b.expr ? b.v : `"${jsonEsc(b.v)}"`}`),
        `deploy-${svc(i)}:`,
        '  stage: deploy',
        '  script:',
        '    - ./scripts/deploy.sh',
      ),
  },
  {
    id: 'helm-values',
    paths: ['charts/api/values-prod.yaml', 'helm/worker/values.yaml'],
    envRef: (n) => `"{{ .Values.secrets.${ns.camel(n)} }}"`,
    render: (bs, i) =>
      L(
        'replicaCount: 2',
        'image:',
        `  repository: registry.acme.io/${svc(i)}`,
        '  tag: "3.1.0"',
        'extraEnv:',
        ...bs.map((b) => `  ${ns.screaming(b.name)}: ${b.expr ? b.v : `"${jsonEsc(b.v)}"`}`),
        'resources:',
        '  limits:',
        '    memory: 512Mi',
      ),
  },
  {
    id: 'json',
    paths: ['config/production.json', 'firebase/functions/.runtimeconfig.json', 'settings/local.settings.json'],
    envRef: (n) => `\${${n}}`,
    render: (bs, i) =>
      L(
        '{',
        `  "service": "${svc(i)}",`,
        '  "region": "eu-west-1",',
        bs.map((b) => `  "${ns.camel(b.name)}": "${b.expr ? b.v : jsonEsc(b.v)}"`).join(',\n'),
        '}',
      ),
  },
  {
    id: 'toml',
    paths: ['config/app.toml', 'pyproject.local.toml', 'netlify.toml'],
    envRef: (n) => `\${${n}}`,
    render: (bs, i) =>
      L(`[app]`, `name = "${svc(i)}"`, '', '[integrations]', ...bs.map((b) => `${ns.snake(b.name)} = "${b.expr ? b.v : jsonEsc(b.v)}"`)),
  },
  {
    id: 'ini',
    paths: ['config/settings.ini', 'setup.cfg', 'deploy/app.conf'],
    envRef: (n) => `%(${ns.snake(n)})s`,
    render: (bs, i) => L('[DEFAULT]', `service = ${svc(i)}`, '', '[credentials]', ...bs.map((b) => `${ns.snake(b.name)} = ${b.v}`)),
  },
  {
    id: 'properties',
    paths: ['src/main/resources/application-prod.properties', 'gradle/ci.properties', 'conf/integration.properties'],
    envRef: (n) => `\${${n}}`,
    render: (bs, i) =>
      L(`spring.application.name=${svc(i)}`, 'server.port=8080', ...bs.map((b, j) => `${ns.dotted(b.name)}${j % 2 === 0 ? '=' : ' = '}${b.v}`)),
  },
  {
    id: 'terraform',
    paths: ['terraform/prod/locals.tf', 'infra/modules/app/main.tf', 'terraform/staging/terraform.tfvars'],
    envRef: (n) => `var.${ns.snake(n)}`,
    render: (bs, i) =>
      i % 3 === 2
        ? L(...bs.map((b) => `${ns.snake(b.name)} = ${b.expr ? '"placeholder-set-in-ci"' : `"${b.v}"`}`))
        : L('locals {', ...bs.map((b) => `  ${ns.snake(b.name)} = ${b.expr ? b.v : `"${b.v}"`}`), '}'),
  },
  {
    id: 'xml',
    paths: ['src/Acme.Web/Web.config', 'src/Legacy/App.config'],
    envRef: (n) => `#{${ns.pascal(n)}}#`,
    render: (bs) =>
      L(
        '<?xml version="1.0" encoding="utf-8"?>',
        '<configuration>',
        '  <appSettings>',
        ...bs.map((b) => `    <add key="${ns.pascal(b.name)}" value="${b.expr ? b.v : xmlEsc(b.v)}" />`),
        '  </appSettings>',
        '</configuration>',
      ),
  },
  {
    id: 'dockerfile',
    paths: ['Dockerfile', 'docker/worker.Dockerfile', 'images/cron/Dockerfile'],
    envRef: (n) => `\${${n}}`,
    render: (bs, i) =>
      L(
        'FROM python:3.12-slim',
        'WORKDIR /app',
        'COPY requirements.txt .',
        'RUN pip install --no-cache-dir -r requirements.txt',
        ...bs.map((b, j) => `${j % 2 === 0 ? 'ENV' : 'ARG'} ${ns.screaming(b.name)}=${b.raw.includes(' ') ? `"${b.v}"` : b.v}`),
        'COPY . .',
        `CMD ["python", "-m", "${svc(i)}"]`,
      ),
  },
  {
    id: 'markdown',
    paths: ['docs/local-setup.md', 'CONTRIBUTING.md', 'docs/runbooks/deploy.md'],
    envRef: (n) => `"$(op read op://prod/${ns.kebab(n)}/credential)"`,
    render: (bs, i) =>
      L(
        `# Running ${svc(i)} locally`,
        '',
        'Export these before `make run` (ask in #platform if one stops working):',
        '',
        '```bash',
        ...bs.map((b) => `export ${ns.screaming(b.name)}=${b.expr ? b.v : `"${b.v}"`}`),
        '```',
        '',
        'Then start the stack with `docker compose up`.',
      ),
  },
  {
    id: 'jupyter',
    paths: ['notebooks/eval.ipynb', 'analysis/forecast.ipynb'],
    envRef: (n) => `os.environ[\\"${n}\\"]`,
    render: (bs) =>
      L(
        '{',
        ' "cells": [',
        '  {',
        '   "cell_type": "code",',
        '   "execution_count": 1,',
        '   "metadata": {},',
        '   "outputs": [],',
        '   "source": [',
        '    "import os\\n",',
        bs.map((b) => (b.expr ? `    "${ns.snake(b.name)} = ${b.v}\\n"` : `    "os.environ[\\"${ns.screaming(b.name)}\\"] = \\"${jsonEsc(b.v)}\\"\\n"`)).join(',\n'),
        '   ]',
        '  }',
        ' ],',
        ' "metadata": {"language_info": {"name": "python"}},',
        ' "nbformat": 4,',
        ' "nbformat_minor": 5',
        '}',
      ),
  },
  {
    id: 'powershell',
    paths: ['scripts/Deploy-Prod.ps1', 'ops/windows/setup.ps1'],
    envRef: (n) => `$env:${n}`,
    render: (bs, i) =>
      L(
        '#Requires -Version 7',
        `# Configures the ${svc(i)} service on the build agent`,
        ...bs.map((b, j) => (b.expr ? `$${ns.camel(b.name)} = ${b.v}` : j % 2 === 0 ? `$env:${ns.screaming(b.name)} = "${b.v}"` : `$${ns.camel(b.name)} = '${b.v}'`)),
        'Write-Host "Configured"',
      ),
  },
];

function pick2<T>(i: number, xs: readonly T[]): T {
  return xs[i % xs.length]!;
}

/** Hard negatives rotate through every generic file, in that file's own syntax. */
function negativeBindings(t: Ctx, g: GenericType, start: number, count: number): Binding[] {
  const out: Binding[] = [];
  for (let k = 0; k < count; k++) {
    const n = NAMED_NEGATIVES[(start + k) % NAMED_NEGATIVES.length]!;
    const name = n.names[(start + k) % n.names.length]!;
    if (n.expr) {
      const expr = g.envRef(ns.screaming(name));
      out.push({ name, v: t.neg('env-lookup', expr), raw: expr, expr: true });
    } else {
      const raw = n.gen(t.f);
      out.push({ name, v: t.neg(n.label, raw), raw });
    }
  }
  return out;
}

export function genericFiles(t: Ctx): CorpusFile[] {
  const queue: string[] = [];
  for (const k of SECRET_KINDS) if (k.shape === 'value') for (let j = 0; j < (k.weight ?? 3); j++) queue.push(k.id);
  const buckets: string[][] = GENERIC.map(() => []);
  queue.forEach((kind, i) => buckets[i % GENERIC.length]!.push(kind));

  const files: CorpusFile[] = [];
  let negCursor = 0;
  GENERIC.forEach((g, gi) => {
    const kinds = buckets[gi]!;
    const perFile = 4;
    for (let fi = 0; fi * perFile < kinds.length; fi++) {
      const planted: Binding[] = kinds.slice(fi * perFile, fi * perFile + perFile).map((kind) => {
        const s = t.secret(kind);
        return { name: s.name, v: s.v, raw: s.raw };
      });
      const negs = negativeBindings(t, g, negCursor, 3);
      negCursor += 3;
      // Interleave: secret, negative, secret, negative, …
      const bs: Binding[] = [];
      for (let k = 0; k < Math.max(planted.length, negs.length); k++) {
        if (planted[k]) bs.push(planted[k]!);
        if (negs[k]) bs.push(negs[k]!);
      }
      files.push(t.file(pathFor(g.paths, fi), g.render(bs, fi)));
    }
  });
  return files;
}

export function buildPlantedFiles(t: Ctx): CorpusFile[] {
  return [...genericFiles(t), ...bespokeFiles(t)];
}
