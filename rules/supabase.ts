import type { Rule } from '../src/engine/rule.ts';
import { assignment, base64Json, prefixedToken } from './lib/databases-and-saas-kit.ts';

// Supabase personal access tokens (Management API / CLI): `sbp_` + 40 hex. The project
// service_role key is a JWT whose payload says "role":"service_role" (the anon key is public).
// https://supabase.com/docs/reference/api/introduction  https://supabase.com/docs/guides/api/api-keys
export const supabasePersonalAccessToken = prefixedToken({
  id: 'supabase-personal-access-token',
  description: 'Supabase personal access token (sbp_)',
  docs: 'https://supabase.com/docs/reference/api/introduction',
  keywords: ['sbp_'],
  regex: /\b(sbp_[a-f0-9]{40})(?![A-Za-z0-9_-])/,
  minEntropy: 3.0,
  remediation:
    'Revoke the token at https://supabase.com/dashboard/account/tokens, create a replacement, and update SUPABASE_ACCESS_TOKEN in CI.',
  env: 'SUPABASE_ACCESS_TOKEN',
  prefix: 'sbp_',
  token: (f) => `sbp_${f.hex(40)}`,
  extraNoMatch: (f) => [`SUPABASE_ACCESS_TOKEN=sbp_${f.hex(30)}`],
});

export const supabaseServiceRoleKey: Rule = {
  id: 'supabase-service-role-key',
  description: 'Supabase service_role key (JWT with role service_role) assigned to a Supabase setting',
  docs: 'https://supabase.com/docs/guides/api/api-keys',
  keywords: ['supabase', 'service_role'],
  regex: assignment(
    'supabase|(?<![a-z])service[_.-]?role',
    '(?:service[_.-]?role[_.-]?|secret[_.-]?)?(?:key|secret|token)|key',
    'eyJ[A-Za-z0-9_-]{10,500}\\.eyJ[A-Za-z0-9_-]{10,2000}\\.[A-Za-z0-9_-]{20,500}',
  ),
  minEntropy: 4.0,
  validate: (s) => (base64Json(s.split('.')[1] ?? '')?.role === 'service_role' ? true : 'not a service_role JWT (the anon key is public)'),
  remediation:
    'Rotate the JWT secret / API keys in the Supabase dashboard (Project settings → API → Roll / generate new keys), then update the servers; never ship the service_role key to clients.',
  examples: (f) => ({
    match: [
      `SUPABASE_SERVICE_ROLE_KEY=${f.jwt({ iss: 'supabase', ref: f.lowerAlnum(20), role: 'service_role', iat: 1700000000, exp: 2000000000 })}`,
      `const supabaseKey = "${f.jwt({ iss: 'supabase', ref: f.lowerAlnum(20), role: 'service_role', iat: 1700000000, exp: 2000000000 })}";`,
    ],
    noMatch: [
      `NEXT_PUBLIC_SUPABASE_ANON_KEY=${f.jwt({ iss: 'supabase', ref: f.lowerAlnum(20), role: 'anon', iat: 1700000000, exp: 2000000000 })}`,
      'SUPABASE_SERVICE_ROLE_KEY=${SUPABASE_SERVICE_ROLE_KEY}',
    ],
  }),
};

export const supabase: Rule[] = [supabasePersonalAccessToken, supabaseServiceRoleKey];
