import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../src/load/workspace.js';
import { analyze } from '../src/reports/analysis.js';
import { rankScores, round1, type UnitScore } from '../src/score/index.js';
import { gapClosure } from '../src/score/components.js';
import { leadOver, standingOf } from '../src/score/standing.js';
import { expectedPercent } from '../src/calendar/schedule.js';
import { fixture, SOUND } from './helpers.js';

function scores(dir: string, asOf: string): Map<string, UnitScore> {
  return new Map(analyze(loadWorkspace(dir), asOf, false, 'zh').scores.map((s) => [s.unit, s]));
}

const close = (value: number | null | undefined, expected: number) => expect(value).toBeCloseTo(expected, 9);

describe('the five components, by hand (sound campaign as of 2022-04-15)', () => {
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
    // m1: 2022-02-14 → 2022-04-30 is 75 days; to 2022-04-15 is 60: expected 80; March says 40 → 0.5.
    // m2: 2022-02-14 → 2022-10-31 is 259 days: expected 100 × 60 / 259; not started → 0.
    // The April report (submitted 2022-05-05, m1 done) does not exist yet as of 2022-04-15.
    const terms = fgw.components.execution.detail.map((t) => (t.kind === 'measure' ? [t.id, t.expected, t.actual, t.value] : []));
    expect(terms[0]).toEqual(['m1', 80, 40, 0.5]);
    expect(terms[1]![0]).toBe('m2');
    close(terms[1]![1] as number, (100 * 60) / 259);
    expect(terms[1]!.slice(2)).toEqual([0, 0]);
    close(fgw.components.execution.score, 0.25);
  });

  it('indicators: invest-growth 8 → 9 of a way to 12.5 closes 1/4.5; approval-days not reported yet, left out', () => {
    close(fgw.components.indicators.score, 1 / 4.5);
    expect(fgw.components.indicators.detail).toHaveLength(1);
  });

  it('exchange: 1 secondment held of 2 planned', () => {
    close(fgw.components.exchange.score, 0.5);
  });

  it('score: 15×1 + 15×1 + 30×0.25 + 30×(1/4.5) + 10×0.5 = 49.17 → 49.2, 不合格; the +2 of 2022-09-01 is not yet counted', () => {
    close(fgw.base, 15 + 15 + 7.5 + 30 / 4.5 + 5);
    expect(fgw.score).toBe(49.2);
    expect(fgw.grade).toBe('不合格');
    expect(fgw.adjustments).toEqual({ entries: [], bonus: 0, penalty: 0, total: 0 });
  });

  it('a component that cannot be judged is null, shown nowhere as 0, and left out of the weighted mean', () => {
    // zzb reported no indicator value by 2022-04-15, and held no exchange yet (0 of 1 planned).
    expect(zzb.components.indicators).toMatchObject({ score: null, points: null, weight: 30 });
    // m1: 2022-02-15 → 2022-05-31 is 105 days, 59 of them gone: expected 100 × 59/105; March says 30.
    const execution = 30 / ((100 * 59) / 105);
    close(zzb.components.execution.score, execution);
    // (15×1 + 15×1 + 30×execution + 10×0) / 70 × 100 = 65.74
    close(zzb.base, (100 * (30 + 30 * execution)) / 70);
    expect(zzb.score).toBe(65.7);
    expect(zzb.grade).toBe('合格');
  });

  it('ranks by score', () => {
    expect([zzb.rank, fgw.rank]).toEqual([1, 2]);
  });
});

describe('the whole year (sound campaign as of 2023-03-01)', () => {
  const at = scores(SOUND, '2023-03-01');

  it('fgw: execution (1 + 1 + 0)/3 with the new measure m3 expected 59/180 and never reported; indicators (3/4.5 + 18/22)/2', () => {
    const fgw = at.get('fgw')!;
    close(fgw.components.execution.score, 2 / 3);
    close(fgw.components.indicators.score, (3 / 4.5 + 18 / 22) / 2);
    // exchanges: one in the March progress and one in the annual review, 2 of 2 planned.
    close(fgw.components.exchange.score, 1);
    close(fgw.base, 15 + 15 + 20 + 15 * (3 / 4.5 + 18 / 22) + 10);
    // 82.27 + 2 (2022-09-01) = 84.27 → 84.3, 良好
    expect([fgw.score, fgw.grade, fgw.adjustments.total]).toEqual([84.3, '良好', 2]);
  });

  it('zzb: talent-inflow past its target counts as closed (clamped to 1): 100.0, 优秀', () => {
    const zzb = at.get('zzb')!;
    close(zzb.components.indicators.score, 1);
    expect([zzb.score, zzb.grade, zzb.rank]).toEqual([100, '优秀', 1]);
  });
});

describe('late credit', () => {
  it('a benchmark two days late counts 0.5', () => {
    const fgw = scores(fixture('benchmark-submitted-late'), '2022-04-15').get('fgw')!;
    close(fgw.components.timeliness.score, (0.5 + 1 + 1 + 1) / 4);
    // 15×0.875 + 15 + 7.5 + 30/4.5 + 5 = 47.29 → 47.3
    expect(fgw.score).toBe(47.3);
  });
  it('a missing document counts 0', () => {
    const zzb = scores(fixture('plan-missing'), '2022-04-15').get('zzb')!;
    close(zzb.components.timeliness.score, 3 / 4);
  });
});

describe('adjustments and their caps', () => {
  const at = scores(fixture('adjustments-over-caps'), '2023-03-01');
  it('caps the bonus at 5: fgw 82.27 + min(3 + 4, 5) = 87.3', () => {
    const fgw = at.get('fgw')!;
    expect(fgw.adjustments).toMatchObject({ bonus: 5, penalty: 0, total: 5 });
    expect(fgw.score).toBe(87.3);
  });
  it('caps the penalty at 10 and counts only adjustments dated by the as-of date: zzb 100 − min(6 + 7, 10) = 90.0', () => {
    const zzb = at.get('zzb')!;
    expect(zzb.adjustments).toMatchObject({ bonus: 0, penalty: 10, total: -10 });
    expect(zzb.adjustments.entries).toHaveLength(2);
    expect([zzb.score, zzb.grade]).toEqual([90, '优秀']);
  });
});

describe('domain weights', () => {
  it('reform-innovation weighs execution 40 and indicators 20: zzb (30 + 40×e) / 80', () => {
    const zzb = scores(fixture('party-department-in-reform-innovation'), '2022-04-15').get('zzb')!;
    const execution = 30 / ((100 * 59) / 105);
    expect(zzb.components.execution.weight).toBe(40);
    expect(zzb.components.indicators.weight).toBe(20);
    close(zzb.base, (100 * (30 + 40 * execution)) / 80);
    expect(zzb.score).toBe(64.2);
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
  it('gap closure, clamped, either direction, and target = baseline', () => {
    expect(gapClosure(indicator, 15)).toBe(0.5);
    expect(gapClosure(indicator, 5)).toBe(0);
    expect(gapClosure(indicator, 25)).toBe(1);
    expect(gapClosure({ ...indicator, direction: 'lower', baseline: 60, target: 40 }, 50)).toBe(0.5);
    expect(gapClosure({ ...indicator, target: 10 }, 10)).toBe(1);
    expect(gapClosure({ ...indicator, target: 10 }, 9)).toBe(0);
    expect(gapClosure({ ...indicator, direction: 'lower', target: 10 }, 9)).toBe(1);
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
