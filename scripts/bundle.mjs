// Bundles the compiled dist/ with esbuild, two ways.
//
//   node scripts/bundle.mjs [OUT]     dist/ebz.mjs: one JavaScript file with every dependency, schema,
//                                     message and the default campaign inside, for office machines that
//                                     cannot reach a package registry.
//   node scripts/bundle.mjs --runtime dist/run/: what bin/ebz.js runs. The modules a command needs at
//                                     start-up in a few files (Node's module loader costs about a
//                                     millisecond a file, and `ebz check` needs some sixty), split where
//                                     the code loads lazily. yaml, docx, exceljs and the prompts stay in
//                                     node_modules: each is loaded only by the commands that use it.
//
// `npm run build` (and so `npm ci` and `npm test`) runs tsc and then the runtime build.
import { readFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const path = (rel) => new URL(rel, root).pathname;

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  // Some dependencies are CommonJS and require Node's own modules.
  banner: { js: "import { createRequire as __ebzRequire } from 'node:module'; const require = __ebzRequire(import.meta.url);" },
  logLevel: 'warning',
};

if (process.argv[2] === '--runtime') {
  const outdir = path('dist/run');
  rmSync(outdir, { recursive: true, force: true });
  await build({
    ...common,
    entryPoints: { main: path('dist/cli/main.js') },
    outdir,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    external: ['yaml', 'docx', 'exceljs', '@inquirer/prompts'],
    define: { __EBZ_VERSION__: JSON.stringify(pkg.version) },
  });
  console.log('dist/run');
} else {
  const out = process.argv[2] ?? path('dist/ebz.mjs');
  await build({
    ...common,
    entryPoints: [path('bin/ebz.js')],
    outfile: out,
    minify: true,
    define: { __EBZ_VERSION__: JSON.stringify(pkg.version), __EBZ_BUNDLE__: 'true' },
    plugins: [
      {
        // bin/ebz.js runs the runtime build when it is there: never inside the one file, so it is not bundled.
        name: 'no-runtime',
        setup(b) {
          b.onResolve({ filter: /[\\/]dist[\\/]run[\\/]main\.js$/ }, (args) => ({ path: args.path, external: true }));
        },
      },
      {
        // dist/load/yaml-lib.js loads yaml lazily with require(), which esbuild cannot follow: in one file
        // there is nothing to defer, so the bundle imports yaml statically instead.
        name: 'static-yaml',
        setup(b) {
          b.onLoad({ filter: /[\\/]load[\\/]yaml-lib\.js$/ }, () => ({
            contents: "import * as yaml from 'yaml'; export function yamlLib() { return yaml; }",
            resolveDir: path('.'),
            loader: 'js',
          }));
        },
      },
    ],
  });
  console.log(out);
}
