import { crc32 } from '../src/engine/checksum.ts';
import type { Fake } from '../src/engine/fake.ts';
import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/cloud-and-code-kit.ts';

// Token prefixes: https://docs.gitlab.com/security/tokens/#token-prefixes
// Routable tokens (2025+): `<prefix><base64url payload, 27–300>.<2-char version>` then either
// `<7-char base36 CRC32>` or, in the versioned form, `.<2-char payload length><7-char CRC32>` where
// the CRC32 covers `<prefix><payload>.<version>.<length>`.
// https://handbook.gitlab.com/handbook/engineering/architecture/design-documents/cells/routable_tokens/
const DOCS = 'https://docs.gitlab.com/security/tokens/#token-prefixes';
const ROUTABLE = String.raw`[A-Za-z0-9_\-]{27,300}\.[0-9a-z]{2}(?:\.[0-9a-z]{2})?[0-9a-z]{7}`;
const VERSIONED = /^(.+?)\.([0-9a-z]{2})\.([0-9a-z]{2})([0-9a-z]{7})$/;

const crc36 = (s: string) => crc32(s).toString(36).padStart(7, '0');

/** A valid versioned routable token, for examples. */
export function routableToken(f: Fake, prefix: string): string {
  const payload = f.b64url(40);
  const head = `${prefix}${payload}.01.${payload.length.toString(36).padStart(2, '0')}`;
  return head + crc36(head);
}

/** The same with its last checksum character changed. */
function badRoutableToken(f: Fake, prefix: string): string {
  const t = routableToken(f, prefix);
  return t.slice(0, -1) + (t.endsWith('0') ? '1' : '0');
}

function routableChecksum(secret: string): true | string {
  const m = VERSIONED.exec(secret);
  if (!m) return true;
  const head = `${m[1]}.${m[2]}.${m[3]}`;
  return crc36(head) === m[4] ? true : 'routable token CRC32 does not match';
}

interface GitlabSpec {
  id: string;
  description: string;
  prefix: string;
  /** Regex source of the legacy body (exact length). */
  legacy: string;
  fake: (f: Fake) => string;
  routable?: boolean;
  env: string;
  remediation: string;
  more?: Array<(token: string) => string>;
}

function gitlabRule(spec: GitlabSpec): Rule {
  const prefix = spec.prefix.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
  const body = spec.routable ? `(?:${ROUTABLE}|${spec.legacy})` : spec.legacy;
  return {
    id: spec.id,
    description: spec.description,
    docs: DOCS,
    keywords: [spec.prefix.toLowerCase()],
    regex: new RegExp(`(?<![A-Za-z0-9_\\-])(${prefix}${body})(?![A-Za-z0-9_\\-])`),
    minEntropy: 3.2,
    validate: (s) => {
      const p = bodyIsNotPlaceholder(spec.prefix.length)(s);
      return p === true ? routableChecksum(s) : p;
    },
    remediation: spec.remediation,
    examples: (f) => {
      const token = () => spec.prefix + spec.fake(f);
      return {
        match: [
          `${spec.env}=${token()}`,
          `variables:\n  ${spec.env}: "${token()}"`,
          ...(spec.routable ? [`${spec.env}=${routableToken(f, spec.prefix)}`] : []),
          ...(spec.more ?? []).map((m) => m(token())),
        ],
        noMatch: [
          `${spec.env}=${spec.prefix}${'x'.repeat(20)}`,
          `${spec.env}=${spec.prefix}${f.b62(8)}`,
          `${spec.env}=\${${spec.env}}`,
          `${spec.env}: $CI_${spec.env}`,
          ...(spec.routable ? [`${spec.env}=${badRoutableToken(f, spec.prefix)}`] : []),
        ],
      };
    },
  };
}

const PAT_ROTATE =
  'Revoke the token in GitLab (User settings > Access tokens, or the project/group Settings > Access tokens; admins: Admin > Credentials), create a replacement with the fewest scopes and an expiry, and review the audit events.';
const RUNNER_ROTATE =
  'Reset the runner authentication token (Settings > CI/CD > Runners > the runner > Reset token, or `gitlab-runner` re-register) and review recent jobs.';

