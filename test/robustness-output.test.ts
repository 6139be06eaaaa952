// Hostile input, second round: what ebz writes — forged lines, live Markdown, escapes on stderr,
// --force that must never destroy, and --output that must never land in a unit folder.
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shorten } from '../src/i18n/index.js';
import { mdText, safeText } from '../src/render/text.js';
import { backupFile, writeFileSafely } from '../src/cli/write.js';
import { campaignWith, cli, SOUND, SOUND_AS_OF, tempDir } from './helpers.js';
import { cpSync } from 'node:fs';

const FORGED = '假局\n## 通报批评\n  units/zzb/plan.yaml  12:3  错误  伪造\t[点我](http://evil.example) ![图](http://evil.example/i.png) <b>粗</b> &amp; | 管道 \u202e反向\u202c';

function withName(name: string): string {
  const unit = readFileSync(join(SOUND, 'units/fgw/unit.yaml'), 'utf8').replace(/^name: .*$/m, `name: ${JSON.stringify(name)}`);
  return campaignWith({ 'units/fgw/unit.yaml': unit });
}

describe('the one sanitiser', () => {
  it('makes any text one line without controls or bidi marks', () => {
    expect(safeText('a\nb\r\nc\td\u0085e\u2028f\u001b[31mg\u202eh\u2066i\u200fj')).toBe('a b c d e fghij');
  });
  it('cuts text over the limit with …', () => {
    expect(shorten('x'.repeat(500))).toBe('x'.repeat(500));
    expect(shorten('x'.repeat(501))).toBe(`${'x'.repeat(499)}…`);
    expect(safeText('一'.repeat(10), 5)).toBe('一一一一…');
  });
  it('makes Markdown inert: links, images, HTML, headings, pipes, entities', () => {
    expect(mdText('[a](http://x)')).toBe('\\[a\\](http:\u200b//x)');
    expect(mdText('![i](y)')).toBe('\\!\\[i\\](y)');
    expect(mdText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(mdText('## 通报批评')).toBe('\\## 通报批评');
    expect(mdText('a | b')).toBe('a \\| b');
    expect(mdText('&amp;')).toBe('&amp;amp;');
    expect(mdText('1. 列表')).toBe('\\1. 列表');
    expect(mdText('见 www.example.com')).toBe('见 www\u200b.example.com');
  });
});

describe('forged lines in output', () => {
  const dir = withName(FORGED);
  const lines = (text: string) => text.split('\n');
  it('text output: a name with newlines stays on its own row', () => {
    const score = cli(['score', dir, '--as-of', SOUND_AS_OF, '--explain']);
    expect(score.code).toBe(0);
    expect(lines(score.stdout).filter((l) => l.includes('通报批评'))).toHaveLength(lines(score.stdout).filter((l) => l.includes('假局')).length);
    expect(lines(score.stdout).some((l) => /^\s*##/.test(l) || /^\s*units\/zzb\/plan\.yaml\s+12:3/.test(l))).toBe(false);
    expect(score.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
  });
  it('Markdown output: no heading, link, image or HTML from the data', () => {
    const md = cli(['report', 'quarterly', dir, '--quarter', '2022-Q4', '--format', 'md']).stdout;
    const row = lines(md).filter((l) => l.includes('假局'));
    expect(row.length).toBeGreaterThan(0);
    for (const l of row) {
      expect(l).toContain('\\[点我\\]');
      expect(l).toContain('\\!\\[图\\]');
      expect(l).toContain('&lt;b&gt;');
      expect(l).toContain('\\| 管道');
    }
    const headings = (text: string) => lines(text).filter((l) => l.startsWith('#'));
    const clean = cli(['report', 'quarterly', SOUND, '--quarter', '2022-Q4', '--format', 'md']).stdout;
    expect(headings(md)).toEqual(headings(clean));
  });
  it('check text and Markdown: a file name with a newline is one line', () => {
    const bad = campaignWith({ 'units/fgw/a\nunits/zzb/plan.yaml  1:1  错误.yaml': 'x: 1\n' });
    const text = cli(['check', bad, '--as-of', SOUND_AS_OF]).stdout;
    expect(lines(text).filter((l) => l.startsWith('units/zzb/plan.yaml'))).toEqual([]);
    const md = cli(['check', bad, '--as-of', SOUND_AS_OF, '--format', 'md']).stdout;
    expect(lines(md).filter((l) => l.startsWith('units/zzb'))).toEqual([]);
  });
  it('stderr: escape sequences and newlines in campaign.yaml values never reach the terminal raw', () => {
    const campaign = readFileSync(join(SOUND, 'campaign.yaml'), 'utf8') + 'rules: { "\\e[2J\\nebz: 伪造": off }\n';
    const result = cli(['check', campaignWith({ 'campaign.yaml': campaign }), '--as-of', SOUND_AS_OF]);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\u001b/);
  });
  it('a 55,000-character value is cut to 500 characters in a finding', () => {
    const plan = readFileSync(join(SOUND, 'units/fgw/plan.yaml'), 'utf8').replace('approval: { by: 张三', `approval: { by: ${'长'.repeat(55_000)}`);
    const result = cli(['check', campaignWith({ 'units/fgw/plan.yaml': plan }), '--as-of', SOUND_AS_OF, '--format', 'json']);
    const messages = (JSON.parse(result.stdout) as { findings: { message: string }[] }).findings.map((f) => f.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(Array.from(m).length).toBeLessThanOrEqual(500);
    expect(messages.some((m) => m.endsWith('…'))).toBe(true);
  });
});

describe('--force never destroys', () => {
  it('two --force runs keep both older versions under .ebz/backups, and an existing .bak is untouched', () => {
    const dir = SOUND;
    const out = join(tempDir(), 'out');
    mkdirSync(out);
    const file = join(out, 'r.md');
    writeFileSync(file, '原件\n');
    writeFileSync(`${file}.bak`, '别人的备份\n');
    for (const quarter of ['2022-Q3', '2022-Q4']) {
      const result = cli(['report', 'quarterly', dir, '--quarter', quarter, '--output', file, '--force']);
      expect(result.code).toBe(0);
    }
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe('别人的备份\n');
    const stamps = readdirSync(join(out, '.ebz', 'backups')).sort();
    expect(stamps).toHaveLength(2);
    const kept = stamps.map((s) => readFileSync(join(out, '.ebz', 'backups', s, 'r.md'), 'utf8'));
    expect(kept[0]).toBe('原件\n');
    expect(kept[1]).toContain('2022年第三季度');
    expect(readFileSync(file, 'utf8')).toContain('2022年第四季度');
  });
  it('backups made in the same millisecond get distinct folders', () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    writeFileSync(file, 'one');
    const now = new Date('2026-01-02T03:04:05.678Z');
    const first = backupFile(file, dir, now);
    writeFileSync(file, 'two');
    const second = backupFile(file, dir, now);
    expect(first).not.toBe(second);
    expect([readFileSync(first, 'utf8'), readFileSync(second, 'utf8')]).toEqual(['one', 'two']);
    expect(first).toBe(join(dir, '.ebz', 'backups', '2026-01-02T03-04-05-678Z', 'a.txt'));
  });
  it('a stale temporary file of the old name is left alone', () => {
    const dir = tempDir();
    const file = join(dir, 'r.md');
    const stale = join(dir, `.r.md.${process.pid}.tmp`);
    writeFileSync(stale, '别人的临时文件');
    writeFileSafely(file, 'new', { force: false });
    expect(readFileSync(stale, 'utf8')).toBe('别人的临时文件');
    expect(readdirSync(dir).sort()).toEqual(['.r.md.' + process.pid + '.tmp', 'r.md']);
  });
  it('ebz new --force keeps the old file in the campaign .ebz/backups', () => {
    const dir = tempDir();
    cpSync(SOUND, dir, { recursive: true });
    const before = readFileSync(join(dir, 'units/fgw/research.yaml'), 'utf8');
    const result = cli(['new', 'research', dir, '--unit', 'fgw', '--yes', '--force', '--submitted', '2022-02-01']);
    expect(result.stdout).toMatch(/原文件已另存为 \.ebz\/backups\/[^/]+\/units\/fgw\/research\.yaml/);
    const stamp = readdirSync(join(dir, '.ebz', 'backups'))[0]!;
    expect(readFileSync(join(dir, '.ebz', 'backups', stamp, 'units/fgw/research.yaml'), 'utf8')).toBe(before);
  });
});

describe('--output never lands in a unit folder', () => {
  it('not through a link to a unit folder', () => {
    const dir = tempDir();
    cpSync(SOUND, dir, { recursive: true });
    symlinkSync(join(dir, 'units', 'fgw'), join(dir, 'out'));
    const result = cli(['status', dir, '--as-of', SOUND_AS_OF, '--output', join(dir, 'out', 's.md')]);
    expect([result.code, result.stderr]).toEqual([2, `ebz: 不能把报告写入成员单位文件夹（${join(dir, 'out', 's.md')}），请换一个位置。\n`]);
    expect(existsSync(join(dir, 'units', 'fgw', 's.md'))).toBe(false);
  });
  it('not into a lone unit folder', () => {
    const dir = tempDir();
    cpSync(join(SOUND, 'units', 'fgw'), join(dir, 'fgw'), { recursive: true });
    const result = cli(['status', join(dir, 'fgw'), '--as-of', SOUND_AS_OF, '--output', 's.md'], { cwd: join(dir, 'fgw') });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('不能把报告写入成员单位文件夹');
    expect(existsSync(join(dir, 'fgw', 's.md'))).toBe(false);
  });
});
