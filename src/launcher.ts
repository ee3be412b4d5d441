#!/usr/bin/env node
// The `secret-hooks` command (package.json "bin"), built as CommonJS to dist/cli.cjs. It starts the
// bundled CLI (dist/secret-hooks.cjs) from V8's code cache when there is one, and writes the cache
// after a run when there is not. Node's own start-up is the floor of a pre-commit hook; after it,
// compiling the CLI's code was the largest cost. Measured on the bench's 5-file staged change,
// median of 21 interleaved runs: ESM chunks 254 ms, one CommonJS file 272 ms, the same file from
// its code cache 218 ms (node -e 0: 130 ms).
//
// The cache (https://nodejs.org/api/vm.html#scriptcreatecacheddata) is bytecode: whoever can write
// it can run code in every hook. So it lives in this package's own folder (dist/.cache/), which only
// those who can already change the package's code can write, and never in a shared temporary
// folder. V8 rejects a cache made by another Node version or with other flags; its own check of
// the source is by length only, so the file name carries a hash of the bundle (written here at
// build time), and a new version of the bundle never meets an old cache. Any failure to read or
// write the cache only costs the speed-up: the bundle is then compiled as usual.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { wrap } from 'node:module';
import { join } from 'node:path';
import { Script, constants } from 'node:vm';
import { HOOK_MODES } from './hook-modes.ts';

declare const __BUNDLE_HASH__: string;

const bundle = join(__dirname, 'secret-hooks.cjs');
const cacheDir = join(__dirname, '.cache');
// The cache holds what the run that made it compiled: the hooks keep one of their own, so that an
// `init` or `--version` run first does not leave them a cache without the scan's code (~10 ms).
const args = process.argv.slice(2);
const kind = args.includes('scan') && HOOK_MODES.some((m) => args.includes(`--${m}`)) ? 'hook' : 'cli';
const cacheFile = join(cacheDir, `secret-hooks-${__BUNDLE_HASH__}-${process.version}-${process.arch}-${kind}.bin`);

/** Fail closed: a hook that cannot start blocks (exit 2, never 1, "found"), and says why and how to proceed. */
function fail(what: string): never {
  process.stderr.write(
    `secret-hooks: internal error: ${what}\nReinstall secret-hooks (npm install). To skip a hook once, deliberately: SECRET_HOOKS=0 git commit … (or git push …)\n`,
  );
  process.exit(2);
}

let cached: Buffer | undefined;
try {
  cached = readFileSync(cacheFile);
} catch {
  // No cache yet (or not readable): compiled as usual, and cached after this run.
}

let script: Script;
try {
  script = new Script(wrap(readFileSync(bundle, 'utf8')), {
    filename: bundle,
    ...(cached ? { cachedData: cached } : {}),
    // A dynamic import() in the bundle (a dependency's) loads as it would in a module of its own.
    ...(constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER ? { importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER } : {}),
  });
} catch (e) {
  // The bundle is missing or damaged.
  fail(`cannot load ${bundle}: ${(e as Error).message}`);
}

if (!cached || script.cachedDataRejected) {
  // After the run, so that the cache also holds the functions this command compiled on its way.
  process.once('exit', () => {
    try {
      mkdirSync(cacheDir, { recursive: true });
      const temp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temp, script.createCachedData());
      // Atomic: hooks running side by side never read a half-written cache.
      renameSync(temp, cacheFile);
    } catch {
      // A read-only installation: no cache, no harm.
    }
  });
}
if (process.env.SECRET_HOOKS_DEBUG) {
  process.stderr.write(`secret-hooks: code cache ${!cached ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
}

const module = { exports: {} };
try {
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, bundle, __dirname);
} catch (e) {
  // The bundle failed as it started (once started, its commands report their own errors).
  fail(`${bundle} failed to start: ${(e as Error).message}`);
}
