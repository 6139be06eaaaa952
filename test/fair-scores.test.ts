// Hand-computed scores for what makes them fair (DESIGN §5): milestones, exchanges type by type, schedules
// that start on the plan deadline, and no grade on too little to judge. Each test writes its arithmetic.
// The sound campaign: weights 15/15/30/30/10; every schedule starts on 2022-02-15. Days from 02-15:
// → 03-31 is 44, → 05-31 is 105, → 10-31 is 258, → 12-31 is 319. March's report is due 04-06, May's 06-06.
import { describe, expect, it } from 'vitest';
import { quarterWindow, yearWindow, type Window } from '../src/calendar/window.js';
import { loadWorkspace } from '../src/load/workspace.js';
import { analyze } from '../src/reports/analysis.js';
import { buildMonthlyReport } from '../src/reports/monthly.js';
import type { UnitScore } from '../src/score/index.js';
import { cli, fixture, SOUND } from './helpers.js';

function fgwScore(dir: string, asOf: string, window?: Window): UnitScore {
  return analyze(loadWorkspace(dir), asOf, false, 'zh', window).scores.find((s) => s.unit === 'fgw')!;
}

describe('milestones: a measure that starts slowly, as its plan says, is on schedule', () => {
  // m2 (02-15 → 10-31) promises 10% by 05-31; the unit reports 5% in April and 10% in May.
  // Q2 at A = 06-07: D = 05-31 (May's report).
  const slow = fgwScore(fixture('measure-milestone-slow-start'), '2022-06-07', quarterWindow('2022-Q2'));
  const straight = fgwScore(fixture('measure-no-milestone-slow-start'), '2022-06-07', quarterWindow('2022-Q2'));

  it('with the milestone: m2 expected 10 on 05-31 (the milestone itself), actual 10 → 1; m1 done in April → 1', () => {
    expect(slow.components.execution.detail.map((t) => (t.kind === 'measure' ? [t.id, t.expected, t.actual, t.value] : []))).toEqual([
      ['m1', 100, 100, 1],
      ['m2', 10, 10, 1],
    ]);
    expect(slow.components.execution.score).toBe(1);
  });

  it('on a straight line the same 10% is behind: expected 100 × 105/258 = 40.7, 10 ÷ 40.7 = 0.2457; execution (1 + 0.2457)/2 = 0.6229', () => {
    expect(straight.components.execution.score).toBe(0.6229);
  });

  it('scores: 15 + 15 + 30 + 24.89 + 10 = 94.89 → 94.9 with the milestone; 15 + 15 + 18.69 + 24.89 + 10 = 83.58 → 83.6 without', () => {
    // indicators: March values (the latest quarter-end report due), 0.8296 → 100 × 30 × 0.8296/100 = 24.89;
    // exchange: ⌊2 × 105/319⌋ = 0 expected, one held → 1 (not assessable); execution without: 30 × 0.6229 = 18.69.
    expect([slow.base, slow.score]).toEqual([94.89, 94.9]);
    expect([straight.base, straight.score]).toEqual([83.58, 83.6]);
  });

  it('the May light: green with the milestone; yellow without (40.7 − 10 = 30.7 points behind, more than 20)', () => {
    const light = (dir: string) => buildMonthlyReport(analyze(loadWorkspace(dir), '2022-06-07', false, 'zh').state, '2022-05', false).units.find((u) => u.unit === 'fgw')!;
    expect(light(fixture('measure-milestone-slow-start'))).toMatchObject({ light: 'green', lightReasons: [] });
    expect(light(fixture('measure-no-milestone-slow-start'))).toMatchObject({ light: 'yellow', lightReasons: [{ code: 'measure-behind', measure: 'm2' }] });
  });

  it('score --explain reads the milestone off its segment', () => {
    const out = cli(['score', fixture('measure-milestone-slow-start'), '--quarter', '2022-Q2', '--as-of', '2022-06-07', '--unit', 'fgw', '--explain']).stdout;
    expect(out).toContain('推行并联审批：2022年2月15日（方案报送期限）起（时间节点 2022年5月31日 10%），2022年10月31日完成。应达进度 = 10 + (100 − 10) × 0 ÷ 153 = 10；实际进度 10（2022年5月月度进展）；计分 = min(1, 10 ÷ 10) = 1。');
  });
});

