// The loader's fast paths — worker threads and the read cache — give exactly the results of the plain path.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readAll } from '../src/load/parallel.js';
import { readRegularFile, type ReadJob, type RegularRead } from '../src/load/read-file.js';
import { runCheck } from '../src/rules/check.js';
import { cli, fixture, FIXTURES, ROOT, SOUND, SOUND_AS_OF, SPAWN_TIMEOUT_MS, tempDir } from './helpers.js';
import { filesUnder } from './generators.js';

const ORDOS = join(ROOT, 'examples', 'ordos');
const args = (dir: string) => ['check', dir, '--as-of', '2026-03-01', '--format', 'json'];
/** The read cache's file, and the check cache's, in a cache folder. */
const CHECK_FILE = /^[0-9a-f]{16}\.check-[0-9a-f]{32}\.json$/;
const readCacheFile = (cache: string) => join(cache, readdirSync(cache).find((f) => /^[0-9a-f]{16}\.json$/.test(f))!);
const checkCacheFiles = (cache: string) => readdirSync(cache).filter((f) => CHECK_FILE.test(f)).map((f) => join(cache, f));
/** Drops the check cache, which would answer an unchanged campaign without the read cache. */
const dropCheckCache = (cache: string) => {
  for (const file of checkCacheFiles(cache)) rmSync(file);
};
/** The kinds of file in a cache folder: the read cache `.json`, a check `.check.json`. */
const kinds = (cache: string) => readdirSync(cache).map((file) => file.replace(/^[0-9a-f]{16}/, '').replace(/-[0-9a-f]{32}/, ''));

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
    // The read cache and the check cache, one file each for this campaign.
    expect(kinds(cache)).toEqual(['.check.json', '.json']);
    dropCheckCache(cache);
    const warm = cli(args(dir), { env: { EBZ_CACHE: '', EBZ_CACHE_DIR: cache } });
    expect(cold.stdout).toBe(off.stdout);
    expect(warm.stdout).toBe(off.stdout);
    // Threads filling a cold cache, then reading through it.
    const threaded = { EBZ_CACHE: '', EBZ_CACHE_DIR: tempDir(), EBZ_THREADS: '2' };
    expect(cli(args(dir), { env: threaded }).stdout).toBe(off.stdout);
    dropCheckCache(threaded.EBZ_CACHE_DIR);
    expect(cli(args(dir), { env: threaded }).stdout).toBe(off.stdout);
    expect((readdirSync(dir, { recursive: true }) as string[]).sort()).toEqual(before);

    // Put right the misspelt key of fgw's October report: the cache must not answer with the old file.
    const file = join(dir, 'units', 'fgw', 'progress', '2022-10.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('submited:', 'submitted:'));
    const changed = cli(args(dir), { env: { EBZ_CACHE: '', EBZ_CACHE_DIR: cache } });
    expect(changed.stdout).toBe(cli(args(dir)).stdout);
    expect(JSON.parse(changed.stdout).findings.some((f: { file: string }) => f.file === 'units/fgw/progress/2022-10.yaml')).toBe(false);
  });

  it('holds only the files the exact path read, keeps them when one unit or one file is checked, and drops files that are gone', () => {
    const cache = tempDir();
    const dir = tempDir();
    cpSync(ORDOS, dir, { recursive: true });
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
    dropCheckCache(cache);
    cli(args(dir), { env });
    expect(cacheText()).toBe(before);
    // A whole check after a file is removed forgets it.
    rmSync(join(dir, 'units', 'sjj', 'plan.yaml'));
    cli(args(dir), { env });
    expect(cached()).toEqual(['units/fgw/progress/2022-10.yaml']);
  });
});

