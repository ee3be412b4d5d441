import type { Rule } from '../src/engine/rule.ts';
import { contextual, gap, mixedCase } from './lib/cloud-and-code-kit.ts';

// Vercel access tokens are 24 alphanumerics with no prefix: flagged in a Vercel setting or after
// `vercel … --token`. https://vercel.com/docs/rest-api#creating-an-access-token
export const vercelAccessToken = contextual({
  id: 'vercel-access-token',
  description: 'Vercel access token (in a Vercel setting or on a vercel CLI command line)',
  docs: 'https://vercel.com/docs/accounts/access-tokens',
  keywords: ['vercel'],
  name: `vercel${gap()}(?:api[_.\\-]?)?(?:token|key|secret)`,
  alt: String.raw`\bvercel\b[^\n]{0,80}?--token[= ]\s{0,2}["']?`,
  value: '[A-Za-z0-9]{24}',
  tail: 'A-Za-z0-9',
  fake: (f) => f.b62(23) + f.digits(1),
  envs: ['VERCEL_TOKEN', 'vercel_api_token', 'VERCEL_TOKEN'],
  minEntropy: 3.6,
  validate: mixedCase,
  remediation:
    'Delete the token in the Vercel dashboard (Account Settings > Tokens), create a replacement scoped to one team with an expiry, and review the team audit log.',
  more: [(t) => `npx vercel deploy --prod --token ${t}`],
  moreNoMatch: (f) => [
    `VERCEL_PROJECT_ID=prj_${f.b62(28)}`,
    `VERCEL_ORG_ID=team_${f.b62(24)}`,
    'vercel_token_name = "github-actions-deploy"',
  ],
});

export const vercel: Rule[] = [vercelAccessToken];
