/**
 * Placeholders, templates and environment lookups are what `.env.example`, docs and CI files are
 * full of; they must never fire. Checked on the candidate secret after the regex, before entropy.
 * Returns why the candidate is a placeholder, or null.
 */
import { symbolSoup } from './entropy.ts';

// Words that real random tokens essentially never contain (a 6-letter word occurs by chance in a
// 40-char base62 string with probability < 1e-8) but placeholders nearly always do. Short words
// (nil, tbd, todo) count only between non-alphanumerics: `5nil1` occurs in random lower-case tokens.
const WORDS =
  /example|sample|dummy|placeholder|changeme|change[-_.]?me|change[-_.]?this|replace[-_.]?(?:me|this|with)|your[-_.]?(?:own|api|secret|token|key|pass|password|access|app|client|db|user)|your[-_.]?[a-z]{1,12}[-_.]?(?:key|token|secret|pass)|yourkey|foobar|qwerty|insert[-_.]?(?:your|key|here)|put[-_.]?your|redacted|censored|not[-_.]?a[-_.]?real|notreal|fake[-_.]?(?:key|token|secret|pass)|lorem|ipsum/i;
const SHORT_WORDS =
  /(?:^|[^a-z0-9])(?:todo|fixme|tbd|none|null|nil|undefined)(?:[^a-z0-9]|$)|(?:^|[^a-z])(?:secret|password|token)(?:[^a-z]|$)/i;

// Templating and interpolation syntaxes: ${VAR}, {{ x }}, ${{ secrets.X }}, %(x)s, #{x}, <value>, $VAR, @VAR@,
// <%= x %> (ERB / EJS), $(cmd) and Python's str.format fields {name}.
const TEMPLATE =
  /\$\{|\{\{|\}\}|%\([a-z_]+\)[sd]|#\{|^<[^>]*>?$|<[a-z_ -]+>|^\$[A-Za-z_][A-Za-z0-9_]*$|^@[A-Za-z_]+@$|^%[A-Za-z_]+%$|<%|%>|^\$\(|^\{[A-Za-z_][\w.]*\}$/i;

// Complete template expressions (`${f.hex(32)}`, `{{ x }}`, `<%= x %>`, `#{x}`): a generated value
// with symbols holds an opening `${` now and then, but rarely the whole expression.
export const WHOLE_TEMPLATE =
  /\$\{[A-Za-z_][\w.]{0,60}(?:\([\w.,'" ]{0,40}\))?\}|\{\{[ \t]*[\w.$]{1,60}(?:[ \t]*\|[^{}]{0,40})?[ \t]*\}\}|<%=?[ \t]*[\w.$]{1,60}[^%]{0,60}%>|#\{[A-Za-z_][\w.]{0,60}\}/;

// Reading configuration from the environment is the practice we want, never a finding.
const ENV_LOOKUP =
  /^(?:process\.env|import\.meta\.env|os\.(?:getenv|environ)|env\(|ENV\[|ENV\.fetch|System\.getenv|Environment\.GetEnvironmentVariable|getenv\(|config\(|settings\.|secrets\.|vars\.|var\.|local\.|data\.|os\.(?:Getenv|LookupEnv)\(|Deno\.env|Bun\.env|std::env|env::var|\$_ENV\[|\$_SERVER\[|\$ENV\{|System\.Environment|ConfigurationManager\.)/;

// Runs of filler characters.
const FILLER = /x{4,}|X{4,}|\*{3,}|\.{3,}|…|•{2,}|#{4,}|_{4,}|0{8,}|1{8,}|9{8,}|(?:ab|12|xy){4,}/;

export function placeholderReason(secret: string): string | null {
  if (WORDS.test(secret)) return 'contains a placeholder word';
  // A generated value with many symbols holds `${`, `<%`, `-nil-` or `{{` by chance (see symbolSoup).
  const soup = symbolSoup(secret);
  if (!soup && SHORT_WORDS.test(secret)) return 'contains a placeholder word';
  if (TEMPLATE.test(secret) && (!soup || WHOLE_TEMPLATE.test(secret))) return 'is a template or variable reference';
  if (ENV_LOOKUP.test(secret)) return 'reads from the environment or configuration';
  if (FILLER.test(secret)) return 'contains filler characters';
  if (lowDiversity(secret)) return 'has too few distinct characters';
  if (hasSequence(secret, 6)) return 'contains a sequential run (abcdef, 123456)';
  return null;
}

function lowDiversity(s: string): boolean {
  if (s.length < 8) return false;
  const counts = new Map<string, number>();
  let max = 0;
  for (const ch of s) {
    const n = (counts.get(ch) ?? 0) + 1;
    counts.set(ch, n);
    if (n > max) max = n;
  }
  return counts.size <= 3 || max / s.length > 0.5;
}

/** An ascending or descending run of `n` consecutive character codes (abcdef, 123456, 987654). */
export function hasSequence(s: string, n: number): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < s.length; i++) {
    const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
    up = d === 1 ? up + 1 : 1;
    down = d === -1 ? down + 1 : 1;
    if (up >= n || down >= n) return true;
  }
  return false;
}
