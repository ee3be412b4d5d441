import type { Fake } from '../src/engine/fake.ts';
import type { Example, Rule } from '../src/engine/rule.ts';
import { shannonEntropy } from '../src/engine/entropy.ts';

// PEM-armoured private keys (RFC 7468 textual encoding; PKCS#1 RSA, RFC 5915 EC, PKCS#8 and
// encrypted PKCS#8, OpenSSH's own format), OpenPGP secret-key blocks (RFC 4880 §6.2 ASCII armor)
// and PuTTY .ppk files. The whole block is the secret; redaction shows only its header line.
// Blocks are found whole across lines, also inside JSON / YAML strings where the newlines are
// escaped (`\n`), as in service-account files and CI variables.

const ROTATE =
  'Treat the key as compromised: generate a new key pair (ssh-keygen, openssl genpkey, gpg --full-generate-key), install the new public half where the old one was trusted (~/.ssh/authorized_keys, GitHub/GitLab Settings → SSH and GPG keys or deploy keys, your CA for TLS certificates, which must be reissued and the old one revoked), then remove the old public key and purge the file from git history.';

const HEADER = /^-{4,5} ?BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)? ?-{4,5}/;

/**
 * The base64 payload of a PEM-style block, with armor headers (`Proc-Type:`, `DEK-Info:`,
 * `Version:`, `Comment:`), the OpenPGP CRC line, escaped newlines, indentation and string
 * concatenation (`"…\n" +`) removed; or why the body is not one.
 */
