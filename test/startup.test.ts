// Start-up stays light: what each command loads, read from the module graph (not timed; npm run bench times it).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, SOUND, SOUND_AS_OF } from './helpers.js';

/** The packages (node_modules/NAME) a run of ebz with `args` loads, and its stdout. */
function packagesLoaded(args: string[]): { packages: string[]; stdout: string; runtime: boolean } {
  const result = spawnSync(process.execPath, [join(ROOT, 'test', 'support', 'module-graph.mjs'), ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', EBZ_CACHE: 'off' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  const urls = result.stderr.split('--modules--\n')[1]?.split('\n') ?? [];
  const packages = urls.flatMap((url) => {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url);
    if (m) return [m[1]!];
    // A file of the runtime build (dist/run) names each package bundled into it in a comment line.
    if (!/[\\/]dist[\\/]run[\\/][^\\/]+\.js$/.test(url)) return [];
    const text = readFileSync(url.startsWith('file:') ? fileURLToPath(url) : url, 'utf8');
    return [...text.matchAll(/^\/\/ node_modules\/((?:@[^/]+\/)?[^/]+)\//gm)].map((match) => match[1]!);
  });
  return { packages: [...new Set(packages)].sort(), stdout: result.stdout, runtime: urls.some((url) => /[\\/]dist[\\/]run[\\/]main\.js$/.test(url)) };
}

const HEAVY = ['yaml', 'js-yaml', 'ajv', 'ajv-formats', 'dayjs', 'chalk', 'docx', 'exceljs', '@inquirer/prompts', 'string-width'];

describe('start-up', () => {
  it('ebz --version loads nothing of the command line: no package at all', () => {
    const { packages, stdout, runtime } = packagesLoaded(['--version']);
    expect(stdout).toBe(`${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`);
    expect(runtime).toBe(false);
    expect(packages).toEqual([]);
  });

  it('ebz -V --lang en is parsed by the command line, and says the same', () => {
    const { packages, stdout, runtime } = packagesLoaded(['-V', '--lang', 'en']);
    expect(stdout).toBe(packagesLoaded(['--version']).stdout);
    // npm run build (as npm ci and npm test run it) makes the runtime build, and bin/ebz.js runs it.
    expect(runtime).toBe(true);
    expect(packages).toContain('commander');
    for (const heavy of HEAVY) expect(packages).not.toContain(heavy);
  });

  it('ebz check of a unit with a finding loads the exact parser to place it, but no document renderer or prompt library', () => {
    // examples/ordos/units/fgw has one deliberate mistake: its line comes from the yaml package.
    const { packages, stdout } = packagesLoaded(['check', join(ROOT, 'examples', 'ordos', 'units', 'fgw'), '--as-of', '2026-03-01', '--format', 'json']);
    expect(JSON.parse(stdout).summary.units).toBe(1);
    expect(JSON.parse(stdout).findings[0].line).toBeGreaterThan(0);
    expect(packages).toEqual(expect.arrayContaining(['yaml', 'js-yaml', 'ajv-formats']));
    for (const heavy of ['docx', 'exceljs', '@inquirer/prompts']) expect(packages).not.toContain(heavy);
  });

  it('ebz check --format json of a clean unit loads neither the exact parser nor the terminal layout or colour', () => {
    const { packages, stdout } = packagesLoaded(['check', join(SOUND, 'units', 'fgw'), '--as-of', SOUND_AS_OF, '--format', 'json']);
    expect(JSON.parse(stdout).findings).toEqual([]);
    expect(packages).toEqual(expect.arrayContaining(['js-yaml', 'ajv-formats', 'commander']));
    for (const heavy of ['yaml', 'string-width', 'chalk', 'docx', 'exceljs', '@inquirer/prompts']) expect(packages).not.toContain(heavy);
  });

  it('ebz status and a report in JSON load no document renderer or prompt library', () => {
    for (const command of [['status'], ['report', 'quarterly', '--quarter', '2022-Q1']]) {
      const { packages, stdout } = packagesLoaded([...command, SOUND, '--as-of', SOUND_AS_OF, '--format', 'json']);
      expect(JSON.parse(stdout).campaign).toBeTruthy();
      for (const heavy of ['docx', 'exceljs', '@inquirer/prompts']) expect(packages).not.toContain(heavy);
    }
  });

  it('ebz check in text lays out and colours for the terminal; help is laid out when asked for', () => {
    const text = packagesLoaded(['check', join(SOUND, 'units', 'fgw'), '--as-of', SOUND_AS_OF]);
    expect(text.stdout).toContain('✓');
    expect(text.packages).toEqual(expect.arrayContaining(['string-width', 'chalk']));
    // A clean unit is not parsed a second time to place a finding.
    expect(text.packages).not.toContain('yaml');
    const help = packagesLoaded(['check', '--format', 'json', '--help']);
    expect(help.stdout).toContain('用法：');
    expect(help.packages).toContain('string-width');
  });
});
