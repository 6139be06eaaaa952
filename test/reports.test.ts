import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { loadWorkspace } from '../src/load/workspace.js';
import { analyze } from '../src/reports/analysis.js';
import { buildMonthlyReport, type MonthlyReport } from '../src/reports/monthly.js';
import { buildQuarterlyReport, previousPeriod } from '../src/reports/scores.js';
import { quarterWindow } from '../src/calendar/window.js';
import { buildStatusReport } from '../src/reports/status.js';
import { renderCsv, renderHtml, renderMd, renderText } from '../src/render/formats.js';
import { painter } from '../src/render/color.js';
import { monthlyView } from '../src/render/views.js';
import { cli, fixture, SOUND, tempDir } from './helpers.js';

async function run(args: string[], now: Date, cwd = process.cwd()) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) }, env: {}, cwd, now });
  return { code, stdout, stderr };
}

describe('the monthly report object', () => {
  const dir = fixture('monthly-blocked-and-missing');
  // 2022-05 closes the day after its progress is due: 2022-06-05 falls in the 端午 holiday (06-03…06-05),
  // so it is due on the next working day, 2022-06-06, and the month closes on 2022-06-07.
  const report = buildMonthlyReport(analyze(loadWorkspace(dir), '2022-06-07', false, 'zh').state, '2022-05', false);

  it('chases exactly the overdue or blocked measures, with who answers for them', () => {
    expect(report.chase).toEqual([
      {
        unit: 'zzb',
        name: '中共测试市委组织部',
        short: '中共测试市委组织部',
        measure: 'm1',
        title: '修订人才引进政策',
        responsible: { unit: '人才科', person: '吴九' },
        due: '2022-05-31',
        daysOverdue: 7,
        percent: 80,
        status: 'blocked',
        blocker: '市委常委会尚未审议',
      },
    ]);
  });
  it('lists the units whose documents are missing', () => {
    expect(report.missing).toEqual([
      // one row per missing document, named as a reader says it (DESIGN §4 report monthly)
      { unit: 'fgw', name: '测试市发展和改革委员会', short: '测试市发展和改革委员会', document: 'progress:2022-05', documentName: '2022年5月月度进展', file: 'units/fgw/progress/2022-05.yaml', due: '2022-06-06', daysOverdue: 1 },
    ]);
  });
  it('gives each unit its light and counts, in the official order (the party department 组织部 first)', () => {
    expect(report.units.map((u) => [u.unit, u.light, u.progress?.state, u.measures])).toEqual([
      ['zzb', 'red', 'on-time', { total: 1, done: 0, inProgress: 0, blocked: 1, overdue: 1 }],
      // fgw's May report is missing: m2 is read in it, so it counts as unreported (neither in progress nor done).
      ['fgw', 'red', 'missing', { total: 2, done: 1, inProgress: 0, blocked: 0, overdue: 0 }],
    ]);
    expect(report.summary).toEqual({
      units: 2,
      progress: { onTime: 1, late: 0, missing: 1, pending: 0 },
      measures: { total: 3, done: 1, inProgress: 0, blocked: 1, overdue: 1 },
      lights: { red: 2, yellow: 0, green: 0 },
    });
  });
  it('is yellow for a late document and green when all is well', () => {
    const sound = buildMonthlyReport(analyze(loadWorkspace(SOUND), '2022-06-07', false, 'zh').state, '2022-05', false);
    expect(sound.units.map((u) => u.light)).toEqual(['green', 'green']);
    const late = buildMonthlyReport(analyze(loadWorkspace(fixture('progress-submitted-late')), '2022-06-10', false, 'zh').state, '2022-05', false);
    expect(late.units.find((u) => u.unit === 'zzb')).toMatchObject({ light: 'yellow', progress: { state: 'late', submitted: '2022-06-09', daysLate: 3 } });
  });
});