export function pemPayload(block: string): { base64: string } | { reason: string } {
  const begin = /-{4,5}\s?BEGIN [^-]+-{4,5}/.exec(block);
  const end = block.lastIndexOf('-----END') >= 0 ? block.lastIndexOf('-----END') : block.lastIndexOf('---- END');
  if (!begin || end < 0) return { reason: 'no BEGIN / END lines' };
  const body = block.slice(begin.index + begin[0].length, end).replace(/\\+r\\+n|\\+n|\\+r/g, '\n');
  const chunks: string[] = [];
  let header = true;
  let sawHeader = false;
  for (const raw of body.split(/\r?\n/)) {
    let line = raw.trim();
    line = line
      .replace(/^\+?\s*["'`]/, '')
      .replace(/["'`]\s*[+,);]*\s*$/, '')
      .trim();
    if (line === '' || line === '+') {
      if (chunks.length > 0 || sawHeader) header = false;
      continue;
    }
    if (/^[A-Za-z][\w-]*:\s?/.test(line) && header) {
      sawHeader = true; // armor header
      continue;
    }
    if (/^=[A-Za-z0-9+/]{4}$/.test(line)) continue; // OpenPGP CRC-24
    if (/^[A-Za-z0-9+/]+={0,2}$/.test(line)) {
      header = false;
      chunks.push(line);
      continue;
    }
    if (/\.{2,}|…/.test(line)) return { reason: 'the body is elided (…)' };
    if (/[<>]|\b(?:your|insert|paste|redacted|example|placeholder|truncated|removed)\b/i.test(line))
      return { reason: 'the body is a placeholder' };
    return { reason: 'the body is not base64' };
  }
  const base64 = chunks.join('');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return { reason: 'the body is not base64' };
  return { base64 };
}

/** The shared body check: real base64 of a plausible key size, not a repeated or elided filler. */
export function keyMaterialReason(base64: string, minBytes: number): string | null {
  const bytes = Math.floor((base64.replace(/=+$/, '').length * 3) / 4);
  if (bytes < minBytes) return `the body decodes to ${bytes} bytes, fewer than a key (${minBytes})`;
  if (/(.)\1{15,}/.test(base64)) return 'the body repeats one character (a filler)';
  if (/x{8,}|X{8,}/.test(base64)) return 'the body is filler (xxxx)';
  if (/(?:EXAMPLE|SAMPLE|DUMMY|PLACEHOLDER|YOURKEY|REDACTED|NOTAREALKEY|FAKEKEY)/i.test(base64)) return 'the body spells a placeholder';
  const h = shannonEntropy(base64);
  if (h < 4.0) return `the body's entropy ${h.toFixed(2)} is too low for key material`;
  return null;
}

function pemValidate(minBytes: number) {
  return (secret: string): true | string => {
    const p = pemPayload(secret);
    if ('reason' in p) return p.reason;
    return keyMaterialReason(p.base64, minBytes) ?? true;
  };
}

// One line of text that a JSON string holds: newlines escaped.
function escaped(pem: string): string {
  return pem.trimEnd().replace(/\n/g, '\\n') + '\\n';
}

function indent(pem: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return pem
    .trimEnd()
    .split('\n')
    .map((l) => pad + l)
    .join('\n');
}

interface PemSpec {
  id: string;
  label: string;
  description: string;
  docs: string;
  /** Smallest plausible decoded body (a P-256 EC key is 121 bytes; an Ed25519 OpenSSH key ~ 400). */
  minBytes?: number;
  /** Armor headers that real blocks of this type carry. */
  headers?: (f: Fake) => string;
}

function pemRule(spec: PemSpec): Rule {
  const label = spec.label;
  return {
    id: spec.id,
    description: spec.description,
    docs: spec.docs,
    keywords: [`begin ${spec.label.toLowerCase()}`],
    // The body is bounded (64 KiB) and may not run into another BEGIN line, so a block without its
    // END line costs one bounded scan; escaped `\n`, indentation and quotes are allowed in it.
    regex: new RegExp(`(-----BEGIN ${label}-----(?:(?!-----BEGIN )[\\s\\S]){16,65536}?-----END ${label}-----)`),
    allowFillers: true,
    validate: pemValidate(spec.minBytes ?? 64),
    visiblePrefix: HEADER,
    remediation: ROTATE,
    examples: (f: Fake) => {
      const pem = f.pem(spec.label);
      const match: Example[] = [
        pem,
        `key: |\n${indent(f.pem(spec.label, 600), 2)}\n`,
        `{"type": "service", "private_key": "${escaped(f.pem(spec.label, 900))}", "client_email": "ci@project.iam"}`,
        `KEY = """${f.pem(spec.label, 300).trimEnd()}"""`,
      ];
      if (spec.headers) {
        const body = f.pem(spec.label, 1190).split('\n').slice(1, -2).join('\n');
        match.push(`-----BEGIN ${spec.label}-----\n${spec.headers(f)}\n\n${body}\n-----END ${spec.label}-----\n`);
      }
      const noMatch: Example[] = [
        `-----BEGIN ${spec.label}-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC...\n-----END ${spec.label}-----`,
        `-----BEGIN ${spec.label}-----\n<your private key here>\n-----END ${spec.label}-----`,
        `-----BEGIN ${spec.label}-----\n...\n-----END ${spec.label}-----`,
        `"private_key": "-----BEGIN ${spec.label}-----\\nYOUR_PRIVATE_KEY\\n-----END ${spec.label}-----\\n"`,
        f.pem(spec.label, 24),
        `-----BEGIN ${spec.label}-----\n${'A'.repeat(64)}\n${'A'.repeat(64)}\n-----END ${spec.label}-----`,
        f.pem('PUBLIC KEY', 294),
        f.pem('CERTIFICATE', 900),
        `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${f.b64(300)} deploy@ci`,
        `if (text.startsWith('-----BEGIN ${spec.label}-----')) return parse(text);`,
      ];
      return { match, noMatch };
    },
  };
}

export const privateKeyRsa = pemRule({
  id: 'private-key-rsa',
  label: 'RSA PRIVATE KEY',
  description: 'RSA private key (PKCS#1, PEM)',
  docs: 'https://datatracker.ietf.org/doc/html/rfc8017#appendix-A.1.2',
  headers: (f) => `Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,${f.HEX(32)}`,
});
export const privateKeyDsa = pemRule({
  id: 'private-key-dsa',
  label: 'DSA PRIVATE KEY',
  description: 'DSA private key (PEM)',
  docs: 'https://datatracker.ietf.org/doc/html/rfc7468',
});
export const privateKeyEc = pemRule({
  id: 'private-key-ec',
  label: 'EC PRIVATE KEY',
  description: 'Elliptic-curve private key (RFC 5915, PEM)',
  docs: 'https://datatracker.ietf.org/doc/html/rfc5915',
});
export const privateKeyOpenssh = pemRule({
  id: 'private-key-openssh',
  label: 'OPENSSH PRIVATE KEY',
  description: 'OpenSSH private key',
  docs: 'https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key',
});
export const privateKeyPkcs8 = pemRule({
  id: 'private-key-pkcs8',
  label: 'PRIVATE KEY',
  description: 'PKCS#8 private key (PEM), as in TLS keys and cloud service-account files',
  docs: 'https://datatracker.ietf.org/doc/html/rfc5208#section-5',
});
export const privateKeyPkcs8Encrypted = pemRule({
  id: 'private-key-pkcs8-encrypted',
  label: 'ENCRYPTED PRIVATE KEY',
  description: 'Passphrase-encrypted PKCS#8 private key (PEM)',
  docs: 'https://datatracker.ietf.org/doc/html/rfc5208#section-6',
});
export const privateKeyPgp = pemRule({
  id: 'private-key-pgp',
  label: 'PGP PRIVATE KEY BLOCK',
  description: 'OpenPGP secret key block (ASCII armor)',
  docs: 'https://datatracker.ietf.org/doc/html/rfc4880#section-6.2',
  headers: () => 'Version: GnuPG v2\nComment: release signing key',
});

// Any other `… PRIVATE KEY` label (ENCRYPTED RSA variants, `ANY PRIVATE KEY`, `ED25519 PRIVATE KEY`,
// `X9.42 DH PRIVATE KEY`…) and the SSH.com / RFC 4716-style `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----`.
const KNOWN_LABELS = '(?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----';
export const privateKeyOther: Rule = {
  id: 'private-key-other',
  description: 'Private key in another PEM-style armor (SSH2, ED25519, DH, …)',
  docs: 'https://datatracker.ietf.org/doc/html/rfc7468',
  keywords: [' private key-----', ' private key ----'],
  regex: new RegExp(
    `(-----BEGIN (?!${KNOWN_LABELS})([A-Z0-9.]+(?: [A-Z0-9.]+){0,3}) PRIVATE KEY-----(?:(?!-----BEGIN )[\\s\\S]){16,65536}?-----END \\2 PRIVATE KEY-----` +
      `|---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----(?:(?!-{4,5} ?BEGIN )[\\s\\S]){16,65536}?---- END SSH2 ENCRYPTED PRIVATE KEY ----)`,
  ),
  secretGroup: 1,
  allowFillers: true,
  validate: pemValidate(64),
  visiblePrefix: HEADER,
  remediation: ROTATE,
  examples: (f) => ({
    match: [
      f.pem('ED25519 PRIVATE KEY', 120),
      f.pem('ANY PRIVATE KEY', 600),
      `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "2048-bit rsa, deploy@build"\n${f.pem('X', 900).split('\n').slice(1, -2).join('\n')}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----\n`,
    ],
    noMatch: [
      `-----BEGIN ED25519 PRIVATE KEY-----\n...\n-----END ED25519 PRIVATE KEY-----`,
      f.pem('ED25519 PUBLIC KEY', 120),
      f.pem('X509 CRL', 400),
      `---- BEGIN SSH2 PUBLIC KEY ----\nComment: "deploy@build"\n${f.b64(64)}\n---- END SSH2 PUBLIC KEY ----`,
    ],
  }),
};

// PuTTY .ppk (formats 2 and 3): a header, the public half in clear, then `Private-Lines: N` and N
// lines of base64 (encrypted or not). https://the.earth.li/~sgtatham/putty/latest/htmldoc/AppendixC.html
export const privateKeyPutty: Rule = {
  id: 'private-key-putty',
  description: 'PuTTY private key file (.ppk)',
  docs: 'https://the.earth.li/~sgtatham/putty/latest/htmldoc/AppendixC.html',
  keywords: ['putty-user-key-file-'],
  regex:
    /(PuTTY-User-Key-File-[1-3]: *[\w@.-]{1,64}\r?\n(?:[^\n]{0,256}\n){0,64}?Private-Lines: *(\d{1,3})\r?\n(?:[A-Za-z0-9+/=]{1,128}(?:\r?\n|$)){1,256})/,
  secretGroup: 1,
  allowFillers: true,
  validate: (secret) => {
    const m = /Private-Lines: *(\d{1,3})\r?\n([\s\S]*)$/.exec(secret);
    if (!m) return 'no Private-Lines section';
    const lines = m[2]!.split(/\r?\n/).filter((l) => l.length > 0);
    if (lines.length < Number(m[1])) return 'fewer private lines than announced';
    const base64 = lines.slice(0, Number(m[1])).join('');
    // An Ed25519 private blob is 36 bytes (48 base64 characters); RSA ones are hundreds.
    return keyMaterialReason(base64, 32) ?? true;
  },
  visiblePrefix: /^PuTTY-User-Key-File-[1-3]: *[\w@.-]+/,
  remediation: ROTATE,
  examples: (f) => {
    const lines = (n: number) => (f.base64Bytes(n).match(/.{1,64}/g) ?? []).join('\n');
    const ppk = (version: number, privBytes: number) => {
      const pub = lines(279);
      const priv = lines(privBytes);
      return (
        `PuTTY-User-Key-File-${version}: ssh-rsa\nEncryption: none\nComment: rsa-key-20240101\n` +
        `Public-Lines: ${pub.split('\n').length}\n${pub}\nPrivate-Lines: ${priv.split('\n').length}\n${priv}\nPrivate-MAC: ${f.hex(64)}\n`
      );
    };
    return {
      match: [
        ppk(2, 660),
        ppk(3, 400),
        `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: aes256-cbc\nComment: ed\nPublic-Lines: 2\n${f.b64(64)}\n${f.b64(4)}\nKey-Derivation: Argon2id\nPrivate-Lines: 1\n${f.base64Bytes(48)}\nPrivate-MAC: ${f.hex(64)}\n`,
      ],
      noMatch: [
        `PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: example\nPublic-Lines: 1\n${f.b64(64)}\nPrivate-Lines: 1\nAAAA\nPrivate-MAC: 00\n`,
        `PuTTY-User-Key-File-2: ssh-rsa\nPrivate-Lines: 14\n...\n`,
        'Load the file that starts with "PuTTY-User-Key-File-3:" into Pageant.',
      ],
    };
  },
};

export const privateKey: Rule[] = [
  privateKeyRsa,
  privateKeyDsa,
  privateKeyEc,
  privateKeyOpenssh,
  privateKeyPkcs8Encrypted,
  privateKeyPkcs8,
  privateKeyPgp,
  privateKeyOther,
  privateKeyPutty,
];
