import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../src/load/workspace.js';
import { analyze } from '../src/reports/analysis.js';
import { rankScores, round1, type UnitScore } from '../src/score/index.js';
import { achievedShare, wrongDirection } from '../src/score/components.js';
import { leadOver, standingOf } from '../src/score/standing.js';
import { expectedPercent } from '../src/calendar/schedule.js';
import { quarterWindow, yearWindow, type Window } from '../src/calendar/window.js';
import { cli, fixture, SOUND } from './helpers.js';

/** Scores over `window` (default: cumulative, E = A) with documents counted up to `asOf`. */
function scores(dir: string, asOf: string, window?: Window): Map<string, UnitScore> {
  return new Map(analyze(loadWorkspace(dir), asOf, false, 'zh', window).scores.map((s) => [s.unit, s]));
}

const close = (value: number | null | undefined, expected: number) => expect(value).toBeCloseTo(expected, 9);

// The sound campaign: fgw's plan submitted 2022-02-14, zzb's 2022-02-15; the reach phase ends 2022-12-31.
// Days: 02-14 → 03-31 is 45, → 04-15 is 60, → 04-30 is 75, → 10-31 is 259, → 12-31 is 320.
//       02-15 → 03-31 is 44, → 04-15 is 59, → 05-31 is 105, → 12-31 is 319.

describe('cumulative window, E = A = 2022-04-15 (sound campaign)', () => {
  const at = scores(SOUND, '2022-04-15');
  const fgw = at.get('fgw')!;
  const zzb = at.get('zzb')!;

  it('timeliness: benchmark, research, plan and March progress on time; April progress (due 05-05) pending, left out', () => {
    expect(fgw.components.timeliness.detail.map((t) => (t.kind === 'document' ? `${t.key}=${t.value}` : ''))).toEqual([
      'benchmark=1',
      'research=1',
      'plan=1',
      'progress:2022-03=1',
    ]);
    close(fgw.components.timeliness.score, 1);
  });

  it('execution: m1 40 of an expected 80 (60 of 75 days), m2 0 of an expected 23.2 (60 of 259 days)', () => {
    // m1: expected 100 × 60/75 = 80; March says 40 → 0.5. m2: expected 100 × 60/259; not started → 0.
    // The April report (submitted 2022-05-05, m1 done) does not exist yet as of 2022-04-15.
    const terms = fgw.components.execution.detail.map((t) => (t.kind === 'measure' ? [t.id, t.expected, t.actual, t.value] : []));
    expect(terms[0]).toEqual(['m1', 80, 40, 0.5]);
    expect(terms[1]![0]).toBe('m2');
    close(terms[1]![1] as number, (100 * 60) / 259);
    expect(terms[1]!.slice(2)).toEqual([0, 0]);
    close(fgw.components.execution.score, 0.25);
  });

  it('indicators along the trajectory: invest-growth achieved (9 − 8)/(12.5 − 8) = 0.222 of an expected 60/320 = 0.1875 → 1.185, clamped to 1', () => {
    const [growth, days] = fgw.components.indicators.detail;
    expect(growth).toMatchObject({ kind: 'indicator', id: 'invest-growth', start: '2022-02-14', end: '2022-12-31', current: 9, skipped: null, value: 1 });
    if (growth?.kind !== 'indicator') throw new Error('indicator term');
    close(growth.expected, 60 / 320);
    close(growth.achieved, 1 / 4.5);
    // approval-days: no value reported since the plan: listed, not assessed.
    expect(days).toMatchObject({ id: 'approval-days', current: null, value: null, skipped: 'no-value' });
    close(fgw.components.indicators.score, 1);
  });

  it('exchange: expected 2 × 60/320 = 0.375 < 1, and one is held → 1', () => {
    const [term] = fgw.components.exchange.detail;
    expect(term).toMatchObject({ kind: 'exchange', start: '2022-02-14', end: '2022-12-31', planned: 2, held: 1, value: 1 });
    close(fgw.components.exchange.score, 1);
  });

  it('score: 15×1 + 15×1 + 30×0.25 + 30×1 + 10×1 = 77.5, 合格; the +2 of 2022-09-01 lies after A', () => {
    close(fgw.base, 77.5);
    expect([fgw.score, fgw.grade]).toEqual([77.5, '合格']);
    expect(fgw.adjustments).toEqual({ entries: [], bonus: 0, penalty: 0, total: 0 });
  });

  it('a component that cannot be judged is null and left out of the weighted mean', () => {
    // zzb reported no indicator value by 2022-04-15; exchange expected 1 × 59/319 < 1 and none held: null.
    expect(zzb.components.indicators).toMatchObject({ score: null, points: null, weight: 30 });
    expect(zzb.components.exchange).toMatchObject({ score: null, points: null, weight: 10 });
    // m1: 2022-02-15 → 2022-05-31 is 105 days, 59 gone: expected 100 × 59/105 = 56.19; March says 30 → 0.5339.
    const execution = 30 / ((100 * 59) / 105);
    close(zzb.components.execution.score, execution);
    // (15×1 + 15×1 + 30×0.5339) / 60 × 100 = 76.69
    close(zzb.base, (100 * (30 + 30 * execution)) / 60);
    expect([zzb.score, zzb.grade]).toEqual([76.7, '合格']);
  });

  it('ranks by score', () => {
    expect([zzb.rank, fgw.rank]).toEqual([2, 1]);
  });
});

