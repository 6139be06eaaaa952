// Rules of unit histories, plan revisions and the yearly update (DESIGN §2, §3): each fires at its
// file and line on the wrong form and stays silent on the right one.
import { describe, expect, it } from 'vitest';
import { findings, fixture, located } from '../helpers.js';

type Finding = ReturnType<typeof findings>[number];

function only(list: Finding[], rule: string): Finding {
  const matching = list.filter((f) => f.rule === rule);
  expect(matching).toHaveLength(1);
  return matching[0]!;
}

describe('approval-signer on the approval date', () => {
  it('stays silent when the leader changed after the plan was signed: the plan stays valid', () => {
    expect(findings(fixture('leader-changed-after-plan-signed'))).toEqual([]);
  });
  it('fires when the plan was signed by the predecessor after the successor took office', () => {
    const list = findings(fixture('leader-changed-before-plan-signed'));
    expect(located(list, 'approval-signer')).toEqual(['units/fgw/plan.yaml:24']);
    expect(only(list, 'approval-signer').message).toBe('审签人应为分管市领导赵七（unit.yaml），此处为张三。请由分管市领导审签后报送。');
  });
});

describe('unit-history-order', () => {
  it('fires at the later term when two terms overlap', () => {
    const list = findings(fixture('unit-history-overlap'));
    expect(located(list, 'unit-history-order')).toEqual(['units/fgw/unit.yaml:7']);
    const finding = only(list, 'unit-history-order');
    expect(finding).toMatchObject({ severity: 'error', clause: null, unit: 'fgw' });
    expect(finding.message).toBe('分管市领导赵七的任职时间与张三重叠。同一时间只能有一人在任：前任的 until 应早于后任的 since。');
    expect(only(findings(fixture('unit-history-overlap'), { lang: 'en' }), 'unit-history-order').message).toBe(
      "The leader in charge 赵七's term overlaps 张三's. One person holds the post at a time: the earlier term's until comes before the later one's since.",
    );
  });
  it('fires at until when a term ends before it starts', () => {
    const list = findings(fixture('unit-history-until-before-since'));
    expect(located(list, 'unit-history-order')).toEqual(['units/fgw/unit.yaml:8']);
    expect(only(list, 'unit-history-order').message).toBe('主要负责同志李四的任职截止日期 2022-06-30 早于起始日期 2022-07-01。请核对任职日期。');
  });
  it('stays silent on terms that follow one another', () => {
    expect(located(findings(fixture('leader-changed-after-plan-signed')), 'unit-history-order')).toEqual([]);
  });
});

describe('revision-signer', () => {
  it('fires at the revision\'s approval.by when the predecessor signed after the change of leader', () => {
    const list = findings(fixture('plan-revision-signed-by-predecessor'));
    expect(located(list, 'revision-signer')).toEqual(['units/fgw/plan.yaml:36']);
    expect(located(list, 'approval-signer')).toEqual([]); // the plan itself, signed by 张三 in February, stays valid
    const finding = only(list, 'revision-signer');
    expect(finding).toMatchObject({ severity: 'error', clause: '三(二)2' });
    expect(finding.message).toBe('方案调整的审签人应为审签当日在任的分管市领导赵七（unit.yaml），此处为张三。请由分管市领导审签。');
  });
  it('stays silent on a revision signed by the leader in office', () => {
    expect(located(findings(fixture('plan-revision-adds-and-drops')), 'revision-signer')).toEqual([]);
  });
});

describe('revision-date', () => {
  it('fires at a revision dated before the plan and at an approval dated after its revision', () => {
    const list = findings(fixture('plan-revision-dates-out-of-order'));
    expect(located(list, 'revision-date')).toEqual(['units/fgw/plan.yaml:34', 'units/fgw/plan.yaml:39']);
    expect(list.filter((f) => f.rule === 'revision-date').map((f) => f.message)).toEqual([
      '方案调整日期 2022-02-01 早于方案报送日期 2022-02-14。报送前的修改不是调整，请直接写入方案，或核对日期。',
      '方案调整的审签日期 2022-05-22 晚于调整日期 2022-05-20。调整应先审签、后执行，请核对日期。',
    ]);
  });
  it('stays silent on a revision approved before its date, after the plan', () => {
    expect(located(findings(fixture('plan-revision-adds-and-drops')), 'revision-date')).toEqual([]);
  });
});

