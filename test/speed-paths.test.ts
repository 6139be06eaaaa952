// The loader's fast paths — worker threads and the read cache — give exactly the results of the plain path.
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
});