describe('quarter 2022-Q1: W = 01-01…03-31, E = 03-31, A = 04-06 (sound campaign)', () => {
  const at = scores(SOUND, '2022-04-06', quarterWindow('2022-Q1'));
  it('fgw: m1 40 of 100×45/75 = 60 → 0.667, m2 0 of 17.4 → 0; indicator 0.222 / (45/320) → 1; exchange 2×45/320 < 1, one held → 1: 80.0', () => {
    const fgw = at.get('fgw')!;
    close(fgw.components.execution.score, (40 / 60 + 0) / 2);
    close(fgw.components.indicators.score, 1);
    close(fgw.components.exchange.score, 1);
    // 15 + 15 + 30 × 1/3 + 30 + 10 = 80
    expect([fgw.score, fgw.grade]).toEqual([80, '良好']);
  });
  it('zzb: m1 30 of 100×44/105 = 41.9 → 0.716; indicators and exchange not yet judged: (30 + 30×0.716)/60 = 85.8', () => {
    const zzb = at.get('zzb')!;
    const execution = 30 / ((100 * 44) / 105);
    close(zzb.components.execution.score, execution);
    close(zzb.base, (100 * (30 + 30 * execution)) / 60);
    expect(zzb.score).toBe(85.8);
  });
});

describe('year 2022: W = the year, E = 12-31, A = 2023-02-01 (sound campaign)', () => {
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

  it('execution: m1 and m2 done by the year-end review → 1 each; m3, planned from 2023-01-01, is not in play', () => {
    expect(fgw.components.execution.detail.map((t) => (t.kind === 'measure' ? t.id : ''))).toEqual(['m1', 'm2']);
    close(fgw.components.execution.score, 1);
  });

  it('indicators at the end of the trajectory (expected 1): (11 − 8)/4.5 = 0.667 and (42 − 60)/(38 − 60) = 0.818', () => {
    close(fgw.components.indicators.score, (3 / 4.5 + 18 / 22) / 2);
  });

  it('exchange: 2 of 2 planned held (03-15 in March progress, 09-10 in the review) → 1', () => {
    close(fgw.components.exchange.score, 1);
  });

  it('score: 15 + 15 + 30 + 30 × 0.742 + 10 = 92.27, + 2 (dated 2022-09-01, within W) = 94.3', () => {
    close(fgw.base, 15 + 15 + 30 + 15 * (3 / 4.5 + 18 / 22) + 10);
    expect([fgw.score, fgw.grade, fgw.adjustments.total]).toEqual([94.3, '优秀', 2]);
  });

  it('zzb: talent-inflow 530 past its target 520 → achieved 230/220, clamped to 1: 100.0, 优秀', () => {
    const zzb = at.get('zzb')!;
    close(zzb.components.indicators.score, 1);
    expect([zzb.score, zzb.grade, zzb.rank]).toEqual([100, '优秀', 1]);
  });
});

