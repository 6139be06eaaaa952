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
});
console.log(out);
