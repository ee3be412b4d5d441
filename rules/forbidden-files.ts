import type { Rule } from '../src/engine/rule.ts';

// Files that hold secrets by their nature: adding one to git is the leak, whatever it contains.
// Reported at line 1 when the path is added (not when an already-tracked file is edited: its added
// lines still go through the content rules).

export const envFile: Rule = {
  id: 'env-file',
  description: 'A .env file: local configuration that holds real secrets and is never committed',
  docs: 'https://12factor.net/config',
  keywords: [],
  path: ['.env', '.env.*', '*.env'],
  // The committed shape of the configuration, with placeholders only.
  pathExclude: ['.env.example', '.env.*.example', '.env.sample', '.env.*.sample', '.env.template', '.env.*.template', '.env.dist', '.env.defaults', '.env.schema', '.env.vault', '*.env.example', '.env.*.tpl', '.env.tpl'],
  remediation:
    'Unstage it (git rm --cached <file>), add `.env` and `.env.*` to .gitignore, and commit a .env.example with placeholders instead. If it was ever pushed, rotate every value in it.',
  examples: () => ({
    match: [{ path: '.env' }, { path: 'services/api/.env.production' }, { path: '.env.local' }, { path: 'config/prod.env' }],
    noMatch: [{ path: '.env.example' }, { path: 'app/.env.sample' }, { path: '.env.template' }, { path: 'src/env.ts' }, { path: '.envrc.md' }],
  }),
};

export const privateKeyFile: Rule = {
  id: 'private-key-file',
  description: 'An SSH or TLS private key file',
  docs: 'https://man.openbsd.org/ssh-keygen.1#FILES',
  keywords: [],
  path: ['id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519', 'id_ecdsa_sk', 'id_ed25519_sk', '*.pem.key', '*.key', '*_rsa', '*.ppk', 'ssh_host_*_key'],
  remediation:
    'Unstage it (git rm --cached <file>) and keep keys outside the repository. If it was ever pushed, generate a new key pair and remove the old public key everywhere it is authorised.',
  examples: () => ({
    match: [{ path: 'id_rsa' }, { path: 'deploy/id_ed25519' }, { path: 'certs/server.key' }, { path: 'keys/putty.ppk' }],
    noMatch: [{ path: 'id_rsa.pub' }, { path: 'deploy/id_ed25519.pub' }, { path: 'src/key.ts' }, { path: 'docs/keys.md' }],
  }),
};

export const keystoreFile: Rule = {
  id: 'keystore-file',
  description: 'A PKCS#12 / Java keystore bundle (private key and certificate)',
  docs: 'https://datatracker.ietf.org/doc/html/rfc7292',
  keywords: [],
  path: ['*.p12', '*.pfx', '*.jks', '*.keystore', '*.pkcs12'],
  remediation:
    'Unstage it (git rm --cached <file>) and load keystores from a secret store at deploy time. If it was ever pushed, reissue the certificate and revoke the old one.',
  examples: () => ({
    match: [{ path: 'certs/client.p12' }, { path: 'signing/app.pfx' }, { path: 'android/release.jks' }],
    noMatch: [{ path: 'certs/client.crt' }, { path: 'docs/p12.md' }],
  }),
};

export const cloudCredentialsFile: Rule = {
  id: 'cloud-credentials-file',
  description: 'A cloud CLI credentials file (AWS, GCP, Azure, Kubernetes, Docker)',
  docs: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html',
  keywords: [],
  path: [
    '.aws/credentials',
    '**/.aws/credentials',
    'application_default_credentials.json',
    '**/.config/gcloud/credentials.db',
    '**/.config/gcloud/access_tokens.db',
    '**/.azure/accessTokens.json',
    '**/.azure/msal_token_cache.json',
    '**/.kube/config',
    '**/.docker/config.json',
    '.git-credentials',
    '**/.git-credentials',
    '.netrc',
    '_netrc',
    '.pgpass',
    '.htpasswd',
    'terraform.tfstate',
    '*.tfstate',
    'credentials.json',
    'client_secret*.json',
    'service-account*.json',
  ],
  remediation:
    'Unstage it (git rm --cached <file>) and add it to .gitignore. If it was ever pushed, revoke and reissue every credential it holds (cloud console → IAM), and prefer short-lived credentials (OIDC, SSO).',
  examples: () => ({
    match: [{ path: '.aws/credentials' }, { path: 'home/.kube/config' }, { path: '.git-credentials' }, { path: 'infra/terraform.tfstate' }, { path: '.netrc' }],
    noMatch: [{ path: 'docs/aws-credentials.md' }, { path: 'src/credentials.ts' }, { path: 'infra/terraform.tfvars.example' }],
  }),
};

export const forbiddenFiles: Rule[] = [envFile, privateKeyFile, keystoreFile, cloudCredentialsFile];
