// Hostile conditions around the commands: a full stdout, an EBZ_THREADS left over, flag values that
// do not round-trip, a cache edited by hand, init over odd folders, names that only look the same.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { campaignWith, cli, findings, ROOT, SOUND, SOUND_AS_OF, SPAWN_TIMEOUT_MS, tempDir } from './helpers.js';

const read = (rel: string) => readFileSync(join(SOUND, rel), 'utf8');

describe('a write error on stdout', () => {
  it.skipIf(!existsSync('/dev/full'))('>/dev/full is one stderr line and exit 2, not a stack trace', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'bin', 'ebz.js')}" rules > /dev/full`], {
      encoding: 'utf8',
      timeout: SPAWN_TIMEOUT_MS,
      env: { PATH: process.env.PATH ?? '', EBZ_CACHE: 'off' },
    });
    expect([result.status, result.stderr]).toEqual([2, 'ebz: 无法写入标准输出（ENOSPC），输出不完整。\n']);
  });
  it('a reader that stops early (EPIPE) is still no error', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${join(ROOT, 'bin', 'ebz.js')}" rules | head -c 10 >/dev/null; exit \${PIPESTATUS:-0}`], {
      encoding: 'utf8',
      timeout: SPAWN_TIMEOUT_MS,
    });
    expect(result.stderr).toBe('');
  });
});

describe('EBZ_THREADS, which no longer does anything', () => {
  it('is accepted whatever its value, with one note, and reads the same', { timeout: 60_000 }, () => {
    const plain = cli(['check', SOUND, '--as-of', SOUND_AS_OF, '--format', 'json']);
    // Set but empty is unset: nothing to say.
    expect(cli(['check', SOUND, '--as-of', SOUND_AS_OF, '--format', 'json'], { env: { EBZ_THREADS: '' } }).stderr).toBe('');
    for (const value of ['Infinity', '2', '1']) {
      const threads = cli(['check', SOUND, '--as-of', SOUND_AS_OF, '--format', 'json'], { env: { EBZ_THREADS: value } });
      expect(threads.code).toBe(0);
      expect(threads.stdout).toBe(plain.stdout);
      expect(threads.stderr).toBe('提示：环境变量 EBZ_THREADS 已不起作用（ebz 只用一个线程读取文件），可以删除。\n');
    }
    const en = cli(['check', SOUND, '--as-of', SOUND_AS_OF, '--lang', 'en'], { env: { EBZ_THREADS: '4' } });
    expect(en.stderr).toBe('Note: EBZ_THREADS no longer does anything (ebz reads files on one thread); it can be removed.\n');
  });
});

