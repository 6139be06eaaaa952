// The loader's fast paths — worker threads and the read cache — give exactly the results of the plain path.
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './helpers.js';

const ORDOS = join(ROOT, 'examples', 'ordos');
const args = (dir: string) => ['check', dir, '--as-of', '2026-03-01', '--format', 'json'];

describe('worker threads', () => {
  it('read the campaign to the same findings as one thread', () => {
    const one = cli(args(ORDOS), { env: { EBZ_THREADS: '1' } });
    const two = cli(args(ORDOS), { env: { EBZ_THREADS: '2' } });
    expect(one.code).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const report = ['report', 'quarterly', ORDOS, '--quarter', '2022-Q4', '--format', 'json'];
    expect(cli(report, { env: { EBZ_THREADS: '2' } }).stdout).toBe(cli(report, { env: { EBZ_THREADS: '1' } }).stdout);
  });
});

describe('the read cache', () => {
  it('gives the same results cold, warm and off, lives outside the campaign, and never serves a changed file stale', () => {
    const cache = tempDir();
    const dir = tempDir();
    cpSync(ORDOS, dir, { recursive: true });
    const before = (readdirSync(dir, { recursive: true }) as string[]).sort();
    const off = cli(args(dir));
    const cold = cli(args(dir), { env: { EBZ_CACHE: '', EBZ_CACHE_DIR: cache } });
    expect(readdirSync(cache)).toHaveLength(1);
    const warm = cli(args(dir), { env: { EBZ_CACHE: '', EBZ_CACHE_DIR: cache } });
    expect(cold.stdout).toBe(off.stdout);
    expect(warm.stdout).toBe(off.stdout);
    // Threads filling a cold cache, then reading through it.
    const threaded = { EBZ_CACHE: '', EBZ_CACHE_DIR: tempDir(), EBZ_THREADS: '2' };
    expect(cli(args(dir), { env: threaded }).stdout).toBe(off.stdout);
    expect(cli(args(dir), { env: threaded }).stdout).toBe(off.stdout);
    expect((readdirSync(dir, { recursive: true }) as string[]).sort()).toEqual(before);

    // Put right the misspelt key of fgw's October report: the cache must not answer with the old file.
    const file = join(dir, 'units', 'fgw', 'progress', '2022-10.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('submited:', 'submitted:'));
    const changed = cli(args(dir), { env: { EBZ_CACHE: '', EBZ_CACHE_DIR: cache } });
    expect(changed.stdout).toBe(cli(args(dir)).stdout);
    expect(JSON.parse(changed.stdout).findings.some((f: { file: string }) => f.file === 'units/fgw/progress/2022-10.yaml')).toBe(false);
  });

  it('keeps the other units warm when one unit or one file is checked, and drops files that are gone', () => {
    const cache = tempDir();
    const dir = tempDir();
    cpSync(ORDOS, dir, { recursive: true });
    const env = { EBZ_CACHE: '', EBZ_CACHE_DIR: cache };
    const cacheText = () => readFileSync(join(cache, readdirSync(cache)[0]!), 'utf8');
    /** The campaign files the cache holds an entry for. */
    const cached = () => Object.values(JSON.parse(cacheText().split('\n')[1]!) as Record<string, { file: string }>).map((entry) => entry.file).sort();
    cli(args(dir), { env });
    const whole = cached();
    expect(whole).toContain('units/fgw/plan.yaml');
    expect(whole).toContain('units/gaj/plan.yaml');
    // One unit, then one file: what the cache holds of every other unit stays.
    cli(args(join(dir, 'units', 'fgw')), { env });
    cli(args(join(dir, 'units', 'gaj', 'plan.yaml')), { env });
    expect(cached()).toEqual(whole);
    // So the next whole check finds every file in the cache and has nothing to write back.
    const before = cacheText();
    cli(args(dir), { env });
    expect(cacheText()).toBe(before);
    // A whole check after a file is removed forgets it.
    rmSync(join(dir, 'units', 'gaj', 'progress', '2022-10.yaml'));
    cli(args(dir), { env });
    expect(cached()).toEqual(whole.filter((file) => file !== 'units/gaj/progress/2022-10.yaml'));
  });
});
