/**
 * Shannon entropy in bits per character. The rules' thresholds are per character set, because the
 * ceiling depends on the alphabet: a uniformly random string of length n over k symbols tends to
 * log2(min(n, k)) bits. Reference ceilings for 32-char strings: hex (16 symbols) ≈ 3.7–4.0,
 * base62/base64 ≈ 4.6–5.0, lowercase words ≈ 3.2–3.9 but English words and identifiers sit lower.
 * The thresholds in THRESHOLDS sit below the typical random value and above typical identifiers.
 */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * Threshold for "looks random" by the alphabet the value actually uses, scaled to its length
 * (short strings cannot reach high entropy: a 12-char string has at most log2(12) ≈ 3.58 bits).
 * - hex: a random 16+ char hex string scores ≥ 3.2 in >99% of samples; words in hex-letters do not.
 * - base64/base62/mixed: random 16+ chars score ≥ 3.5 typically; camelCase identifiers score ~3.0–3.6,
 *   which is why generic rules also require a mix of character classes and a low word-likeness
 *   (see looksRandom below).
 */
export function entropyThreshold(s: string): number {
  const isHex = /^[0-9a-f]+$/i.test(s);
  const max = Math.log2(Math.min(s.length, isHex ? 16 : 64));
  const base = isHex ? 3.0 : 3.5;
  // Never ask more than 85% of what the length allows.
  return Math.min(base, max * 0.85);
}

/** The smallest common alphabet a value fits in, which sets the entropy a random value reaches. */
export type Alphabet = 'hex' | 'alnum36' | 'base64';

export function alphabetOf(s: string): Alphabet {
  if (/^[0-9a-f]+$/.test(s) || /^[0-9A-F]+$/.test(s)) return 'hex';
  if (/^[0-9a-z]+$/.test(s) || /^[0-9A-Z]+$/.test(s)) return 'alnum36';
  return 'base64';
}

// The 0.05th percentile of the Shannon entropy of uniformly random strings, by alphabet size and
// length (60,000 samples per cell, crypto.randomBytes): a threshold at these values rejects 1 in
// 2,000 truly random values of that shape, and every value more repetitive than that. Hex is
// 16 symbols, alnum36 is one case plus digits, base64 also covers base62 and base64url.
const LENGTHS = [8, 10, 12, 16, 20, 24, 32, 40, 48, 64, 96, 128];
const FLOORS: Record<Alphabet, number[]> = {
  hex: [1.5, 1.85, 2.05, 2.41, 2.67, 2.83, 3.09, 3.24, 3.36, 3.53, 3.69, 3.77],
  alnum36: [1.91, 2.25, 2.45, 2.91, 3.2, 3.4, 3.73, 3.96, 4.12, 4.35, 4.62, 4.75],
  base64: [2.16, 2.45, 2.75, 3.13, 3.45, 3.69, 4.05, 4.32, 4.53, 4.81, 5.15, 5.35],
};

/**
 * The entropy below which a value of this length and alphabet is too repetitive to be random
 * (linear interpolation in the table above; values longer than 128 use the 128 column).
 */
export function randomEntropyFloor(s: string): number {
  const row = FLOORS[alphabetOf(s)];
  const n = s.length;
  if (n <= LENGTHS[0]!) return row[0]!;
  for (let i = 1; i < LENGTHS.length; i++) {
    const hi = LENGTHS[i]!;
    if (n <= hi) {
      const lo = LENGTHS[i - 1]!;
      const t = (n - lo) / (hi - lo);
      return row[i - 1]! + t * (row[i]! - row[i - 1]!);
    }
  }
  return row[row.length - 1]!;
}

// The 80 most frequent letter pairs inside the words of ~27,000 identifiers and string literals
// from popular JavaScript sources (typescript, lodash, ajv); they cover 72% of all letter pairs
// there, but only 80/676 ≈ 12% of the pairs in random letters.
const COMMON_BIGRAMS = new Set(
  (
    'on er re in te at or ti pe en es de le io me ar nt ty ra ed et ec st co it is al si ex yp ge an fi pr la ct ' +
    'rt ro na to no ss ng se th ta pa as li ac od am ri em il ce cl nd ca ch ns he po di mp op tr ve nc om ea fo ' +
    'ul xp ol ne lo mo ur ef'
  ).split(' '),
);

/**
 * Word-likeness: the share of adjacent letter pairs (case-insensitive) that are common in English
 * and code identifiers, and how many letter pairs were seen. Identifiers such as
 * `getUserPasswordHash` score ≥ 0.45 in 95% of cases; random base62 of 24+ chars scores ≥ 0.45 in
 * fewer than 0.2% of cases.
 */
export function wordLikeness(s: string): { ratio: number; pairs: number } {
  let pairs = 0;
  let common = 0;
  const lower = s.toLowerCase();
  for (let i = 1; i < lower.length; i++) {
    const a = lower.charCodeAt(i - 1);
    const b = lower.charCodeAt(i);
    if (a >= 97 && a <= 122 && b >= 97 && b <= 122) {
      pairs++;
      if (COMMON_BIGRAMS.has(lower[i - 1]! + lower[i]!)) common++;
    }
  }
  return { ratio: pairs === 0 ? 0 : common / pairs, pairs };
}

