// measure-unquantified, measure-due-range, exchange-unplanned: the plan is specific, in time and open.
import { measureDefinitions } from '../model/measures.js';
import { lines, type UnitRule } from './types.js';

export const measureUnquantified: UnitRule = {
  id: 'measure-unquantified',
  scope: 'unit',
  severity: 'error',
  clause: '三(二)2',
  description: { zh: '工作措施既没有对应的对标指标，也没有量化成果（量化到事）。', en: 'A measure has neither an indicator nor a counted output (quantified).' },
  messages: {
    unquantified: {
      zh: '工作措施“{title}”（{id}）没有量化：请填写它推动的对标指标（indicator），或可计数的成果（quantity，如 { value: 10, unit: 个 }）。',
      en: 'Measure "{title}" ({id}) is not quantified: give the indicator it moves (indicator) or a counted output (quantity, e.g. { value: 10, unit: 个 }).',
    },
  },
  explain: {
    why: {
      zh: '措施不量化，就无法判断是否完成、完成得如何，督查和考核没有依据。',
      en: 'A measure that is not quantified cannot be judged done or not, or how well; supervision and assessment have nothing to go on.',
    },
    fix: {
      zh: '为措施填写其推动的对标指标（indicator），或可计数的成果（quantity，如 { value: 50, unit: 个 }），两者可同时填写。',
      en: 'Give the indicator the measure moves (indicator), or a counted output (quantity, e.g. { value: 50, unit: 个 }), or both.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('measures:', '  - id: m2   # ← 未量化', '    title: 推行并联审批', '    due: 2022-10-31'),
    right: lines('measures:', '  - id: m2', '    title: 推行并联审批', '    due: 2022-10-31', '    indicator: approval-days'),
  },
  check({ unit, report }) {
    for (const { measure, source, path } of measureDefinitions(unit)) {
      if (measure.indicator === undefined && measure.quantity === undefined) {
        report({ source: source.file, path: [...path, 'id'] }, 'unquantified', { id: measure.id, title: measure.title });
      }
    }
  },
};

export const measureDueRange: UnitRule = {
  id: 'measure-due-range',
  scope: 'unit',
  severity: 'warning',
  clause: '三(二)2',
  description: { zh: '方案措施的完成时限早于方案报送日期，或晚于达标阶段结束日期。', en: 'A plan measure is due before the plan was submitted, or after the reach phase ends.' },
  messages: {
    early: {
      zh: '措施“{title}”的完成时限 {due} 早于方案报送日期 {submitted}。请核对时限。',
      en: 'Measure "{title}" is due on {due}, before the plan was submitted on {submitted}. Check the date.',
    },
    late: {
      zh: '措施“{title}”的完成时限 {due} 晚于达标阶段结束日期 {end}。达标阶段的措施应在 {end} 前完成。',
      en: 'Measure "{title}" is due on {due}, after the reach phase ends on {end}. Measures of the reach phase are due by then.',
    },
  },
  explain: {
    why: {
      zh: '完成时限早于方案报送日期，说明日期填错；晚于达标阶段结束，则该措施不能在达标阶段见效。',
      en: 'A due date before the plan was sent is a mistake; one after the reach phase means the measure cannot take effect within it.',
    },
    fix: {
      zh: '核对完成时限，达标阶段的措施应在 2022-12-31 前完成。确需跨年推进的，在方案中分解出年内可完成的阶段成果，后续部分列入年度总结的新增措施。',
      en: 'Check the due date; measures of the reach phase are due by 2022-12-31. Work that must run longer is split into a stage finished within the year, with the rest added as a new measure in the annual review.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('submitted: 2022-02-14', 'measures:', '  - id: m2', '    title: 推行并联审批', '    due: 2023-03-31   # ← 晚于达标阶段结束日期'),
    right: lines('submitted: 2022-02-14', 'measures:', '  - id: m2', '    title: 推行并联审批', '    due: 2022-10-31'),
  },
  check({ unit, state, report }) {
    const plan = unit.plan;
    if (!plan) return;
    const end = state.campaign.phases.reach.end;
    plan.data.measures.forEach((measure, i) => {
      const at = { source: plan.file, path: ['measures', i, 'due'] };
      if (measure.due < plan.data.submitted) report(at, 'early', { title: measure.title, due: measure.due, submitted: plan.data.submitted });
      else if (measure.due > end) report(at, 'late', { title: measure.title, due: measure.due, end });
    });
  },
};

export const exchangeUnplanned: UnitRule = {
  id: 'exchange-unplanned',
  scope: 'unit',
  severity: 'warning',
  clause: '三(三)2',
  description: { zh: '工作方案没有计划任何人员交流。', en: 'The plan plans no exchanges.' },
  messages: {
    none: {
      zh: '工作方案没有计划人员交流。实施方案要求建立高层互访、干部互派、企业往来、人才交流、产业合作等机制，请在 exchanges 中列出计划。',
      en: 'The plan lists no exchanges. The campaign asks for visits, secondments, enterprise, talent and industry exchanges; list them under exchanges.',
    },
  },
  explain: {
    why: {
      zh: '人员交流是对标学习的重要方式，方案中不作计划，交流合作就难以落实，交流合作得分也无从取得。',
      en: 'Exchanges are a main way of learning from the benchmark; unplanned, they rarely happen, and the exchange part of the score is lost.',
    },
    fix: {
      zh: '在 plan.yaml 的 exchanges 中列出计划开展的高层互访、干部互派、企业往来、人才交流、产业合作及次数。',
      en: 'List under exchanges in plan.yaml the high-level visits, cadre secondments, enterprise, talent and industry exchanges planned, with how many of each.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('exchanges: []   # ← 未计划人员交流'),
    right: lines('exchanges:', '  - { type: cadre-secondment, planned: 2 }', '  - { type: high-level-visit, planned: 1 }'),
  },
  check({ unit, report }) {
    const plan = unit.plan;
    if (!plan) return;
    const planned = (plan.data.exchanges ?? []).reduce((sum, e) => sum + e.planned, 0);
    if (planned === 0) report({ source: plan.file, path: plan.data.exchanges ? ['exchanges'] : [] }, 'none');
  },
};
