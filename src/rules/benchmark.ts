// benchmark-self, resource-city-preferred, indicator-target-direction, indicator-target-below-benchmark.
import { directionWords } from '../i18n/yearend-words.js';
import { unitDomain } from '../model/roster.js';
import type { Indicator } from '../model/types.js';
import { indicatorDefinitions } from '../model/yearly.js';
import { lines, type UnitRule } from './types.js';

/** The campaign's own city, written with or without its province (鄂尔多斯市, 内蒙古自治区鄂尔多斯市). */
function isOwnCity(region: string, city: string): boolean {
  const compact = (s: string) => s.replace(/\s+/g, '');
  return compact(region).includes(compact(city));
}

export const benchmarkSelf: UnitRule = {
  id: 'benchmark-self',
  scope: 'unit',
  severity: 'error',
  clause: '三(一)2',
  description: { zh: '建标学习对象（整体或单项亮点）是本市自己。', en: 'The benchmark region (target or highlight) is the campaign\'s own city.' },
  messages: {
    self: {
      zh: '建标学习对象“{region}”是本市（{city}）。应选取外地先进地区的对应单位作为学习对象。',
      en: 'The benchmark region "{region}" is the campaign\'s own city ({city}). Choose an advanced region elsewhere.',
    },
  },
  explain: {
    why: {
      zh: '对标先进是向外地先进地区学习，以本市（含本市所辖旗区）为学习对象，起不到找差距、学经验的作用。',
      en: 'The campaign is about learning from advanced regions elsewhere; benchmarking against the city itself (or its own districts) finds no gap and teaches nothing new.',
    },
    fix: {
      zh: '按“对等、对口、对应”要求，另选外地先进地区的对应单位作为学习对象（整体对标或单项亮点对标），同时更新对口单位和三个原则的说明。',
      en: 'Choose a matching unit in an advanced region elsewhere, as equal, counterpart and corresponding, for the target or the highlight, and update the counterpart and the three principles to match.',
    },
    file: 'units/fgw/benchmark.yaml',
    wrong: lines('highlights:', '  - { region: 鄂尔多斯市康巴什区, counterpart: 康巴什区发展和改革委员会, topic: 项目审批提速 }   # ← 本市'),
    right: lines('highlights:', '  - { region: 江苏省徐州市, counterpart: 徐州市发展和改革委员会, topic: 产业延链建群 }'),
  },
  check({ unit, state, report }) {
    const benchmark = unit.benchmark;
    if (!benchmark) return;
    const city = state.campaign.city;
    if (isOwnCity(benchmark.data.target.region, city)) {
      report({ source: benchmark.file, path: ['target', 'region'] }, 'self', { region: benchmark.data.target.region, city });
    }
    (benchmark.data.highlights ?? []).forEach((highlight, i) => {
      if (isOwnCity(highlight.region, city)) report({ source: benchmark.file, path: ['highlights', i, 'region'] }, 'self', { region: highlight.region, city });
    });
  },
};

export const resourceCityPreferred: UnitRule = {
  id: 'resource-city-preferred',
  scope: 'unit',
  severity: 'info',
  clause: '三(一)2',
  description: {
    zh: '经济发展领域的成员单位，建标对象宜选取资源型地区转型发展的先进案例。',
    en: 'A unit in an economic domain should prefer a resource-based city that transformed successfully.',
  },
  messages: {
    prefer: {
      zh: '本单位属经济发展领域（{domain}），实施方案要求“经济发展方面尽量选取资源型地区转型发展的先进案例”，此处对象类别为 {category}。如确有理由，可在“可比性”中说明。',
      en: 'This unit is in an economic domain ({domain}); the plan asks such units to prefer resource-based cities, but the category is {category}. If there is a reason, give it under comparable.',
    },
  },
  explain: {
    why: {
      zh: '我市是资源型城市，经济发展领域选取资源型地区转型发展的先进案例，经济体量和立地条件相近，更可比、能学。此项为提示，不计为错误。',
      en: 'Ordos is a resource-based city; for economic work, a resource-based city that transformed successfully is closer in size and conditions, so more comparable and easier to learn from. This is advice, not an error.',
    },
    fix: {
      zh: '优先考虑陕西省榆林市、江苏省徐州市、山东省济宁市等资源型城市（category: resource-city）。确需选取其他地区的，在 principles.comparable（可比性）中写明理由即可。',
      en: 'Consider a resource-based city first, such as Yulin, Xuzhou or Jining (category: resource-city). If another region is the better choice, say why under principles.comparable.',
    },
    file: 'units/fgw/benchmark.yaml',
    wrong: lines('target:', '  region: 江苏省苏州市', '  counterpart: 苏州市发展和改革委员会', '  category: advanced-region   # ← 经济发展领域宜选资源型城市'),
    right: lines('target:', '  region: 陕西省榆林市', '  counterpart: 榆林市发展和改革委员会', '  category: resource-city'),
  },
  check({ unit, state, report }) {
    const domain = unitDomain(unit);
    const benchmark = unit.benchmark;
    if (!domain || !benchmark || !state.campaign.economic_domains.includes(domain)) return;
    if (benchmark.data.target.category !== 'resource-city') {
      report({ source: benchmark.file, path: ['target', 'category'] }, 'prefer', {
        domain: state.campaign.domains[domain] ?? domain,
        category: benchmark.data.target.category,
      });
    }
  },
};

