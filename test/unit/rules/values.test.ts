import { describe, expect, it } from 'vitest';
import { builtinRules } from '../../../rules/index.ts';
import {
  classifyName,
  isWeakPassword,
  passwordReason,
  publicByDesignReason,
  spellsPassword,
  tokenReason,
} from '../../../rules/support/values.ts';
import { Detector } from '../../../src/engine/detector.ts';
import { createFake } from '../../support/fake.ts';

// The shared judgement behind the generic rules (rules/support/values.ts), tested apart from any
// one rule's examples and from the detection corpus. Every value is built at test time.

const f = createFake('values');
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const WORDS = ['ember', 'cactus', 'harbor', 'maple', 'nebula', 'kestrel'];
const w = (i: number) => WORDS[i % WORDS.length]!;
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

describe('passwordReason', () => {
  it('accepts made-up passwords people write into config files', () => {
    const passwords = [
      `${cap(w(0))}^${f.digits(4)}`, // Word^2024
      `${w(1)}-${w(2)}-${f.digits(4)}`, // passphrase
      `${cap(w(3))}${cap(w(4))}${f.digits(2)}.`, // WordWord73.
      `${cap(w(5))}.${f.digits(4)}`, // Word.2022
      `${cap(w(2)).replace('a', '4')}${f.digits(3)}.${w(0)}`, // leetspeak word, digits, dot, word: not a member expression
      `${f.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}@${f.chars(LOWER, 2)}${f.digits(4)}.${w(1)}`, // leetspeak, e-mail-shaped
    ];
    for (const pw of passwords) {
      expect(passwordReason(pw, { identifiers: 'reject' }), pw).toBeNull();
      expect(passwordReason(pw, { identifiers: 'words' }), pw).toBeNull();
    }
  });

  it('reads an unquoted code identifier as a reference, a quoted one with a digit as a password', () => {
    const id = `${cap(w(3))}${cap(w(4))}${f.digits(2)}`;
    expect(passwordReason(id, { identifiers: 'reject' })).toMatch(/identifier/);
    expect(passwordReason(id, { identifiers: 'words' })).toBeNull();
    expect(passwordReason(`${w(0)}${cap(w(1))}`, { identifiers: 'words' })).toMatch(/identifier|simple/);
    expect(passwordReason(`cfg.${w(2)}${cap(w(3))}`, { identifiers: 'reject' })).not.toBeNull();
  });

  it('keeps rejecting defaults, placeholders and labels', () => {
    const weak = ['P@ssw0rd!', 'Admin123', 'changeme', 'hunter2', `monkey${f.digits(3)}`, `${['Ti', 'ger'].join('')}${f.digits(2)}`];
    for (const pw of weak) expect(passwordReason(pw, { identifiers: 'words' }), pw).not.toBeNull();
    expect(passwordReason('readpassphrase.3bsd')).not.toBeNull();
    expect(passwordReason(`noreply@${w(0)}-mail.com`)).toMatch(/e-mail/);
  });

  it('decorates common words with symbols only in made-up passwords', () => {
    expect(isWeakPassword(['ti', 'ger'].join(''))).toBe(true);
    expect(isWeakPassword(`${['Ti', 'ger'].join('')}${f.digits(4)}`)).toBe(true);
    expect(isWeakPassword(`${['Ti', 'ger'].join('')}^${f.digits(4)}`)).toBe(false);
    expect(isWeakPassword(`${['P@ss', 'w0rd'].join('')}!`)).toBe(true);
    expect(spellsPassword('MyP4ssw0rdFile')).toBe(true);
  });
});

describe('tokenReason', () => {
  it('accepts symbol-rich generated secrets (Django SECRET_KEY, WordPress salts)', () => {
    for (let i = 0; i < 50; i++) {
      const django = f.chars(`${LOWER}0123456789!@#$%^&*(-_=+)`, 50);
      const salt = f.chars(`${LOWER.toUpperCase()}${LOWER}0123456789!@#$%^&*()-_[]{}<>~+=,.;:/?| `, 64);
      expect(tokenReason(django), django).toBeNull();
      expect(tokenReason(salt), salt).toBeNull();
    }
  });

  it('still rejects calls, paths and member expressions', () => {
    for (const v of [
      'getApiKey(config)',
      'pki.privateKeyFromAsn1(der)',
      'Keyword.Pseudo',
      'this.props.apiToken',
      './secrets/api.key',
      'crypto.randomBytes(32)',
    ]) {
      expect(tokenReason(v), v).not.toBeNull();
    }
  });
});

describe('classifyName and publicByDesignReason', () => {
  it('knows the WordPress keys and salts', () => {
    for (const n of ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'NONCE_SALT'])
      expect(classifyName(n), n).toEqual({ kind: 'secret' });
  });

  it('knows settings that hold public keys', () => {
    for (const n of [
      'FACEBOOK_CLIENT_TOKEN',
      'PUSHER_APP_KEY',
      'pusherKey',
      'ALGOLIA_SEARCH_API_KEY',
      'searchOnlyApiKey',
      'DROPBOX_APP_KEY',
      'DD_RUM_CLIENT_TOKEN',
      'DATADOG_CLIENT_TOKEN',
      'MIXPANEL_TOKEN',
      'SEGMENT_WRITE_KEY',
      'SHOPIFY_API_KEY',
    ]) {
      expect(publicByDesignReason(n), n).not.toBeNull();
    }
    for (const n of [
      'PUSHER_APP_SECRET',
      'ALGOLIA_ADMIN_API_KEY',
      'DROPBOX_APP_SECRET',
      'DD_API_KEY',
      'SHOPIFY_API_SECRET',
      'MIXPANEL_API_SECRET',
      'GITHUB_CLIENT_SECRET',
    ]) {
      expect(publicByDesignReason(n), n).toBeNull();
    }
  });
});

describe('generic rules under provider names', () => {
  const detector = new Detector(builtinRules);
  const ids = (text: string) => detector.scan({ path: 'config/settings.txt', text }).map((x) => x.ruleId);

  it('report a random secret that no provider rule claims', () => {
    for (const line of [
      `GITHUB_CLIENT_SECRET=${f.hex(40)}`,
      `SHOPIFY_API_SECRET=${f.hex(32)}`,
      `STRIPE_WEBHOOK_SECRET=${f.b62(32)}`,
      `DD_API_KEY=${f.hex(31)}`,
      `TWILIO_WEBHOOK_SECRET=${f.b64url(43)}`,
      `MIRO_CLIENT_SECRET=${f.b62(32)}`,
    ]) {
      expect(ids(line), line).toEqual(['generic-secret']);
    }
  });

  it('leave values that carry a provider prefix to the provider rule', () => {
    // Wrong-length or bad-checksum tokens with a known prefix are the provider rule's call.
    expect(ids(`GITHUB_TOKEN=ghp_${f.b62(20)}`)).toEqual([]);
    expect(ids(`STRIPE_SECRET_KEY=sk_test_${f.b62(24)}`)).toEqual([]);
    expect(ids(`SENDGRID_API_KEY=SG.${f.b64url(22)}.${f.b64url(20)}`)).toEqual([]);
    expect(ids(`GITHUB_TOKEN=${f.badCrc32Token('ghp_', 30)}`)).toEqual([]);
  });

  it('let the provider rule report a value it claims', () => {
    expect(ids(`DD_API_KEY=${f.hex(32)}`)).toEqual(['datadog-api-key']);
  });
});
