// The `yaml` package, loaded the first time a file needs the exact path (a finding to locate, or text
// the fast path leaves alone). A clean campaign never needs it, so `ebz check` does not load it at
// start-up. `yaml` ships CommonJS for Node, so it is required synchronously, where the loader needs it.
// The single-file build (scripts/bundle.mjs) replaces this module with one that imports yaml statically.
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');

let lib: Yaml | undefined;

export function yamlLib(): Yaml {
  lib ??= createRequire(import.meta.url)('yaml') as Yaml;
  return lib;
}
