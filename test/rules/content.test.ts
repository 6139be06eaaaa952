// Content rules (DESIGN §3): signatures, benchmark choice, indicators, references, measures and their reports.
// Each fixture is the sound campaign with one file changed; lines are those of the changed file.
import { describe, expect, it } from 'vitest';
import { findings, fixture, located, SOUND } from '../helpers.js';

type Finding = ReturnType<typeof findings>[number];

/** The one finding of a rule (fails the test when there is not exactly one). */
function only(list: Finding[], rule: string): Finding {
  const matching = list.filter((f) => f.rule === rule);
  expect(matching).toHaveLength(1);
  return matching[0]!;
}

describe('approval-signer', () => {
  it('fires at approval.by when a government department\'s plan is signed by its principal', () => {
    const list = findings(fixture('plan-signed-by-principal'));
    expect(located(list, 'approval-signer')).toEqual(['units/fgw/plan.yaml:24']);
    const finding = only(list, 'approval-signer');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'error', clause: '三(一)2, 三(二)2', column: 17 });
    expect(finding.message).toBe('审签人应为分管市领导张三（unit.yaml），此处为李四。请由分管市领导审签后报送。');
  });
  it('says so in English', () => {
    const finding = only(findings(fixture('plan-signed-by-principal'), { lang: 'en' }), 'approval-signer');
    expect(finding.message).toBe(
      'The approver must be the leader in charge, 张三 (unit.yaml), not 李四. Have the leader in charge sign before submitting.',
    );
  });
  it('fires at approval.role when the leader in charge signs in the principal role', () => {
    const list = findings(fixture('plan-signed-by-leader-in-principal-role'));
    expect(located(list, 'approval-signer')).toEqual(['units/fgw/plan.yaml:24']);
    const finding = only(list, 'approval-signer');
    expect(finding.column).toBe(27); // the value of role:, not of by:
    expect(finding.message).toBe('审签人身份应为 leader-in-charge（分管市领导），此处为 principal。');
  });
  it('fires for a party department whose benchmark is signed by a municipal leader', () => {
    const list = findings(fixture('party-department-signed-by-leader'));
    expect(located(list, 'approval-signer')).toEqual(['units/zzb/benchmark.yaml:14']);
    expect(only(list, 'approval-signer').message).toBe(
      '市委部门的材料应由本单位主要负责同志周八审签（unit.yaml），此处为张三。请由主要负责同志审签后报送。',
    );
  });
  it('fires for a party department\'s principal signing in the leader-in-charge role', () => {
    const list = findings(fixture('party-department-principal-in-leader-role'));
    expect(located(list, 'approval-signer')).toEqual(['units/zzb/plan.yaml:16']);
    expect(only(list, 'approval-signer').message).toBe('市委部门的审签人身份应为 principal（主要负责同志），此处为 leader-in-charge。');
  });
  it('stays silent for a party department signed by its own principal, and a department by its leader', () => {
    // zzb (party-department) signs both documents as 周八, principal; fgw as 张三, leader-in-charge.
    expect(located(findings(SOUND), 'approval-signer')).toEqual([]);
  });
});

describe('approval-date', () => {
  it('fires at approval.date when the plan was approved after it was submitted', () => {
    const list = findings(fixture('approval-after-submission'));
    expect(located(list, 'approval-date')).toEqual(['units/fgw/plan.yaml:24']);
    const finding = only(list, 'approval-date');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'error', clause: '三(一)2, 三(二)2' });
    expect(finding.message).toBe('审签日期 2022-02-16 晚于报送日期 2022-02-14。材料应经审签同意后报送，请核对日期。');
  });
  it('says so in English', () => {
    expect(only(findings(fixture('approval-after-submission'), { lang: 'en' }), 'approval-date').message).toBe(
      'Approved on 2022-02-16, after it was submitted on 2022-02-14. A document is signed before it is sent; check the dates.',
    );
  });
  it('stays silent for an approval dated on the submission day itself', () => {
    expect(located(findings(fixture('plan-approved-on-submission-day')), 'approval-date')).toEqual([]);
  });
});

