import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../src/load/workspace.js';
import { analyze } from '../src/reports/analysis.js';
import { rankScores, round1, type UnitScore } from '../src/score/index.js';
import { wrongDirection } from '../src/score/indicators.js';
import { leadOver, standingOf } from '../src/score/standing.js';
import { expectedPercent, lineValue } from '../src/calendar/schedule.js';
import { quarterWindow, yearWindow, type Window } from '../src/calendar/window.js';
import { cli, fixture, SOUND } from './helpers.js';

/** Scores over `window` (default: cumulative, E = A) with documents counted up to `asOf`. */
function scores(dir: string, asOf: string, window?: Window): Map<string, UnitScore> {
  return new Map(analyze(loadWorkspace(dir), asOf, false, 'zh', window).scores.map((s) => [s.unit, s]));
}

const close = (value: number | null | undefined, expected: number) => expect(value).toBeCloseTo(expected, 9);

// The sound campaign (progress reports 2022-03 to 2022-05, due the 5th of the next month; 2022-04-05 is
// 清明, so March's is due 04-06). Every schedule starts on the plan deadline 2022-02-15, whenever the plan
// came in (DESIGN §5.1). Days from 02-15: → 03-31 is 44, → 04-30 is 74, → 05-31 is 105, → 10-31 is 258,
// → 12-31 is 319. A report counts once its due date has passed: March's from 04-07.
// Weights 15/15/30/30/10. Figures are kept at the precision --explain prints: shares and values to 4
// decimals, percents and points to 2.

describe('cumulative window, E = A = 2022-04-15 (sound campaign): D = 03-31, the March report', () => {
  const at = scores(SOUND, '2022-04-15');
  const fgw = at.get('fgw')!;
  const zzb = at.get('zzb')!;

  it('timeliness: benchmark, research, plan and March progress on time; April progress (due 05-05) not yet due, left out', () => {
    expect(fgw.components.timeliness.detail.map((t) => (t.kind === 'document' ? `${t.key}=${t.value}` : ''))).toEqual([
      'benchmark=1',
      'research=1',
      'plan=1',
      'progress:2022-03=1',
    ]);
    close(fgw.components.timeliness.score, 1);
  });

  it('execution at D = 03-31: m1 40 of 100 × 44/74 = 59.46 → 0.6727; m2 0 of 100 × 44/258 = 17.05 → 0; mean 0.3364', () => {
    const terms = fgw.components.execution.detail.map((t) => (t.kind === 'measure' ? [t.id, t.start, t.expected, t.actual, t.report, t.value] : []));
    expect(terms).toEqual([
      ['m1', '2022-02-15', 59.46, 40, 'progress:2022-03', 0.6727],
      ['m2', '2022-02-15', 17.05, 0, 'progress:2022-03', 0],
    ]);
    // (0.6727 + 0) / 2 = 0.33635 → 0.3364
    expect(fgw.components.execution.score).toBe(0.3364);
  });

  it('indicators at D = 03-31, expected 44/319 = 0.1379: invest-growth (9 − 8)/4.5 = 0.2222 → 1; approval-days (58 − 60)/(38 − 60) = 0.0909 → 0.6592', () => {
    const terms = fgw.components.indicators.detail.map((t) => (t.kind === 'indicator' ? [t.id, t.on, t.expected, t.current, t.achieved, t.value] : []));
    expect(terms).toEqual([
      ['invest-growth', '2022-03-31', 0.1379, 9, 0.2222, 1],
      // 0.0909 / 0.1379 = 0.65917
      ['approval-days', '2022-03-31', 0.1379, 58, 0.0909, 0.6592],
    ]);
    expect(fgw.components.indicators.score).toBe(0.8296);
  });

  it('exchange type by type: cadre-secondment ⌊2 × 44/319⌋ = 0 expected, one held → 1, but its weight is not assessable', () => {
    expect(fgw.components.exchange.detail[0]).toMatchObject({ kind: 'exchange', type: 'cadre-secondment', start: '2022-02-15', end: '2022-12-31', planned: 2, days: 44, span: 319, expected: 0, held: 1 });
    expect(fgw.components.exchange).toMatchObject({ score: 1, assessable: false });
  });

  it('score: 15 + 15 + 30 × 0.3364 + 30 × 0.8296 + 10 = 15 + 15 + 10.09 + 24.89 + 10 = 74.98 → 75.0, 合格; 90 of the weight assessable', () => {
    expect([fgw.components.execution.points, fgw.components.indicators.points]).toEqual([10.09, 24.89]);
    expect([fgw.base, fgw.score, fgw.grade, fgw.assessable]).toEqual([74.98, 75, '合格', 90]);
    expect(fgw.adjustments).toEqual({ entries: [], bonus: 0, penalty: 0, total: 0 });
  });

  it('a component that cannot be judged yet is null and left out of the weighted mean', () => {
    // zzb's exchange: ⌊1 × 44/319⌋ = 0 expected and none held by D (the talent exchange of 04-20 is after D): null.
    expect(zzb.components.exchange).toMatchObject({ score: null, points: null, weight: 10, reason: 'nothing-expected' });
    // m1 30 of 100 × 44/105 = 41.9 → 0.716; talent-inflow (330 − 300)/220 = 0.1364 of 0.1379 → 0.9891.
    expect([zzb.components.execution.score, zzb.components.indicators.score]).toEqual([0.716, 0.9891]);
    // Over 90: 100 × 15/90 = 16.67 twice, 100 × 30 × 0.716/90 = 23.87, 100 × 30 × 0.9891/90 = 32.97 → 90.18
    expect([zzb.base, zzb.score, zzb.grade]).toEqual([90.18, 90.2, '优秀']);
  });

  it('ranks by score', () => {
    expect([zzb.rank, fgw.rank]).toEqual([1, 2]);
  });
});

