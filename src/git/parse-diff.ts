import type { CommitInfo, LineRanges } from '../engine/fragment.ts';

/**
 * Parser for the output of `git diff --cached` / `git diff-tree --stdin` run with
 * `-z --raw -p -U0 --no-abbrev` (and `--cc` for merges, `--format=%x01…` for commit headers).
 * Formats: https://git-scm.com/docs/git-diff#_raw_output_format and
 * https://git-scm.com/docs/git-diff#_combined_diff_format. Pure: bytes in, entries out.
 */
export interface ChangedFile {
  path: string;
  /** Path before a rename or copy. */
  oldPath?: string;
  /** Blob id of the new content. */
  blob: string;
  /** A (added), C (copied), M (modified), R (renamed), T (type changed); merges report M. */
  status: string;
  /** File mode of the new content (160000 = submodule, 120000 = symlink). */
  mode: string;
  /** Lines this change adds to the new content; undefined for a binary file (all of it is new). */
  added?: LineRanges;
  /**
   * The whole new content, when the diff was made with full context (`-U<huge>`) and git showed it
   * as text: then no `cat-file` is needed. Undefined for binary files.
   */
  content?: string;
}

export interface CommitChanges {
  commit?: CommitInfo;
  files: ChangedFile[];
}

/** `--format` that makes diff-tree / log start each commit with a parseable header. */
export const COMMIT_HEADER_FORMAT = '--format=%x01%H%x00%an%x00%ae%x00%aI%x00';

const COMMIT_START = /\x01(?=[0-9a-f]{40,64}\x00)/;

/** Output of `git diff-tree --stdin COMMIT_HEADER_FORMAT -z --raw -p …`: one entry per commit. */
export function parseCommitDiffs(out: Buffer): CommitChanges[] {
  const text = out.toString('latin1'); // byte-preserving; paths are re-decoded as UTF-8 below
  const result: CommitChanges[] = [];
  for (const part of text.split(COMMIT_START)) {
    if (part.length === 0) continue;
    const fields = part.split('\x00', 4);
    if (fields.length < 4) continue;
    const [sha, author, email, date] = fields as [string, string, string, string];
    let rest = part.slice(sha.length + author.length + email.length + date.length + 4);
    rest = rest.replace(/^\x00*\n?/, '');
    const commit: CommitInfo = { sha, author: utf8(author), email: utf8(email), date };
    result.push({ commit, files: parseRawAndPatch(rest) });
  }
  return result;
}

/** Output of `git diff --cached -z --raw -p -U0 --no-abbrev` (no commit headers). */
export function parseDiff(out: Buffer): ChangedFile[] {
  return parseRawAndPatch(out.toString('latin1'));
}

function parseRawAndPatch(s: string): ChangedFile[] {
  const files: ChangedFile[] = [];
  let pos = 0;
  // Raw entries: ":<modes> <shas> <status>\0<path>\0[<path>\0]"; merges start with "::".
  while (pos < s.length && s.charCodeAt(pos) === 58 /* : */) {
    const metaEnd = s.indexOf('\x00', pos);
    if (metaEnd === -1) break;
    const meta = s.slice(pos, metaEnd);
    pos = metaEnd + 1;
    let parents = 0;
    while (meta.charCodeAt(parents) === 58) parents++;
    const parts = meta.slice(parents).split(' ');
    const status = parts[parts.length - 1]!;
    const mode = parts[parents]!; // modes: one per parent, then the result's
    const blob = parts[2 * parents + 1]!; // shas: one per parent, then the result's
    const p1End = s.indexOf('\x00', pos);
    const p1 = s.slice(pos, p1End);
    pos = p1End + 1;
    const file: ChangedFile = { path: utf8(p1), blob, status: status.charAt(0), mode };
    if (parents === 1 && (status.startsWith('R') || status.startsWith('C'))) {
      const p2End = s.indexOf('\x00', pos);
      file.oldPath = file.path;
      file.path = utf8(s.slice(pos, p2End));
      pos = p2End + 1;
    }
    files.push(file);
  }
  // Patch sections, in the same order as the raw entries (both come from one diff queue).
  const patch = s.slice(pos).replace(/^\x00+/, '');
  const sections = patch.split(/^diff --(?:git|cc|combined) /m).slice(1);
  for (let i = 0; i < files.length && i < sections.length; i++) {
    const parsed = parseSection(sections[i]!);
    if (parsed) {
      files[i]!.added = parsed.added;
      files[i]!.content = utf8(parsed.lines.join('\n') + (parsed.lines.length ? '\n' : ''));
    }
  }
  // A file with a raw entry but no patch section (should not happen) is scanned whole.
  return files;
}

/**
 * Added line ranges of one file's patch section, and the new-side lines it shows (the whole file
 * when the diff has full context); undefined when git says the file is binary.
 */
function parseSection(section: string): { added: LineRanges; lines: string[] } | undefined {
  const lines = section.split('\n');
  const ranges: Array<[number, number]> = [];
  const shown: string[] = [];
  let i = 0;
  let binary = false;
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.startsWith('@@')) break;
    if (l.startsWith('Binary files ') || l.startsWith('GIT binary patch')) binary = true;
  }
  if (binary) return undefined;
  let next = 0; // next line number in the new file
  let width = 1; // prefix columns: one per parent
  const add = (n: number) => {
    const last = ranges[ranges.length - 1];
    if (last && last[1] === n - 1) last[1] = n;
    else ranges.push([n, n]);
  };
  for (; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.startsWith('@@')) {
      // "@@ -a,b +c,d @@" or, combined, "@@@ -a,b -c,d +e,f @@@"
      let at = 0;
      while (l.charCodeAt(at) === 64) at++;
      width = at - 1;
      const m = /\+(\d+)/.exec(l.slice(at));
      next = m ? Number(m[1]) : 0;
      continue;
    }
    if (l.length === 0 || l.startsWith('\\')) continue;
    const prefix = l.slice(0, width);
    if (prefix.includes('-')) continue; // a line removed from some parent: not in the new file
    if (!prefix.includes(' ')) add(next); // added relative to every parent
    shown.push(l.slice(width));
    next++;
  }
  return { added: ranges, lines: shown };
}

function utf8(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('utf8');
}
