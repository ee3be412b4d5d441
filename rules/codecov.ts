import type { Rule } from '../src/engine/rule.ts';
import { contextual, gap } from './lib/cloud-and-code-kit.ts';

// Codecov upload / API tokens are UUIDs; flagged only in a Codecov token setting.
// https://docs.codecov.com/docs/codecov-tokens
export const codecovToken = contextual({
  id: 'codecov-token',
  description: 'Codecov upload or API token (UUID in a Codecov token setting)',
  docs: 'https://docs.codecov.com/docs/codecov-tokens',
  keywords: ['codecov'],
  name: `codecov${gap()}(?:upload[_.\\-]?|api[_.\\-]?|access[_.\\-]?)?token`,
  alt: String.raw`\bcodecov\b[^\n]{0,80}?(?:-t|--token)[= ]\s{0,2}["']?`,
  value: '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  tail: 'A-Za-z0-9-',
  fake: (f) => f.uuid(),
  envs: ['CODECOV_TOKEN', 'codecov_token', 'CODECOV_TOKEN'],
  remediation:
    'Regenerate the token in Codecov (the repository > Configuration > General > Repository upload token > Regenerate, or Settings > Access for API tokens) and update CI secrets.',
  more: [(t) => `- uses: codecov/codecov-action@v4\n  with:\n    codecov_token: ${t}`, (t) => `./codecov upload-process -t ${t}`],
  moreNoMatch: (f) => [`CODECOV_REPO_ID=${f.uuid()}`, '    token: ${{ secrets.CODECOV_TOKEN }}'],
});

export const codecov: Rule[] = [codecovToken];