describe('quarter 2022-Q1 (sound campaign): the March report counts from the day after its due date', () => {
  it('at its close, 04-07, fgw is judged as on 04-15: 75.0', () => {
    const fgw = scores(SOUND, '2022-04-07', quarterWindow('2022-Q1')).get('fgw')!;
    expect([fgw.score, fgw.grade, fgw.rank]).toEqual([75, '合格', 2]);
  });
  it('on 04-06, the due date itself, no report can be read: only timeliness and compliance (30 of 100) are assessable — shown, not graded or ranked (I5)', () => {
    const fgw = scores(SOUND, '2022-04-06', quarterWindow('2022-Q1')).get('fgw')!;
    expect(fgw.components.execution).toMatchObject({ score: null, reason: 'no-report-due' });
    expect([fgw.score, fgw.assessable, fgw.grade, fgw.rank]).toEqual([100, 30, null, null]);
  });
});

describe('year 2022: W = the year, E = 12-31, A = 2023-02-01 (sound campaign): D = 12-31, the annual review', () => {
  const at = scores(SOUND, '2023-02-01', yearWindow(2022));
  const fgw = at.get('fgw')!;

  it('timeliness and compliance over the seven documents of 2022, annual/2022 (belongs to 12-31) included', () => {
    expect(fgw.components.timeliness.detail.map((t) => (t.kind === 'document' ? t.key : ''))).toEqual([
      'benchmark',
      'research',
      'plan',
      'progress:2022-03',
      'progress:2022-04',
      'progress:2022-05',
      'annual:2022',
    ]);
    close(fgw.components.timeliness.score, 1);
    close(fgw.components.compliance.score, 1);
  });

  it('execution: m1 and m2 done by the year-end review → 1 each; m3, planned from 2023-01-01, has not started', () => {
    expect(fgw.components.execution.detail.map((t) => (t.kind === 'measure' ? t.id : ''))).toEqual(['m1', 'm2']);
    close(fgw.components.execution.score, 1);
  });

  it('indicators are read where their frequency says: quarterly values come from March (the only quarter-end report); the review\'s year-end values never replace them', () => {
    expect(fgw.components.indicators.detail.map((t) => (t.kind === 'indicator' ? [t.id, t.report, t.current] : []))).toEqual([
      ['invest-growth', 'progress:2022-03', 9],
      ['approval-days', 'progress:2022-03', 58],
    ]);
    expect(fgw.components.indicators.score).toBe(0.8296);
  });

  it('exchange: cadre-secondment ⌊2 × 1⌋ = 2 expected, 2 held (03-15 in March, 09-10 in the review) → 1', () => {
    expect(fgw.components.exchange.detail[0]).toMatchObject({ type: 'cadre-secondment', expected: 2, held: 2, counted: 2 });
    expect(fgw.components.exchange.score).toBe(1);
  });

  it('score: 15 + 15 + 30 + 24.89 + 10 = 94.89, + 2 (dated 2022-09-01, within W) = 96.89 → 96.9', () => {
    expect([fgw.base, fgw.score, fgw.grade, fgw.adjustments.total]).toEqual([94.89, 96.9, '优秀', 2]);
  });

  it('zzb: 15 + 15 + 30 + 100 × 30 × 0.9891/100 = 29.67 + 10 = 99.67 → 99.7, rank 1', () => {
    const zzb = at.get('zzb')!;
    expect([zzb.base, zzb.score, zzb.grade, zzb.rank]).toEqual([99.67, 99.7, '优秀', 1]);
  });
});