describe('revision-unknown', () => {
  it('fires at dropped.date and added when no revision has that date', () => {
    const list = findings(fixture('plan-measure-change-without-revision'));
    expect(located(list, 'revision-unknown')).toEqual(['units/fgw/plan.yaml:22', 'units/fgw/plan.yaml:29']);
    expect(list.filter((f) => f.rule === 'revision-unknown').map((f) => f.message)).toEqual([
      '措施 m2 的停止日期 2022-05-19 没有对应的方案调整。请在 revisions 中补记该次调整（日期、内容、审签），或核对日期。',
      '措施 m4 的新增日期 2022-05-21 没有对应的方案调整。请在 revisions 中补记该次调整（日期、内容、审签），或核对日期。',
    ]);
  });
  it('stays silent when added and dropped are a revision\'s date', () => {
    expect(located(findings(fixture('plan-revision-adds-and-drops')), 'revision-unknown')).toEqual([]);
  });
});

describe('dropped-measure-reported', () => {
  it('fires in a month after the drop, not in the month of the drop', () => {
    const list = findings(fixture('progress-reports-dropped-measure'));
    expect(located(list, 'dropped-measure-reported')).toEqual(['units/fgw/progress/2022-05.yaml:5']);
    expect(only(list, 'dropped-measure-reported')).toMatchObject({ severity: 'warning', clause: null });
    expect(only(list, 'dropped-measure-reported').message).toBe(
      '措施“推行并联审批”（m2）已于 2022-04-20 经方案调整停止执行，此后不再报告进展。请删去这一条；如已恢复执行，请在方案中另行调整。',
    );
  });
  it('stays silent when later reports leave the dropped measure out', () => {
    expect(located(findings(fixture('plan-revision-adds-and-drops')), 'dropped-measure-reported')).toEqual([]);
  });
});

describe('measure-unreported with revisions', () => {
  it('no longer expects a dropped measure, nor calls it overdue; the whole revised plan is sound', () => {
    // Without the drop, m2 (due 2022-10-31, never done) would be unreported in 2022-05 and overdue on 2023-03-01.
    expect(findings(fixture('plan-revision-adds-and-drops'))).toEqual([]);
  });
  it('expects a measure added by a revision from the month of its added date', () => {
    const list = findings(fixture('progress-omits-added-measure'));
    expect(located(list, 'measure-unreported')).toEqual(['units/fgw/progress/2022-05.yaml:5']);
    expect(only(list, 'measure-unreported').message).toContain('（m4）');
  });
});

describe('annual-update-empty', () => {
  it('fires at year when the review sets nothing for the coming year', () => {
    const list = findings(fixture('annual-update-empty'));
    expect(located(list, 'annual-update-empty')).toEqual(['units/fgw/annual/2022.yaml:2']);
    const finding = only(list, 'annual-update-empty');
    expect(finding).toMatchObject({ severity: 'warning', clause: '三(四)2' });
    expect(finding.message).toBe(
      '2022 年度总结没有为 2023 年动态更新任何内容（targets、new_indicators、new_measures、exchanges_planned、ongoing 均未填写）。实施方案要求每年初动态更新，请写明下一年度的目标、措施或交流计划。',
    );
  });
  it('stays silent when the review keeps something ongoing, or sets targets', () => {
    expect(located(findings(fixture('annual-ongoing-in-progress')), 'annual-update-empty')).toEqual([]);
    expect(located(findings(fixture('annual-yearly-update-known-indicators'), { asOf: '2024-03-01' }), 'annual-update-empty')).toEqual([]);
  });
});

describe('ongoing-done', () => {
  it('fires at the ongoing entry naming a measure done at year end', () => {
    const list = findings(fixture('annual-ongoing-done'));
    expect(located(list, 'ongoing-done')).toEqual(['units/fgw/annual/2022.yaml:9']);
    expect(only(list, 'ongoing-done')).toMatchObject({ severity: 'warning', clause: '三(四)2' });
  });
  it('stays silent when the ongoing measure is still in progress', () => {
    expect(located(findings(fixture('annual-ongoing-in-progress')), 'ongoing-done')).toEqual([]);
  });
});

describe('unknown-indicator and the yearly update', () => {
  it('accepts the targets and new indicators of a yearly update in later files', () => {
    const list = findings(fixture('annual-yearly-update-known-indicators'), { asOf: '2024-03-01' });
    expect(located(list, 'unknown-indicator')).toEqual([]);
  });
  it('fires at a target for an indicator nobody defined', () => {
    const list = findings(fixture('annual-target-unknown-indicator'));
    expect(located(list, 'unknown-indicator')).toEqual(['units/fgw/annual/2022.yaml:8']);
  });
});