describe('the status matrix', () => {
  it('has a column per document owed so far, keyed as DESIGN §4 says', () => {
    const report = buildStatusReport(analyze(loadWorkspace(fixture('progress-month-missing')), '2022-06-01', false, 'zh').state, 'zh');
    expect(report.columns.map((c) => [c.key, c.label, c.due])).toEqual([
      ['benchmark', '建标', '2022-01-04'],
      ['research', '调研', '2022-02-10'],
      ['plan', '方案', '2022-02-15'],
      ['progress:2022-03', '2022年3月', '2022-04-06'], // 2022-04-05 is 清明: the next working day
      ['progress:2022-04', '2022年4月', '2022-05-05'],
      ['progress:2022-05', '2022年5月', '2022-06-06'], // 2022-06-05 is 端午: the next working day
      ['annual:2022', '2022年度', '2023-01-31'],
    ]);
    const fgw = report.units.find((u) => u.unit === 'fgw')!;
    expect(fgw.cells['progress:2022-04']).toEqual({ state: 'missing', submitted: null, daysLate: 27 });
    expect(fgw.cells['progress:2022-05']).toEqual({ state: 'pending', submitted: null, daysLate: null });
  });
});

describe('the quarterly bulletin object', () => {
  it('compares with the previous quarter\'s window at its close and counts indicator standing', () => {
    const workspace = loadWorkspace(SOUND);
    // Progress stops in May: Q2 closes the day after its end, 07-01; Q1 closes the day after March's report is due, 04-07.
    const current = analyze(workspace, '2022-07-01', false, 'zh', quarterWindow('2022-Q2'));
    const previous = analyze(workspace, '2022-04-07', false, 'zh', quarterWindow('2022-Q1'));
    const report = buildQuarterlyReport(current, previousPeriod(previous), '2022-Q2', '2022-Q1', false);
    expect([report.window, report.evaluatedOn, report.asOf]).toEqual([{ start: '2022-04-01', end: '2022-06-30' }, '2022-06-30', '2022-07-01']);
    expect(report.previous).toEqual({ quarter: '2022-Q1', asOf: '2022-04-07' });
    // fgw: invest-growth 10.0 against 12.0 (−16.7%), approval-days 50 against 40 lower-is-better (−25%): both following.
    expect(report.units.map((u) => [u.unit, u.standing])).toEqual([
      ['zzb', { following: 1, abreast: 0, leading: 0 }],
      ['fgw', { following: 2, abreast: 0, leading: 0 }],
    ]);
    // Q2 at 07-01: D = 05-31 (May's report). zzb: m1 done → 1; talent-inflow read in March (the latest quarter-end report)
    // → 0.9891; an exchange held, none yet expected → 1: 15 + 15 + 30 + 29.67 + 10 = 99.67 → 99.7. fgw: m1 done, m2 50 of
    // 100 × 105/258 = 40.7 → 1; indicators 0.8296 → 24.89; exchange 1: 15 + 15 + 30 + 24.89 + 10 = 94.89 → 94.9.
    // Q1 at its close (test/score.test.ts): zzb 90.2, fgw 75.0 — the same order.
    expect(report.units.map((u) => [u.unit, u.score, u.rank, u.previousScore, u.previousRank])).toEqual([
      ['zzb', 99.7, 1, 90.2, 1],
      ['fgw', 94.9, 2, 75, 2],
    ]);
    // The ledger: every indicator, its trajectory's baseline and target, current, benchmark, standing now and before,
    // units in the official order (the party department zzb first).
    expect(report.indicators).toEqual([
      { unit: 'zzb', indicator: 'talent-inflow', name: '年引进高层次人才数', baseline: 300, current: 420, benchmark: 500, target: 520, standing: 'following', previousStanding: 'following' },
      { unit: 'fgw', indicator: 'invest-growth', name: '固定资产投资增速', baseline: 8, current: 10, benchmark: 12, target: 12.5, standing: 'following', previousStanding: 'following' },
      { unit: 'fgw', indicator: 'approval-days', name: '项目审批平均用时', baseline: 60, current: 50, benchmark: 40, target: 38, standing: 'following', previousStanding: 'following' },
    ]);
  });
});

