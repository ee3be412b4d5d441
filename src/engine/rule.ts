import type { Fake } from './fake.ts';

/**
 * A built-in or user rule. Rules are data: the engine (src/engine/detector.ts) runs them in the
 * order cheap → expensive: keyword prefilter, path glob, regex, then placeholder / entropy /
 * `validate` checks, then allow-lists.
 */
export interface Rule {
  /** Stable kebab-case id: users put it in config, baselines and allow comments. */
  id: string;
  /** One line: what this secret is. */
  description: string;
  /** Where the format is documented (provider docs, the format's source). */
  docs: string;
  /**
   * Prefilter: the rule's regex runs only on text that contains one of these (case-insensitive,
   * plain substrings). Pick strings that every match must contain, such as a token prefix.
   * A path-only rule may leave this empty.
   */
  keywords: string[];
  /** Content rule. Must not use the `g`/`y` flags (the engine adds them). */
  regex?: RegExp;
  /** Capture group that holds the secret; default 1 when the regex has groups, else 0. */
  secretGroup?: number;
  /**
   * minimatch globs (matched against the repository-relative path, `dot: true`). With a regex, the
   * regex only runs on these files; without one, the rule reports the file itself (a forbidden file).
   */
  path?: string[];
  /** Globs that exempt a file from this rule (e.g. `.env.example`). */
  pathExclude?: string[];
  /** Minimum Shannon entropy of the secret in bits per character (see src/engine/entropy.ts). */
  minEntropy?: number;
  /**
   * Structure / checksum check. Return `true` for a plausible secret, or a short reason why the
   * candidate is not one (shown in verbose output, never with the candidate itself).
   */
  validate?(secret: string, match: RegExpExecArray): true | string;
  /**
   * Run the regex only near keyword occurrences: from `before` characters ahead of each one (moved
   * back to the start of its line when that is close) to `after` characters past it, instead of over
   * the whole text. For rules whose every match lies that close to a keyword; it makes rules with
   * common keywords (`key`, `token`, `pass`) cheap on large files. Default: the whole text.
   */
  near?: { before: number; after: number };
  /** Keyword + entropy rules that yield to a specific rule matching the same text. */
  generic?: boolean;
  /** Skip the shared placeholder check (for formats whose real values look like fillers). */
  allowFillers?: boolean;
  /** Non-secret prefix shown in redacted output; default: the longest keyword the secret starts with. */
  visiblePrefix?: RegExp;
  /** Where and how to revoke and rotate this kind of secret. */
  remediation: string;
  /**
   * Examples that must and must not match, generated at test time (the repository never holds a
   * secret-shaped literal). `match` entries are whole text snippets in which the rule must report
   * exactly one finding; `noMatch` snippets must produce none from this rule.
   */
  examples(fake: Fake): { match: Example[]; noMatch: Example[] };
}

/** A text snippet (scanned as `src/app.txt`), or a file at a path (for path rules). */
export type Example = string | { path: string; text?: string };
