// The loader's one speed path beyond the fast parser — the read cache — gives exactly the results of the
// plain path, lives outside the campaign, and stays about the size of what it caches.
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheable, insideCampaign, MAX_GROWTH, ReadCache } from '../src/load/cache.js';
import { readFiles, type ReadJob } from '../src/load/read-file.js';
import { runCheck } from '../src/rules/check.js';
import { cli, fixture, FIXTURES, ROOT, SOUND, SOUND_AS_OF, tempDir } from './helpers.js';

const ORDOS = join(ROOT, 'examples', 'ordos');
const args = (dir: string) => ['check', dir, '--as-of', '2026-03-01', '--format', 'json'];
/** The read cache's file in a cache folder. */
const readCacheFile = (cache: string) => join(cache, readdirSync(cache).find((f) => /^[0-9a-f]{16}\.json$/.test(f))!);
const copyOfOrdos = () => {
  const dir = tempDir();
  cpSync(ORDOS, dir, { recursive: true });
  return dir;
};
const listing = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).sort();

describe('the read cache', () => {
  it('gives the same results cold, warm and off, lives outside the campaign, and never serves a changed file stale', () => {
    const cache = tempDir();
    const dir = copyOfOrdos();
    const before = listing(dir);
    const off = cli(args(dir));
    const cold = cli(args(dir), { env: { EBZ_CACHE: '', EBZ_CACHE_DIR: cache } });
    // One file for this campaign: the read cache.
    expect(readdirSync(cache)).toHaveLength(1);
    const warm = cli(args(dir), { env: { EBZ_CACHE: '', EBZ_CACHE_DIR: cache } });
    expect(cold.stdout).toBe(off.stdout);
    expect(warm.stdout).toBe(off.stdout);
    expect(listing(dir)).toEqual(before);

    // Put right the misspelt key of fgw's October report: the cache must not answer with the old file.
    const file = join(dir, 'units', 'fgw', 'progress', '2022-10.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('submited:', 'submitted:'));
    const changed = cli(args(dir), { env: { EBZ_CACHE: '', EBZ_CACHE_DIR: cache } });
    expect(changed.stdout).toBe(cli(args(dir)).stdout);
    expect(JSON.parse(changed.stdout).findings.some((f: { file: string }) => f.file === 'units/fgw/progress/2022-10.yaml')).toBe(false);
  });

  it('holds only the files the exact path read, keeps them when one unit or one file is checked, and drops files that are gone', () => {
    const cache = tempDir();
    const dir = copyOfOrdos();
    const env = { EBZ_CACHE: '', EBZ_CACHE_DIR: cache };
    const cacheText = () => readFileSync(readCacheFile(cache), 'utf8');
    /** The campaign files the cache holds an entry for. */
    const cached = () => Object.values(JSON.parse(cacheText().split('\n')[1]!) as Record<string, { file: string }>).map((entry) => entry.file).sort();
    cli(args(dir), { env });
    // The two files with a schema finding; the fast path reads every other file faster than a cache could.
    const whole = cached();
    expect(whole).toEqual(['units/fgw/progress/2022-10.yaml', 'units/sjj/plan.yaml']);
    // One unit, then one file: what the cache holds of every other unit stays.
    cli(args(join(dir, 'units', 'fgw')), { env });
    cli(args(join(dir, 'units', 'gaj', 'plan.yaml')), { env });
    expect(cached()).toEqual(whole);
    // So the next whole check finds both files in the cache and has nothing to write back.
    const before = cacheText();
    cli(args(dir), { env });
    expect(cacheText()).toBe(before);
    // A whole check after a file is removed forgets it.
    rmSync(join(dir, 'units', 'sjj', 'plan.yaml'));
    cli(args(dir), { env });
    expect(cached()).toEqual(['units/fgw/progress/2022-10.yaml']);
  });

  it('reads a list of files to the same results cold, warm and off', () => {
    const dir = copyOfOrdos();
    const jobs: ReadJob[] = [
      { rel: 'units/fgw/plan.yaml', unit: 'fgw', kind: 'plan', maxBytes: 1_000_000 },
      { rel: 'units/gaj/benchmark.yaml', unit: 'gaj', kind: 'benchmark', maxBytes: 1_000_000 },
      { rel: 'units/fgw/progress/2022-10.yaml', unit: 'fgw', kind: 'progress', maxBytes: 1_000_000 },
      { rel: 'units/fgw/progress/2099-01.yaml', unit: 'fgw', kind: 'progress', maxBytes: 1_000_000 },
    ];
    const plain = readFiles(dir, jobs, null, true);
    const env = { EBZ_CACHE_DIR: tempDir() };
    const open = () => (ReadCache.open(dir, env) as { cache: ReadCache }).cache;
    expect(readFiles(dir, jobs, open(), true)).toEqual(plain);
    expect(readFiles(dir, jobs, open(), true)).toEqual(plain);
  });
});

// Issue 25, item 5: EBZ_CACHE_DIR pointing into the campaign wrote cache files there, which the next run
// reported as unknown files, and the run after added more.
describe('a cache folder inside the campaign', () => {
  it('is refused with one note, and the campaign is left as it was, run after run', () => {
    const dir = copyOfOrdos();
    const before = listing(dir);
    const plain = cli(args(dir));
    for (const cacheDir of [join(dir, 'units', 'fgw', '.cache'), join(dir, 'cache'), dir, 'units/fgw/cache']) {
      for (let run = 0; run < 2; run++) {
        const result = cli(args(dir), { env: { EBZ_CACHE: '', EBZ_CACHE_DIR: cacheDir }, cwd: dir });
        expect(result.stdout, cacheDir).toBe(plain.stdout);
        expect(result.stderr).toBe(`提示：缓存文件夹 ${cacheDir} 位于材料文件夹之内，本次不使用缓存，也不向材料文件夹写入任何文件。请将 EBZ_CACHE_DIR 设为材料文件夹以外的位置。\n`);
      }
      expect(listing(dir), cacheDir).toEqual(before);
    }
    const en = cli([...args(dir), '--lang', 'en'], { env: { EBZ_CACHE: '', EBZ_CACHE_DIR: join(dir, 'cache') } });
    expect(en.stderr).toContain('lies inside the campaign folder; no cache is used this time');
  });

  it('is told from a folder beside the campaign or above it', () => {
    const parent = tempDir();
    const dir = join(parent, 'ordos');
    expect(insideCampaign(join(dir, 'x', 'y'), dir)).toBe(true);
    expect(insideCampaign(dir, dir)).toBe(true);
    expect(insideCampaign(`${dir}-cache`, dir)).toBe(false);
    expect(insideCampaign(parent, dir)).toBe(false);
  });
});

// Issue 25, item 11: a 4 MB file with 99 aliases (under the 100-alias cap) wrote a 420 MB cache file.
describe('the read cache and aliases', () => {
  it('keeps no entry far larger than its file', () => {
    const big = Array.from({ length: 1000 }, (_, i) => `item ${i}`);
    expect(cacheable({ a: big }, 100_000)).toBe(true);
    expect(cacheable({ a: Array(99).fill(big) }, 100_000)).toBe(false);
    expect(cacheable({ a: Number.NaN }, 100)).toBe(false);
  });

  it('writes a cache about the size of the files it caches, for a file whose aliases repeat a long list', () => {
    const dir = tempDir();
    cpSync(join(SOUND, 'campaign.yaml'), join(dir, 'campaign.yaml'));
    cpSync(join(SOUND, 'units', 'fgw'), join(dir, 'units', 'fgw'), { recursive: true });
    // A list past the 10,000-item limit, repeated by 99 aliases: about 0.6 MB of YAML that means 50 MB.
    const items = Array.from({ length: 10_001 }, (_, i) => `  - item-${String(i).padStart(45, '0')}`).join('\n');
    const aliases = Array.from({ length: 99 }, () => '  - *items').join('\n');
    const file = join(dir, 'units', 'fgw', 'research.yaml');
    writeFileSync(file, `unit: fgw\nsubmitted: 2022-02-09\nlong: &items\n${items}\nagain:\n${aliases}\n`);
    const cache = tempDir();
    const result = cli(['check', dir, '--as-of', '2022-03-01', '--format', 'json'], { env: { EBZ_CACHE: '', EBZ_CACHE_DIR: cache } });
    expect(result.code).toBe(1);
    // Refused as an alias expansion, not validated item by item.
    expect(JSON.parse(result.stdout).findings.filter((f: { file: string }) => f.file === 'units/fgw/research.yaml').map((f: { rule: string }) => f.rule)).toEqual(['yaml-syntax']);
    const size = readdirSync(cache).reduce((sum, name) => sum + statSync(join(cache, name)).size, 0);
    expect(size).toBeLessThan(MAX_GROWTH * statSync(file).size);
  });
});

describe('the read cache over every fixture', () => {
  const saved = { cache: process.env.EBZ_CACHE, dir: process.env.EBZ_CACHE_DIR };
  afterEach(() => {
    for (const [name, value] of [['EBZ_CACHE', saved.cache], ['EBZ_CACHE_DIR', saved.dir]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('checks each exactly as without any cache, cold and warm, today and as of a date', () => {
    const now = new Date('2023-03-01T04:00:00Z');
    for (const name of readdirSync(FIXTURES).sort()) {
      const dir = name === 'sound-campaign' ? SOUND : fixture(name);
      for (const options of [{ lang: 'zh' as const, asOf: SOUND_AS_OF }, { lang: 'en' as const, now }]) {
        process.env.EBZ_CACHE = 'off';
        const plain = runCheck(dir, options);
        process.env.EBZ_CACHE = '';
        process.env.EBZ_CACHE_DIR = tempDir();
        const cold = runCheck(dir, options);
        const warm = runCheck(dir, options);
        expect([cold.result, cold.notes], name).toEqual([plain.result, plain.notes]);
        expect([warm.result, warm.notes], name).toEqual([plain.result, plain.notes]);
      }
      if (dir !== SOUND) rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
