// Builds dist/ebz.mjs: one JavaScript file with every dependency, schema, message and the default
// campaign inside, for office machines that cannot reach a package registry. Usage: node scripts/bundle.mjs [OUT]
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const out = process.argv[2] ?? new URL('dist/ebz.mjs', root).pathname;

await build({
  entryPoints: [new URL('bin/ebz.js', root).pathname],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  outfile: out,
  minify: true,
  legalComments: 'none',
  define: { __EBZ_VERSION__: JSON.stringify(pkg.version), __EBZ_BUNDLE__: 'true' },
  // Some dependencies are CommonJS and require Node's own modules.
  banner: { js: "import { createRequire as __ebzRequire } from 'node:module'; const require = __ebzRequire(import.meta.url);" },
  logLevel: 'warning',
  plugins: [
    {
      // dist/load/yaml-lib.js loads yaml lazily with require(), which esbuild cannot follow: in one file
      // there is nothing to defer, so the bundle imports yaml statically instead.
      name: 'static-yaml',
      setup(b) {
        b.onLoad({ filter: /[\\/]load[\\/]yaml-lib\.js$/ }, () => ({
          contents: "import * as yaml from 'yaml'; export function yamlLib() { return yaml; }",
          resolveDir: new URL('.', root).pathname,
          loader: 'js',
        }));
      },
    },
  ],
});
console.log(out);
