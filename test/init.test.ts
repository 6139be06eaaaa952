// `ebz init` for another city and start date: the seed's schedule moved, no Ordos name or 2022 date left,
// every line within 80 columns, and `new unit --yes` that will not pick a domain for the user.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { movedSchedule } from '../src/authoring/campaign-start.js';
import { DEFAULT_CAMPAIGN_YAML, ORDOS_SETTINGS } from '../src/model/default-campaign.js';
import { cli, tempDir } from './helpers.js';

const wide = (text: string) => text.split('\n').filter((line) => stringWidth(line) > 80);

describe('ebz init --city --start', () => {
  it('writes a campaign for 乌海市 from 2025-03-01 with no 鄂尔多斯 and no 2022 in it, which ebz check accepts', () => {
    const dir = join(tempDir(), 'wuhai');
    const result = cli(['init', dir, '--city', '乌海市', '--start', '2025-03-01']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('乌海市：建标阶段自 2025-03-01 开始，建标材料 2025-03-15 前报送，对标创建工作方案 2025-04-26 前报送。');
    const text = readFileSync(join(dir, 'campaign.yaml'), 'utf8');
    expect(text).not.toContain('鄂尔多斯');
    expect(text).not.toContain('2022');
    expect(wide(text)).toEqual([]);
    // Nor in anything else it writes: the schemas for the editor name no city (their date-format
    // examples, 2022-01-04, are the same text ebz prints for a date written wrong in any campaign).
    const written = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.json'));
    expect(written.length).toBeGreaterThan(8);
    expect(written.filter((f) => readFileSync(join(dir, f), 'utf8').includes('鄂尔多斯'))).toEqual([]);
    const doc = parse(text);
    expect(doc).toMatchObject({ id: 'campaign-2025', title: '乌海市对标先进提升创建工作', city: '乌海市', office: '乌海市对标先进提升创建工作领导小组办公室' });
    expect(doc.co_issuers).toEqual(['中共乌海市委督查室', '乌海市人民政府督查室']);
    // The seed's intervals from 2021-12-21: build +0…+20, benchmark due +14, compare +21…+61, research +51,
    // plan +56, reach from +62 to the end of the month of +375 (2026-03-11 → 2026-03-31), create the day after.
    expect(doc.phases).toEqual({
      build: { start: '2025-03-01', end: '2025-03-21' },
      compare: { start: '2025-03-22', end: '2025-05-01' },
      reach: { start: '2025-05-02', end: '2026-03-31' },
      create: { start: '2026-04-01' },
    });
    expect(doc.deadlines).toEqual({ benchmark: '2025-03-15', research: '2025-04-21', plan: '2025-04-26' });
    // Monthly from the first whole month of reach to its last; quarterly from the next quarter's last month.
    expect(doc.progress).toEqual([
      { first: '2025-06', last: '2026-03', every: 'month', due_day: 5 },
      { first: '2026-06', every: 'quarter', due_day: 10 },
    ]);
    expect(doc.annual).toEqual({ first: 2025, due: '01-31' });
    expect(cli(['check', dir, '--as-of', '2025-03-10'])).toMatchObject({ code: 0, stderr: '' });
  });

  it('gives a new unit deadlines that follow the start date: days overdue, not years', () => {
    const dir = join(tempDir(), 'wuhai');
    cli(['init', dir, '--city', '乌海市', '--start', '2025-03-01']);
    const unit = cli(['new', 'unit', dir, '--yes', '--id', 'fgw', '--name', '乌海市发展和改革委员会', '--domain', 'project-construction', '--leader', '王五,副市长', '--principal', '赵六,主任']);
    expect(unit.code).toBe(0);
    const check = JSON.parse(cli(['check', dir, '--as-of', '2025-03-20', '--format', 'json']).stdout);
    const missing = check.findings.filter((f: { rule: string }) => f.rule === 'benchmark-missing');
    expect(missing).toHaveLength(1);
    // Due 2025-03-15, checked on 2025-03-20: five days overdue.
    expect(missing[0].message).toContain('2025-03-15');
    expect(JSON.stringify(check.findings)).not.toContain('2022');
  });

  it('takes a title and an office, quoting what YAML would misread', () => {
    const dir = join(tempDir(), 'c');
    expect(cli(['init', dir, '--city', '包头市', '--title', '包头市对标: 第二轮', '--office', '包头市对标办', '--start', '2026-01-05']).code).toBe(0);
    const doc = parse(readFileSync(join(dir, 'campaign.yaml'), 'utf8'));
    expect(doc).toMatchObject({ title: '包头市对标: 第二轮', office: '包头市对标办', phases: { build: { start: '2026-01-05' } } });
  });

  it('refuses a start that is no date, or one too late for the schedule, before writing anything', () => {
    const dir = join(tempDir(), 'c');
    const bad = cli(['init', dir, '--city', '乌海市', '--start', '2025-02-30']);
    expect(bad).toMatchObject({ code: 2, stdout: '', stderr: 'ebz: --start 的值“2025-02-30”有误：请写作 YYYY-MM-DD，在 2000-01-01 到 2098-12-31 之间，如 2025-03-01。\n' });
    expect(cli(['init', dir, '--start', '2099-06-01']).code).toBe(2);
    expect(cli(['init', dir, '--city', ' ']).stderr).toBe('ebz: --city 的值“ ”有误：此项不能为空。\n');
  });

  it('without flags and without a terminal writes the seed plan as it is, and says so', () => {
    const dir = join(tempDir(), 'c');
    const result = cli(['init', dir]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('未给出 --city、--title、--office、--start，也不在终端中运行：已按鄂尔多斯市实施方案的原样设置（2021-12-21 起）写入 campaign.yaml。其他城市请删除后加 --city 和 --start 重新运行。\n');
    expect(readFileSync(join(dir, 'campaign.yaml'), 'utf8')).toBe(DEFAULT_CAMPAIGN_YAML);
    expect(wide(DEFAULT_CAMPAIGN_YAML)).toEqual([]);
  });

  it('moves the seed schedule onto itself unchanged: from 2021-12-21 it is the plan\'s own', () => {
    const { phases, deadlines, monthly, quarterly, annualFirst } = ORDOS_SETTINGS;
    expect(movedSchedule('2021-12-21')).toEqual({ phases, deadlines, monthly, quarterly, annualFirst });
  });
});

describe('ebz new unit --yes without --domain', () => {
  it('stops with exit 2 and lists the domains as id（中文）, writing nothing', () => {
    const dir = join(tempDir(), 'c');
    cli(['init', dir, '--city', '乌海市', '--start', '2025-03-01']);
    const result = cli(['new', 'unit', dir, '--yes', '--id', 'rsj', '--name', '乌海市人社局', '--principal', '李四,局长']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(result.stderr).toContain('须用 --domain 指定重点领域（它决定评分权重），如 --domain talent。可选：project-construction（项目建设）、');
    expect(result.stderr).toContain('talent（人才引育）');
    expect(cli(['new', 'unit', dir, '--yes', '--id', 'rsj', '--principal', '李四,局长', '--lang', 'en']).stderr).toContain('needs --domain');
    // A title inside a name is refused in a flag too.
    const leader = cli(['new', 'unit', dir, '--yes', '--id', 'rsj', '--domain', 'talent', '--leader', '张三：副市长,副市长', '--principal', '李四,局长']);
    expect(leader).toMatchObject({ code: 2, stderr: 'ebz: --leader 的值“张三：副市长”有误：姓名中不能有“：”。请只写姓名，如“张三”；职务在另一项填写。\n' });
    expect(existsSync(join(dir, 'units', 'rsj'))).toBe(false);
  });
});
