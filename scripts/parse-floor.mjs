// The floor for `npm run bench`: only read and parse every YAML file of a campaign with the same `yaml` package.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.yaml')) parse(readFileSync(path, 'utf8'));
  }
}
walk(process.argv[2]);
