import { describe, expect, it } from 'vitest';
import { placeholderReason } from '../../../src/engine/placeholder.ts';
import {
  alphabetOf,
  characterClasses,
  identifierShaped,
  looksRandom,
  randomEntropyFloor,
  shannonEntropy,
  symbolSoup,
  wordLikeness,
} from '../../../src/engine/entropy.ts';
import { createFake } from '../../support/fake.ts';

describe('placeholderReason', () => {
  it.each([
    'your-api-key-here',
    'YOUR_STRIPE_SECRET_KEY',
    'yourWebhookSecret',
    'replace_me',
    'changeme',
    'sk_live_xxxxxxxxxxxxxxxx',
    '<your token>',
    '<TOKEN>',
    '${API_KEY}',
    '${{ secrets.NPM_TOKEN }}',
    '{{ .Values.password }}',
    '%(password)s',
    '<%= ENV["API_KEY"] %>',
    '$(cat /run/secrets/token)',
    '{api_key}',
    '$API_TOKEN',
    '@DB_PASSWORD@',
    'process.env.API_KEY',
    'os.Getenv("TOKEN")',
    'Deno.env.get("TOKEN")',
    '$_ENV["TOKEN"]',
    'MIIEvQIBADANBg…',
    'abc...xyz',
    '************',
    '12345678901234',
    'aaaaaaaaaaaaaaaa',
    'foobar-token-1',
    'lorem-ipsum-dolor',
  ])('flags %s', (v) => {
    expect(placeholderReason(v)).not.toBeNull();
  });

  it('passes generated values with a symbol alphabet that hold template-like pairs by chance', () => {
    // A rate, so a fixed seed and a large sample: with a fresh seed and 3,000 values each run, ~0.25%
    // were dropped on average and about one run in twenty crossed the bound by chance alone.
    const f = createFake('placeholder-symbol-alphabets');
    const LOWER = 'abcdefghijklmnopqrstuvwxyz';
    const wordpress = LOWER.toUpperCase() + LOWER + '0123456789!@#$%^&*()-_[]{}<>~+=,.;:/?| ';
    const django = LOWER + '0123456789!@#$%^&*(-_=+)';
    let dropped = 0;
    const n = 4000;
    for (let i = 0; i < n; i++) {
      // WordPress salts as generated, and Django keys with the pairs a template or placeholder
      // check looks for forced in.
      for (const v of [f.chars(wordpress, 64), `${f.chars(django, 24)}\${${f.chars(django, 24)}`, `${f.chars(django, 20)}-nil-${f.chars(django, 25)}`]) {
        if (placeholderReason(v)) dropped++;
      }
    }
    expect(dropped / (3 * n)).toBeLessThan(0.005);
    // Real templates and placeholders keep failing, symbols or not.
    for (const v of ['${{ secrets.DJANGO_SECRET_KEY }}', '{{ vault_wordpress_auth_key | default(omit) }}', '<%= ENV.fetch("SECRET_KEY_BASE") %>', 'put-your-unique-phrase-here!@#$%^&*()', `2/\${f.digits(16)}/\${f.hex(32)}`]) {
      expect(placeholderReason(v), v).not.toBeNull();
    }
  });

  it('passes random tokens of every alphabet', () => {
    // A fixed seed: about one fresh seed in fifty draws a token holding a placeholder word by chance.
    const f = createFake('random-tokens');
    for (let i = 0; i < 200; i++) {
      for (const v of [f.b62(40), f.hex(32), f.b64url(43), f.lowerAlnum(32), f.upperAlnum(20), f.base64Bytes(30)]) {
        expect(placeholderReason(v), v).toBeNull();
      }
    }
  });
});

describe('entropy helpers', () => {
  it('knows the alphabet a value fits in', () => {
    expect(alphabetOf('deadbeef0123')).toBe('hex');
    expect(alphabetOf('DEADBEEF0123')).toBe('hex');
    expect(alphabetOf('k2j4h5g6z7')).toBe('alnum36');
    expect(alphabetOf('aB3dE5')).toBe('base64');
  });

  it('raises the random floor with length and alphabet size', () => {
    const f = createFake('floor');
    expect(randomEntropyFloor(f.hex(16))).toBeLessThan(randomEntropyFloor(f.hex(64)));
    expect(randomEntropyFloor(f.hex(32))).toBeLessThan(randomEntropyFloor(`${f.b62(31)}Z`));
    expect(randomEntropyFloor(f.b62(500))).toBe(randomEntropyFloor(f.b62(128)));
  });

  it('counts character classes', () => {
    expect(characterClasses('Abc1!').count).toBe(4);
    expect(characterClasses('abc').count).toBe(1);
  });

  it('scores words high and random letters low on word-likeness', () => {
    expect(wordLikeness('getUserPasswordHash').ratio).toBeGreaterThan(0.45);
    expect(wordLikeness('xqzvkwpjfhgm').ratio).toBeLessThan(0.2);
  });

  it('recognises identifiers of every casing', () => {
    for (const id of ['getUserPasswordHash', 'DB_PASSWORD_PRIMARY', 'user-password-field', 'spring.datasource.password', 'PasswordResetToken2', 'lib.es2019.full']) {
      expect(identifierShaped(id), id).toBe(true);
    }
    const f = createFake('ids');
    for (let i = 0; i < 50; i++) expect(identifierShaped(f.b62(24))).toBe(false);
  });

  it('accepts almost every random value and rejects words, identifiers and fillers', () => {
    // A rate, so a fixed seed (fresh seeds rejected 0–8 of these 2,000 in fifty runs; the bound is 20).
    const f = createFake('random-values');
    let rejected = 0;
    const n = 500;
    for (let i = 0; i < n; i++) {
      for (const v of [f.b62(32), f.hex(40), f.b64url(40), f.lowerAlnum(32)]) if (!looksRandom(v)) rejected++;
    }
    // Each check is tuned to reject < 0.5% of random values of 32+ characters.
    expect(rejected / (4 * n)).toBeLessThan(0.01);
    for (const v of ['getUserPasswordHashValue', 'ThisIsMyApplicationToken', 'DB_PASSWORD_PRIMARY_NODE', 'aaaaaaaaaaaaaaaaaaaa', 'abababababababababab', 'deadbeefcafebabe', '12345678901234567890']) {
      expect(looksRandom(v), v).toBe(false);
    }
  });

  it('tells generated symbol-rich values from code and prose', () => {
    const f = createFake('soup');
    const LOWER = 'abcdefghijklmnopqrstuvwxyz';
    for (let i = 0; i < 50; i++) {
      expect(symbolSoup(f.chars(LOWER + '0123456789!@#$%^&*(-_=+)', 50))).toBe(true);
      expect(symbolSoup(f.chars(LOWER.toUpperCase() + LOWER + '0123456789!@#$%^&*()-_[]{}<>~+=,.;:/?| ', 64))).toBe(true);
    }
    for (const v of [
      'pki.privateKeyFromAsn1(asn1.fromDer(buffer))',
      'crypto.randomBytes(32).toString(hex)',
      '${{ secrets.DJANGO_SECRET_KEY }}',
      'The quick brown fox jumps over the lazy dog!',
      `sdk-${f.uuid()}`,
      f.base64Bytes(48),
    ]) {
      expect(symbolSoup(v), v).toBe(false);
    }
  });

  it('computes Shannon entropy', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abcd')).toBeCloseTo(2);
  });
});
