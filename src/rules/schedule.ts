// milestone-order and indicator-value-missing: the schedules units promise (时间节点、阶段目标) and the values each report owes.
import { lastDayOfMonth } from '../calendar/dates.js';
import { progressStretchOf } from '../calendar/schedule.js';
import { carries, frequencyOf } from '../calendar/window.js';
import { sayMonth, sayYear } from '../i18n/periods.js';
import { measureDefinitions } from '../model/measures.js';
import { indicatorDefinitions } from '../model/yearly.js';
import type { Indicator } from '../model/types.js';
import { lines, type UnitRule } from './types.js';

const FREQUENCY = { month: { zh: '每期进展', en: 'every progress report' }, quarter: { zh: '季末进展', en: "each quarter's last report" }, year: { zh: '年度总结', en: 'the annual review' } };

export const milestoneOrder: UnitRule = {
  id: 'milestone-order',
  scope: 'unit',
  severity: 'error',
  clause: '三(二)2',
  description: {
    zh: '时间节点（措施）或阶段目标（指标）的日期和数值没有逐个递增，或不在起始日期与完成时限（目标日期）之间，或措施节点写成了 100%。',
    en: 'Milestones of a measure or an indicator do not increase in date and amount, fall outside the start and the due (target) date, or a measure milestone is at 100%.',
  },
  messages: {
    order: {
      zh: '节点 {by}（{amount}）应在上一个节点 {previousBy}（{previous}）之后，且数值沿目标方向推进。请按时间先后、进度递增的顺序填写。',
      en: 'Milestone {by} ({amount}) must come after the previous one, {previousBy} ({previous}), and move further toward the target. List milestones in order of date and progress.',
    },
    beforeStart: {
      zh: '节点 {by} 不晚于进度的起始日期 {start}。节点应在起始日期之后。',
      en: 'Milestone {by} is not after the schedule\'s start, {start}. A milestone lies after the start.',
    },
    afterDue: {
      zh: '节点 {by} 不早于完成时限（目标日期）{due}。到期即应全部完成，节点应在此之前。',
      en: 'Milestone {by} is not before the due (target) date {due}. Everything is due then; a milestone lies before it.',
    },
    full: {
      zh: '节点 {by} 的进度为 {amount}%：完成时限即为 100%，节点应小于 100%。',
      en: 'Milestone {by} is at {amount}%: the due date is 100%, so a milestone is below 100%.',
    },
    beyondTarget: {
      zh: '阶段目标 {by} 的数值 {amount} 已达到或超过目标值 {target}：阶段目标应在基期值与目标值之间。',
      en: 'Milestone {by} ({amount}) reaches or passes the target {target}: a milestone lies between the baseline and the target.',
    },
  },
  explain: {
    why: {
      zh: '时间节点是单位自己承诺的进度，评估按节点连成的计划线判断进度是否到位；节点顺序错乱或超出起止日期，计划线就无从确定。',
      en: 'Milestones are the progress a unit promises itself; the evaluation reads expected progress off the line through them. Out of order or outside the start and due date, there is no line to read.',
    },
    fix: {
      zh: '按日期先后排列节点，每个节点的进度（或阶段目标值）都比上一个更接近目标；节点日期在起始日期之后、完成时限之前；措施节点的进度小于 100%。',
      en: 'List milestones by date, each further toward the goal than the one before; dates after the start and before the due date; a measure milestone below 100%.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('    due: 2022-12-31', '    milestones:', '      - { by: 2022-06-30, percent: 50 }', '      - { by: 2022-04-30, percent: 30 }   # ← 日期早于上一个节点'),
    right: lines('    due: 2022-12-31', '    milestones:', '      - { by: 2022-04-30, percent: 30 }', '      - { by: 2022-06-30, percent: 50 }'),
  },
  check({ unit, state, report }) {
    for (const { measure, source, path, start } of measureDefinitions(unit)) {
      let previous: { by: string; percent: number } | undefined;
      (measure.milestones ?? []).forEach((m, j) => {
        const at = { source: source.file, path: [...path, 'milestones', j] };
        if (m.by <= start) report({ ...at, path: [...at.path, 'by'] }, 'beforeStart', { by: m.by, start });
        else if (m.by >= measure.due) report({ ...at, path: [...at.path, 'by'] }, 'afterDue', { by: m.by, due: measure.due });
        if (m.percent >= 100) report({ ...at, path: [...at.path, 'percent'] }, 'full', { by: m.by, amount: m.percent });
        else if (previous && (m.by <= previous.by || m.percent <= previous.percent)) {
          report(at, 'order', { by: m.by, amount: `${m.percent}%`, previousBy: previous.by, previous: `${previous.percent}%` });
        }
        previous = m;
      });
    }
    for (const { indicator, source, path, from } of indicatorDefinitions(unit)) {
      const start = from ?? state.campaign.deadlines.plan;
      const end = from ? `${from.slice(0, 4)}-12-31` : state.campaign.phases.reach.end;
      checkIndicatorMilestones(indicator, start, end, (j, key, id, data) => report({ source: source.file, path: [...path, 'milestones', j, ...(key ? [key] : [])] }, id, data));
    }
  },
};

function checkIndicatorMilestones(
  indicator: Indicator,
  start: string,
  end: string,
  report: (j: number, key: 'by' | 'value' | null, id: string, data: Record<string, string | number>) => void,
): void {
  const ahead = (a: number, b: number) => (indicator.direction === 'higher' ? a > b : a < b);
  let previous: { by: string; value: number } | undefined;
  (indicator.milestones ?? []).forEach((m, j) => {
    if (m.by <= start) report(j, 'by', 'beforeStart', { by: m.by, start });
    else if (m.by >= end) report(j, 'by', 'afterDue', { by: m.by, due: end });
    if (!ahead(indicator.target, m.value)) report(j, 'value', 'beyondTarget', { by: m.by, amount: m.value, target: indicator.target });
    else if (!ahead(m.value, previous?.value ?? indicator.baseline) || (previous && m.by <= previous.by)) {
      report(j, null, 'order', { by: m.by, amount: m.value, previousBy: previous?.by ?? start, previous: previous?.value ?? indicator.baseline });
    }
    previous = m;
  });
}

export const indicatorValueMissing: UnitRule = {
  id: 'indicator-value-missing',
  scope: 'unit',
  severity: 'warning',
  clause: '四(二)',
  description: {
    zh: '按指标的报送频次（frequency）应填报该指标数值的报告，没有填报。',
    en: "A report that must carry an indicator's value by its frequency does not.",
  },
  messages: {
    missing: {
      zh: '{report}应填报指标“{name}”（{id}）的数值（报送频次：{frequency}），此处未填。请在 indicators 中补充一行：- { id: {id}, value: … }。未填的数值按 0 计分。',
      en: 'The {report} must carry the value of indicator "{name}" ({id}) (frequency: {frequency}) and does not. Add a line under indicators: - { id: {id}, value: … }. A value due and missing scores 0.',
    },
  },
  explain: {
    why: {
      zh: '指标数值按报送频次（frequency）填报，评估在应填报的报告中读取数值；应填未填的，该指标按 0 计分，不会沿用以前的数值。',
      en: "Indicator values are read from the reports that must carry them by the indicator's frequency; a value due and missing scores 0, and no older value is carried over.",
    },
    fix: {
      zh: '在该期报告的 indicators 中补充该指标的数值。数值确实按年统计的，在建标材料中把该指标的 frequency 写为 year，只在年度总结中填报。',
      en: "Add the indicator's value under indicators in that report. A value only counted yearly gets frequency: year in benchmark.yaml and is reported in the annual review.",
    },
    file: 'units/fgw/progress/2022-06.yaml',
    wrong: lines('indicators:', '  - { id: fixed-asset-growth, value: 11.2 }', '# ← 缺少 project-start-rate'),
    right: lines('indicators:', '  - { id: fixed-asset-growth, value: 11.2 }', '  - { id: project-start-rate, value: 92.5 }'),
  },
  localize: (data, lang) => ({ ...data, frequency: FREQUENCY[data.frequency as keyof typeof FREQUENCY]?.[lang] ?? data.frequency, report: lang === 'zh' ? String(data.reportZh) : String(data.reportEn) }),
  check({ unit, state, report }) {
    const campaign = state.campaign;
    const definitions = indicatorDefinitions(unit);
    const docs = [
      ...unit.progress.filter((d) => progressStretchOf(campaign, d.data.period)).map((doc) => ({ doc, slot: { kind: 'progress' as const, period: doc.data.period }, end: lastDayOfMonth(doc.data.period) })),
      ...unit.annual.map((doc) => ({ doc, slot: { kind: 'annual' as const, period: String(doc.data.year) }, end: `${doc.data.year}-12-31` })),
    ];
    for (const { doc, slot, end } of docs) {
      const given = new Set((doc.data.indicators ?? []).map((v) => v.id));
      for (const { indicator, from } of definitions) {
        const start = from ?? campaign.deadlines.plan;
        const frequency = frequencyOf(indicator);
        if (end <= start || given.has(indicator.id) || !carries(slot, frequency)) continue;
        const [reportZh, reportEn] =
          slot.kind === 'progress' ? [`${sayMonth(slot.period, 'zh')}进展`, `progress report for ${sayMonth(slot.period, 'en')}`] : [`${sayYear(slot.period, 'zh')}总结`, `annual review of ${slot.period}`];
        report({ source: doc.file, path: doc.data.indicators ? ['indicators'] : [] }, 'missing', { id: indicator.id, name: indicator.name, frequency, reportZh, reportEn });
      }
    }
  },
};