describe('the check cache', () => {
  const env = (cache: string) => ({ EBZ_CACHE: '', EBZ_CACHE_DIR: cache });
  const copyOfOrdos = () => {
    const dir = tempDir();
    cpSync(ORDOS, dir, { recursive: true });
    return dir;
  };
  const outputOf = (result: { code: number | null; stdout: string; stderr: string }) => [result.code, result.stderr, result.stdout];

  it('answers an unchanged campaign as a whole check would, and parses no file to do it', () => {
    const cache = tempDir();
    const dir = copyOfOrdos();
    const checks = [
      args(dir),
      ['check', dir, '--lang', 'en'],
      ['check', join(dir, 'units', 'gaj'), '--as-of', '2026-03-01'],
      ['check', join(dir, 'units', 'stj', 'progress', '2022-07.yaml'), '--as-of', '2022-08-15', '--format', 'json'],
      ['check', dir, '--unit', 'fgw', '--unit', 'zfj', '--as-of', '2023-01-01', '--format', 'md'],
    ];
    const plain = checks.map((check) => outputOf(cli(check)));
    for (const check of checks) cli(check, { env: env(cache) });
    // Without the read cache, a check that parsed a file would write it again: none does.
    rmSync(readCacheFile(cache));
    expect(checks.map((check) => outputOf(cli(check, { env: env(cache) })))).toEqual(plain);
    expect(kinds(cache)).toEqual(checks.map(() => '.check.json'));
  });

  it('never answers for a campaign that changed in any way the findings rest on', () => {
    const cache = tempDir();
    const dir = copyOfOrdos();
    const check = ['check', dir, '--as-of', '2026-03-01', '--format', 'json'];
    /** Checks with the cache and without it; they must agree, and differ from what was found before. */
    let before = cli(check, { env: env(cache) }).stdout;
    const changed = (what: string) => {
      const cached = cli(check, { env: env(cache) }).stdout;
      expect(cached, what).toBe(cli(check).stdout);
      expect(cached, what).not.toBe(before);
      before = cached;
    };
    // A comment line only: the data is the same, every finding in the file moves a line down.
    const gaj = join(dir, 'units', 'gaj', 'plan.yaml');
    writeFileSync(gaj, `# 修改稿\n${readFileSync(gaj, 'utf8')}`);
    changed('a comment line');
    // A deadline of campaign.yaml (zfj's benchmark is no longer late), then its rule settings.
    const campaignYaml = join(dir, 'campaign.yaml');
    writeFileSync(campaignYaml, readFileSync(campaignYaml, 'utf8').replace('benchmark: 2022-01-04', 'benchmark: 2022-01-31'));
    changed('a deadline');
    writeFileSync(campaignYaml, readFileSync(campaignYaml, 'utf8').replace('rules: {}', 'rules: { annual-late: off }'));
    changed('a rule setting');
    // A file no rule reads, found by the folder listing alone.
    writeFileSync(join(dir, 'units', 'fgw', 'notes.txt'), '备忘\n');
    changed('a stray file');
    // A unit folder gone: one unit fewer in the summary.
    rmSync(join(dir, 'units', 'wlj'), { recursive: true });
    changed('a unit folder removed');
    // Another as-of date.
    const earlier = ['check', dir, '--as-of', '2022-08-15', '--format', 'json'];
    expect(cli(earlier, { env: env(cache) }).stdout).toBe(cli(earlier).stdout);
    expect(cli(earlier, { env: env(cache) }).stdout).not.toBe(before);
  });

  it('tells today from an --as-of of the same date: only today makes a future date an error', () => {
    const cache = tempDir();
    const dir = copyOfOrdos();
    const file = join(dir, 'units', 'fgw', 'progress', '2022-06.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^submitted: .*$/m, 'submitted: 2099-12-01'));
    // Today in the campaign's time zone (Asia/Shanghai), as ebz works it out.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const asToday = ['check', dir, '--format', 'json'];
    const asOfToday = ['check', dir, '--as-of', today, '--format', 'json'];
    const plainToday = cli(asToday).stdout;
    const plainAsOf = cli(asOfToday).stdout;
    expect(plainToday).not.toBe(plainAsOf);
    expect(plainToday).toContain('"rule": "future-date"');
    expect(cli(asToday, { env: env(cache) }).stdout).toBe(plainToday);
    expect(cli(asOfToday, { env: env(cache) }).stdout).toBe(plainAsOf);
    expect(cli(asToday, { env: env(cache) }).stdout).toBe(plainToday);
  });

  it('is verified, never trusted: an edited entry, one of the wrong shape or a file that is not JSON is not used', () => {
    const cache = tempDir();
    const check = args(ORDOS);
    const plain = outputOf(cli(check));
    cli(check, { env: env(cache) });
    const [file] = checkCacheFiles(cache) as [string];
    const [header, body] = readFileSync(file, 'utf8').split('\n') as [string, string];
    const entry = JSON.parse(body) as { key: string; reports: object[] };
    expect(entry.reports).toHaveLength(11);
    // Every finding dropped, the header's hash left as it was.
    writeFileSync(file, `${header}\n${JSON.stringify({ ...entry, reports: [] })}`);
    expect(outputOf(cli(check, { env: env(cache) }))).toEqual(plain);
    // A finding with line 0, or the entry of another key, under the right hash.
    for (const forged of [{ ...entry, reports: entry.reports.map((r) => ({ ...r, line: 0 })) }, { key: 'f'.repeat(64), reports: [] }]) {
      const text = JSON.stringify(forged);
      writeFileSync(file, `${JSON.stringify({ ...JSON.parse(header), hash: createHash('sha256').update(text).digest('hex') })}\n${text}`);
      expect(outputOf(cli(check, { env: env(cache) }))).toEqual(plain);
    }
    writeFileSync(file, '{ not json');
    expect(outputOf(cli(check, { env: env(cache) }))).toEqual(plain);
  });

  it('keeps the newest 16 checks of a campaign, one file each', () => {
    const cache = tempDir();
    // 18 as-of dates, one check each: the two oldest are let go.
    const dates = Array.from({ length: 18 }, (_, i) => `2022-${String(Math.floor(i / 2) + 3).padStart(2, '0')}-${i % 2 === 0 ? '10' : '20'}`);
    for (const date of dates) cli(['check', ORDOS, '--as-of', date, '--format', 'json'], { env: env(cache) });
    const kept = checkCacheFiles(cache).sort();
    expect(kept).toHaveLength(16);
    // The newest is answered from its file, and nothing is written.
    cli(['check', ORDOS, '--as-of', dates[17]!, '--format', 'json'], { env: env(cache) });
    expect(checkCacheFiles(cache).sort()).toEqual(kept);
    // The oldest was let go: it is checked again and kept anew, in the place of the next oldest.
    cli(['check', ORDOS, '--as-of', dates[0]!, '--format', 'json'], { env: env(cache) });
    const now = checkCacheFiles(cache).sort();
    expect(now).toHaveLength(16);
    expect(now.filter((file) => !kept.includes(file))).toHaveLength(1);
  });
});

describe('reading a large campaign through the caches', () => {
  const jobs: ReadJob[] = [
    { rel: 'units/fgw/plan.yaml', unit: 'fgw', kind: 'plan', maxBytes: 1_000_000 },
    { rel: 'units/gaj/benchmark.yaml', unit: 'gaj', kind: 'benchmark', maxBytes: 1_000_000 },
    { rel: 'units/fgw/progress/2022-10.yaml', unit: 'fgw', kind: 'progress', maxBytes: 1_000_000 },
  ];
  const env = (cache: string) => ({ EBZ_CACHE: '', EBZ_CACHE_DIR: cache });

  it('reads again what it could not keep, to the same results, cold and warm', () => {
    const dir = tempDir();
    cpSync(ORDOS, dir, { recursive: true });
    const plain = readAll(dir, jobs, { EBZ_CACHE: 'off' });
    const cache = tempDir();
    // No bytes kept from the first read: every file is read again to be parsed, then answered by the cache.
    expect(readAll(dir, jobs, env(cache), true, undefined, 0)).toEqual(plain);
    expect(readAll(dir, jobs, env(cache), true, undefined, 0)).toEqual(plain);
  });

  it('parses a file that changed between its two reads as it is now, and says so', () => {
    const dir = tempDir();
    cpSync(ORDOS, dir, { recursive: true });
    const file = join(dir, 'units', 'fgw', 'progress', '2022-10.yaml');
    let changed = 0;
    const probe = {
      answers: () => {
        // The clerk saves the file while ebz reads the campaign: the misspelt key is put right.
        writeFileSync(file, readFileSync(file, 'utf8').replace('submited:', 'submitted:'));
        return false;
      },
      changed: () => changed++,
    };
    const results = readAll(dir, jobs, env(tempDir()), true, probe, 0)!;
    expect(changed).toBe(1);
    expect(results[2]!.reports).toEqual([]);
    expect(results).toEqual(readAll(dir, jobs, { EBZ_CACHE: 'off' }));
  });
});

describe('the check cache over every fixture', () => {
  const saved = { cache: process.env.EBZ_CACHE, dir: process.env.EBZ_CACHE_DIR };
  const global = globalThis as { __EBZ_BUILD__?: string };
  afterEach(() => {
    delete global.__EBZ_BUILD__;
    for (const [name, value] of [['EBZ_CACHE', saved.cache], ['EBZ_CACHE_DIR', saved.dir]] as const) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('answers each again exactly as a check without any cache, today and as of a date', () => {
    // Run from sources ebz has no build identity and keeps no checks: this test gives it one.
    global.__EBZ_BUILD__ = 'differential';
    const now = new Date('2023-03-01T04:00:00Z');
    let answered = 0;
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
        // The warm check came from the check cache: no state was built for it.
        if (warm.state === undefined) answered++;
        expect(cold.state, name).toBeDefined();
      }
      if (dir !== SOUND) rmSync(dir, { recursive: true, force: true });
    }
    // Every fixture, both ways.
    expect(answered).toBe(2 * readdirSync(FIXTURES).length);
  }, 600_000);
});

describe('reading ahead on a worker thread', () => {
  // The built module (npm test builds first): run from sources there is no worker to start.
  const built = async () =>
    (await import(pathToFileURL(join(ROOT, 'dist', 'load', 'read-ahead.js')).href)) as typeof import('../src/load/read-ahead.js');
  const shown = (read: RegularRead) => ('bytes' in read ? { bytes: Buffer.from(read.bytes).toString('hex') } : read);

  it('reads every file exactly as reading here would, in order, whatever it is', async () => {
    const { readAhead } = await built();
    const dir = tempDir();
    const jobs: { rel: string; maxBytes: number }[] = [];
    // More than a few batches: files of every size (empty, and one over its limit), a folder under a
    // file's name, a file that is not there, and a FIFO, which must never be waited on.
    for (let i = 0; i < 150; i++) {
      writeFileSync(join(dir, `${i}.yaml`), `id: f${i}\ntext: ${'对标'.repeat(i * 7)}\n`);
      jobs.push({ rel: `${i}.yaml`, maxBytes: i === 77 ? 100 : 1_000_000 });
    }
    writeFileSync(join(dir, 'empty.yaml'), '');
    mkdirSync(join(dir, 'folder.yaml'));
    jobs.splice(40, 0, { rel: 'empty.yaml', maxBytes: 1000 }, { rel: 'folder.yaml', maxBytes: 1000 }, { rel: 'missing.yaml', maxBytes: 1000 });
    if (spawnSync('mkfifo', [join(dir, 'fifo.yaml')], { timeout: SPAWN_TIMEOUT_MS }).status === 0) jobs.splice(100, 0, { rel: 'fifo.yaml', maxBytes: 1000 });
    const here = jobs.map((job) => shown(readRegularFile(join(dir, job.rel), job.maxBytes)));
    const files = readAhead(dir, jobs, { EBZ_THREADS: '' }, 1);
    expect(files.ahead).toBe(availableParallelism() >= 2);
    expect(jobs.map(() => shown(files.next()))).toEqual(here);
    expect(here.filter((read) => 'refused' in read).map((read) => (read as { refused: string }).refused)).toEqual(
      expect.arrayContaining(['notRegular', 'unreadable', 'tooLarge']),
    );
  });

  it.runIf(availableParallelism() >= 2)('reads here while the worker starts, then takes the worker\'s batches, each file once', async () => {
    const { readAhead } = await built();
    const dir = tempDir();
    const jobs = Array.from({ length: 2000 }, (_, i) => ({ rel: `${i}.yaml`, maxBytes: 1000 }));
    for (const job of jobs) writeFileSync(join(dir, job.rel), `id: ${job.rel}\n`);
    const text = (read: RegularRead) => ('bytes' in read ? Buffer.from(read.bytes).toString() : JSON.stringify(read));
    const files = readAhead(dir, jobs, { EBZ_THREADS: '' }, 1);
    // A worker takes far longer to start than this thread takes to read a file: the first is read here.
    const got = [text(files.next())];
    expect(files.fromWorker()).toBe(0);
    // Once it has started, the worker has claimed and read what follows.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    for (let i = 1; i < jobs.length; i++) got.push(text(files.next()));
    expect(got).toEqual(jobs.map((job) => `id: ${job.rel}\n`));
    expect(files.fromWorker()).toBeGreaterThan(jobs.length / 2);
    expect(files.fromWorker()).toBeLessThan(jobs.length);
  });

  it.runIf(availableParallelism() >= 2)('does the caller\'s work while it waits for the worker, and still gives every file in order', async () => {
    const { readAhead } = await built();
    const dir = tempDir();
    const jobs = Array.from({ length: 6000 }, (_, i) => ({ rel: `${i}.yaml`, maxBytes: 1000 }));
    for (const job of jobs) writeFileSync(join(dir, job.rel), `id: ${job.rel}\n`);
    let calls = 0;
    const files = readAhead(dir, jobs, { EBZ_THREADS: '' }, 1, () => ++calls < 1000);
    const got = [files.next()];
    // Once the worker reads, this loop, taking files as fast as it can, catches up with it and waits
    // for its batches: it calls idle then.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300);
    for (let i = 1; i < jobs.length; i++) got.push(files.next());
    expect(got.map((read) => ('bytes' in read ? Buffer.from(read.bytes).toString() : '')).join('')).toBe(jobs.map((job) => `id: ${job.rel}\n`).join(''));
    expect(calls).toBeGreaterThan(0);
  });

  it('is not used for a small campaign, on one core, or with EBZ_THREADS=1', async () => {
    const { readsAhead } = await built();
    expect(readsAhead(18_000, {}, 2)).toBe(true);
    expect(readsAhead(1_800, {}, 2)).toBe(false);
    expect(readsAhead(18_000, {}, 1)).toBe(false);
    expect(readsAhead(18_000, { EBZ_THREADS: '1' }, 8)).toBe(false);
  });
});

describe('a large campaign through the read cache', () => {
  it('gives the results of a read without the cache, whatever bytes it keeps from the first read', async () => {
    // The built module: with a worker reading ahead (from 2,000 files), this thread reads files on the
    // fast path while it waits, and uses what it found only for the very bytes it keyed.
    const { readAll: builtReadAll } = (await import(pathToFileURL(join(ROOT, 'dist', 'load', 'parallel.js')).href)) as typeof import('../src/load/parallel.js');
    const dir = tempDir();
    const jobs: ReadJob[] = [];
    // Thirteen copies of the Ordos example's units (its two files with a schema finding among them).
    for (let copy = 0; copy < 13; copy++) {
      for (const rel of filesUnder(join(ORDOS, 'units')).filter((f) => f.endsWith('.yaml'))) {
        const [unit] = rel.split('/');
        const target = `units/${unit}${copy}/${rel.slice(unit!.length + 1)}`;
        mkdirSync(join(dir, target, '..'), { recursive: true });
        cpSync(join(ORDOS, 'units', rel), join(dir, target));
        const kind = rel.includes('/progress/') ? 'progress' : rel.includes('/annual/') ? 'annual' : rel.endsWith('unit.yaml') ? 'unit' : rel.split('/').pop()!.replace('.yaml', '');
        jobs.push({ rel: target, unit: `${unit}${copy}`, kind: kind as ReadJob['kind'], maxBytes: 1_000_000 });
      }
    }
    expect(jobs.length).toBeGreaterThan(2000);
    const plain = builtReadAll(dir, jobs, { EBZ_CACHE: 'off' });
    const cache = tempDir();
    for (const keep of [64 * 1024 * 1024, 100_000, 0]) {
      expect(builtReadAll(dir, jobs, { EBZ_CACHE: '', EBZ_CACHE_DIR: cache }, true, undefined, keep), `keeping ${keep} bytes`).toEqual(plain);
    }
    expect(plain!.filter((result) => result.reports.length > 0)).toHaveLength(26);
  }, 120_000);
});

describe('parsing on worker threads through the read cache', () => {
  it('parses the very bytes it keyed, so a file saved during the check never leaves a stale entry', async () => {
    // The built module (npm test builds first): run from sources there is no worker to start.
    const { readAll: builtReadAll } = (await import(pathToFileURL(join(ROOT, 'dist', 'load', 'parallel.js')).href)) as typeof import('../src/load/parallel.js');
    const dir = tempDir();
    cpSync(ORDOS, dir, { recursive: true });
    const jobs: ReadJob[] = [
      { rel: 'units/fgw/plan.yaml', unit: 'fgw', kind: 'plan', maxBytes: 1_000_000 },
      { rel: 'units/gaj/benchmark.yaml', unit: 'gaj', kind: 'benchmark', maxBytes: 1_000_000 },
      { rel: 'units/fgw/progress/2022-10.yaml', unit: 'fgw', kind: 'progress', maxBytes: 1_000_000 },
      { rel: 'units/zfj/progress/2022-05.yaml', unit: 'zfj', kind: 'progress', maxBytes: 1_000_000 },
    ];
    const file = join(dir, 'units', 'fgw', 'progress', '2022-10.yaml');
    const before = readFileSync(file, 'utf8');
    const plain = readAll(dir, jobs, { EBZ_CACHE: 'off' });
    const env = { EBZ_CACHE: '', EBZ_CACHE_DIR: tempDir(), EBZ_THREADS: '2' };
    // Two threads parse the four files; the clerk saves one of them between the read and the parse.
    const saved = { answers: () => (writeFileSync(file, before.replace('submited:', 'submitted:')), false), changed: () => undefined };
    expect(builtReadAll(dir, jobs, env, true, saved)).toEqual(plain);
    // The file as it was: the cache's entry for those bytes is theirs.
    writeFileSync(file, before);
    expect(builtReadAll(dir, jobs, env)).toEqual(plain);
    expect(plain![2]!.reports.map((r) => r.rule)).toContain('schema');
  });
});