describe('past reports are the same whenever they are generated', () => {
  it('the 2022-05 monthly report as issued (--as-of its issue date) reads alike in 2023 and in 2030', async () => {
    const args = ['report', 'monthly', SOUND, '--month', '2022-05', '--as-of', '2022-06-07', '--format', 'json'];
    const early = await run(args, new Date('2023-03-01T12:00:00Z'));
    const late = await run(args, new Date('2030-11-28T12:00:00Z'));
    expect(early.code).toBe(0);
    expect(late.stdout).toBe(early.stdout);
    expect(JSON.parse(early.stdout)).toMatchObject({ month: '2022-05', asOf: '2022-06-07', open: false });
  });
  it('a period not yet closed is as of today and says it is open', async () => {
    const open = await run(['report', 'monthly', SOUND, '--month', '2022-05', '--format', 'json'], new Date('2022-06-03T02:00:00Z'));
    expect(JSON.parse(open.stdout)).toMatchObject({ asOf: '2022-06-03', open: true });
    const text = await run(['report', 'monthly', SOUND, '--month', '2022-05'], new Date('2022-06-03T02:00:00Z'));
    expect(text.stdout).toContain('本期尚未结束（2022年6月7日截止），数据可能变化。');
    // By default a report is as of today: what the office knows now.
    const closed = await run(['report', 'monthly', SOUND, '--month', '2022-05'], new Date('2023-03-01T02:00:00Z'));
    expect(closed.stdout).toContain('本期已于2022年6月7日截止；本报告按2023年3月1日的状态统计。');
    const issued = await run(['report', 'monthly', SOUND, '--month', '2022-05', '--as-of', '2022-06-07'], new Date('2023-03-01T02:00:00Z'));
    expect(issued.stdout).toContain('本期已于2022年6月7日截止，此后报送的材料不计入。');
    const later = await run(['report', 'monthly', SOUND, '--month', '2022-05', '--as-of', '2022-07-01'], new Date('2023-03-01T02:00:00Z'));
    expect(later.stdout).toContain('本期已于2022年6月7日截止；本报告按2022年7月1日的状态统计。');
  });
  it('"today" is the campaign timezone\'s: 23:30 UTC is already tomorrow in Beijing', async () => {
    const open = await run(['status', SOUND, '--format', 'json'], new Date('2022-06-04T23:30:00Z'));
    expect(JSON.parse(open.stdout).asOf).toBe('2022-06-05');
  });
});

const HOSTILE: MonthlyReport = {
  campaign: 'x',
  title: '<b>测试</b>',
  month: '2022-05',
  window: { start: '2022-05-01', end: '2022-05-31' },
  evaluatedOn: '2022-05-31',
  asOf: '2022-06-06',
  open: false,
  summary: { units: 1, progress: { onTime: 0, late: 0, missing: 1, pending: 0 }, measures: { total: 1, done: 0, inProgress: 0, blocked: 1, overdue: 1 }, lights: { red: 1, yellow: 0, green: 0 } },
  units: [{ unit: 'a', name: '<script>alert(1)</script>', short: '<script>alert(1)</script>', light: 'red', lightReasons: [{ code: 'document-missing', document: 'progress:2022-05', days: 1 }, { code: 'measure-blocked', measure: 'm1', title: '=HYPERLINK("http://x","点我")' }], progress: { state: 'missing', submitted: null, daysLate: 1 }, measures: { total: 1, done: 0, inProgress: 0, blocked: 1, overdue: 1 } }],
  chase: [
    {
      unit: 'a',
      name: '<script>alert(1)</script>',
      short: '<script>alert(1)</script>',
      measure: 'm1',
      title: '=HYPERLINK("http://x","点我")',
      responsible: { unit: '@科', person: '-张三' },
      due: '2022-05-31',
      daysOverdue: 6,
      percent: 80,
      status: 'blocked',
      blocker: '\u001b[31m红字\u001b[0m|管道',
    },
  ],
  missing: [{ unit: 'a', name: '+甲', short: '+甲', document: 'progress:2022-05', documentName: '2022年5月月度进展', file: 'units/a/progress/2022-05.yaml', due: '2022-06-05', daysOverdue: 1 }],
};