describe('year 2023: nothing of 2022 carries over (sound campaign, A = 2024-02-01)', () => {
  const at = scores(SOUND, '2024-02-01', yearWindow(2023));
  const fgw = at.get('fgw')!;
  it('timeliness: the only document of 2023 is annual/2023, missing → 0; compliance: a missing document is not compliant → 0', () => {
    expect(fgw.components.timeliness.detail.map((t) => (t.kind === 'document' ? `${t.key}=${t.state}` : ''))).toEqual(['annual:2023=missing']);
    expect([fgw.components.timeliness.score, fgw.components.compliance.score]).toEqual([0, 0]);
  });
  it('execution: m1 and m2 were done in 2022 and leave; m3 (2023-01-01 → 06-30) expected 100, and the review it is read in is missing → 0', () => {
    expect(fgw.components.execution.detail.map((t) => (t.kind === 'measure' ? [t.id, t.expected, t.actual, t.report] : []))).toEqual([['m3', 100, 0, null]]);
    expect(fgw.components.execution.score).toBe(0);
  });
  it('exchange: nothing planned for 2023 → exchange_min 1 of any type, none held → 0; score 100 × 30 × 0.8296/100 = 24.89 → 24.9; the +2 of 2022 does not count', () => {
    expect(fgw.components.exchange.detail[0]).toMatchObject({ type: '*', source: 'annual:2022', start: '2023-01-01', end: '2023-12-31', planned: 1, expected: 1, held: 0 });
    expect([fgw.base, fgw.score, fgw.adjustments.total, fgw.assessable]).toEqual([24.89, 24.9, 0, 100]);
  });
});

describe('late credit', () => {
  it('a benchmark two days late counts 0.5: timeliness 3.5/4 = 0.875 → 13.13; 13.13 + 15 + 10.09 + 24.89 + 10 = 73.11 → 73.1', () => {
    const fgw = scores(fixture('benchmark-submitted-late'), '2022-04-15').get('fgw')!;
    expect(fgw.components.timeliness.score).toBe(0.875);
    expect([fgw.components.timeliness.points, fgw.score]).toEqual([13.13, 73.1]);
  });
  it('a missing document counts 0, and is not compliant', () => {
    const zzb = scores(fixture('plan-missing'), '2022-04-15').get('zzb')!;
    expect([zzb.components.timeliness.score, zzb.components.compliance.score]).toEqual([0.75, 0.75]);
  });
});

