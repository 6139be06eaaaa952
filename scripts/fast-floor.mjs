// The fast floor for `npm run bench`: walk the campaign, read and strictly decode every YAML file, and
// parse it with js-yaml 4 (CORE_SCHEMA, no positions). Nothing is checked: what no checker can beat.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';

const decoder = new TextDecoder('utf-8', { fatal: true });
function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.yaml')) load(decoder.decode(readFileSync(path)), { schema: CORE_SCHEMA });
  }
}
walk(process.argv[2]);