describe('renderers, on a hand-made report object', () => {
  const view = monthlyView(HOSTILE, 'zh', '2022-06-06');
  it('text: aligned tables, no escape sequence from the data', () => {
    const text = renderText(view, painter(0), 200);
    expect(text).not.toContain('\u001b');
    expect(text).toContain('督办清单\n成员单位                   工作措施');
    const chaseRows = text.split('\n').filter((l) => l.includes('=HYPERLINK') && l.includes('@科'));
    expect(chaseRows).toHaveLength(1);
    expect(chaseRows[0]).toContain('[31m红字[0m|管道'.replace(/\[\d+m/g, ''));
  });
  it('md: pipes and angle brackets escaped', () => {
    const md = renderMd(view);
    expect(md).toContain('# &lt;b&gt;测试&lt;/b&gt;2022年5月月度督查报告');
    // A bare scheme:// is broken with a zero-width space, so no Markdown renderer links it.
    expect(md).toContain('| &lt;script&gt;alert(1)&lt;/script&gt; | \\=HYPERLINK("http:\u200b//x","点我") | @科 -张三 | 2022年5月31日 | 6 | 80% | 受阻 | 红字\\|管道 |');
  });
  it('csv: BOM, CRLF, and every cell that a spreadsheet would run neutralised', () => {
    const csv = renderCsv(view);
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).toContain('<script>alert(1)</script>,"\'=HYPERLINK(""http://x"",""点我"")"');
    // the missing document by name, its date the Chinese way, days overdue a number: never a path
    expect(csv).toContain("'+甲,2022年5月月度进展,2022年6月5日,1");
    expect(csv).not.toContain('units/a/');
    expect(csv).toContain("'@科 -张三");
    expect(csv.split('\r\n').some((line) => /(^|,)[=+\-@]/.test(line))).toBe(false);
    // Numbers go to the spreadsheet as numbers: 6 days, 80 percent.
    expect(csv).toContain(',2022年5月31日,6,80,');
    // measures done and total in two numeric columns, never 0/1 (a spreadsheet reads 1/4 as a date)
    expect(csv).toContain(',✗,0,1,1,1');
  });
  it('html: one self-contained page, every value escaped, no script, no remote resource', () => {
    const html = renderHtml(view, 'zh');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/\s(src|href)=/i);
    expect(html).not.toMatch(/@import|url\(/);
    expect(html).toContain('<svg class="chart matrix"');
    expect(html).toContain('@page { size: A4;');
  });
});