describe('benchmark-self', () => {
  it('fires at target.region when the target is the campaign city written with its province', () => {
    const list = findings(fixture('benchmark-target-own-city-with-province'));
    expect(located(list, 'benchmark-self')).toEqual(['units/fgw/benchmark.yaml:4']);
    const finding = only(list, 'benchmark-self');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'error', clause: '三(一)2' });
    expect(finding.message).toBe('建标学习对象“内蒙古自治区鄂尔多斯市”是本市（鄂尔多斯市）。应选取外地先进地区的对应单位作为学习对象。');
  });
  it('fires at the highlight\'s region when a highlight is the campaign city', () => {
    const list = findings(fixture('benchmark-highlight-own-city'));
    expect(located(list, 'benchmark-self')).toEqual(['units/fgw/benchmark.yaml:8']);
    expect(only(findings(fixture('benchmark-highlight-own-city'), { lang: 'en' }), 'benchmark-self').message).toBe(
      'The benchmark region "鄂尔多斯市" is the campaign\'s own city (鄂尔多斯市). Choose an advanced region elsewhere.',
    );
  });
  it('stays silent for a region that does not name the campaign city (内蒙古自治区鄂托克旗)', () => {
    expect(located(findings(fixture('benchmark-target-banner-not-naming-city')), 'benchmark-self')).toEqual([]);
  });
});

describe('resource-city-preferred', () => {
  it('fires as info at target.category for an economic unit benchmarking an advanced region', () => {
    const list = findings(fixture('economic-unit-benchmarks-advanced-region'));
    expect(located(list, 'resource-city-preferred')).toEqual(['units/fgw/benchmark.yaml:6']);
    const finding = only(list, 'resource-city-preferred');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'info', clause: '三(一)2' });
    expect(finding.message).toBe(
      '本单位属经济发展领域（项目建设），实施方案要求“经济发展方面尽量选取资源型地区转型发展的先进案例”，此处对象类别为 advanced-region。如确有理由，可在“可比性”中说明。',
    );
  });
  it('stays silent for a unit outside the economic domains with an advanced region (zzb, talent)', () => {
    // zzb's target category is advanced-region too, but talent is not in economic_domains.
    expect(located(findings(SOUND), 'resource-city-preferred')).toEqual([]);
  });
});

describe('indicator-target-direction', () => {
  it('fires at the target of a higher-is-better indicator whose target equals its baseline', () => {
    const list = findings(fixture('higher-target-equal-to-baseline'));
    expect(located(list, 'indicator-target-direction')).toEqual(['units/fgw/benchmark.yaml:14']);
    const finding = only(list, 'indicator-target-direction');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'error', clause: '三(一)2' });
    expect(finding.message).toBe('指标“固定资产投资增速”越高越好，目标值 8 应高于基期值 8。请核对目标值或指标方向。');
  });
  it('fires for a lower-is-better indicator whose target is above its baseline', () => {
    const list = findings(fixture('lower-target-above-baseline'));
    expect(located(list, 'indicator-target-direction')).toEqual(['units/fgw/benchmark.yaml:15']);
    expect(only(list, 'indicator-target-direction').message).toBe(
      '指标“项目审批平均用时”越低越好，目标值 65 应低于基期值 60。请核对目标值或指标方向。',
    );
    expect(only(findings(fixture('lower-target-above-baseline'), { lang: 'en' }), 'indicator-target-direction').message).toBe(
      'Indicator "项目审批平均用时" is better lower; the target 65 must be below the baseline 60. Check the target or the direction.',
    );
  });
  it('fires at the target of a new indicator of an annual review, as for benchmark.yaml', () => {
    // annual/2022.yaml line 11: permit-days is better lower, and its target 32 is above its baseline 30.
    const list = findings(fixture('annual-new-indicator-target-not-improving'), { asOf: '2023-03-01' });
    expect(located(list, 'indicator-target-direction')).toEqual(['units/fgw/annual/2022.yaml:11']);
    expect(only(list, 'indicator-target-direction').message).toBe('指标“施工许可办理天数”越低越好，目标值 32 应低于基期值 30。请核对目标值或指标方向。');
    // A year's step towards the benchmark need not reach it: below-benchmark is for benchmark.yaml's targets.
    expect(located(findings(fixture('annual-yearly-update-known-indicators'), { asOf: '2024-03-01' }), 'indicator-target-below-benchmark')).toEqual([]);
  });
  it('stays silent for a lower-is-better target just below its baseline', () => {
    expect(located(findings(fixture('lower-target-just-below-baseline')), 'indicator-target-direction')).toEqual([]);
  });
});

