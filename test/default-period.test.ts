// A report given no period takes the latest one closed by the as-of date (DESIGN §4), and says which.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestClosedPeriod } from '../src/calendar/reporting.js';
import { loadWorkspace } from '../src/load/workspace.js';
import { cli, ROOT } from './helpers.js';

const ORDOS = join(ROOT, 'examples', 'ordos');
const campaign = loadWorkspace(ORDOS).campaign;

describe('a report with no period', () => {
  // Ordos: a month's progress report is due on the 5th of the next month (rolled over rest days), so
  // August 2022 closes on 6 September (due 5 September, a Monday); Q3 closes with September's report,
  // due 8 October (the National Day holiday moves it), on 9 October; 2022 closes after its annual review,
  // due 31 January 2023, on 1 February 2023.
  it('takes the latest month, quarter or year closed by the as-of date: a period closes on its close day', () => {
    expect(latestClosedPeriod(campaign, 'month', '2022-09-05')).toBe('2022-07');
    expect(latestClosedPeriod(campaign, 'month', '2022-09-06')).toBe('2022-08');
    expect(latestClosedPeriod(campaign, 'quarter', '2022-10-08')).toBe('2022-Q2');
    expect(latestClosedPeriod(campaign, 'quarter', '2022-10-09')).toBe('2022-Q3');
    expect(latestClosedPeriod(campaign, 'year', '2023-01-31')).toBe('2021');
    expect(latestClosedPeriod(campaign, 'year', '2023-02-01')).toBe('2022');
  });
  it('says which on stderr, in either language, and reports on it', () => {
    const zh = cli(['report', 'monthly', ORDOS, '--as-of', '2022-09-06']);
    expect(zh.code).toBe(0);
    expect(zh.stderr).toBe('未指定月份（--month），取截至 2022年9月6日 最近已结束的月份：2022年8月。\n');
    expect(zh.stdout.split('\n')[0]).toBe('鄂尔多斯市对标先进提升创建工作2022年8月月度督查报告');
    const en = cli(['report', 'quarterly', ORDOS, '--as-of', '2022-10-09', '--lang', 'en', '--format', 'json']);
    expect(en.stderr).toBe('No --quarter given: the latest quarter closed by 9 Oct 2022, Q3 2022.\n');
    expect(JSON.parse(en.stdout)).toMatchObject({ quarter: '2022-Q3', open: false });
    const annual = cli(['report', 'annual', ORDOS, '--as-of', '2023-02-01', '--format', 'json']);
    expect(annual.stderr).toBe('未指定年度（--year），取截至 2023年2月1日 最近已结束的年度：2022年度。\n');
    expect(JSON.parse(annual.stdout)).toMatchObject({ year: 2022 });
  });
  it('says nothing when the period is given', () => {
    expect(cli(['report', 'monthly', ORDOS, '--month', '2022-08', '--as-of', '2022-09-06']).stderr).toBe('');
    expect(cli(['score', ORDOS, '--quarter', '2022-Q3', '--as-of', '2022-10-09']).stderr).toBe('');
  });
  // score is the one command whose period may be left out by design (DESIGN §5 windows table: the whole
  // campaign up to the as-of date); it says so, and names the latest closed quarter for the other reading.
  it('score with no period is the whole campaign so far, and says so with the quarter to ask for', () => {
    const score = cli(['score', ORDOS, '--as-of', '2022-10-09', '--format', 'json']);
    expect(score.stderr).toBe('未指定年度或季度（--year、--quarter），计算创建以来的累计得分（2021年12月21日 至 2022年10月9日）；最近已结束季度的得分用 --quarter 2022-Q3。\n');
    expect(JSON.parse(score.stdout)).toMatchObject({ window: { start: '2021-12-21', end: '2022-10-09' } });
  });
});
