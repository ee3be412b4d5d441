// Bundles the CLI and the library with esbuild. The CLI is one CommonJS file started from V8's code
// cache (see below and src/launcher.ts): the pre-commit hook pays the CLI's start-up on every
// commit. Commands off the hook path (audit, init, install, scan of folders) are still initialised
// only when run (esbuild wraps the modules src/cli.ts imports dynamically).
import { build } from 'esbuild';
import { rmSync, chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';


/**
 * Rule examples are test data (they run in test/rules/examples.test.ts against the sources), yet
 * they are about half of the rules' code: dropping the `examples` property from the shipped bundle
 * spares every commit the parse of it. Done on the syntax tree, so nothing else can be touched.
 */
const stripRuleExamples = {
  name: 'strip-rule-examples',
  setup(b) {
    b.onLoad({ filter: /[\\/]rules[\\/].*\.ts$/ }, async (args) => {
      const ts = (await import('typescript')).default;
      const source = readFileSync(args.path, 'utf8');
      const file = ts.createSourceFile(args.path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
      const drop = (ctx) => (root) => {
        const visit = (node) => {
          if (ts.isObjectLiteralExpression(node)) {
            const kept = node.properties.filter((p) => !(p.name && ts.isIdentifier(p.name) && p.name.text === 'examples'));
            if (kept.length !== node.properties.length) node = ctx.factory.updateObjectLiteralExpression(node, kept);
          }
          return ts.visitEachChild(node, visit, ctx);
        };
        return ts.visitNode(root, visit);
      };
      const out = ts.transform(file, [drop]);
      const contents = ts.createPrinter().printFile(out.transformed[0]);
      out.dispose();
      return { contents, loader: 'ts' };
    });
  },
};

rmSync('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Dependencies are bundled too: one file to resolve and compile instead of dozens (the hook's
  // start-up is most of its cost). CommonJS dependencies inside an ESM bundle need a `require`.
  banner: { js: "import { createRequire as __secretHooksRequire } from 'node:module'; const require = __secretHooksRequire(import.meta.url);" },
  legalComments: 'none',
  // Smaller files parse faster: the hook pays the parse of every module it loads on each commit.
  // SECRET_HOOKS_NO_MINIFY=1 keeps names readable in CPU profiles (node --cpu-prof).
  minify: !process.env.SECRET_HOOKS_NO_MINIFY,
  logLevel: 'warning',
  plugins: [stripRuleExamples],
  define: { __VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
};
// The CLI: one CommonJS file (dist/secret-hooks.cjs), started by dist/cli.cjs (src/launcher.ts) from
// V8's code cache. CommonJS because Node can cache the compiled code of a script (vm.Script) but
// not of an ES module (not in Node 20), and the CommonJS loader starts faster. Commands off the hook
// path are wrapped to initialise on first use (esbuild inlines the dynamic imports of src/cli.ts).
const cjs = {
  ...common,
  format: 'cjs',
  banner: { js: "const __secretHooksUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { ...common.define, 'import.meta.url': '__secretHooksUrl' },
};
await Promise.all([
  build({ ...cjs, entryPoints: { 'secret-hooks': 'src/cli.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } }).then(() => {
    // The launcher compiles the bundle as a function body (Module.wrap): no hashbang there.
    const source = readFileSync('dist/secret-hooks.cjs', 'utf8').replace(/^#!.*\n/, '');
    writeFileSync('dist/secret-hooks.cjs', source);
    const hash = createHash('sha256').update(source).digest('hex').slice(0, 16);
    return build({ ...cjs, entryPoints: { cli: 'src/launcher.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' }, banner: {}, define: { __BUNDLE_HASH__: JSON.stringify(hash) } });
  }),
  // The library API, and the audit's scanning worker (worker_threads loads it by file name).
  build({ ...common, entryPoints: { index: 'src/index.ts', 'audit-worker': 'src/sources/audit-worker.ts' }, outdir: 'dist', splitting: true, chunkNames: 'lib/[name]-[hash]' }),
]);
chmodSync('dist/cli.cjs', 0o755);
// The bin was dist/cli.js before: links made to it (npx caches them for a project's own bin) and
// scripts that run `node …/dist/cli.js` keep working, through the ES module loader.
writeFileSync('dist/cli.js', "#!/usr/bin/env node\n// The command is dist/cli.cjs; this file keeps the old bin path working.\nimport './cli.cjs';\n");
chmodSync('dist/cli.js', 0o755);
// The code cache is made where the package is used, for that Node: never packed (npm honours an
// .npmignore in a folder that "files" lists).
writeFileSync('dist/.npmignore', '.cache/\n');
// Type declarations for the library API (src/index.ts); skipped with --no-types for quick rebuilds.
if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
