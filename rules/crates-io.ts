import type { Rule } from '../src/engine/rule.ts';
import { all, bodyIsNotPlaceholder, notChecksummedToken, notIdentifier } from './lib/messaging-ai-registries-kit.ts';

// crates.io API tokens: `cio` + 32 base62 (https://github.com/rust-lang/crates.io/blob/main/crates/crates_io_database/src/utils/token.rs).
// Words starting with "cio" are common, so the body must not read as an identifier, and must hold a
// digit unless the file names Cargo / crates.io. Cargo keeps tokens in ~/.cargo/credentials.toml
// (https://doc.rust-lang.org/cargo/reference/config.html#credentials).
const REMEDIATION =
  'Revoke the token at https://crates.io/settings/tokens, create a scoped one (publish-update for named crates, with an expiry), prefer Trusted Publishing from CI, and check the crates for versions you did not publish.';

export const cratesIoApiToken: Rule = {
  id: 'crates-io-api-token',
  description: 'crates.io API token',
  docs: 'https://github.com/rust-lang/crates.io/blob/main/crates/crates_io_database/src/utils/token.rs',
  keywords: ['cio'],
  regex: /(?<![\w-])(cio[A-Za-z0-9]{32})(?![\w-])/,
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(3), notIdentifier(3), (s, m) =>
    /\d/.test(s) || /cargo|crates|\[registry\]/i.test(m.input) ? true : 'no digit and no Cargo context',
  ),
  minEntropy: 3.8,
  remediation: REMEDIATION,
  examples: (f) => ({
    match: [`CARGO_REGISTRY_TOKEN=cio${f.b62(32)}`, `cargo publish --token cio${f.b62(32)}`, `[registry]\ntoken = "cio${f.b62(32)}"`],
    noMatch: [
      'CARGO_REGISTRY_TOKEN=cio...',
      '// cargo\nlet ciocarrierPigeonTransportLayerState = 1;',
      `CARGO_REGISTRY_TOKEN=cio${'x'.repeat(32)}`,
    ],
  }),
};

export const cargoCredentialsToken: Rule = {
  id: 'cargo-credentials-token',
  description: 'Registry token in a Cargo credentials file',
  docs: 'https://doc.rust-lang.org/cargo/reference/config.html#credentials',
  keywords: ['token'],
  path: ['.cargo/credentials.toml', '.cargo/credentials', '**/.cargo/credentials.toml', '**/.cargo/credentials'],
  regex: /^[ \t]*token[ \t]*=[ \t]*["']([^"'\s]{16,})["']/m,
  allowFillers: true,
  validate: all(bodyIsNotPlaceholder(0), notChecksummedToken),
  remediation: `${REMEDIATION} Never commit .cargo/credentials.toml; use CARGO_REGISTRY_TOKEN or a credential provider.`,
  examples: (f) => ({
    match: [
      { path: '.cargo/credentials.toml', text: `[registries.acme]\ntoken = "${f.b62(40)}"\n` },
      { path: 'ci/.cargo/credentials.toml', text: `[registries.internal]\ntoken = "${f.b64url(48)}"\n` },
    ],
    noMatch: [
      { path: '.cargo/credentials.toml', text: '[registry]\ntoken = "${CARGO_REGISTRY_TOKEN}"\n' },
      { path: '.cargo/credentials.toml', text: '[registry]\ncredential-provider = "cargo:token"\n' },
    ],
  }),
};

export const cratesIo: Rule[] = [cratesIoApiToken, cargoCredentialsToken];