/** Which of upper-case letters, lower-case letters, digits and other characters occur. */
export function characterClasses(s: string): { upper: boolean; lower: boolean; digit: boolean; symbol: boolean; count: number } {
  const upper = /[A-Z]/.test(s);
  const lower = /[a-z]/.test(s);
  const digit = /[0-9]/.test(s);
  const symbol = /[^A-Za-z0-9]/.test(s);
  return { upper, lower, digit, symbol, count: Number(upper) + Number(lower) + Number(digit) + Number(symbol) };
}

/**
 * Whether a value with no known format looks like machine-generated key material rather than a
 * word, identifier, or repetitive filler. Used by the generic keyword rules, never alone:
 * - at least `minLength` characters (default 16: shorter values give entropy too little room);
 * - hex needs both digits and letters (all-digit strings are numbers, all-letter ones words such
 *   as `deadbeefcafe`); other alphabets need two character classes (a random 16+ char base62 value
 *   lacks one in < 0.1% of cases; most words and all-caps constants lack one);
 * - entropy at least the random floor for its alphabet and length (see randomEntropyFloor);
 * - word-likeness below 0.45 when there are at least 4 letter pairs (hex letters a–f form common
 *   pairs by chance, so hex skips this test).
 */
export function looksRandom(s: string, minLength = 16): boolean {
  if (s.length < minLength) return false;
  const alphabet = alphabetOf(s);
  const c = characterClasses(s);
  if (alphabet === 'hex') {
    if (!c.digit || !(c.lower || c.upper)) return false;
  } else {
    const letterCase = c.upper && c.lower;
    if (!(letterCase || (c.digit && (c.upper || c.lower)))) return false;
  }
  if (shannonEntropy(s) < randomEntropyFloor(s)) return false;
  if (alphabet !== 'hex') {
    const w = wordLikeness(s);
    if (w.pairs >= 4 && w.ratio >= 0.45) return false;
    if (identifierShaped(s)) return false;
  }
  return true;
}

/**
 * camelCase, PascalCase, snake_case, kebab-case, dotted.names and SCREAMING_CASE made of words:
 * every separator-delimited part is a short number or a run of words (a lower-case run, a
 * Capitalised word, or an acronym) averaging 3+ letters with no stray single lower-case letter,
 * and common letter pairs overall.
 * Random base62 of 16 characters has this shape in < 1% of cases (a lone lower-case letter between
 * digits or capitals, or uncommon letter pairs, are almost certain), identifiers in > 99%.
 */
export function identifierShaped(s: string): boolean {
  const parts = s.split(/[_.\-/:]+/).filter((p) => p.length > 0);
  if (parts.length === 0) return false;
  // Words are made of common letter pairs; random letters are not (see wordLikeness).
  const w = wordLikeness(s);
  if (w.pairs >= 3 && w.ratio < 0.2) return false;
  return parts.every((p) => /^\d{1,4}$/.test(p) || wordRun(p));
}

function wordRun(part: string): boolean {
  const body = part.replace(/\d{1,4}$/, '');
  if (!/^[A-Za-z]+$/.test(body)) return false;
  if (/^(?:[a-z]+|[A-Z]+|[A-Z][a-z]+)$/.test(body)) return true;
  const segs = body.match(/[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g) ?? [];
  for (let i = 1; i < segs.length; i++) if (segs[i]!.length === 1 && /[a-z]/.test(segs[i]!)) return false;
  return segs.length > 0 && body.length / segs.length >= 3;
}

/**
 * A long value that mixes many symbols around a random alphanumeric skeleton, as secret generators
 * with a symbol alphabet produce them: Django's get_random_secret_key (50 characters of
 * `a-z0-9!@#$%^&*(-_=+)`), the WordPress salt service (64 printable characters, spaces and
 * brackets included), `openssl rand`-style passwords. Such values contain `(`, `${`, `{{`, `<%` or
 * short words by chance, which elsewhere mean an expression, a template or a placeholder. Templates
 * and expressions are made of words (`${{ secrets.API_KEY }}`, `getKey(config)`), so their
 * skeleton is not random. Needs 24+ characters, a symbol other than `-_.:/+=`, few spaces (prose
 * has one every few words), a skeleton (the letters and digits) of 16+ characters that looksRandom, and less than
 * half of that skeleton in word-made runs.
 */
export function symbolSoup(s: string): boolean {
  if (s.length < 24 || /[\t\r\n]|\s{3}/.test(s)) return false;
  const spaces = (s.match(/ /g) ?? []).length;
  if (spaces > s.length / 10) return false;
  // A symbol other than the separators and base64 characters (`sdk-<uuid>`, `a.b.c`, base64 are
  // structure, and looksRandom judges them as they are).
  if (!/[^A-Za-z0-9 \-_.:/+=]/.test(s)) return false;
  const skeleton = s.replace(/[^A-Za-z0-9]/g, '');
  if (skeleton.length < 16 || !looksRandom(skeleton)) return false;
  // Code joins words with symbols (`pki.privateKeyFromAsn1(`): most of its skeleton is in word runs.
  let wordy = 0;
  for (const run of s.match(/[A-Za-z0-9]{4,}/g) ?? []) if (/[A-Za-z]/.test(run) && identifierShaped(run)) wordy += run.length;
  return wordy * 2 < skeleton.length;
}
