/** Who made a commit; attached to fragments and findings that come from history. */
export interface CommitInfo {
  sha: string;
  author: string;
  email: string;
  /** ISO 8601 author date. */
  date: string;
}

/** Inclusive 1-based line ranges, sorted and non-overlapping. */
export type LineRanges = ReadonlyArray<readonly [start: number, end: number]>;

/** A piece of text to scan: a file, a blob, or stdin. */
export interface Fragment {
  text: string;
  /** Repository- (or scan-root-) relative path with `/` separators. */
  path: string;
  /** Set for history sources: the commit that introduced this content. */
  commit?: CommitInfo;
  /**
   * When set, only findings that touch one of these lines are reported (the lines a commit adds).
   * The whole text is still scanned so that multi-line secrets and context are seen whole.
   */
  added?: LineRanges;
  /** True when this file is being added (new path): forbidden-file rules fire only then. */
  isNew?: boolean;
}
