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
 *   which is why generic rules also require a digit-or-case mix (see looksRandom in placeholder.ts).
 */
export function entropyThreshold(s: string): number {
  const isHex = /^[0-9a-f]+$/i.test(s);
  const max = Math.log2(Math.min(s.length, isHex ? 16 : 64));
  const base = isHex ? 3.0 : 3.5;
  // Never ask more than 85% of what the length allows.
  return Math.min(base, max * 0.85);
}