describe('indicator-target-below-benchmark', () => {
  it('fires at the target of a higher-is-better indicator aimed below the benchmark', () => {
    const list = findings(fixture('higher-target-below-benchmark'));
    expect(located(list, 'indicator-target-below-benchmark')).toEqual(['units/fgw/benchmark.yaml:14']);
    const finding = only(list, 'indicator-target-below-benchmark');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'warning', clause: '三(三)' });
    expect(finding.message).toBe('指标“固定资产投资增速”（越高越好）的目标值 11.5 未达到标杆值 12。达标阶段应达到标杆水平，请核对目标值。');
    expect(only(findings(fixture('higher-target-below-benchmark'), { lang: 'en' }), 'indicator-target-below-benchmark').message).toBe(
      'Indicator "固定资产投资增速" (higher is better): the target 11.5 does not reach the benchmark value 12. The reach phase means reaching it; check the target.',
    );
  });
  it('fires for a lower-is-better indicator aimed above the benchmark', () => {
    const list = findings(fixture('lower-target-above-benchmark'));
    expect(located(list, 'indicator-target-below-benchmark')).toEqual(['units/fgw/benchmark.yaml:15']);
    expect(only(list, 'indicator-target-below-benchmark').message).toBe(
      '指标“项目审批平均用时”（越低越好）的目标值 45 未达到标杆值 40。达标阶段应达到标杆水平，请核对目标值。',
    );
    // Improving on the baseline (45 < 60) is not enough, and is no error of direction.
    expect(located(list, 'indicator-target-direction')).toEqual([]);
  });
  it('stays silent for targets exactly equal to the benchmark (both directions)', () => {
    expect(located(findings(fixture('targets-equal-to-benchmark')), 'indicator-target-below-benchmark')).toEqual([]);
  });
});

describe('unknown-indicator', () => {
  it('fires at a plan gap\'s indicator that the benchmark does not define', () => {
    const list = findings(fixture('plan-gap-unknown-indicator'));
    expect(located(list, 'unknown-indicator')).toEqual(['units/fgw/plan.yaml:4']);
    const finding = only(list, 'unknown-indicator');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'error', clause: null });
    expect(finding.message).toBe('对标指标“gdp”在建标材料（benchmark.yaml）中不存在。已有指标：invest-growth, approval-days。');
  });
  it('fires at a progress file\'s indicator id that the benchmark does not define', () => {
    const list = findings(fixture('progress-unknown-indicator'));
    expect(located(list, 'unknown-indicator')).toEqual(['units/fgw/progress/2022-03.yaml:8']);
    expect(only(findings(fixture('progress-unknown-indicator'), { lang: 'en' }), 'unknown-indicator').message).toBe(
      'The indicator "investment-growth" is not defined in benchmark.yaml. Defined: invest-growth, approval-days.',
    );
  });
  it('fires at an annual new measure\'s indicator that the benchmark does not define', () => {
    expect(located(findings(fixture('annual-new-measure-unknown-indicator')), 'unknown-indicator')).toEqual([
      'units/fgw/annual/2022.yaml:20',
    ]);
  });
  it('fires for an indicator of another unit: indicators are the unit\'s own', () => {
    const list = findings(fixture('progress-cites-other-units-indicator'));
    expect(located(list, 'unknown-indicator')).toEqual(['units/zzb/progress/2022-05.yaml:7']);
    expect(only(list, 'unknown-indicator').message).toBe('对标指标“invest-growth”在建标材料（benchmark.yaml）中不存在。已有指标：talent-inflow。');
  });
  it('stays silent when every reference is defined, including an annual new measure\'s indicator', () => {
    expect(located(findings(SOUND), 'unknown-indicator')).toEqual([]);
    expect(located(findings(fixture('annual-new-measure-known-indicator')), 'unknown-indicator')).toEqual([]);
  });
});

