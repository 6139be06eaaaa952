// The install that lasts: `npm pack` makes a tarball with every dependency inside (bundleDependencies),
// and `npm install -g` from it, offline, puts an `ebz` on PATH that owes nothing to the clone.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './helpers.js';

const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
const npm = (args: string[], cwd: string) =>
  spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 300_000, env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' } });

describe('npm pack and npm install -g from the tarball', () => {
  it('installs offline an ebz that runs from its own folder: --version, and check on a copy of the example', { timeout: 600_000 }, () => {
    const dir = tempDir();
    // The build exists (tests run after it): packing need not build again.
    const pack = npm(['pack', '--ignore-scripts', '--pack-destination', dir, '--json'], ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const [{ filename }] = JSON.parse(pack.stdout) as { filename: string }[];
    expect(filename).toBe(`ebz-${VERSION}.tgz`);

    const prefix = join(dir, 'global');
    // No registry and an empty npm cache: everything comes from the tarball itself.
    const install = npm(['install', '-g', '--prefix', prefix, '--offline', '--cache', join(dir, 'cache'), '--ignore-scripts', join(dir, filename!)], dir);
    expect(install.status, install.stderr).toBe(0);
    // Nothing a clerk would have to read: no warnings.
    expect(install.stderr).not.toMatch(/warn/i);

    const ebz = join(prefix, 'bin', 'ebz');
    // A copy, not a link into the clone: moving or deleting the clone leaves it working.
    expect(realpathSync(ebz).startsWith(realpathSync(prefix))).toBe(true);
    expect(spawnSync(ebz, ['--version'], { cwd: dir, encoding: 'utf8', timeout: 60_000 })).toMatchObject({ status: 0, stdout: `${VERSION}\n` });

    cpSync(join(ROOT, 'examples', 'ordos'), join(dir, 'ordos'), { recursive: true });
    const args = ['check', 'ordos', '--as-of', '2026-06-30', '--format', 'json'];
    const installed = spawnSync(ebz, args, { cwd: dir, encoding: 'utf8', timeout: 120_000, env: { ...process.env, EBZ_CACHE: 'off' } });
    // The example carries deliberate errors: exit 1, and the same findings as the clone's own ebz.
    expect(installed.status).toBe(1);
    const report = JSON.parse(installed.stdout);
    expect(report.summary.units).toBe(9);
    const clone = JSON.parse(cli([...args.slice(0, 1), join(dir, 'ordos'), ...args.slice(2)]).stdout);
    expect(report.summary).toEqual(clone.summary);
  });
});
