// One way ebz reaches an office machine with no registry: one bundled file (the npm tarball is install.test.ts).
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