describe('unknown-measure', () => {
  it('fires at a progress entry for a measure the plan does not have', () => {
    const list = findings(fixture('progress-unknown-measure'));
    expect(located(list, 'unknown-measure')).toEqual(['units/fgw/progress/2022-05.yaml:6']);
    const finding = only(list, 'unknown-measure');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'error', clause: null });
    expect(finding.message).toBe('工作措施“m9”在对标创建工作方案中不存在。已有措施：m1, m2。');
    expect(only(findings(fixture('progress-unknown-measure'), { lang: 'en' }), 'unknown-measure').message).toBe(
      'The measure "m9" is not in the plan. Known measures: m1, m2.',
    );
  });
  it('fires at an unknown measure in an annual review\'s ongoing list', () => {
    const list = findings(fixture('annual-ongoing-unknown-measure'));
    expect(located(list, 'unknown-measure')).toEqual(['units/fgw/annual/2022.yaml:14']);
    expect(only(list, 'unknown-measure').message).toBe('工作措施“m7”在对标创建工作方案中不存在。已有措施：m1, m2。');
  });
  it('fires at an unknown measure cited by a learned experience', () => {
    expect(located(findings(fixture('annual-learned-unknown-measure')), 'unknown-measure')).toEqual(['units/fgw/annual/2022.yaml:13']);
  });
  it('fires when a 2022 progress file reports m3, which only exists from 2023 (new in the 2022 review)', () => {
    const list = findings(fixture('progress-2022-reports-measure-added-for-2023'));
    expect(located(list, 'unknown-measure')).toEqual(['units/fgw/progress/2022-05.yaml:6']);
  });
  it('stays silent for the 2023 review reporting m3, added by the 2022 review', () => {
    // The 2023 review is submitted 2024-01-10, so it counts only as of a later date; as of 2024-01-15
    // it is not yet due. That m3 is not overdue (due 2023-06-30) shows the review was counted.
    const list = findings(fixture('annual-2023-reports-measure-added-in-2022'), { asOf: '2024-01-15' });
    expect(located(list, 'unknown-measure')).toEqual([]);
    expect(located(list, 'measure-overdue')).toEqual([]);
  });
  it('stays silent for the sound campaign', () => {
    expect(located(findings(SOUND), 'unknown-measure')).toEqual([]);
  });
});

describe('measure-unquantified', () => {
  it('fires at a plan measure with neither indicator nor quantity', () => {
    const list = findings(fixture('plan-measure-unquantified'));
    expect(located(list, 'measure-unquantified')).toEqual(['units/fgw/plan.yaml:16']);
    const finding = only(list, 'measure-unquantified');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'error', clause: '三(二)2' });
    expect(finding.message).toBe(
      '工作措施“推行并联审批”（m2）没有量化：请填写它推动的对标指标（indicator），或可计数的成果（quantity，如 { value: 10, unit: 个 }）。',
    );
  });
  it('fires at an annual new measure with neither indicator nor quantity', () => {
    const list = findings(fixture('annual-new-measure-unquantified'));
    expect(located(list, 'measure-unquantified')).toEqual(['units/fgw/annual/2022.yaml:15']);
    expect(only(findings(fixture('annual-new-measure-unquantified'), { lang: 'en' }), 'measure-unquantified').message).toBe(
      'Measure "推广项目帮办代办" (m3) is not quantified: give the indicator it moves (indicator) or a counted output (quantity, e.g. { value: 10, unit: 个 }).',
    );
  });
  it('stays silent for a measure with only a quantity', () => {
    expect(located(findings(fixture('plan-measure-with-only-quantity')), 'measure-unquantified')).toEqual([]);
  });
  it('stays silent for a measure with only an indicator', () => {
    // fgw m2 and zzb m1 have an indicator and no quantity.
    expect(located(findings(SOUND), 'measure-unquantified')).toEqual([]);
  });
});