describe('ebz new writes YAML that reads back, and reads its flags strictly', () => {
  it('a newline, quotes, a colon and a hash in --name, --region and --learning round-trip', { timeout: 60_000 }, () => {
    const dir = tempDir();
    cpSync(SOUND, dir, { recursive: true });
    rmSync(join(dir, 'units', 'fgw', 'benchmark.yaml'));
    const name = '测试市发展和改革委员会\n## 伪造: "引号" # 井号';
    const unit = cli(['new', 'unit', dir, '--yes', '--id', 'xyz', '--name', name, '--domain', 'talent', '--principal', '李四,主任', '--leader', '张三,副市长', '--force']);
    expect(unit.stdout).not.toContain('yaml-syntax');
    expect(parse(readFileSync(join(dir, 'units', 'xyz', 'unit.yaml'), 'utf8')).name).toBe(name);
    const region = '陕西省\n榆林市: *别名 &锚';
    const learning = '第一行\n- 第二行\t制表';
    const result = cli(['new', 'benchmark', dir, '--unit', 'fgw', '--yes', '--submitted', '2022-01-03', '--region', region, '--learning', learning]);
    expect(result.stdout).not.toContain('yaml-syntax');
    const doc = parse(readFileSync(join(dir, 'units', 'fgw', 'benchmark.yaml'), 'utf8'));
    expect([doc.target.region, doc.learning]).toEqual([region, [learning]]);
  });
  it('a hexadecimal number is refused, not read as 16', { timeout: 60_000 }, () => {
    const dir = campaignWith({});
    rmSync(join(dir, 'units', 'fgw', 'benchmark.yaml'));
    const result = cli(['new', 'benchmark', dir, '--unit', 'fgw', '--yes', '--indicator', 'gdp,地区生产总值增速,%,higher,8,0x10,12']);
    expect([result.code, result.stderr]).toEqual([2, 'ebz: --indicator 的值“0x10”有误：请输入数字。\n']);
    expect(existsSync(join(dir, 'units', 'fgw', 'benchmark.yaml'))).toBe(false);
  });
  it('an extra field is an error, never dropped', { timeout: 60_000 }, () => {
    const dir = campaignWith({});
    rmSync(join(dir, 'units', 'fgw', 'benchmark.yaml'));
    const result = cli(['new', 'benchmark', dir, '--unit', 'fgw', '--yes', '--indicator', 'gdp,地区生产总值增速,%,higher,8,10,12,13']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('ebz: --indicator 的值“gdp,地区生产总值增速,%,higher,8,10,12,13”有误：应有 7 项，用英文逗号分隔，此处为 8 项。\n');
  });
});

describe('the cache is verified, never trusted', () => {
  const args = (dir: string) => ['check', dir, '--as-of', SOUND_AS_OF, '--format', 'json'];
  // The Ordos example: its two files with a schema finding are read on the exact path, and cached.
  const ORDOS = join(ROOT, 'examples', 'ordos');
  // The read cache.
  const cacheFile = (folder: string) => join(folder, readdirSync(folder).find((f) => /^[0-9a-f]{16}\.json$/.test(f))!);
  /** The cache file's header line and its entries. */
  const readCache = (folder: string) => {
    const [header, entries] = readFileSync(cacheFile(folder), 'utf8').split('\n');
    return { header: JSON.parse(header!), entries: JSON.parse(entries!) as Record<string, { reports: unknown; valid: boolean }> };
  };
  const writeCache = (folder: string, header: object, entries: object) => writeFileSync(cacheFile(folder), `${JSON.stringify(header)}\n${JSON.stringify(entries)}`);
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  it('a hand-edited entry is not used, and the cache is rewritten', { timeout: 60_000 }, () => {
    const cache = tempDir();
    const env = { EBZ_CACHE: '', EBZ_CACHE_DIR: cache };
    const plain = cli(args(ORDOS)).stdout;
    expect(cli(args(ORDOS), { env }).stdout).toBe(plain);
    const { header, entries } = readCache(cache);
    expect(Object.keys(entries)).toHaveLength(2);
    // Every entry now says its file has a syntax error; the header's hash is left as it was.
    for (const entry of Object.values(entries) as { reports: unknown[]; valid: boolean }[]) {
      entry.reports.push({ rule: 'yaml-syntax', messageId: 'syntax', data: { code: 'X' }, unit: null, file: 'x', line: 1, column: 1 });
      entry.valid = false;
    }
    writeCache(cache, header, entries);
    expect(cli(args(ORDOS), { env }).stdout).toBe(plain);
    // Rewritten as the exact path reads the two files again: each with its schema finding, as before the edit.
    expect(Object.values(readCache(cache).entries).map((entry) => (entry.reports as { rule: string }[]).map((r) => r.rule))).toEqual([['schema'], ['schema']]);
  });
  it('an entry of the wrong shape, even with the right hash, or a cache that is not JSON, never stops a command', { timeout: 60_000 }, () => {
    const cache = tempDir();
    const env = { EBZ_CACHE: '', EBZ_CACHE_DIR: cache };
    const plain = cli(args(ORDOS)).stdout;
    cli(args(ORDOS), { env });
    const { header, entries } = readCache(cache);
    for (const key of Object.keys(entries)) entries[key] = { reports: 'not a list', valid: true };
    writeCache(cache, { ...header, hash: sha256(JSON.stringify(entries)) }, entries);
    const shaped = cli(args(ORDOS), { env });
    expect([shaped.code, shaped.stderr, shaped.stdout]).toEqual([1, '', plain]);
    writeFileSync(cacheFile(cache), '{ not json');
    expect(cli(args(ORDOS), { env }).stdout).toBe(plain);
    // A cache folder that cannot be written (a file in its place) costs speed only.
    const blocked = join(tempDir(), 'file');
    writeFileSync(blocked, '');
    const noCache = cli(args(ORDOS), { env: { EBZ_CACHE: '', EBZ_CACHE_DIR: blocked } });
    expect([noCache.code, noCache.stderr, noCache.stdout]).toEqual([1, '', plain]);
  });
});

describe('smaller defects, each a clear message', () => {
  it('init where units is a file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'units'), '');
    expect(cli(['init', dir])).toMatchObject({ code: 2, stderr: `ebz: “${dir}”中的 units 不是文件夹，未新建。请先移走或改名。\n` });
  });
  it('init into a file path', () => {
    const file = join(tempDir(), 'a.txt');
    writeFileSync(file, '');
    expect(cli(['init', file])).toMatchObject({ code: 2, stderr: `ebz: “${file}”是文件，不是文件夹，无法在其中新建对标创建工作。\n` });
  });
  it('init never replaces a dangling campaign.yaml link', () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'campaign.yaml'));
    expect(cli(['init', dir])).toMatchObject({ code: 2, stderr: `ebz: “${dir}”中的 campaign.yaml 是链接（可能指向不存在的文件），未覆盖。请先删除或修复该链接。\n` });
    expect(existsSync(join(dir, 'nowhere.yaml'))).toBe(false);
  });
  it('an NFD spelling of the approver is the same person as the NFC one', () => {
    const unit = read('units/fgw/unit.yaml').replace('leader_in_charge: { name: 张三', 'leader_in_charge: { name: "Zoë"');
    const plan = read('units/fgw/plan.yaml').replace(/approval: \{ by: 张三/, 'approval: { by: "Zoe\u0308"');
    const benchmark = read('units/fgw/benchmark.yaml').replace(/approval: \{ by: 张三/, 'approval: { by: "Zo\u00eb"');
    expect(findings(campaignWith({ 'units/fgw/unit.yaml': unit, 'units/fgw/plan.yaml': plan, 'units/fgw/benchmark.yaml': benchmark })).filter((f) => f.rule === 'approval-signer')).toEqual([]);
  });
  it('two names that look equal but differ are shown with their code points', () => {
    const plan = read('units/fgw/plan.yaml').replace(/approval: \{ by: 张三/, 'approval: { by: "张\u200b三"');
    const list = findings(campaignWith({ 'units/fgw/plan.yaml': plan })).filter((f) => f.rule === 'approval-signer');
    expect(list.map((f) => f.message)).toEqual(['审签人应为分管市领导张三（U+5F20 U+4E09）（unit.yaml），此处为张\u200b三（U+5F20 U+200B U+4E09）。请由分管市领导审签后报送。']);
  });
});

describe('every test is bounded', () => {
  it('vitest has a global test timeout, and every spawned process in the tests has one', () => {
    expect(readFileSync(join(ROOT, 'vitest.config.ts'), 'utf8')).toMatch(/testTimeout: \d/);
    const dir = join(ROOT, 'test');
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
    const unbounded: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(dir, file), 'utf8');
      for (const match of text.matchAll(/\b(spawnSync|execFileSync|execSync)\(/g)) {
        // The call's own argument list: up to the bracket that closes it.
        let depth = 0;
        let end = match.index! + match[0].length - 1;
        for (; end < text.length; end++) {
          if (text[end] === '(') depth++;
          else if (text[end] === ')' && --depth === 0) break;
        }
        if (!/timeout/.test(text.slice(match.index!, end))) unbounded.push(`${file}:${text.slice(0, match.index!).split('\n').length}`);
      }
    }
    expect(unbounded).toEqual([]);
  });
});