describe('adjustments and their caps, per window', () => {
  const year2022 = scores(fixture('adjustments-over-caps'), '2023-02-01', yearWindow(2022));
  const year2023 = scores(fixture('adjustments-over-caps'), '2024-02-01', yearWindow(2023));
  it('caps the bonus at 5: fgw 94.89 + min(3 + 4, 5) = 99.89 → 99.9', () => {
    const fgw = year2022.get('fgw')!;
    expect(fgw.adjustments).toMatchObject({ bonus: 5, penalty: 0, total: 5 });
    expect(fgw.score).toBe(99.9);
  });
  it('caps the penalty at 10 within 2022: zzb 99.67 − min(6 + 7, 10) = 89.67 → 89.7; its +1 of 2023-04-01 is outside 2022', () => {
    const zzb = year2022.get('zzb')!;
    expect(zzb.adjustments).toMatchObject({ bonus: 0, penalty: 10, total: -10 });
    expect(zzb.adjustments.entries).toHaveLength(2);
    expect([zzb.score, zzb.grade]).toEqual([89.7, '良好']);
  });
  it('in 2023 only the +1 of 2023-04-01 counts: zzb (15×0 + 15×0 + 30 × 0.9891 + 10×0)/70 = 42.39, + 1 = 43.4', () => {
    // annual/2023 missing → timeliness and compliance 0; m1 done in 2022 → execution null (all done before);
    // talent-inflow still read in March 2022 (its frequency's latest report) → 0.9891; annual/2022 plans 1
    // talent exchange for 2023, none held → 0.
    const zzb = year2023.get('zzb')!;
    expect(zzb.adjustments).toMatchObject({ bonus: 1, penalty: 0, total: 1 });
    expect(zzb.components.execution).toMatchObject({ score: null, reason: 'all-done-before' });
    expect([zzb.base, zzb.score]).toEqual([42.39, 43.4]);
  });
});

describe('domain weights', () => {
  it('reform-innovation weighs execution 40 and indicators 20: zzb 16.67 + 16.67 + 100 × 40 × 0.716/90 = 31.82 + 100 × 20 × 0.9891/90 = 21.98 → 87.14', () => {
    const zzb = scores(fixture('party-department-in-reform-innovation'), '2022-04-15').get('zzb')!;
    expect([zzb.components.execution.weight, zzb.components.indicators.weight]).toEqual([40, 20]);
    expect([zzb.base, zzb.score]).toEqual([87.14, 87.1]);
  });
});

describe('nothing to judge yet', () => {
  it('gives no score, no grade and no rank', () => {
    const fgw = scores(SOUND, '2022-01-01').get('fgw')!;
    expect(fgw).toMatchObject({ score: null, grade: null, rank: null, base: null });
  });
});

describe('ranks', () => {
  it('share a rank on equal scores at one decimal: 1, 2, 2, 4; no score, no rank', () => {
    const list = [
      { unit: 'a', score: 90, rank: null },
      { unit: 'b', score: 85.5, rank: null },
      { unit: 'c', score: 85.5, rank: null },
      { unit: 'd', score: 80, rank: null },
      { unit: 'e', score: null, rank: null },
    ];
    expect(rankScores(list).map((s) => [s.unit, s.rank])).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 2],
      ['d', 4],
      ['e', null],
    ]);
  });
  it('rank only units with min_assessable of the weight assessable, by their one-decimal score', () => {
    const list = [
      { unit: 'a', score: 95, rank: null, assessable: 30 },
      { unit: 'b', score: 85.5, rank: null, assessable: 90 },
      { unit: 'c', score: 60, rank: null, assessable: 50 },
    ];
    expect(rankScores(list, { min_assessable: 50 }).map((s) => [s.unit, s.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', null],
    ]);
  });
  it('rounds half up at one decimal, whatever the binary fraction', () => {
    expect([round1(84.45), round1(84.449), round1(0.05), round1(99.95)]).toEqual([84.5, 84.4, 0.1, 100]);
  });
});

