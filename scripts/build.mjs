// Bundles the CLI and the library with esbuild. One bundled file starts faster than a tree of
// modules (the pre-commit hook pays Node's module resolution on every commit); commands that are
// not on the hook path (audit, init, install, scan of folders) are split into chunks loaded on demand.
import { build } from 'esbuild';
import { rmSync, chmodSync, readFileSync } from 'node:fs';
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
await Promise.all([
  // The CLI on its own, so that the hook path loads as few files as possible: commands off that
  // path (audit, init, install, folder scans) are split into chunks loaded on demand.
  build({ ...common, entryPoints: { cli: 'src/cli.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/[name]-[hash]' }),
  // The library API, and the audit's scanning worker (worker_threads loads it by file name).
  build({ ...common, entryPoints: { index: 'src/index.ts', 'audit-worker': 'src/sources/audit-worker.ts' }, outdir: 'dist', splitting: true, chunkNames: 'lib/[name]-[hash]' }),
]);
chmodSync('dist/cli.js', 0o755);
// Type declarations for the library API (src/index.ts); skipped with --no-types for quick rebuilds.
if (!process.argv.includes('--no-types')) {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
