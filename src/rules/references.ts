// unknown-indicator, unknown-measure, indicator-uncovered: what the files refer to exists, and is covered.
import { measureDefinitions } from '../model/measures.js';
import { indicatorDefinitions } from '../model/yearly.js';
import type { UnitState } from '../model/state.js';
import { lines, type UnitRule, type UnitRuleContext } from './types.js';
import type { DataPath } from '../load/yaml.js';
import type { SourceFile } from '../load/source.js';

interface Reference {
  id: string;
  source: SourceFile;
  path: DataPath;
}

/** Every reference to an indicator, with the year from which the file's period runs (null: the plan, any time). */
function indicatorReferences(unit: UnitState): (Reference & { year: number | null })[] {
  const refs: (Reference & { year: number | null })[] = [];
  const plan = unit.plan;
  if (plan) {
    plan.data.gaps.forEach((gap, i) => gap.indicator !== undefined && refs.push({ id: gap.indicator, source: plan.file, path: ['gaps', i, 'indicator'], year: null }));
    plan.data.measures.forEach((m, i) => m.indicator !== undefined && refs.push({ id: m.indicator, source: plan.file, path: ['measures', i, 'indicator'], year: null }));
  }
  for (const doc of unit.progress) {
    const year = Number(doc.data.period.slice(0, 4));
    (doc.data.indicators ?? []).forEach((value, i) => refs.push({ id: value.id, source: doc.file, path: ['indicators', i, 'id'], year }));
  }
  for (const annual of unit.annual) {
    const year = annual.data.year;
    (annual.data.indicators ?? []).forEach((value, i) => refs.push({ id: value.id, source: annual.file, path: ['indicators', i, 'id'], year }));
    (annual.data.targets ?? []).forEach((target, i) => refs.push({ id: target.id, source: annual.file, path: ['targets', i, 'id'], year: year + 1 }));
    (annual.data.new_measures ?? []).forEach(
      (m, i) => m.indicator !== undefined && refs.push({ id: m.indicator, source: annual.file, path: ['new_measures', i, 'indicator'], year: year + 1 }),
    );
  }
  return refs;
}

/** `known` worked out once a year: a unit's files refer to few years, each many times. */
function byYear<Y extends number | null>(known: (year: Y) => string[]): (year: Y) => string[] {
  const years = new Map<Y, string[]>();
  return (year) => {
    let ids = years.get(year);
    if (!ids) years.set(year, (ids = known(year)));
    return ids;
  };
}

export const unknownIndicator: UnitRule = {
  id: 'unknown-indicator',
  scope: 'unit',
  severity: 'error',
  clause: null,
  description: { zh: '差距、措施、月度进展或年度总结引用了建标材料中没有的对标指标。', en: 'A gap, measure, progress or annual entry names an indicator that benchmark.yaml does not define.' },
  messages: {
    unknown: {
      zh: '对标指标“{id}”在建标材料（benchmark.yaml）中不存在。已有指标：{known}。',
      en: 'The indicator "{id}" is not defined in benchmark.yaml. Defined: {known}.',
    },
  },
  explain: {
    why: {
      zh: '引用了建标材料中没有的指标，差距、措施或指标值就对不上任何对标指标，达标情况无法计算。',
      en: 'A reference to an indicator not in the benchmark ties the gap, measure or value to nothing, so progress toward the benchmark cannot be computed.',
    },
    fix: {
      zh: '按 benchmark.yaml 中的指标标识填写（注意拼写）。确需新增对标指标的，先在建标材料中补充该指标。',
      en: 'Use the indicator ids exactly as in benchmark.yaml (check the spelling). If a new indicator is really needed, add it to the benchmark first.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines(
      '# benchmark.yaml 的对标指标：invest-growth、approval-days',
      'gaps:',
      '  - { type: gap, indicator: invest-rate, description: 投资增速低于榆林市 4 个百分点。, cause: 重大项目储备不足。 }   # ← 无此指标',
    ),
    right: lines(
      '# benchmark.yaml 的对标指标：invest-growth、approval-days',
      'gaps:',
      '  - { type: gap, indicator: invest-growth, description: 投资增速低于榆林市 4 个百分点。, cause: 重大项目储备不足。 }',
    ),
  },
  check({ unit, report }: UnitRuleContext) {
    if (!unit.benchmark) return;
    // benchmark.yaml's indicators are known everywhere; a yearly update's new indicators (annual/Y) from year Y+1 on.
    const definitions = indicatorDefinitions(unit);
    const knownIn = byYear((year: number | null) =>
      [...new Set(definitions.filter((d) => d.from === null || year === null || Number(d.from.slice(0, 4)) <= year).map((d) => d.indicator.id))],
    );
    for (const ref of indicatorReferences(unit)) {
      const known = knownIn(ref.year);
      if (!known.includes(ref.id)) report({ source: ref.source, path: ref.path }, 'unknown', { id: ref.id, known: known.join(', ') });
    }
  },
};

