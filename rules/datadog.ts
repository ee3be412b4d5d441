import type { Rule } from '../src/engine/rule.ts';
import { assignment, placements, unsetPlacements } from './lib/databases-and-saas-kit.ts';

// Datadog API keys are 32 lower-case hex characters and application keys 40; neither has a prefix,
// so both need the Datadog name (`datadog`, `DD_…`, `DD-API-KEY` header) on the key's own name or
// on the block above it. Newer application keys are `ddapp_` + 34 alphanumerics.
// Format: https://docs.datadoghq.com/account_management/api-app-keys/
const DOCS = 'https://docs.datadoghq.com/account_management/api-app-keys/';
const PROVIDER = 'datadog|(?<![a-z])dd';

export const datadogApiKey: Rule = {
  id: 'datadog-api-key',
  description: 'Datadog API key (32 hex) assigned to a Datadog-named setting',
  docs: DOCS,
  keywords: ['datadog', 'dd_', 'dd-', 'dd.', 'ddapi', 'ddapp'],
  regex: assignment(PROVIDER, 'api[_.-]?key', '[a-f0-9]{32}', { block: 'datadog' }),
  minEntropy: 3.0,
  validate: (s) => (/^[a-f0-9]{32}$/.test(s) ? true : 'Datadog keys are lower-case hex'),
  remediation:
    'Revoke the key at https://app.datadoghq.com/organization-settings/api-keys (Organization Settings → API Keys), create a new one, and update the Agent / integration config that used it.',
  examples: (f) => ({
    match: [
      `DD_API_KEY=${f.hex(32)}`,
      `export DATADOG_API_KEY="${f.hex(32)}"`,
      `datadog:\n  site: datadoghq.eu\n  apiKey: ${f.hex(32)}\n`,
      `provider "datadog" {\n  api_key = "${f.hex(32)}"\n  app_key = var.datadog_app_key\n}`,
      `datadog.initialize(api_key="${f.hex(32)}", app_key=os.environ["DD_APP_KEY"])`,
      `curl -X POST "https://api.datadoghq.com/api/v2/series" -H "DD-API-KEY: ${f.hex(32)}"`,
      `{"datadog": {"api_key": "${f.hex(32)}"}}`,
      `        env:\n          - name: DD_API_KEY\n            value: "${f.hex(32)}"`,
      `    <add key="DdApiKey" value="${f.hex(32)}" />`,
      `    "os.environ[\\"DD_API_KEY\\"] = \\"${f.hex(32)}\\"\\n",`,
      `const apiKey = process.env.DATADOG_API_KEY ?? '${f.hex(32)}';`,
      `"environment": [{"name": "DD_API_KEY", "value": "${f.hex(32)}"}]`,
    ],
    noMatch: [
      'DD_API_KEY=<DATADOG_API_KEY>',
      'DD_API_KEY=${DD_API_KEY}',
      `ADD_API_KEY_NAME=datadog-${f.lowerAlnum(6)}`,
      `DD_API_KEY=${f.hex(32).toUpperCase()}`,
      `dd_trace_id: ${f.hex(32)}`,
      `datadog_rum_application_id: "${f.uuid()}"`,
      `dd_span_id: ${f.digits(19)}`,
      `dd if=/dev/zero of=disk.img bs=1M count=1\nconfig:\n  checksum: ${f.hex(32)}`,
    ],
  }),
};

export const datadogApplicationKey: Rule = {
  id: 'datadog-application-key',
  description: 'Datadog application key (40 hex) assigned to a Datadog-named setting',
  docs: DOCS,
  keywords: ['datadog', 'dd_', 'dd-', 'dd.', 'ddapi', 'ddapp'],
  regex: assignment(PROVIDER, 'app(?:lication)?[_.-]?key', '[a-f0-9]{40}', { block: 'datadog' }),
  minEntropy: 3.0,
  validate: (s) => (/^[a-f0-9]{40}$/.test(s) ? true : 'Datadog keys are lower-case hex'),
  remediation:
    'Revoke the key at https://app.datadoghq.com/organization-settings/application-keys (or Personal Settings → Application Keys), create a scoped replacement, and update the scripts / Terraform that used it.',
  examples: (f) => ({
    match: [
      `DD_APP_KEY=${f.hex(40)}`,
      `DATADOG_APPLICATION_KEY: "${f.hex(40)}"`,
      `provider "datadog" {\n  api_key = var.datadog_api_key\n  app_key = "${f.hex(40)}"\n}`,
      `headers = {"DD-APPLICATION-KEY": "${f.hex(40)}"}`,
      `    "os.environ[\\"DATADOG_APP_KEY\\"] = \\"${f.hex(40)}\\"\\n"`,
      `    <add key="DatadogAppKey" value="${f.hex(40)}"/>`,
      `  - name: DD_APP_KEY\n    value: ${f.hex(40)}`,
    ],
    noMatch: ['DD_APP_KEY=${DD_APP_KEY}', `dd_commit_sha: ${f.hex(40)}`, `DD_APP_KEY="{{ datadog_app_key }}"`, `git_sha = "${f.hex(40)}"`],
  }),
};

export const datadogApplicationKeyPrefixed: Rule = {
  id: 'datadog-application-key-prefixed',
  description: 'Datadog application key in the ddapp_ format',
  docs: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/mes-partner-DatadogApplicationKey.html',
  keywords: ['ddapp_'],
  // `ddapp_` + 34 alphanumerics.
  regex: /\b(ddapp_[A-Za-z0-9]{34})(?![A-Za-z0-9_-])/,
  minEntropy: 3.5,
  remediation: datadogApplicationKey.remediation,
  examples: (f) => ({
    match: placements('DD_APP_KEY', () => `ddapp_${f.b62(34)}`),
    noMatch: [...unsetPlacements('DD_APP_KEY', 'ddapp_'), `see ddapp_${f.b62(20)} in the docs`, `myddapp_${f.b62(34)}`],
  }),
};

export const datadog: Rule[] = [datadogApiKey, datadogApplicationKey, datadogApplicationKeyPrefixed];