describe('year 2023: nothing of 2022 carries over (sound campaign, A = 2024-02-01)', () => {
  const at = scores(SOUND, '2024-02-01', yearWindow(2023));
  const fgw = at.get('fgw')!;
  it('timeliness: the only document of 2023 is annual/2023, missing → 0; compliance: none submitted → null', () => {
    expect(fgw.components.timeliness.detail.map((t) => (t.kind === 'document' ? `${t.key}=${t.state}` : ''))).toEqual(['annual:2023=missing']);
    close(fgw.components.timeliness.score, 0);
    expect(fgw.components.compliance.score).toBeNull();
  });
  it('execution: m1 and m2 were done in 2022 and leave; m3 (2023-01-01 → 06-30) expected 100, never reported → 0', () => {
    expect(fgw.components.execution.detail.map((t) => (t.kind === 'measure' ? [t.id, t.expected, t.actual] : []))).toEqual([['m3', 100, 0]]);
    close(fgw.components.execution.score, 0);
  });
  it('indicators keep the last trajectory and must hold its target; exchange: nothing planned for 2023 → exchange_min 1, none held → 0', () => {
    close(fgw.components.indicators.score, (3 / 4.5 + 18 / 22) / 2);
    expect(fgw.components.exchange.detail[0]).toMatchObject({ start: '2023-01-01', end: '2023-12-31', planned: 1, minimum: true, held: 0, value: 0 });
    // (15×0 + 30×0 + 30×0.742 + 10×0) / 85 × 100 = 26.2; the +2 of 2022 does not count
    close(fgw.base, (100 * 15 * (3 / 4.5 + 18 / 22)) / 85);
    expect([fgw.score, fgw.adjustments.total]).toEqual([26.2, 0]);
  });
});

describe('late credit', () => {
  it('a benchmark two days late counts 0.5', () => {
    const fgw = scores(fixture('benchmark-submitted-late'), '2022-04-15').get('fgw')!;
    close(fgw.components.timeliness.score, (0.5 + 1 + 1 + 1) / 4);
    // 15×0.875 + 15 + 7.5 + 30 + 10 = 75.625 → 75.6
    expect(fgw.score).toBe(75.6);
  });
  it('a missing document counts 0', () => {
    const zzb = scores(fixture('plan-missing'), '2022-04-15').get('zzb')!;
    close(zzb.components.timeliness.score, 3 / 4);
  });
});

describe('adjustments and their caps, per window', () => {
  const year2022 = scores(fixture('adjustments-over-caps'), '2023-02-01', yearWindow(2022));
  const year2023 = scores(fixture('adjustments-over-caps'), '2024-02-01', yearWindow(2023));
  it('caps the bonus at 5: fgw 92.27 + min(3 + 4, 5) = 97.3', () => {
    const fgw = year2022.get('fgw')!;
    expect(fgw.adjustments).toMatchObject({ bonus: 5, penalty: 0, total: 5 });
    expect(fgw.score).toBe(97.3);
  });
  it('caps the penalty at 10 within 2022: zzb 100 − min(6 + 7, 10) = 90.0; its +1 of 2023-04-01 is outside 2022', () => {
    const zzb = year2022.get('zzb')!;
    expect(zzb.adjustments).toMatchObject({ bonus: 0, penalty: 10, total: -10 });
    expect(zzb.adjustments.entries).toHaveLength(2);
    expect([zzb.score, zzb.grade]).toEqual([90, '优秀']);
  });
  it('in 2023 only the +1 of 2023-04-01 counts: zzb (15×0 + 30×1 + 10×0)/55 = 54.55, + 1 = 55.5', () => {
    // annual/2023 missing → timeliness 0; m1 done in 2022 → execution null; talent-inflow holds its target → 1;
    // exchange: exchange_min 1 for 2023, none held → 0.
    const zzb = year2023.get('zzb')!;
    expect(zzb.adjustments).toMatchObject({ bonus: 1, penalty: 0, total: 1 });
    expect(zzb.components.execution.score).toBeNull();
    close(zzb.base, (100 * 30) / 55);
    expect(zzb.score).toBe(55.5);
  });
});