export const gitlabPat = gitlabRule({
  id: 'gitlab-pat',
  description: 'GitLab personal, project or group access token (glpat-, legacy and routable)',
  prefix: 'glpat-',
  legacy: '[A-Za-z0-9_\\-]{20}',
  fake: (f) => f.b64url(20),
  routable: true,
  env: 'GITLAB_TOKEN',
  remediation: PAT_ROTATE,
  more: [
    (t) => `git clone https://oauth2:${t}@gitlab.com/group/project.git`,
    (t) => `curl --header "PRIVATE-TOKEN: ${t}" https://gitlab.example.com/api/v4/projects`,
  ],
});

export const gitlabDeployToken = gitlabRule({
  id: 'gitlab-deploy-token',
  description: 'GitLab deploy token (gldt-)',
  prefix: 'gldt-',
  legacy: '[A-Za-z0-9_\\-]{20}',
  fake: (f) => f.b64url(20),
  env: 'DEPLOY_TOKEN',
  remediation: 'Revoke the deploy token in GitLab (project or group Settings > Repository > Deploy tokens) and create a new one.',
  more: [(t) => `docker login registry.gitlab.com -u gitlab+deploy-token-42 -p ${t}`],
});

export const gitlabRunnerToken = gitlabRule({
  id: 'gitlab-runner-token',
  description: 'GitLab runner authentication token (glrt-, legacy and routable)',
  prefix: 'glrt-',
  legacy: '[A-Za-z0-9_\\-]{20}',
  fake: (f) => f.b64url(20),
  routable: true,
  env: 'RUNNER_TOKEN',
  remediation: RUNNER_ROTATE,
  more: [(t) => `[[runners]]\n  url = "https://gitlab.com"\n  token = "${t}"`],
});

export const gitlabRunnerRegistrationToken = gitlabRule({
  id: 'gitlab-runner-registration-token',
  description: 'GitLab runner registration token (GR1348941, deprecated registration flow)',
  prefix: 'GR1348941',
  legacy: '[A-Za-z0-9_\\-]{20}',
  fake: (f) => f.b64url(20),
  env: 'REGISTRATION_TOKEN',
  remediation:
    'Reset the registration token (project/group Settings > CI/CD > Runners > Reset registration token, or the admin area), and move to runner authentication tokens (glrt-).',
  more: [(t) => `gitlab-runner register --non-interactive --url https://gitlab.com --registration-token ${t}`],
});

export const gitlabCiJobToken = gitlabRule({
  id: 'gitlab-ci-job-token',
  description: 'GitLab CI/CD job token (glcbt-)',
  prefix: 'glcbt-',
  legacy: '[A-Za-z0-9]{1,5}_[A-Za-z0-9_\\-]{20}',
  fake: (f) => `${f.digits(2)}_${f.b64url(20)}`,
  routable: true,
  env: 'JOB_TOKEN',
  remediation:
    'Job tokens expire with the job; cancel the job if it is still running, then find how the token was written out (job logs, artifacts) and remove it.',
});

export const gitlabPipelineTriggerToken = gitlabRule({
  id: 'gitlab-pipeline-trigger-token',
  description: 'GitLab pipeline trigger token (glptt-)',
  prefix: 'glptt-',
  legacy: '[a-f0-9]{40}',
  fake: (f) => f.hex(40),
  env: 'TRIGGER_TOKEN',
  remediation: 'Revoke the trigger token (project Settings > CI/CD > Pipeline trigger tokens) and create a new one.',
  more: [(t) => `curl -X POST --fail -F token=${t} -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline`],
});

export const gitlabFeedToken = gitlabRule({
  id: 'gitlab-feed-token',
  description: 'GitLab feed token (glft-)',
  prefix: 'glft-',
  legacy: '[A-Za-z0-9_\\-]{20}',
  fake: (f) => f.b64url(20),
  env: 'FEED_TOKEN',
  remediation: 'Reset the feed token (User settings > Access tokens > Feed token > Reset).',
  more: [(t) => `https://gitlab.com/dashboard/issues.atom?feed_token=${t}&state=opened`],
});