describe('commands', () => {
  it('status, score and the three reports exit 0 in every format', { timeout: 240_000 }, () => {
    const commands = [
      ['status', SOUND, '--as-of', '2023-03-01'],
      ['score', SOUND, '--as-of', '2023-03-01'],
      ['report', 'monthly', SOUND, '--month', '2022-05'],
      ['report', 'quarterly', SOUND, '--quarter', '2022-Q2'],
      ['report', 'annual', SOUND, '--year', '2022'],
    ];
    for (const command of commands) {
      for (const format of ['text', 'md', 'csv', 'json', 'html']) {
        const result = cli([...command, '--format', format]);
        // score with no period is the whole campaign so far, and says so (DESIGN §4, §5).
        const note = command[0] === 'score' ? '未指定年度或季度（--year、--quarter），计算创建以来的累计得分（2021年12月21日 至 2023年3月1日）；最近已结束季度的得分用 --quarter 2022-Q4。\n' : '';
        expect({ command, format, code: result.code, stderr: result.stderr }).toEqual({ command, format, code: 0, stderr: note });
      }
    }
  });
  it('score --explain shows the window and the dates in words, and every term of a unit\'s sum, with the figures the next step uses', () => {
    const result = cli(['score', SOUND, '--as-of', '2022-04-15', '--unit', 'fgw', '--explain']);
    expect(result.stdout).toContain('评价期 2021年12月21日 至 2022年4月15日；截至 2022年4月15日 报送的材料计入，此后报送的不计入。');
    expect(result.stdout).toContain('进度按截至 2022年4月15日 已到报送期限的最近一期报告评价：2022年3月月度进展（所述期末 2022年3月31日）。');
    expect(result.stdout).not.toMatch(/（[EA]）|\bE\b/);
    expect(result.stdout).toContain('得分 75.0（合格，第 2 名）= 加权平均 74.98 + 加减分 0。');
    expect(result.stdout).toContain('措施落实：得分 0.3364，权重 30，100 × 30 × 0.3364 ÷ 100 = 10.09');
    // measures by title, dates the Chinese way, the day counts behind the expected share, the report the actual comes from
    expect(result.stdout).toContain('建立重大项目储备库：2022年2月15日（方案报送期限）起，2022年4月30日完成。应达进度 = 100 × 44 ÷ 74 = 59.46；实际进度 40（2022年3月月度进展）；计分 = min(1, 40 ÷ 59.46) = 0.6727。');
    // The indicator's ratio leaves [0, 1] and says so.
    expect(result.stdout).toContain('应达比例 = 44 ÷ 319 天 = 0.1379；报告值 9，完成比例 = (9 − 8) ÷ (12.5 − 8) = 0.2222；计分 = 0.2222 ÷ 0.1379 = 1.6113，按 1 计。');
    expect(result.stdout).toContain('干部互派：计划 2 次（对标创建工作方案，2022年2月15日 至 2022年12月31日），已过 44 ÷ 319 天，应开展 ⌊2 × 44 ÷ 319⌋ = 0 次，已开展 1 次：2022年3月15日 1，计入 0 次。');
    expect(result.stdout).toContain('交流合作的权重不计入可评价权重：本期计划尚不要求开展交流。');
  });
  it('score shows — for a component that cannot be judged, never 0', () => {
    const result = cli(['score', SOUND, '--as-of', '2022-04-15']);
    const zzb = result.stdout.split('\n').find((l) => l.includes('中共测试市委组织部'))!;
    expect(zzb).toMatch(/90\.2\s+优秀\s+100\.0\s+100\.0\s+71\.6\s+98\.9\s+—/);
  });
  it('a bad period is exit 2 with one line', () => {
    expect(cli(['report', 'monthly', SOUND, '--month', '2022-13'])).toMatchObject({ code: 2, stderr: 'ebz: --month 的值“2022-13”不是月份，应写作 YYYY-MM，如 2022-05。\n' });
    expect(cli(['report', 'quarterly', SOUND, '--quarter', '2022Q2'])).toMatchObject({ code: 2 });
    expect(cli(['report', 'annual', SOUND, '--year', '22'])).toMatchObject({ code: 2 });
  });
  it('domain weights that do not sum to 100 stop every command, located', () => {
    const text = readFileSync(join(SOUND, 'campaign.yaml'), 'utf8') + 'scoring:\n  domain_weights:\n    talent: { exchange: 20 }\n';
    const dir = tempDir();
    cpSync(SOUND, dir, { recursive: true });
    writeFileSync(join(dir, 'campaign.yaml'), text);
    const result = cli(['score', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('ebz: campaign.yaml 有误，无法据此检查：campaign.yaml:22:13：领域“talent”调整后的赋分权重合计为 110，应为 100。\n');
  });
});

describe('--output', () => {
  it('writes atomically, takes the format from the extension, and never overwrites without --force', () => {
    const out = tempDir();
    const file = join(out, 'q.html');
    const first = cli(['report', 'quarterly', SOUND, '--quarter', '2022-Q2', '--output', file]);
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    writeFileSync(file, 'mine');
    const again = cli(['report', 'quarterly', SOUND, '--quarter', '2022-Q2', '--output', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已存在，未覆盖');
    expect(readFileSync(file, 'utf8')).toBe('mine');
    const forced = cli(['report', 'quarterly', SOUND, '--quarter', '2022-Q2', '--output', file, '--force']);
    expect(forced.code).toBe(0);
    const [stamp] = readdirSync(join(out, '.ebz', 'backups'));
    expect(readFileSync(join(out, '.ebz', 'backups', stamp!, 'q.html'), 'utf8')).toBe('mine');
    expect(readFileSync(file, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
  it('writes CSV with a BOM, and refuses to write into a unit folder', () => {
    const out = tempDir();
    expect(cli(['status', SOUND, '--output', join(out, 's.csv')]).code).toBe(0);
    expect(readFileSync(join(out, 's.csv'), 'utf8').charCodeAt(0)).toBe(0xfeff);
    const dir = fixture('plan-missing');
    const inside = cli(['status', dir, '--output', join(dir, 'units', 'fgw', 'status.md')]);
    expect(inside.code).toBe(2);
    expect(existsSync(join(dir, 'units', 'fgw', 'status.md'))).toBe(false);
  });
});

describe('the annual assessment object', () => {
  it('archives the learned experience and shortlists the achievements of the year', async () => {
    const { buildAnnualReport, previousPeriod } = await import('../src/reports/scores.js');
    const { yearWindow } = await import('../src/calendar/window.js');
    const workspace = loadWorkspace(SOUND);
    const report = buildAnnualReport(analyze(workspace, '2023-02-01', false, 'zh', yearWindow(2022)), previousPeriod(analyze(workspace, '2022-02-01', false, 'zh', yearWindow(2021))), 2022, false);
    // units in the official order: the party department zzb first; measures also by title
    expect(report.learned).toEqual([
      { unit: 'zzb', title: '人才引育政策体系', summary: '人才新政实施后引进人数明显增加。', measures: ['m1'], measureTitles: ['修订人才引进政策'] },
      { unit: 'fgw', title: '重大项目储备机制', summary: '形成“谋划一批、储备一批、建设一批”的滚动机制。', measures: ['m1'], measureTitles: ['建立重大项目储备库'] },
    ]);
    expect(report.achievements).toEqual([{ unit: 'fgw', title: '项目储备“三个一批”机制', level: 'city', kind: null, description: '在全市推广。' }]);
    // 2022: zzb 100, fgw 94.3 (test/score.test.ts); 2021 has no document and no score.
    expect(report.units.map((u) => [u.unit, u.rank, u.previousScore, u.previousComponents?.timeliness])).toEqual([
      ['zzb', 1, null, null],
      ['fgw', 2, null, null],
    ]);
  });
});

describe('JSON of every command holds the documented keys (DESIGN §4)', () => {
  const json = (args: string[]) => JSON.parse(cli([...args, '--format', 'json']).stdout) as Record<string, any>;
  it('status', () => {
    const status = json(['status', SOUND, '--as-of', '2023-03-01']);
    expect(status).toMatchObject({ campaign: 'test-city', asOf: '2023-03-01' });
    expect(Object.keys(status.columns[0])).toEqual(['key', 'label', 'due']);
    expect(Object.keys(status.units[0])).toEqual(['unit', 'name', 'short', 'cells']);
    expect(Object.keys(status.units[0].cells.benchmark)).toEqual(['state', 'submitted', 'daysLate']);
  });
  it('score', () => {
    const score = json(['score', SOUND, '--as-of', '2023-03-01']);
    expect(score).toMatchObject({ evidenceOn: '2022-12-31', evidenceReport: 'annual:2022' });
    const unit = score.units[0];
    expect(unit).toEqual(expect.objectContaining({ unit: 'zzb', name: '中共测试市委组织部', domain: 'talent', score: 99.7, grade: '优秀', rank: 1, assessable: 100 }));
    expect(Object.keys(unit.components)).toEqual(['timeliness', 'compliance', 'execution', 'indicators', 'exchange']);
    expect(Object.keys(unit.components.timeliness)).toEqual(['score', 'weight', 'points', 'detail']);
    expect(unit.adjustments).toEqual({ entries: [], bonus: 0, penalty: 0, total: 0 });
  });
  it('report monthly, quarterly and annual', () => {
    const monthly = json(['report', 'monthly', SOUND, '--month', '2022-05', '--as-of', '2022-06-07']);
    for (const key of ['campaign', 'month', 'asOf', 'open', 'summary', 'units', 'chase', 'missing']) expect(monthly).toHaveProperty(key);
    expect(Object.keys(monthly.units[0])).toEqual(['unit', 'name', 'short', 'light', 'lightReasons', 'progress', 'measures']);
    expect(monthly).toMatchObject({ window: { start: '2022-05-01', end: '2022-05-31' }, evaluatedOn: '2022-05-31', asOf: '2022-06-07' }); // due 2022-06-06 after 端午
    const quarterly = json(['report', 'quarterly', SOUND, '--quarter', '2022-Q2', '--as-of', '2022-07-01']);
    for (const key of ['campaign', 'quarter', 'window', 'evaluatedOn', 'asOf', 'open', 'units', 'indicators', 'commend', 'callOut']) expect(quarterly).toHaveProperty(key);
    expect(quarterly.units[0]).toHaveProperty('previousRank');
    expect(quarterly.units[0]).toHaveProperty('previousScore');
    expect(quarterly.units[0]).toHaveProperty('standing.following');
    expect(Object.keys(quarterly.indicators[0])).toEqual(['unit', 'indicator', 'name', 'baseline', 'current', 'benchmark', 'target', 'standing', 'previousStanding']);
    const annual = json(['report', 'annual', SOUND, '--year', '2022', '--as-of', '2023-02-01']);
    for (const key of ['campaign', 'year', 'window', 'evaluatedOn', 'asOf', 'open', 'units', 'indicators', 'learned', 'ongoing', 'achievements']) expect(annual).toHaveProperty(key);
    for (const key of ['previousRank', 'previousScore', 'previousComponents']) expect(annual.units[0]).toHaveProperty(key);
    const score = json(['score', SOUND, '--year', '2022', '--as-of', '2023-02-01']);
    expect(score).toMatchObject({ window: { start: '2022-01-01', end: '2022-12-31' }, evaluatedOn: '2022-12-31', asOf: '2023-02-01' });
  });
});

describe('monthly lights and their reasons (DESIGN §5.3)', async () => {
  const { monthWindow, windowClose } = await import('../src/calendar/window.js');
  const { daysBetween } = await import('../src/calendar/dates.js');
  const { progressDueDate } = await import('../src/calendar/schedule.js');
  /** The month's report at its close, as the office would produce it. */
  const monthly = (dir: string, month: string) => {
    const workspace = loadWorkspace(dir);
    const close = windowClose(workspace.campaign, monthWindow(month));
    return { close, report: buildMonthlyReport(analyze(workspace, close, false, 'zh').state, month, false), campaign: workspace.campaign };
  };
  const reasonsOf = (report: MonthlyReport, unit: string) => report.units.find((u) => u.unit === unit)!;

  it('a document of the month submitted late is yellow that month, and never colours a later month', () => {
    const dir = fixture('benchmark-submitted-late');
    // The benchmark was due 2022-01-04 and came on 2022-01-06: 2 days late, a document of January.
    expect(reasonsOf(monthly(dir, '2022-01').report, 'fgw')).toMatchObject({ light: 'yellow', lightReasons: [{ code: 'document-late', document: 'benchmark', days: 2 }] });
    expect(reasonsOf(monthly(dir, '2022-03').report, 'fgw')).toMatchObject({ light: 'green', lightReasons: [] });
  });

  it('a missing document keeps the unit red, month after month, until it comes in', () => {
    const dir = fixture('progress-month-missing');
    for (const month of ['2022-04', '2022-05']) {
      const { report, close, campaign } = monthly(dir, month);
      const due = progressDueDate(campaign, '2022-04');
      const fgw = reasonsOf(report, 'fgw');
      expect(fgw.light, month).toBe('red');
      expect(fgw.lightReasons[0], month).toEqual({ code: 'document-missing', document: 'progress:2022-04', days: daysBetween(due, close) });
    }
  });

  it('an overdue and blocked measure is red with both reasons, named in words in every format', () => {
    const { report, close } = monthly(fixture('monthly-blocked-and-missing'), '2022-05');
    // zzb's m1 was due 2022-05-31 and is blocked at 80% in May's progress.
    expect(reasonsOf(report, 'zzb').lightReasons).toEqual([
      { code: 'measure-overdue', measure: 'm1', title: '修订人才引进政策', days: daysBetween('2022-05-31', close) },
      { code: 'measure-blocked', measure: 'm1', title: '修订人才引进政策' },
    ]);
    for (const [lang, words] of [
      ['zh', '措施“修订人才引进政策”受阻'],
      ['en', 'measure "修订人才引进政策" blocked'],
    ] as const) {
      const view = monthlyView(report, lang, close);
      for (const out of [renderText(view, painter(0), 400), renderMd(view), renderCsv(view), renderHtml(view, lang)]) expect(out.replace(/""/g, '"').replace(/&quot;/g, '"')).toContain(words);
    }
  });
});