describe('domain weights', () => {
  it('reform-innovation weighs execution 40 and indicators 20: zzb (30 + 40×e) / 70', () => {
    const zzb = scores(fixture('party-department-in-reform-innovation'), '2022-04-15').get('zzb')!;
    const execution = 30 / ((100 * 59) / 105);
    expect(zzb.components.execution.weight).toBe(40);
    expect(zzb.components.indicators.weight).toBe(20);
    // indicators and exchange not judged: (15 + 15 + 40 × 0.5339) / 70 × 100 = 73.37
    close(zzb.base, (100 * (30 + 40 * execution)) / 70);
    expect(zzb.score).toBe(73.4);
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
  it('rounds half up at one decimal, whatever the binary fraction', () => {
    expect([round1(84.45), round1(84.449), round1(0.05), round1(99.95)]).toEqual([84.5, 84.4, 0.1, 100]);
  });
});

describe('formulas', () => {
  const indicator = { id: 'x', name: 'x', unit: '%', direction: 'higher' as const, baseline: 10, benchmark: 20, target: 20 };
  it('achieved share: unclamped, either direction; target = baseline: 1 if at least as good, else 0; wrong-side targets', () => {
    // (15 − 10)/(20 − 10) = 0.5; (5 − 10)/10 = −0.5; (25 − 10)/10 = 1.5; lower: (50 − 60)/(40 − 60) = 0.5
    expect(achievedShare('higher', 10, 20, 15)).toBe(0.5);
    expect(achievedShare('higher', 10, 20, 5)).toBe(-0.5);
    expect(achievedShare('higher', 10, 20, 25)).toBe(1.5);
    expect(achievedShare('lower', 60, 40, 50)).toBe(0.5);
    expect(achievedShare('higher', 10, 10, 10)).toBe(1);
    expect(achievedShare('higher', 10, 10, 9)).toBe(0);
    expect(achievedShare('lower', 10, 10, 9)).toBe(1);
    expect([wrongDirection('higher', 10, 9), wrongDirection('lower', 10, 11), wrongDirection('higher', 10, 10), wrongDirection('lower', 60, 40)]).toEqual([true, true, false, false]);
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
});

describe('the README\'s worked example', () => {
  it('shows lines that `ebz score examples/ordos --quarter 2022-Q1 --unit fgw --explain` prints', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { cli, ROOT } = await import('./helpers.js');
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const block = /`ebz score examples\/ordos --quarter 2022-Q1 --unit fgw --explain` 列出每一项（节选）：\n\n```text\n([\s\S]*?)```/.exec(readme);
    expect(block).not.toBeNull();
    const output = cli(['score', join(ROOT, 'examples', 'ordos'), '--quarter', '2022-Q1', '--unit', 'fgw', '--explain']).stdout;
    const lines = block![1]!.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(output).toContain(line);
  });
});

describe('score --explain says when the sum is clamped', () => {
  it('zzb 2022: weighted mean 100 + a bonus of 2 = 102, counted as 100', async () => {
    const { campaignWith, cli } = await import('./helpers.js');
    const dir = campaignWith({ 'adjustments.yaml': '- { unit: zzb, points: 2, date: 2022-09-01, reason: 人才工作获表扬 }\n' });
    const zh = cli(['score', dir, '--year', '2022', '--unit', 'zzb', '--explain']).stdout;
    expect(zh).toContain('得分 100.0（优秀，第 1 名）= 加权平均 100 + 加减分 +2');
    expect(zh).toContain('加权平均 100 + 加减分 +2 = 102，按 100 计。');
    const en = cli(['score', dir, '--year', '2022', '--unit', 'zzb', '--explain', '--lang', 'en']).stdout;
    expect(en).toContain('Weighted mean 100 + adjustments +2 = 102, counted as 100.');
  });
});

describe('formula terms on small variations of the sound campaign', async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { campaignWith } = await import('./helpers.js');
  const sound = (rel: string) => readFileSync(join(SOUND, rel), 'utf8');

  it('compliance: the plan has an error (placeholder objective) → 3 of the 4 documents of 2022-Q1 are clean', () => {
    const fgw = scores(fixture('plan-objective-placeholder'), '2022-04-06', quarterWindow('2022-Q1')).get('fgw')!;
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
    const plan =
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
        ].join('\n')) + 'revisions:\n  - { date: 2022-07-01, summary: 增加措施 m4，停止措施 m2, approval: { by: 张三, role: leader-in-charge, date: 2022-06-30 } }\n';
    const dir = campaignWith({ 'units/fgw/plan.yaml': plan });
    // Q2 (E = 06-30): m2 still in play (50 of 100 × 136/259 = 52.5), m4 not started yet.
    const q2 = scores(dir, '2022-07-01', quarterWindow('2022-Q2')).get('fgw')!;
    expect(q2.components.execution.detail.map((t) => (t.kind === 'measure' ? t.id : ''))).toEqual(['m1', 'm2']);
    // 2022 (E = 12-31): m2 was dropped on 07-01; m4 runs 07-01 → 12-31, expected 100, never reported → 0.
    const year = scores(dir, '2023-02-01', yearWindow(2022)).get('fgw')!;
    expect(year.components.execution.detail.map((t) => (t.kind === 'measure' ? [t.id, t.start, t.expected, t.actual] : []))).toEqual([
      ['m1', '2022-02-14', 100, 100],
      ['m4', '2022-07-01', 100, 0],
    ]);
    close(year.components.execution.score, 1 / 2);
  });

  it('the yearly update: a 2023 target from the latest 2022 value, a new indicator, planned exchanges, a wrong-side target left out', () => {
    const annual2022 =
      sound('units/fgw/annual/2022.yaml') +
      [
        'targets:',
        '  - { id: invest-growth, target: 12.0 }',
        '  - { id: approval-days, target: 45 }',
        'new_indicators:',
        '  - { id: park-output, name: 园区产值, unit: 亿元, direction: higher, baseline: 100, benchmark: 150, target: 140 }',
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
      'ongoing: [m3]',
      '',
    ].join('\n');
    const dir = campaignWith({ 'units/fgw/annual/2022.yaml': annual2022, 'units/fgw/annual/2023.yaml': annual2023 });
    const fgw = scores(dir, '2024-02-01', yearWindow(2023)).get('fgw')!;
    const terms = fgw.components.indicators.detail.map((t) => (t.kind === 'indicator' ? [t.id, t.start, t.end, t.baseline, t.target, t.current, t.achieved, t.skipped] : []));
    // invest-growth: baseline = the latest 2022 value (annual 11.0), target 12.0: achieved (11.5 − 11)/(12 − 11) = 0.5, expected 1.
    // approval-days (lower is better): latest 2022 value 42, target 45 lies on the wrong side: left out.
    // park-output: new, its own baseline 100 and target 140: (130 − 100)/40 = 0.75.
    expect(terms).toEqual([
      ['invest-growth', '2023-01-01', '2023-12-31', 11, 12, 11.5, 0.5, null],
      ['approval-days', '2023-01-01', '2023-12-31', 42, 45, 40, null, 'wrong-direction'],
      ['park-output', '2023-01-01', '2023-12-31', 100, 140, 130, 0.75, null],
    ]);
    close(fgw.components.indicators.score, (0.5 + 0.75) / 2);
    // Exchange: annual/2022 plans 2 for 2023; one held on 2023-05-10: min(1, 1 ÷ 2) = 0.5.
    expect(fgw.components.exchange.detail[0]).toMatchObject({ start: '2023-01-01', end: '2023-12-31', planned: 2, minimum: false, held: 1, value: 0.5 });
  });
});

describe('execution waits for the first progress report to be due', () => {
  it('on 2022-04-01 (March progress due 2022-04-06 after 清明) no status can have come in: execution —; on 2022-04-07 it is judged', () => {
    // A punctual unit reports March's work on the due date in April: scoring it on 2022-04-01 against the
    // schedule of 2022-03-31 would mark every measure 0.
    const early = JSON.parse(cli(['score', SOUND, '--as-of', '2022-04-01', '--format', 'json']).stdout);
    expect(early.units.map((u: { unit: string; components: { execution: { score: number | null } } }) => [u.unit, u.components.execution.score])).toEqual([
      ['zzb', null],
      ['fgw', null],
    ]);
    const due = JSON.parse(cli(['score', SOUND, '--as-of', '2022-04-07', '--format', 'json']).stdout);
    for (const u of due.units) expect(u.components.execution.score, u.unit).not.toBeNull();
  });
});
