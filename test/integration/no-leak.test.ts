import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../rules/index.ts';
import { Detector } from '../../src/engine/detector.ts';
import { visiblePrefix } from '../../src/report/to-reported.ts';
import { createFake } from '../support/fake.ts';
import { TempRepo, type RunResult } from '../support/git-repo.ts';
import { buildOnce } from '../support/build-once.ts';

// Never print a secret: every rule's generated match examples are written into a repository, then
// every output path (text, JSON, SARIF, --output files, verbose drops, redact, errors) is searched
// for each secret and for any 12-character piece of it.

const detector = new Detector(builtinRules);
let repo: TempRepo;
/** Each secret, with the public format prefix (`ghp_`, `https://hooks.slack.com/services/`) that output may show. */
const secrets = new Map<string, string>();

function pieces(s: string): string[] {
  const out = [s];
  // Pieces of the random part: after the public prefix, from the second half on (formats put their
  // fixed structure first: a URL's host, a PEM header), and within runs of letters and digits (a PEM
  // footer or a URL path is structure, not secret).
  const rest = s.slice(Math.max(secrets.get(s)?.length ?? 0, Math.floor(s.length / 2)));
  for (const run of rest.match(/[A-Za-z0-9+/]{12,}/g) ?? []) {
    if (/PRIVATE|BEGIN|END/.test(run)) continue;
    for (let i = 0; i + 12 <= run.length; i += 6) out.push(run.slice(i, i + 12));
  }
  return out;
}

function expectNoLeak(run: RunResult | string): void {
  const text = typeof run === 'string' ? run : run.stdout + run.stderr;
  const found = [...secrets.keys()].filter((s) => pieces(s).some((p) => text.includes(p)));
  expect(found.map((s) => `${s.length}-char secret`)).toEqual([]);
}

beforeAll(() => {
  buildOnce();
  repo = new TempRepo();
  let n = 0;
  for (const rule of builtinRules) {
    const { match } = rule.examples(createFake(`${rule.id}/leak`));
    for (const e of match) {
      if (typeof e !== 'string') continue;
      const found = detector.scan({ path: 'x.txt', text: e });
      for (const f of found) if (f.secret.length >= 8) secrets.set(f.secret, visiblePrefix(f.secret, rule));
      repo.write(`samples/${rule.id}-${n++}.txt`, `${e}\n`);
    }
  }
  repo.git('add', '-A');
});
afterAll(() => repo?.remove());

describe('no secret reaches any output', () => {
  it('has secrets to look for', () => {
    expect(secrets.size).toBeGreaterThan(builtinRules.length / 2);
  });

  it.each(['text', 'json', 'sarif'])('scan [paths] --format %s (with --verbose)', async (format) => {
    const run = await repo.cliAsync(['scan', 'samples', '--format', format, '--verbose']);
    expect(run.code).toBe(1);
    expectNoLeak(run);
  });

  it.each(['text', 'json', 'sarif'])('scan --staged --format %s', async (format) => {
    const run = await repo.cliAsync(['scan', '--staged', '--format', format]);
    expect(run.code).toBe(1);
    expectNoLeak(run);
  });

  it('--output files', async () => {
    for (const format of ['text', 'json', 'sarif']) {
      const out = `report.${format}`;
      const run = await repo.cliAsync(['scan', 'samples', '--format', format, '--output', out]);
      expect(run.code).toBe(1);
      expectNoLeak(run);
      expectNoLeak(readFileSync(`${repo.dir}/${out}`, 'utf8'));
    }
  });

  it('redact replaces every secret', async () => {
    const all = builtinRules.flatMap((r) => r.examples(createFake(`${r.id}/leak`)).match.filter((e): e is string => typeof e === 'string'));
    const run = await repo.cliAsync(['redact'], { input: all.join('\n') });
    expect(run.code).toBe(0);
    expectNoLeak(run);
  });

  it('error messages are redacted too', () => {
    const s = [...secrets.keys()][0]!;
    const run = repo.cli(['scan', `missing-${s}.txt`]);
    expect(run.code).toBe(2);
    expectNoLeak(run);
  });
});