describe('measure-due-range', () => {
  it('fires at due for a measure due before the plan was submitted', () => {
    const list = findings(fixture('measure-due-before-plan'));
    expect(located(list, 'measure-due-range')).toEqual(['units/fgw/plan.yaml:13']);
    const finding = only(list, 'measure-due-range');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'warning', clause: '三(二)2' });
    expect(finding.message).toBe('措施“建立重大项目储备库”的完成时限 2022-02-01 早于方案报送日期 2022-02-14。请核对时限。');
  });
  it('fires at due for a measure due after the reach phase ends', () => {
    const list = findings(fixture('measure-due-after-reach'));
    expect(located(list, 'measure-due-range')).toEqual(['units/fgw/plan.yaml:20']);
    expect(only(list, 'measure-due-range').message).toBe(
      '措施“推行并联审批”的完成时限 2023-03-31 晚于达标阶段结束日期 2022-12-31。达标阶段的措施应在 2022-12-31 前完成。',
    );
  });
  it('stays silent for a measure due on the last day of the reach phase', () => {
    expect(located(findings(fixture('measure-due-on-reach-end')), 'measure-due-range')).toEqual([]);
  });
  it('stays silent for a measure due on the day the plan was submitted', () => {
    expect(located(findings(fixture('measure-due-on-plan-submission-day')), 'measure-due-range')).toEqual([]);
  });
});

describe('indicator-uncovered', () => {
  it('fires at the id of a benchmark indicator that no gap and no measure refers to', () => {
    const list = findings(fixture('benchmark-indicator-without-plan-coverage'));
    expect(located(list, 'indicator-uncovered')).toEqual(['units/fgw/benchmark.yaml:16']);
    const finding = only(list, 'indicator-uncovered');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'warning', clause: '三(二)2' });
    expect(finding.message).toBe('对标指标“园区工业产值”（park-output）在工作方案中没有对应的差距分析或工作措施。请补充针对该指标的措施，量化到事。');
  });
  it('stays silent for an indicator referred to only by a gap', () => {
    // approval-days: m2 now counts a quantity instead, gap 2 still names the indicator.
    expect(located(findings(fixture('plan-measure-with-only-quantity')), 'indicator-uncovered')).toEqual([]);
  });
  it('stays silent for an indicator referred to only by a measure', () => {
    expect(located(findings(fixture('indicator-covered-only-by-measure')), 'indicator-uncovered')).toEqual([]);
  });
});

describe('exchange-unplanned', () => {
  it('fires at the plan (the parent map) when it has no exchanges', () => {
    const list = findings(fixture('plan-without-exchanges'));
    expect(located(list, 'exchange-unplanned')).toEqual(['units/fgw/plan.yaml:1']);
    const finding = only(list, 'exchange-unplanned');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'warning', clause: '三(三)2' });
    expect(finding.message).toBe(
      '工作方案没有计划人员交流。实施方案要求建立高层互访、干部互派、企业往来、人才交流、产业合作等机制，请在 exchanges 中列出计划。',
    );
  });
  it('fires at exchanges when everything planned is zero', () => {
    expect(located(findings(fixture('plan-exchanges-planned-zero')), 'exchange-unplanned')).toEqual(['units/zzb/plan.yaml:14']);
  });
  it('stays silent when one exchange type is planned and another is zero', () => {
    expect(located(findings(fixture('plan-exchanges-one-of-two-planned')), 'exchange-unplanned')).toEqual([]);
    expect(located(findings(SOUND), 'exchange-unplanned')).toEqual([]);
  });
});