describe('exchanges type by type: a surplus of one type never makes up for another', () => {
  // The plan: 1 high-level visit and 2 cadre secondments over 02-15 → 12-31. Held: cadre secondments on 03-15
  // (March) and 09-10 (the review); 3 enterprise exchanges on 04-20, a type not planned.
  it('2022 (D = 12-31): expected ⌊1 × 1⌋ = 1 and ⌊2 × 1⌋ = 2; counted min(0, 1) + min(2, 2) = 2 of 3 → 0.6667', () => {
    const fgw = fgwScore(fixture('exchanges-two-types-one-held'), '2023-02-01', yearWindow(2022));
    expect(fgw.components.exchange.detail.map((t) => (t.kind === 'exchange' ? [t.type, t.planned, t.expected, t.held, t.counted] : []))).toEqual([
      ['high-level-visit', 1, 1, 0, 0],
      ['cadre-secondment', 2, 2, 2, 2],
    ]);
    expect(fgw.components.exchange.score).toBe(0.6667);
    // 15 + 15 + 30 + 24.89 + 100 × 10 × 0.6667/100 = 6.67 → 91.56; + 2 (2022-09-01) = 93.56 → 93.6
    expect([fgw.base, fgw.score]).toEqual([91.56, 93.6]);
  });

  it('every exchange relabelled as a type the plan never named counts for nothing: 0 of 3', () => {
    const fgw = fgwScore(fixture('exchanges-relabelled-to-unplanned-type'), '2023-02-01', yearWindow(2022));
    expect(fgw.components.exchange.score).toBe(0);
    // 15 + 15 + 30 + 24.89 + 0 = 84.89; + 2 = 86.89 → 86.9
    expect(fgw.score).toBe(86.9);
  });

  it('early in the plan period (D = 05-31: ⌊1 × 105/319⌋ = ⌊2 × 105/319⌋ = 0) nothing is expected: 1 with a planned type held, null with none; never assessable', () => {
    const held = fgwScore(fixture('exchanges-two-types-one-held'), '2022-08-01');
    expect(held.components.exchange).toMatchObject({ score: 1, assessable: false });
    const relabelled = fgwScore(fixture('exchanges-relabelled-to-unplanned-type'), '2022-08-01');
    expect(relabelled.components.exchange).toMatchObject({ score: null, assessable: false, reason: 'nothing-expected' });
    expect([held.assessable, relabelled.assessable]).toEqual([90, 90]);
  });
});

describe('schedules start on the plan deadline, whenever the plan came in', () => {
  // Q1 at its close 04-07 (D = 03-31): m1 40 of 100 × 44/74 = 59.46 → 0.6727, m2 0 of 17.05 → 0: execution 0.3364,
  // whether the plan came in on 02-01, 02-14 or (late) 03-01.
  const early = fgwScore(fixture('plan-filed-early'), '2022-04-07', quarterWindow('2022-Q1'));
  const onTime = fgwScore(SOUND, '2022-04-07', quarterWindow('2022-Q1'));
  const late = fgwScore(fixture('plan-filed-late'), '2022-04-07', quarterWindow('2022-Q1'));

  it('every measure starts on 2022-02-15 in all three', () => {
    for (const unit of [early, onTime, late]) {
      expect(unit.components.execution.detail.map((t) => (t.kind === 'measure' ? [t.id, t.start, t.expected] : []))).toEqual([
        ['m1', '2022-02-15', 59.46],
        ['m2', '2022-02-15', 17.05],
      ]);
      expect(unit.components.execution.score).toBe(0.3364);
    }
  });

  it('filing early costs nothing (75.0 = 75.0); filing late gains nothing and is late: timeliness 3.5/4 → 13.13 + 15 + 10.09 + 24.89 + 10 = 73.1', () => {
    expect([early.score, onTime.score, late.score]).toEqual([75, 75, 73.1]);
  });
});

describe('min_assessable: too little to judge, no grade (I5)', () => {
  // Q1 at 04-06, the day March's report is due: only timeliness and compliance (15 + 15 = 30 < 50) can be judged.
  it('each unit shows 100.0, with no grade and no rank; JSON says assessable 30', () => {
    const report = JSON.parse(cli(['report', 'quarterly', SOUND, '--quarter', '2022-Q1', '--as-of', '2022-04-06', '--format', 'json']).stdout);
    expect(report.units.map((u: UnitScore) => [u.unit, u.score, u.assessable, u.grade, u.rank])).toEqual([
      ['zzb', 100, 30, null, null],
      ['fgw', 100, 30, null, null],
    ]);
    expect([report.commend, report.callOut]).toEqual([[], []]);
  });

  it('the bulletin says there is nothing to grade instead of ranking the units', () => {
    const text = cli(['report', 'quarterly', SOUND, '--quarter', '2022-Q1', '--as-of', '2022-04-06'], { env: { COLUMNS: '200' } }).stdout;
    expect(text).toContain('本期可评价内容不足（各单位可评价内容的权重均不足 50），不评定等次、不排名，不表扬也不通报批评；得分仅供参考。');
    expect(text).toContain('不评定');
  });

  it('with scoring.min_assessable 20 the same 30 is enough: graded 优秀 and ranked 1, 1', () => {
    const report = JSON.parse(cli(['report', 'quarterly', fixture('min-assessable-twenty'), '--quarter', '2022-Q1', '--as-of', '2022-04-06', '--format', 'json']).stdout);
    expect(report.units.map((u: UnitScore) => [u.unit, u.grade, u.rank])).toEqual([
      ['zzb', '优秀', 1],
      ['fgw', '优秀', 1],
    ]);
  });
});