export const unknownMeasure: UnitRule = {
  id: 'unknown-measure',
  scope: 'unit',
  severity: 'error',
  clause: null,
  description: {
    zh: '月度进展或年度总结引用了工作方案（及此前年度总结新增措施）中没有的措施。',
    en: 'A progress or annual entry names a measure that is neither in plan.yaml nor among an earlier annual review\'s new measures.',
  },
  messages: {
    unknown: {
      zh: '工作措施“{id}”在对标创建工作方案中不存在。已有措施：{known}。',
      en: 'The measure "{id}" is not in the plan. Known measures: {known}.',
    },
  },
  explain: {
    why: {
      zh: '报告了方案中没有的措施，这项进展无法对应到任何工作措施，督查和考核都不计入。',
      en: 'Progress on a measure the plan does not have belongs to nothing; supervision and scoring cannot count it.',
    },
    fix: {
      zh: '按 plan.yaml 中的措施标识填写（注意拼写）。新一年的新增措施应先列入年度总结的 new_measures，再在月度进展中报告。',
      en: 'Use the measure ids exactly as in plan.yaml (check the spelling). A new measure for the coming year goes first under new_measures in the annual review, then into progress reports.',
    },
    file: 'units/fgw/progress/2022-04.yaml',
    wrong: lines(
      '# plan.yaml 的工作措施：m1、m2',
      'measures:',
      '  - { id: m1, status: done, percent: 100 }',
      '  - { id: m3, status: in-progress, percent: 20 }   # ← 方案中无此措施',
    ),
    right: lines('# plan.yaml 的工作措施：m1、m2', 'measures:', '  - { id: m1, status: done, percent: 100 }', '  - { id: m2, status: in-progress, percent: 20 }'),
  },
  check({ unit, report }: UnitRuleContext) {
    if (!unit.plan) return;
    const definitions = measureDefinitions(unit);
    // A measure exists from its plan, or from the annual review of an earlier year that added it.
    const knownBefore = byYear((year: number) =>
      [...new Set(definitions.filter((d) => !('year' in d.source.data) || d.source.data.year < year).map((d) => d.measure.id))],
    );
    const check = (ids: Reference[], known: string[]) => {
      for (const ref of ids) if (!known.includes(ref.id)) report({ source: ref.source, path: ref.path }, 'unknown', { id: ref.id, known: known.join(', ') });
    };
    for (const progress of unit.progress) {
      const known = knownBefore(Number(progress.data.period.slice(0, 4)));
      check(progress.data.measures.map((m, i) => ({ id: m.id, source: progress.file, path: ['measures', i, 'id'] })), known);
    }
    for (const annual of unit.annual) {
      const known = knownBefore(annual.data.year);
      const refs: Reference[] = annual.data.measures.map((m, i) => ({ id: m.id, source: annual.file, path: ['measures', i, 'id'] }));
      (annual.data.learned ?? []).forEach((item, i) =>
        (item.measures ?? []).forEach((id, j) => refs.push({ id, source: annual.file, path: ['learned', i, 'measures', j] })),
      );
      (annual.data.ongoing ?? []).forEach((id, i) => refs.push({ id, source: annual.file, path: ['ongoing', i] }));
      check(refs, known);
    }
  },
};

export const indicatorUncovered: UnitRule = {
  id: 'indicator-uncovered',
  scope: 'unit',
  severity: 'warning',
  clause: '三(二)2',
  description: { zh: '建标材料中的对标指标，工作方案中没有任何差距分析或措施与之对应。', en: 'A benchmark indicator that no gap and no measure of the plan refers to.' },
  messages: {
    uncovered: {
      zh: '对标指标“{name}”（{id}）在工作方案中没有对应的差距分析或工作措施。请补充针对该指标的措施，量化到事。',
      en: 'Indicator "{name}" ({id}) has no gap and no measure in the plan. Add a measure that moves it.',
    },
  },
  explain: {
    why: {
      zh: '对标指标没有任何措施推动，就只是写在纸上的目标，达标缺乏抓手。',
      en: 'An indicator no measure works on is a target on paper only, with nothing in the plan to reach it.',
    },
    fix: {
      zh: '在 plan.yaml 中补充针对该指标的差距分析（gaps）或工作措施（measures，填写 indicator）。指标确已不再适用的，从建标材料中删去并说明理由。',
      en: 'Add a gap (gaps) or a measure (measures, with indicator) for it in plan.yaml. If the indicator no longer applies, remove it from the benchmark and say why.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines(
      '# benchmark.yaml 的对标指标：invest-growth、approval-days',
      'gaps:   # ← 没有涉及 approval-days 的差距或措施',
      '  - { type: gap, indicator: invest-growth, description: 投资增速低于榆林市 4 个百分点。, cause: 重大项目储备不足。 }',
    ),
    right: lines(
      '# benchmark.yaml 的对标指标：invest-growth、approval-days',
      'gaps:',
      '  - { type: gap, indicator: invest-growth, description: 投资增速低于榆林市 4 个百分点。, cause: 重大项目储备不足。 }',
      '  - { type: weakness, indicator: approval-days, description: 项目审批用时偏长。, cause: 并联审批机制不健全。 }',
    ),
  },
  check({ unit, report }: UnitRuleContext) {
    const { benchmark, plan } = unit;
    if (!benchmark || !plan) return;
    const covered = new Set(
      [...plan.data.gaps.map((g) => g.indicator), ...measureDefinitions(unit).map((d) => d.measure.indicator)].filter((id) => id !== undefined),
    );
    benchmark.data.indicators.forEach((indicator, i) => {
      if (!covered.has(indicator.id)) report({ source: benchmark.file, path: ['indicators', i, 'id'] }, 'uncovered', { id: indicator.id, name: indicator.name });
    });
  },
};