describe('status-percent-mismatch', () => {
  it('fires at percent for done below 100', () => {
    const list = findings(fixture('done-below-hundred-percent'));
    expect(located(list, 'status-percent-mismatch')).toEqual(['units/fgw/progress/2022-04.yaml:5']);
    const finding = only(list, 'status-percent-mismatch');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'error', clause: null });
    expect(finding.message).toBe('措施 m1 标为“已完成”，完成百分比却是 90%。已完成应为 100%，否则请改为“推进中”。');
  });
  it('fires at percent for not-started above 0', () => {
    const list = findings(fixture('not-started-above-zero-percent'));
    expect(located(list, 'status-percent-mismatch')).toEqual(['units/fgw/progress/2022-03.yaml:6']);
    expect(only(list, 'status-percent-mismatch').message).toBe('措施 m2 标为“未启动”，完成百分比却是 10%。请改为“推进中”或将百分比改为 0。');
  });
  it('fires at status for 100% not marked done', () => {
    const list = findings(fixture('hundred-percent-in-progress'));
    expect(located(list, 'status-percent-mismatch')).toEqual(['units/zzb/progress/2022-04.yaml:5']);
    const finding = only(list, 'status-percent-mismatch');
    expect(finding.column).toBe(23); // the value of status:, not of percent:
    expect(finding.message).toBe('措施 m1 完成百分比为 100%，状态却是“推进中”。已全部完成请标为“已完成”（done）。');
    expect(only(findings(fixture('hundred-percent-in-progress'), { lang: 'en' }), 'status-percent-mismatch').message).toBe(
      'Measure m1 is at 100% but marked in progress. Mark it done if it is complete.',
    );
  });
  it('stays silent for done without a percent', () => {
    expect(located(findings(fixture('done-without-percent')), 'status-percent-mismatch')).toEqual([]);
  });
});

describe('blocked-without-reason', () => {
  it('fires at status for blocked with no blocker', () => {
    const list = findings(fixture('blocked-without-blocker'));
    expect(located(list, 'blocked-without-reason')).toEqual(['units/fgw/progress/2022-05.yaml:5']);
    const finding = only(list, 'blocked-without-reason');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'error', clause: null });
    expect(finding.message).toBe('措施 m2 标为“受阻”，但未写明受阻原因（blocker）。请写明原因，以便督办协调解决。');
  });
  it('fires for a blank blocker', () => {
    expect(located(findings(fixture('blocked-with-blank-blocker')), 'blocked-without-reason')).toEqual(['units/fgw/progress/2022-05.yaml:5']);
  });
  it('stays silent for blocked with a blocker', () => {
    expect(located(findings(fixture('blocked-with-blocker')), 'blocked-without-reason')).toEqual([]);
  });
});

describe('percent-regressed', () => {
  it('fires at percent when a measure falls from 50 to 30', () => {
    const list = findings(fixture('percent-regressed-month-on-month'));
    expect(located(list, 'percent-regressed')).toEqual(['units/fgw/progress/2022-05.yaml:5']);
    const finding = only(list, 'percent-regressed');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'warning', clause: null });
    expect(finding.message).toBe('措施 m2 完成百分比 30% 低于上一次报送的 50%（units/fgw/progress/2022-04.yaml）。进度不应倒退，请核对。');
  });
  it('stays silent for an unchanged percent', () => {
    expect(located(findings(fixture('percent-unchanged-month-on-month')), 'percent-regressed')).toEqual([]);
  });
});

