// The two ways ebz reaches an office machine with no registry: one bundled file, and an npm tarball.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, fixture, ROOT, SOUND_AS_OF, tempDir } from './helpers.js';

const node = (args: string[], cwd: string, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 120_000, env: { PATH: process.env.PATH ?? '', EBZ_CACHE: 'off', COLUMNS: '1000', ...env } });

describe('the single-file build', () => {
  it('runs a check alone in an empty folder, exactly as the installed tool does', () => {
    const build = tempDir();
    const out = join(build, 'ebz.mjs');
    const bundled = node([join(ROOT, 'scripts', 'bundle.mjs'), out], ROOT);
    expect(bundled.status).toBe(0);
    const alone = tempDir();
    copyFileSync(out, join(alone, 'ebz.mjs'));
    expect(readdirSync(alone)).toEqual(['ebz.mjs']);
    const dir = fixture('plan-signed-by-principal');
    const result = node(['ebz.mjs', 'check', dir, '--as-of', SOUND_AS_OF], alone);
    const installed = cli(['check', dir, '--as-of', SOUND_AS_OF]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe(installed.stdout);
    expect(node(['ebz.mjs', '--version'], alone).stdout).toBe(cli(['--version']).stdout);
    const html = node(['ebz.mjs', 'report', 'monthly', dir, '--month', '2022-05', '--format', 'html'], alone);
    expect(html.status).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
  }, 60_000);
});

describe('the npm tarball', () => {
  it('installs globally with no registry and no cache, and runs', () => {
    const work = tempDir();
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', timeout: 300_000 });
    expect(pack.status).toBe(0);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    const install = spawnSync('npm', ['install', '-g', '--offline', '--cache', join(work, 'cache'), '--prefix', join(work, 'global'), join(work, tarball)], {
      cwd: work,
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(install.status).toBe(0);
    const run = spawnSync(join(work, 'global', 'bin', 'ebz'), ['check', fixture('plan-missing'), '--as-of', SOUND_AS_OF, '--format', 'json'], { encoding: 'utf8', timeout: 120_000 });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['plan-missing']);
  }, 120_000);
});
