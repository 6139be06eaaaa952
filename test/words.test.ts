// Words a reader expects (DESIGN §6): Chinese periods and dates, documents by name, units in the official order.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { documentCovers } from '../src/calendar/schedule.js';
import { documentLabel, documentName, sayDate, sayMonth, sayQuarter, sayYear } from '../src/i18n/periods.js';
import { compareOfficialOrder, inOfficialOrder } from '../src/model/unit-order.js';
import { analyze } from '../src/reports/analysis.js';
import { buildMonthlyReport } from '../src/reports/monthly.js';
import { buildStatusReport } from '../src/reports/status.js';
import { loadWorkspace } from '../src/load/workspace.js';
import { rankScores } from '../src/score/index.js';
import { cli, ROOT, SOUND, SOUND_AS_OF } from './helpers.js';

describe('periods and dates the way a reader says them', () => {
  it('zh: 2022年8月6日, 2022年7月, 2022年第三季度, 2022年度; no leading zeros', () => {
    expect(sayDate('2022-08-06', 'zh')).toBe('2022年8月6日');
    expect(sayMonth('2022-07', 'zh')).toBe('2022年7月');
    expect(sayQuarter('2022-Q3', 'zh')).toBe('2022年第三季度');
    expect(sayYear(2022, 'zh')).toBe('2022年度');
  });
  it('en: 6 Aug 2022, Jul 2022, Q3 2022', () => {
    expect(sayDate('2022-08-06', 'en')).toBe('6 Aug 2022');
    expect(sayMonth('2022-07', 'en')).toBe('Jul 2022');
    expect(sayQuarter('2022-Q3', 'en')).toBe('Q3 2022');
  });
  it('documents by name, never by path', () => {
    expect(documentName('progress:2022-07', 'zh')).toBe('2022年7月月度进展');
    expect(documentName('annual:2022', 'zh')).toBe('2022年度总结');
    expect(documentName('plan', 'zh')).toBe('对标创建工作方案');
    expect(documentName('benchmark', 'en')).toBe('benchmark');
    expect(documentName('research', 'zh')).toBe('对标调研材料');
  });
  it('a progress report of a quarterly stretch by its quarter, in name and in a column', () => {
    // The 创标 stretch of the example: { first: 2023-03, every: quarter }; progress:2025-03 covers 2025-01 to 2025-03.
    const workspace = loadWorkspace(join(ROOT, 'examples', 'ordos'));
    const covers = documentCovers(workspace.campaign, 'progress:2025-03');
    expect(covers).toEqual({ first: '2025-01', last: '2025-03' });
    expect(documentName('progress:2025-03', 'zh', covers)).toBe('2025年第一季度进展');
    expect(documentName('progress:2025-03', 'en', covers)).toBe('progress report for Q1 2025');
    expect(documentLabel('progress:2025-03', 'zh', covers)).toBe('2025年第一季度');
    // A monthly stretch's report keeps its month: progress:2022-07 covers July alone.
    const july = documentCovers(workspace.campaign, 'progress:2022-07');
    expect(documentName('progress:2022-07', 'zh', july)).toBe('2022年7月月度进展');
    expect(documentLabel('progress:2022-07', 'zh', july)).toBe('2022年7月');
    // Three months off the calendar's quarters are said as a range.
    expect(documentName('progress:2023-04', 'zh', { first: '2023-02', last: '2023-04' })).toBe('2023年2月至2023年4月进展');
    expect(documentCovers(workspace.campaign, 'plan')).toBeUndefined();
  });
  it('the status columns and score --explain name a quarterly report by its quarter, a monthly one by its month', () => {
    const state = analyze(loadWorkspace(join(ROOT, 'examples', 'ordos')), '2026-12-03', false, 'zh').state;
    const labels = Object.fromEntries(buildStatusReport(state, 'zh').columns.map((c) => [c.key, c.label]));
    expect([labels['progress:2022-07'], labels['progress:2025-03'], labels['progress:2025-12']]).toEqual(['2022年7月', '2025年第一季度', '2025年第四季度']);
    const explain = cli(['score', join(ROOT, 'examples', 'ordos'), '--as-of', '2026-12-03', '--quarter', '2025-Q1', '--unit', 'fgw', '--explain']);
    expect(explain.stdout).toContain('2025年第一季度进展');
    expect(explain.stdout).not.toContain('2025年3月月度进展');
  });
});

describe('the official order of units', () => {
  it('party departments, then government departments, institutions, vertical, other; each by order, then id', () => {
    const units = [
      { id: 'a-other', kind: 'other' },
      { id: 'b-gov', kind: 'government-department', order: 2 },
      { id: 'a-gov', kind: 'government-department' },
      { id: 'c-gov', kind: 'government-department', order: 1 },
      { id: 'z-party', kind: 'party-department' },
      { id: 'v', kind: 'vertical' },
      { id: 'i', kind: 'institution' },
      { id: 'broken', kind: 'government-department', order: '3' },
    ];
    expect(inOfficialOrder(units, (u) => u).map((u) => u.id)).toEqual(['z-party', 'c-gov', 'b-gov', 'a-gov', 'broken', 'i', 'v', 'a-other']);
    expect(compareOfficialOrder({ id: 'x' }, { id: 'x' })).toBe(0);
  });
  it('applies to every report, JSON included: the party department zzb before fgw although fgw < zzb', () => {
    const report = buildMonthlyReport(analyze(loadWorkspace(SOUND), SOUND_AS_OF, false, 'zh').state, '2022-05', false);
    expect(JSON.parse(JSON.stringify(report)).units.map((u: { unit: string }) => u.unit)).toEqual(['zzb', 'fgw']);
  });
  it('breaks ranking ties in the order the units come in (the official order)', () => {
    const list = [
      { unit: 'zzb', score: 90, rank: null },
      { unit: 'fgw', score: 90, rank: null },
      { unit: 'aaa', score: 95, rank: null },
    ];
    expect(rankScores(list).map((s) => [s.unit, s.rank])).toEqual([
      ['aaa', 1],
      ['zzb', 2],
      ['fgw', 2],
    ]);
  });
});