describe('measure-unreported', () => {
  it('fires at the measures value of a month that omits a measure not yet done', () => {
    const list = findings(fixture('progress-omits-measure-not-done'));
    expect(located(list, 'measure-unreported')).toEqual(['units/fgw/progress/2022-05.yaml:4']);
    const finding = only(list, 'measure-unreported');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'warning', clause: '四(二)' });
    expect(finding.message).toBe('2022-05 月度进展没有报告措施“推行并联审批”（m2）的进展。尚未完成的措施每月都应报告。');
  });
  it('stays silent for a measure left out after it was reported done', () => {
    // fgw's May report leaves out m1, done in April.
    expect(located(findings(SOUND), 'measure-unreported')).toEqual([]);
  });
});

describe('measure-overdue', () => {
  it('fires at the plan measure\'s due when it is past due and the latest report is not done', () => {
    // As of 2022-11-15 the 2022 review (submitted 2023-01-20) does not count: m2's latest is May's 50%.
    const list = findings(SOUND, { asOf: '2022-11-15' });
    expect(located(list, 'measure-overdue')).toEqual(['units/fgw/plan.yaml:20']);
    const finding = only(list, 'measure-overdue');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'warning', clause: '三(三)1' });
    expect(finding.message).toBe(
      '措施“推行并联审批”（m2）完成时限为 2022-10-31，截至 2022-11-15 已逾期 15 天，最新状态为“推进中”（50%）。请加快落实并说明原因。',
    );
    expect(only(findings(SOUND, { asOf: '2022-11-15', lang: 'en' }), 'measure-overdue').message).toBe(
      'Measure "推行并联审批" (m2) was due on 2022-10-31 and is 15 days overdue as of 2022-11-15; its latest status is in progress (50%). Speed it up and explain the delay.',
    );
  });
  it('fires at an annual new measure never reported, as not started at 0%', () => {
    // m3, added by the 2022 review, is due 2023-06-30; nothing has reported on it since.
    const list = findings(SOUND, { asOf: '2023-07-01' });
    expect(located(list, 'measure-overdue')).toEqual(['units/fgw/annual/2022.yaml:19']);
    expect(only(list, 'measure-overdue').message).toBe(
      '措施“推广项目帮办代办”（m3）完成时限为 2023-06-30，截至 2023-07-01 已逾期 1 天，最新状态为“未启动”（0%）。请加快落实并说明原因。',
    );
  });
  it('is one day overdue the day after its due date', () => {
    expect(only(findings(SOUND, { asOf: '2022-11-01' }), 'measure-overdue').message).toContain('已逾期 1 天');
  });
  it('stays silent on the due day itself', () => {
    expect(located(findings(SOUND, { asOf: '2022-10-31' }), 'measure-overdue')).toEqual([]);
  });
  it('stays silent once the annual review reports it done', () => {
    expect(located(findings(SOUND), 'measure-overdue')).toEqual([]);
  });
});

describe('learned-not-done', () => {
  it('fires at the cited measure when its year-end status is in progress', () => {
    const list = findings(fixture('learned-cites-measure-in-progress'));
    expect(located(list, 'learned-not-done')).toEqual(['units/fgw/annual/2022.yaml:13']);
    const finding = only(list, 'learned-not-done');
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'warning', clause: '三(四)2' });
    expect(finding.message).toBe('“已学有所成的先进经验”引用的措施 m2 尚未完成（推进中）。尚在学习过程中的应列入 ongoing。');
    expect(only(findings(fixture('learned-cites-measure-in-progress'), { lang: 'en' }), 'learned-not-done').message).toBe(
      'The learned experience cites measure m2, which is not done (in progress). What is still being learned belongs under ongoing.',
    );
  });
  it('stays silent when the cited measure is done', () => {
    expect(located(findings(SOUND), 'learned-not-done')).toEqual([]);
  });
  it('stays silent when the review omits a cited measure that an earlier report marked done', () => {
    // m1 is missing from the 2022 year-end list but was done in April's report.
    expect(located(findings(fixture('annual-omits-measure-done-earlier')), 'learned-not-done')).toEqual([]);
  });
});
