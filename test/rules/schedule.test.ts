// milestone-order and indicator-value-missing: the schedules units promise, and the values each report owes (DESIGN §2, §3).
import { describe, expect, it } from 'vitest';
import { findings, fixture, SOUND } from '../helpers.js';

describe('milestone-order', () => {
  it('a measure milestone at 100%, one out of order, one after the due date: each located', () => {
    const found = findings(fixture('measure-milestones-out-of-order')).filter((f) => f.rule === 'milestone-order');
    expect(found.map((f) => [f.file, f.line, f.severity, f.clause])).toEqual([
      ['units/fgw/plan.yaml', 14, 'error', '三(二)2'],
      ['units/fgw/plan.yaml', 24, 'error', '三(二)2'],
      ['units/fgw/plan.yaml', 25, 'error', '三(二)2'],
    ]);
    expect(found[0]!.message).toBe('节点 2022-03-31 的进度为 100%：完成时限即为 100%，节点应小于 100%。');
    expect(found[1]!.message).toBe('节点 2022-06-30（60%）应在上一个节点 2022-07-31（50%）之后，且数值沿目标方向推进。请按时间先后、进度递增的顺序填写。');
    expect(found[2]!.message).toBe('节点 2022-11-30 不早于完成时限（目标日期）2022-10-31。到期即应全部完成，节点应在此之前。');
  });

  it('an indicator milestone past its target', () => {
    const found = findings(fixture('indicator-milestone-beyond-target')).filter((f) => f.rule === 'milestone-order');
    expect(found.map((f) => [f.file, f.line, f.message])).toEqual([['units/fgw/benchmark.yaml', 14, '阶段目标 2022-06-30 的数值 13 已达到或超过目标值 12.5：阶段目标应在基期值与目标值之间。']]);
  });

  it('in English', () => {
    const [first] = findings(fixture('measure-milestones-out-of-order'), { lang: 'en' }).filter((f) => f.rule === 'milestone-order');
    expect(first!.message).toBe('Milestone 2022-03-31 is at 100%: the due date is 100%, so a milestone is below 100%.');
  });
});

describe('indicator-value-missing', () => {
  it('the March report (a quarter-end month) leaves out approval-days', () => {
    const found = findings(fixture('indicator-value-missing-in-march')).filter((f) => f.rule === 'indicator-value-missing');
    expect(found.map((f) => [f.file, f.line, f.severity])).toEqual([['units/fgw/progress/2022-03.yaml', 8, 'warning']]);
    expect(found[0]!.message).toBe(
      '2022年3月进展应填报指标“项目审批平均用时”（approval-days）的数值（报送频次：季末进展），此处未填。请在 indicators 中补充一行：- { id: approval-days, value: … }。未填的数值按 0 计分。',
    );
  });

  it('April is not a quarter-end month: a quarterly indicator need not be there', () => {
    // fgw's April report carries both values and May's only approval-days: neither is a quarter's last month.
    const found = findings(fixture('indicator-value-missing-in-march')).filter((f) => f.rule === 'indicator-value-missing' && !f.file.endsWith('2022-03.yaml'));
    expect(found).toEqual([]);
  });
});

describe('milestone-order and indicator-value-missing on the sound campaign', () => {
  it('stay silent', () => {
    expect(findings(SOUND).filter((f) => f.rule === 'milestone-order' || f.rule === 'indicator-value-missing')).toEqual([]);
  });
});
