// benchmark-self, resource-city-preferred, indicator-target-direction, indicator-target-below-benchmark.
import { unitDomain } from '../model/roster.js';
import type { Indicator } from '../model/types.js';
import { indicatorDefinitions } from '../model/yearly.js';
import type { UnitRule } from './types.js';

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

const DIRECTION = { higher: { zh: '越高越好', en: 'higher is better' }, lower: { zh: '越低越好', en: 'lower is better' } };

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
  localize(data, lang) {
    const direction = data.direction === 'higher' || data.direction === 'lower' ? DIRECTION[data.direction][lang] : data.direction;
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
