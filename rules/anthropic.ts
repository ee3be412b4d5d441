import type { Rule } from '../src/engine/rule.ts';
import { bodyIsNotPlaceholder } from './lib/messaging-ai-registries-kit.ts';

// API keys `sk-ant-api03-` and Admin API keys `sk-ant-admin01-`: 93 base64url characters ending in `AA`
// (https://docs.anthropic.com/en/api/overview#authentication, https://docs.anthropic.com/en/api/administration-api;
// gitleaks rules anthropic-api-key / anthropic-admin-api-key). Claude subscription OAuth tokens
// `sk-ant-oat01-` / `sk-ant-ort01-` have no published length (gitleaks anthropic-oauth-token).
const CONSOLE = 'https://console.anthropic.com/settings/keys';
const GITLEAKS = 'https://github.com/gitleaks/gitleaks/blob/master/cmd/generate/config/rules/anthropic.go';

function keyRule(id: string, prefix: string, description: string, docs: string, remediation: string): Rule {
  return {
    id,
    description,
    docs,
    keywords: [prefix],
    regex: new RegExp(`(?<![\\w-])(${prefix}[A-Za-z0-9_-]{93}AA)(?![\\w-])`),
    allowFillers: true,
    validate: bodyIsNotPlaceholder(prefix.length),
    minEntropy: 4.0,
    remediation,
    examples: (f) => ({
      match: [
        `ANTHROPIC_API_KEY=${prefix}${f.b64url(93)}AA`,
        `client = anthropic.Anthropic(api_key="${prefix}${f.b64url(93)}AA")`,
        `curl https://api.anthropic.com/v1/messages -H "x-api-key: ${prefix}${f.b64url(93)}AA"`,
      ],
      noMatch: [
        `ANTHROPIC_API_KEY=${prefix}...`,
        `ANTHROPIC_API_KEY=${prefix}${f.b64url(60)}AA`,
        `ANTHROPIC_API_KEY=${prefix}${f.b64url(93)}BB`,
        'ANTHROPIC_API_KEY=${ANTHROPIC_API_KEY}',
      ],
    }),
  };
}

export const anthropicApiKey = keyRule(
  'anthropic-api-key',
  'sk-ant-api03-',
  'Anthropic API key',
  'https://docs.anthropic.com/en/api/overview#authentication',
  `Disable and delete the key at ${CONSOLE}, create a new one in the right workspace, and check the Usage / Cost pages for spend you do not recognise.`,
);
export const anthropicAdminKey = keyRule(
  'anthropic-admin-key',
  'sk-ant-admin01-',
  'Anthropic Admin API key (organization administration)',
  'https://docs.anthropic.com/en/api/administration-api',
  'Delete the admin key at https://console.anthropic.com/settings/admin-keys, create a new one, and review the organization members, workspaces and API keys it could change.',
);

function oauthRule(id: string, prefix: string, description: string): Rule {
  return {
    id,
    description,
    docs: GITLEAKS,
    keywords: [prefix],
    regex: new RegExp(`(?<![\\w-])(${prefix}[A-Za-z0-9_-]{40,200})(?![\\w-])`),
    allowFillers: true,
    validate: bodyIsNotPlaceholder(prefix.length),
    minEntropy: 4.0,
    remediation:
      'Sign out of the Claude session that issued it (claude.ai → Settings → Account → log out of all sessions, or `claude /logout`) so the token is revoked, then sign in again; never commit CLAUDE_CODE_OAUTH_TOKEN.',
    examples: (f) => ({
      match: [
        `CLAUDE_CODE_OAUTH_TOKEN=${prefix}${f.b64url(95)}AA`,
        `"${id.includes('refresh') ? 'refreshToken' : 'accessToken'}": "${prefix}${f.b64url(95)}AA"`,
      ],
      noMatch: [`CLAUDE_CODE_OAUTH_TOKEN=${prefix}tooShort`, 'CLAUDE_CODE_OAUTH_TOKEN=${{ secrets.CLAUDE_CODE_OAUTH_TOKEN }}'],
    }),
  };
}

export const anthropicOauthToken = oauthRule(
  'anthropic-oauth-token',
  'sk-ant-oat01-',
  'Anthropic (Claude subscription) OAuth access token',
);
export const anthropicOauthRefreshToken = oauthRule(
  'anthropic-oauth-refresh-token',
  'sk-ant-ort01-',
  'Anthropic (Claude subscription) OAuth refresh token',
);

export const anthropic: Rule[] = [anthropicApiKey, anthropicAdminKey, anthropicOauthToken, anthropicOauthRefreshToken];