/** True when `a` is better than `b` in the indicator's direction. */
function better(indicator: Indicator, a: number, b: number): boolean {
  return indicator.direction === 'higher' ? a > b : a < b;
}

export const indicatorTargetDirection: UnitRule = {
  id: 'indicator-target-direction',
  scope: 'unit',
  severity: 'error',
  clause: '三(一)2',
  description: { zh: '对标指标的目标值没有按指标方向优于基期值（相等也算未提升）。', en: 'An indicator\'s target does not improve on its baseline in the indicator\'s direction (equal does not count).' },
  messages: {
    higher: {
      zh: '指标“{name}”越高越好，目标值 {target} 应高于基期值 {baseline}。请核对目标值或指标方向。',
      en: 'Indicator "{name}" is better higher; the target {target} must be above the baseline {baseline}. Check the target or the direction.',
    },
    lower: {
      zh: '指标“{name}”越低越好，目标值 {target} 应低于基期值 {baseline}。请核对目标值或指标方向。',
      en: 'Indicator "{name}" is better lower; the target {target} must be below the baseline {baseline}. Check the target or the direction.',
    },
  },
  explain: {
    why: {
      zh: '目标值不优于基期值，说明指标方向或数值填反了，据此无法衡量提升，达标评估也会算错。',
      en: 'A target no better than the baseline means the direction or a value is the wrong way round; no improvement can be measured and the score comes out wrong.',
    },
    fix: {
      zh: '先核对指标方向：越高越好填 higher，越低越好（如用时、能耗）填 lower；再核对基期值和目标值，目标值应按方向优于基期值。',
      en: 'Check the direction first: higher if more is better, lower if less is better (time taken, energy use); then check the baseline and target. The target must be better than the baseline in that direction.',
    },
    file: 'units/fgw/benchmark.yaml',
    wrong: lines(
      'indicators:',
      '  - { id: approval-days, name: 项目审批平均用时, unit: 天, direction: higher, baseline: 60, benchmark: 40, target: 38 }   # ← 用时越低越好',
    ),
    right: lines(
      'indicators:',
      '  - { id: approval-days, name: 项目审批平均用时, unit: 天, direction: lower, baseline: 60, benchmark: 40, target: 38 }',
    ),
  },
  check({ unit, report }) {
    // benchmark.yaml's indicators and the new indicators of annual reviews alike.
    for (const { indicator, source, path } of indicatorDefinitions(unit)) {
      if (!better(indicator, indicator.target, indicator.baseline)) {
        report({ source: source.file, path: [...path, 'target'] }, indicator.direction, {
          name: indicator.name,
          target: indicator.target,
          baseline: indicator.baseline,
        });
      }
    }
  },
};

export const indicatorTargetBelowBenchmark: UnitRule = {
  id: 'indicator-target-below-benchmark',
  scope: 'unit',
  severity: 'warning',
  clause: '三(三)',
  description: { zh: '对标指标的目标值没有达到标杆值（达标即达到标杆水平）。', en: 'An indicator\'s target does not reach the benchmark\'s value (达标 means reaching it).' },
  messages: {
    below: {
      zh: '指标“{name}”（{direction}）的目标值 {target} 未达到标杆值 {benchmark}。达标阶段应达到标杆水平，请核对目标值。',
      en: 'Indicator "{name}" ({direction}): the target {target} does not reach the benchmark value {benchmark}. The reach phase means reaching it; check the target.',
    },
  },
  explain: {
    why: {
      zh: '达标即达到标杆水平。目标值低于标杆值，到达标阶段结束时仍处于“跟跑”。',
      en: 'Reaching the standard means reaching the benchmark\'s level; a target short of it leaves the unit still following when the reach phase ends.',
    },
    fix: {
      zh: '将目标值调整到不低于标杆值。确因客观条件难以达到的，应在 principles.comparable（可比性）中说明，或另选更可比的对标指标。',
      en: 'Raise the target to at least the benchmark value. If conditions really rule that out, explain it under principles.comparable, or choose a more comparable indicator.',
    },
    file: 'units/fgw/benchmark.yaml',
    wrong: lines(
      'indicators:',
      '  - { id: invest-growth, name: 固定资产投资增速, unit: "%", direction: higher, baseline: 8.0, benchmark: 12.0, target: 10.0 }   # ← 未达到标杆值',
    ),
    right: lines(
      'indicators:',
      '  - { id: invest-growth, name: 固定资产投资增速, unit: "%", direction: higher, baseline: 8.0, benchmark: 12.0, target: 12.5 }',
    ),
  },
  localize(data, lang) {
    const direction = data.direction === 'higher' || data.direction === 'lower' ? directionWords[data.direction][lang] : data.direction;
    return { ...data, direction };
  },
  check({ unit, report }) {
    // benchmark.yaml's targets only: they are the unit's 达标 commitment. A new indicator of an annual
    // review sets a year's step towards the benchmark, which need not reach it yet.
    const benchmark = unit.benchmark;
    benchmark?.data.indicators.forEach((indicator, i) => {
      if (better(indicator, indicator.benchmark, indicator.target)) {
        report({ source: benchmark.file, path: ['indicators', i, 'target'] }, 'below', {
          name: indicator.name,
          direction: indicator.direction,
          target: indicator.target,
          benchmark: indicator.benchmark,
        });
      }
    });
  },
};