export const gitlabIncomingMailToken = gitlabRule({
  id: 'gitlab-incoming-mail-token',
  description: 'GitLab incoming email token (glimt-)',
  prefix: 'glimt-',
  legacy: '[A-Za-z0-9_\\-]{25}',
  fake: (f) => f.b64url(25),
  env: 'INCOMING_EMAIL_TOKEN',
  remediation: 'Reset the incoming email token (User settings > Access tokens > Incoming email token > Reset).',
});

export const gitlabOauthAppSecret = gitlabRule({
  id: 'gitlab-oauth-app-secret',
  description: 'GitLab OAuth application secret (gloas-)',
  prefix: 'gloas-',
  legacy: '[A-Za-z0-9_\\-]{64}',
  fake: (f) => f.b64url(64),
  env: 'GITLAB_OAUTH_SECRET',
  remediation:
    'Renew the secret of the OAuth application (User/Group/Admin settings > Applications > the app > Renew secret) and update the app.',
});

export const gitlabScimToken = gitlabRule({
  id: 'gitlab-scim-token',
  description: 'GitLab SCIM token (glsoat-)',
  prefix: 'glsoat-',
  legacy: '[A-Za-z0-9_\\-]{20}',
  fake: (f) => f.b64url(20),
  env: 'SCIM_TOKEN',
  remediation: 'Reset the SCIM token (group Settings > SAML SSO > Reset SCIM token) and update the identity provider.',
});

export const gitlabFeatureFlagClientToken = gitlabRule({
  id: 'gitlab-feature-flag-client-token',
  description: 'GitLab feature flags client token (glffct-)',
  prefix: 'glffct-',
  legacy: '[A-Za-z0-9_\\-]{20}',
  fake: (f) => f.b64url(20),
  env: 'UNLEASH_INSTANCE_ID',
  remediation: 'Reset the instance ID (project Deploy > Feature flags > Configure > Reset) and update the Unleash clients.',
});

export const gitlabKubernetesAgentToken = gitlabRule({
  id: 'gitlab-kubernetes-agent-token',
  description: 'GitLab agent for Kubernetes token (glagent-)',
  prefix: 'glagent-',
  legacy: '[A-Za-z0-9_\\-]{50}',
  fake: (f) => f.b64url(50),
  env: 'AGENT_TOKEN',
  remediation: 'Revoke the agent token (project Operate > Kubernetes clusters > the agent > Access tokens > Revoke) and create a new one.',
  more: [(t) => `helm upgrade --install gitlab-agent gitlab/gitlab-agent --set config.token=${t}`],
});

// Session cookie value: 32 lower-case alphanumerics after `_gitlab_session=`.
export const gitlabSessionCookie: Rule = {
  id: 'gitlab-session-cookie',
  description: 'GitLab session cookie',
  docs: 'https://docs.gitlab.com/user/profile/active_sessions/',
  keywords: ['_gitlab_session='],
  regex: /_gitlab_session=([0-9a-z]{32})(?![A-Za-z0-9])/,
  minEntropy: 3.5,
  validate: (s) => (/\d/.test(s) && /[a-z]/.test(s) ? true : 'not random'),
  remediation: 'Revoke the session (User settings > Active sessions > Revoke) and sign out everywhere; cookies must never be committed.',
  examples: (f) => ({
    match: [
      `curl -b "_gitlab_session=${f.lowerAlnum(32)}" https://gitlab.com/api/v4/user`,
      `Cookie: _gitlab_session=${f.lowerAlnum(32)}; known_sign_in=1`,
    ],
    noMatch: [
      'Cookie: _gitlab_session=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'Cookie: _gitlab_session=${SESSION}',
      `_gitlab_session=${f.lowerAlnum(10)}`,
    ],
  }),
};

export const gitlab: Rule[] = [
  gitlabPat,
  gitlabDeployToken,
  gitlabRunnerToken,
  gitlabRunnerRegistrationToken,
  gitlabCiJobToken,
  gitlabPipelineTriggerToken,
  gitlabFeedToken,
  gitlabIncomingMailToken,
  gitlabOauthAppSecret,
  gitlabScimToken,
  gitlabFeatureFlagClientToken,
  gitlabKubernetesAgentToken,
  gitlabSessionCookie,
];