describe('formulas', () => {
  const indicator = { id: 'x', name: 'x', unit: '%', direction: 'higher' as const, baseline: 10, benchmark: 20, target: 20 };
  it('a benchmark.yaml target that does not improve on its baseline is wrong-direction, equal included', () => {
    expect([wrongDirection('higher', 10, 9), wrongDirection('lower', 10, 11), wrongDirection('higher', 10, 10), wrongDirection('lower', 60, 40), wrongDirection('higher', 10, 11)]).toEqual([true, true, true, false, false]);
  });
  it('standing: following below −5%, abreast within 5%, leading above; lower is better negates; benchmark 0 uses the difference', () => {
    expect(standingOf(leadOver(indicator, 18.9), 0.05)).toBe('following');
    expect(standingOf(leadOver(indicator, 19), 0.05)).toBe('abreast');
    expect(standingOf(leadOver(indicator, 21), 0.05)).toBe('abreast');
    expect(standingOf(leadOver(indicator, 21.1), 0.05)).toBe('leading');
    expect(standingOf(leadOver({ ...indicator, direction: 'lower', benchmark: 40 }, 37), 0.05)).toBe('leading');
    expect(leadOver({ ...indicator, benchmark: 0 }, 0.3)).toBeCloseTo(0.3, 12);
  });
  it('expected percent: linear from start to due, 100 once due, 0 before start', () => {
    expect(expectedPercent('2022-01-01', '2022-01-11', '2022-01-06')).toBe(50);
    expect(expectedPercent('2022-01-01', '2022-01-11', '2022-01-11')).toBe(100);
    expect(expectedPercent('2022-01-01', '2022-01-11', '2021-12-31')).toBe(0);
  });
  it('expected percent through milestones: (01-01, 0) → (01-11, 10) → (01-31, 100)', () => {
    const milestones = [{ by: '2022-01-11', percent: 10 }];
    // 5 of the first 10 days: 0 + 10 × 5/10 = 5; on the milestone 10; 10 of the next 20 days: 10 + 90 × 10/20 = 55.
    expect(['2022-01-06', '2022-01-11', '2022-01-21', '2022-01-31'].map((d) => expectedPercent('2022-01-01', '2022-01-31', d, milestones))).toEqual([5, 10, 55, 100]);
  });
  it('a line through points: its first value before, its last after, read off the segment in between', () => {
    const points = [{ date: '2022-01-01', value: 8 }, { date: '2022-01-11', value: 9 }, { date: '2022-01-21', value: 12 }];
    expect(['2021-12-01', '2022-01-06', '2022-01-16', '2022-02-01'].map((d) => lineValue(points, d))).toEqual([8, 8.5, 10.5, 12]);
  });
});

