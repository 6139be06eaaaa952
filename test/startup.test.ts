// Start-up stays light: what each command loads, read from the module graph (not timed; npm run bench times it).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

/** The packages (node_modules/NAME) a run of ebz with `args` loads, and its stdout. */
function packagesLoaded(args: string[]): { packages: string[]; stdout: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'test', 'support', 'module-graph.mjs'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', EBZ_CACHE: 'off' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const urls = result.stderr.split('--modules--\n')[1]?.split('\n') ?? [];
  const packages = urls.flatMap((url) => {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    return m ? [m[1]!] : [];
  });
  return { packages: [...new Set(packages)].sort(), stdout: result.stdout };
}

const HEAVY = ['yaml', 'js-yaml', 'ajv', 'ajv-formats', 'dayjs', 'chalk', 'docx', 'exceljs', '@inquirer/prompts', 'cli-table3', 'string-width'];

describe('start-up', () => {
  it('ebz --version loads the command line parser and nothing heavy', () => {
    const { packages, stdout } = packagesLoaded(['--version']);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(packages).toContain('commander');
    for (const heavy of HEAVY) expect(packages).not.toContain(heavy);
  });

  it('ebz check loads the parsers and the validator, but no document renderer or prompt library', () => {
    const { packages, stdout } = packagesLoaded(['check', join(ROOT, 'examples', 'ordos', 'units', 'fgw'), '--as-of', '2026-03-01', '--format', 'json']);
    expect(JSON.parse(stdout).summary.units).toBe(1);
    expect(packages).toEqual(expect.arrayContaining(['yaml', 'js-yaml', 'ajv-formats']));
    for (const heavy of ['docx', 'exceljs', '@inquirer/prompts']) expect(packages).not.toContain(heavy);
  });
});
