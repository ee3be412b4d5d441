// Bundles the CLI and the library with esbuild. One bundled file starts faster than a tree of
// modules (the pre-commit hook pays Node's module resolution on every commit); commands that are
// not on the hook path (audit, init, install, scan of folders) are split into chunks loaded on demand.
import { build } from 'esbuild';
import { rmSync, chmodSync, existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const entryPoints = { cli: 'src/cli.ts', index: 'src/index.ts' };
// The audit's scanning worker is a separate entry: worker_threads loads it by file name.
if (existsSync('src/sources/audit-worker.ts')) entryPoints['audit-worker'] = 'src/sources/audit-worker.ts';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Dependencies are bundled too: one file to resolve and compile instead of dozens (the hook's
  // start-up is most of its cost). CommonJS dependencies inside an ESM bundle need a `require`.
  banner: { js: "import { createRequire as __secretHooksRequire } from 'node:module'; const require = __secretHooksRequire(import.meta.url);" },
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
  define: { __VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
});
chmodSync('dist/cli.js', 0o755);
// Type declarations for the library API (src/index.ts); skipped with --no-types for quick rebuilds.
if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