describe('the README\'s worked example', () => {
  it('shows lines that `ebz score examples/ordos --quarter 2022-Q1 --unit fgw --as-of 2022-04-07 --explain` prints', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { cli, ROOT } = await import('./helpers.js');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /`ebz score examples\/ordos --quarter 2022-Q1 --unit fgw --as-of 2022-04-07 --explain` 列出每一项（节选，一季度结束时的情况）：\n\n```text\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const output = cli(['score', join(ROOT, 'examples', 'ordos'), '--quarter', '2022-Q1', '--unit', 'fgw', '--as-of', '2022-04-07', '--explain']).stdout;
    const lines = block![1]!.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(output).toContain(line);
  });
});

describe('score --explain says when the sum is clamped', () => {
  it('zzb 2022: weighted mean 99.67 + a bonus of 2 = 101.67, counted as 100', async () => {
    const { campaignWith, cli } = await import('./helpers.js');
    const dir = campaignWith({ 'adjustments.yaml': '- { unit: zzb, points: 2, date: 2022-09-01, reason: 人才工作获表扬 }\n' });
    const zh = cli(['score', dir, '--year', '2022', '--unit', 'zzb', '--explain']).stdout;
    expect(zh).toContain('得分 100.0（优秀，第 1 名）= 加权平均 99.67 + 加减分 +2。');
    expect(zh).toContain('加权平均 99.67 + 加减分 +2 = 101.67，按 100 计。');
    const en = cli(['score', dir, '--year', '2022', '--unit', 'zzb', '--explain', '--lang', 'en']).stdout;
    expect(en).toContain('Weighted mean 99.67 + adjustments +2 = 101.67, counted as 100.');
  });
});

describe('formula terms on small variations of the sound campaign', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { campaignWith } = await import('./helpers.js');
  const sound = (rel: string) => readFileSync(join(SOUND, rel), 'utf8');
  /** fgw's plan with one revision on 2022-07-01 that stops m2 and adds m4; `received` goes inside the revision (`submitted: …, `). */
  const revisedPlan = (received: string) =>
    sound('units/fgw/plan.yaml')
      .replace('    indicator: approval-days\n', '    indicator: approval-days\n    dropped: { date: 2022-07-01, reason: 并入自治区统一改革 }\n')
      .replace('exchanges:', [
        '  - id: m4',
        '    title: 建立项目要素保障专班',
        '    responsible: { unit: 项目科, person: 赵六 }',
        '    deliverable: 专班工作机制',
        '    due: 2022-12-31',
        '    quantity: { value: 1, unit: 个 }',
        '    added: 2022-07-01',
        'exchanges:',
      ].join('\n')) + `revisions:\n  - { date: 2022-07-01, ${received}summary: 增加措施 m4，停止措施 m2, approval: { by: 张三, role: leader-in-charge, date: 2022-06-30 } }\n`;

  it('compliance: the plan has an error (placeholder objective) → 3 of the 4 documents of 2022-Q1 are clean', () => {
    const fgw = scores(fixture('plan-objective-placeholder'), '2022-04-07', quarterWindow('2022-Q1')).get('fgw')!;
    expect(fgw.components.compliance.detail.map((t) => (t.kind === 'compliance' ? [t.key, t.value] : []))).toEqual([
      ['benchmark', 1],
      ['research', 1],
      ['plan', 0],
      ['progress:2022-03', 1],
    ]);
    close(fgw.components.compliance.score, 3 / 4);
  });

  it('a missing plan makes execution, indicators and exchange 0, not null: no unit gains by not submitting', () => {
    const zzb = scores(fixture('plan-missing'), '2022-04-15').get('zzb')!;
    for (const id of ['execution', 'indicators', 'exchange'] as const) {
      expect(zzb.components[id].score, id).toBe(0);
      expect(zzb.components[id].detail[0], id).toMatchObject({ kind: 'missing', key: 'plan' });
    }
  });

  it('a revision: a dropped measure leaves on its drop date, an added one starts on its added date', () => {
    const dir = campaignWith({ 'units/fgw/plan.yaml': revisedPlan('') });
    // Q2 at 07-01: D = 05-31 (May's report, due 06-06). m2 is dropped only on 07-01: still in play (50 of
    // 100 × 105/258 = 40.7 → 1); m4 starts 07-01, after D.
    const q2 = scores(dir, '2022-07-01', quarterWindow('2022-Q2')).get('fgw')!;
    expect(q2.components.execution.detail.map((t) => (t.kind === 'measure' ? [t.id, t.expected, t.actual] : []))).toEqual([
      ['m1', 100, 100],
      ['m2', 40.7, 50],
    ]);
    // 2022 (D = 12-31): m2 was dropped on 07-01; m4 runs 07-01 → 12-31, expected 100, not in the review → 0.
    const year = scores(dir, '2023-02-01', yearWindow(2022)).get('fgw')!;
    expect(year.components.execution.detail.map((t) => (t.kind === 'measure' ? [t.id, t.start, t.startsFrom, t.expected, t.actual, t.status] : t.kind === 'dropped' ? [t.id, t.date, t.reason] : []))).toEqual([
      ['m1', '2022-02-15', 'plan-deadline', 100, 100, 'done'],
      ['m2', '2022-07-01', '并入自治区统一改革'],
      ['m4', '2022-07-01', 'added', 100, 0, 'unreported'],
    ]);
    const explain = cli(['score', dir, '--year', '2022', '--as-of', '2023-02-01', '--unit', 'fgw', '--explain']).stdout;
    expect(explain).toContain('推行并联审批：经方案调整于 2022年7月1日 停止执行（并入自治区统一改革），自该日起不计入。');
    expect(explain).toContain('建立项目要素保障专班：2022年7月1日（方案调整新增）起，2022年12月31日完成。');
    expect(year.components.execution.score).toBe(0.5);
  });

  it('a revision received after its date is in force from the day it came in, and as of an earlier day does not exist', () => {
    const dir = campaignWith({ 'units/fgw/plan.yaml': revisedPlan('submitted: 2022-07-20, ') });
    // As of 07-10 the office has not received the revision: m2 still runs, m4 does not exist.
    const before = scores(dir, '2022-07-10').get('fgw')!;
    expect(before.components.execution.detail.map((t) => (t.kind === 'measure' || t.kind === 'dropped' ? `${t.kind}:${t.id}` : ''))).toEqual(['measure:m1', 'measure:m2']);
    // 2022, as of 2023-02-01: m2 leaves and m4 starts on 07-20, the later of the revision's date and its receipt.
    const year = scores(dir, '2023-02-01', yearWindow(2022)).get('fgw')!;
    expect(year.components.execution.detail.map((t) => (t.kind === 'measure' ? [t.id, t.start] : t.kind === 'dropped' ? [t.id, t.date] : []))).toEqual([
      ['m1', '2022-02-15'],
      ['m2', '2022-07-20'],
      ['m4', '2022-07-20'],
    ]);
  });

  it('the yearly update: a 2023 target from the value due for 2022, a held level, a new indicator, planned exchanges type by type', () => {
    // Yearly indicators (frequency: year) are read in the annual reviews.
    const benchmark = sound('units/fgw/benchmark.yaml').replace('target: 12.5 }', 'target: 12.5, frequency: year }').replace('target: 38 }', 'target: 38, frequency: year }');
    const annual2022 =
      sound('units/fgw/annual/2022.yaml') +
      [
        'targets:',
        '  - { id: invest-growth, target: 12.0 }',
        '  - { id: approval-days, target: 45 }',
        'new_indicators:',
        '  - { id: park-output, name: 园区产值, unit: 亿元, direction: higher, baseline: 100, benchmark: 150, target: 140, frequency: year }',
        'exchanges_planned:',
        '  - { type: cadre-secondment, planned: 2 }',
      ].join('\n') +
      '\n';
    const annual2023 = [
      'unit: fgw',
      'year: 2023',
      'submitted: 2024-01-20',
      'measures:',
      '  - { id: m3, status: done, percent: 100 }',
      'indicators:',
      '  - { id: invest-growth, value: 11.5 }',
      '  - { id: approval-days, value: 40 }',
      '  - { id: park-output, value: 130 }',
      'exchanges:',
      '  - { type: cadre-secondment, date: 2023-05-10, count: 1, description: 选派干部挂职。 }',
      '',
    ].join('\n');
    const dir = campaignWith({ 'units/fgw/benchmark.yaml': benchmark, 'units/fgw/annual/2022.yaml': annual2022, 'units/fgw/annual/2023.yaml': annual2023 });
    const fgw = scores(dir, '2024-02-01', yearWindow(2023)).get('fgw')!;
    const terms = fgw.components.indicators.detail.map((t) => (t.kind === 'indicator' ? [t.id, t.source, t.baseline, t.baselineFrom, t.target, t.current, t.rule, t.value] : []));
    // invest-growth: baseline = the value due for 2022 (annual/2022: 11.0), target 12.0: (11.5 − 11)/(12 − 11) = 0.5 of an expected 1.
    // approval-days (lower is better): 2022's 42, target 45 holds a level below it: 40 is at least as good as 45 → 1.
    // park-output: new, its own baseline 100 and target 140: (130 − 100)/40 = 0.75.
    expect(terms).toEqual([
      ['invest-growth', 'annual:2022', 11, 'annual:2022', 12, 11.5, 'share', 0.5],
      ['approval-days', 'annual:2022', 42, 'annual:2022', 45, 40, 'hold', 1],
      ['park-output', 'annual:2022', 100, 'own', 140, 130, 'share', 0.75],
    ]);
    expect(fgw.components.indicators.score).toBe(0.75);
    // Exchange: annual/2022 plans 2 cadre secondments for 2023; one held on 2023-05-10: 1 ÷ ⌊2 × 1⌋ = 0.5.
    expect(fgw.components.exchange.detail[0]).toMatchObject({ type: 'cadre-secondment', source: 'annual:2022', start: '2023-01-01', end: '2023-12-31', planned: 2, expected: 2, held: 1, value: 0.5 });
  });
});

describe('execution waits for the first progress report to be due', () => {
  it('on 2022-04-01 (March progress due 2022-04-06 after 清明) no report is due: execution —; from 2022-04-07 it is judged', () => {
    // A punctual unit reports March's work on the due date in April: scoring it on 2022-04-01 against the
    // schedule of 2022-03-31 would mark every measure 0.
    const early = JSON.parse(cli(['score', SOUND, '--as-of', '2022-04-01', '--format', 'json']).stdout);
    expect(early.evidenceOn).toBeNull();
    expect(early.units.map((u: { unit: string; components: { execution: { score: number | null } } }) => [u.unit, u.components.execution.score])).toEqual([
      ['zzb', null],
      ['fgw', null],
    ]);
    const due = JSON.parse(cli(['score', SOUND, '--as-of', '2022-04-07', '--format', 'json']).stdout);
    for (const u of due.units) expect(u.components.execution.score, u.unit).not.toBeNull();
  });
});
