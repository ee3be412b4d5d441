import type { Rule } from '../src/engine/rule.ts';
import { placeholderReason } from '../src/engine/placeholder.ts';
import { all, bodyIsNotPlaceholder, textMentions } from './lib/messaging-ai-registries-kit.ts';

// Personal access tokens `dckr_pat_` + 27 and organization access tokens `dckr_oat_` + 32, base64url
// (https://docs.docker.com/security/for-developers/access-tokens/).
function dockerRule(id: string, prefix: string, length: number, description: string, remediation: string): Rule {
  return {
    id,
    description,
    docs: 'https://docs.docker.com/security/for-developers/access-tokens/',
    keywords: [prefix],
    regex: new RegExp(`(?<![\\w-])(${prefix}[A-Za-z0-9_-]{${length}})(?![\\w-])`),
    allowFillers: true,
    validate: bodyIsNotPlaceholder(prefix.length),
    minEntropy: 3.8,
    remediation,
    examples: (f) => ({
      match: [
        `DOCKERHUB_TOKEN=${prefix}${f.b64url(length)}`,
        `echo "${prefix}${f.b64url(length)}" | docker login -u acme --password-stdin`,
        `auths:\n  docker.io:\n    password: ${prefix}${f.b64url(length)}`,
      ],
      noMatch: [`DOCKERHUB_TOKEN=${prefix}...`, `DOCKERHUB_TOKEN=${prefix}${'x'.repeat(length)}`, `${prefix}${f.b64url(length - 10)}`],
    }),
  };
}

export const dockerHubPersonalAccessToken = dockerRule(
  'docker-hub-personal-access-token',
  'dckr_pat_',
  27,
  'Docker Hub personal access token',
  'Delete the token at https://app.docker.com/settings/personal-access-tokens, create a new one with read-only scope where possible, and check the repositories for images you did not push.',
);
export const dockerHubOrgAccessToken = dockerRule(
  'docker-hub-org-access-token',
  'dckr_oat_',
  32,
  'Docker Hub organization access token',
  'Delete the token in Docker Hub (Admin Console → your organization → Access tokens), create a new one limited to the repositories it needs, and check them for images you did not push.',
);

// ~/.docker/config.json (and DOCKER_AUTH_CONFIG in CI) keeps registry logins as "auth": base64 of
// `user:password` (https://docs.docker.com/reference/cli/docker/login/#credential-stores). Only in a file
// with an "auths" map, and only when the value decodes to user:password with a real password.
function userColonPassword(secret: string): true | string {
  const text = Buffer.from(secret, 'base64').toString('latin1');
  const m = /^([^:\s]{1,128}):([\x21-\x7e]{4,256})$/.exec(text);
  if (!m) return 'does not decode to user:password';
  const reason = placeholderReason(m[2]!);
  return reason ? `password ${reason}` : true;
}

export const dockerConfigAuth: Rule = {
  id: 'docker-config-auth',
  description: 'Registry login (base64 user:password) in a Docker config.json auths map',
  docs: 'https://docs.docker.com/reference/cli/docker/login/#credential-stores',
  keywords: ['"auth'],
  regex: /\\?"auth\\?"[ \t]*:[ \t]*\\?"([A-Za-z0-9+/]{8,400}={0,2})\\?"/,
  // The base64 body is judged through its decoded password (below), not as a string.
  allowFillers: true,
  validate: all(textMentions(/"auths\\?"/, 'Docker auths'), userColonPassword),
  remediation:
    'Revoke the password or token at the registry (Docker Hub: https://app.docker.com/settings/personal-access-tokens; GitLab / GHCR / ECR: the issuing token page), log in with a credential helper (credsStore) instead of a stored auth, and keep DOCKER_AUTH_CONFIG in masked CI variables.',
  examples: (f) => {
    const auth = (user: string) => Buffer.from(`${user}:${f.b62(24)}`).toString('base64');
    return {
      match: [
        {
          path: 'deploy/docker/config.json',
          text: `{\n  "auths": {\n    "registry.acme.io": {\n      "auth": "${auth('ci')}"\n    }\n  },\n  "credsStore": ""\n}\n`,
        },
        `variables:\n  DOCKER_AUTH_CONFIG: '{"auths":{"registry.acme.io":{"auth":"${auth('deploy-bot')}"}}}'`,
        `{\\"auths\\":{\\"ghcr.io\\":{\\"auth\\":\\"${auth('octo')}\\"}}}`,
      ],
      noMatch: [
        `{"auths": {"registry.acme.io": {"auth": "${Buffer.from('ci:changeme').toString('base64')}"}}}`,
        '{"auths": {"registry.acme.io": {"auth": "${DOCKER_AUTH}"}}}',
        `{"auth": "${f.base64Bytes(24)}", "type": "session"}`,
        '{"auths": {"https://index.docker.io/v1/": {}}, "credsStore": "desktop"}',
      ],
    };
  },
};

export const dockerHub: Rule[] = [dockerHubPersonalAccessToken, dockerHubOrgAccessToken, dockerConfigAuth];
