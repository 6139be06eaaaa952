// Generated one-unit campaigns over 2022–2023 (monthly reports in 2022, quarterly from 2023-03), kept
// exactly on the unit's own schedule, or off it at a pace, for the property tests of DESIGN §5's invariants.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { parse, stringify } from 'yaml';
import { addDays, daysBetween, lastDayOfMonth } from '../../src/calendar/dates.js';
import { annualDueDate, expectedPercent, lineValue, progressDueDate } from '../../src/calendar/schedule.js';
import { resolveCampaign } from '../../src/load/campaign.js';
import type { CampaignDoc } from '../../src/model/types.js';
import { SOUND } from '../helpers.js';

export const PLAN_DEADLINE = '2022-02-15';
const REACH_END = '2022-12-31';
const EXCHANGE_TYPES = ['high-level-visit', 'cadre-secondment', 'enterprise', 'talent'] as const;

export const CAMPAIGN_YAML = readFileSync(join(SOUND, 'campaign.yaml'), 'utf8').replace(
  'progress: { first: 2022-03, last: 2022-05, due_day: 5 }',
  'progress:\n  - { first: 2022-03, last: 2022-12, every: month, due_day: 5 }\n  - { first: 2023-03, every: quarter, due_day: 10 }',
);
const campaign = resolveCampaign(parse(CAMPAIGN_YAML) as CampaignDoc);

/** The report periods written: each month of 2022 from March, then the quarters of 2023, by the month they are named by. */
export const PERIODS = ['2022-03', '2022-04', '2022-05', '2022-06', '2022-07', '2022-08', '2022-09', '2022-10', '2022-11', '2022-12', '2023-03', '2023-06', '2023-09', '2023-12'];

export interface Shape {
  measures: { dueOffset: number; milestone: { at: number; percent: number } | null }[];
  indicators: { direction: 'higher' | 'lower'; baseline: number; step: number; frequency: 'month' | 'quarter' | 'year'; milestone: { at: number; share: number } | null; next: 'improve' | 'hold' }[];
  exchanges: { type: number; planned: number }[];
  exchanges2023: { type: number; planned: number }[];
  newMeasure2023: { dueOffset: number } | null;
  /** Days before the due date each document is submitted. */
  lead: number;
  /** Share of its schedule the unit keeps: 1 on schedule, less behind. */
  pace: number;
}

const exchangesArb = fc.uniqueArray(fc.record({ type: fc.integer({ min: 0, max: EXCHANGE_TYPES.length - 1 }), planned: fc.integer({ min: 1, max: 3 }) }), { maxLength: 2, selector: (e) => e.type });

export const shapeArb = (pace: fc.Arbitrary<number> = fc.constant(1)): fc.Arbitrary<Shape> =>
  fc.record({
    measures: fc.array(
      fc.record({
        dueOffset: fc.integer({ min: 10, max: 400 }),
        milestone: fc.option(fc.record({ at: fc.double({ min: 0.2, max: 0.8, noNaN: true }), percent: fc.integer({ min: 5, max: 95 }) }), { nil: null }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    indicators: fc.array(
      fc.record({
        direction: fc.constantFrom('higher' as const, 'lower' as const),
        baseline: fc.integer({ min: 50, max: 1000 }),
        step: fc.integer({ min: 1, max: 40 }),
        frequency: fc.constantFrom('month' as const, 'quarter' as const, 'year' as const),
        milestone: fc.option(fc.record({ at: fc.double({ min: 0.2, max: 0.8, noNaN: true }), share: fc.double({ min: 0.1, max: 0.9, noNaN: true }) }), { nil: null }),
        next: fc.constantFrom('improve' as const, 'hold' as const),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    exchanges: exchangesArb,
    exchanges2023: exchangesArb,
    newMeasure2023: fc.option(fc.record({ dueOffset: fc.integer({ min: 30, max: 330 }) }), { nil: null }),
    lead: fc.integer({ min: 0, max: 3 }),
    pace,
  });

const template = (rel: string) => parse(readFileSync(join(SOUND, rel), 'utf8')) as Record<string, any>;
const pd = (n: number) => String(n).padStart(2, '0');
const dateAt = (start: string, end: string, share: number) => addDays(start, Math.max(1, Math.min(daysBetween(start, end) - 1, Math.round(daysBetween(start, end) * share))));

interface MeasureSpec {
  id: string;
  start: string;
  due: string;
  milestones: { by: string; percent: number }[];
}

interface IndicatorSpec {
  id: string;
  direction: 'higher' | 'lower';
  baseline: number;
  target: number;
  frequency: 'month' | 'quarter' | 'year';
  milestones: { by: string; value: number }[];
  target2023: number;
}

/** What the unit should report at the end of a period: the schedule, at `pace`, a hair ahead so rounding never puts it behind. */
function indicatorValue(i: IndicatorSpec, end: string, pace: number): number {
  const first = end <= REACH_END;
  const points = first
    ? [{ date: PLAN_DEADLINE, value: i.baseline }, ...i.milestones.map((m) => ({ date: m.by, value: m.value })), { date: REACH_END, value: i.target }]
    : [{ date: '2023-01-01', value: indicatorValue(i, REACH_END, pace) }, { date: '2023-12-31', value: i.target2023 }];
  const from = points[0]!.value;
  const line = lineValue(points, end);
  const span = Math.abs(points[points.length - 1]!.value - from) || 1;
  const sign = i.direction === 'higher' ? 1 : -1;
  const value = from + (line - from) * pace + (pace >= 1 ? sign * span * 0.001 : 0);
  return Number(value.toFixed(4));
}

/** The files of a one-unit campaign (path → data), on schedule at pace 1. */
export function campaignFiles(s: Shape): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  const submit = (due: string) => addDays(due, -s.lead);
  const measures: MeasureSpec[] = s.measures.map((m, n) => {
    const due = addDays(PLAN_DEADLINE, m.dueOffset) > REACH_END ? REACH_END : addDays(PLAN_DEADLINE, m.dueOffset);
    const milestones = m.milestone && daysBetween(PLAN_DEADLINE, due) > 4 ? [{ by: dateAt(PLAN_DEADLINE, due, m.milestone.at), percent: m.milestone.percent }] : [];
    return { id: `m${n + 1}`, start: PLAN_DEADLINE, due, milestones };
  });
  const added = s.newMeasure2023 ? { id: `m${measures.length + 1}`, start: '2023-01-01', due: addDays('2023-01-01', s.newMeasure2023.dueOffset), milestones: [] } : null;
  const indicators: IndicatorSpec[] = s.indicators.map((i, n) => {
    const sign = i.direction === 'higher' ? 1 : -1;
    const target = i.baseline + sign * i.step;
    const milestones = i.milestone ? [{ by: dateAt(PLAN_DEADLINE, REACH_END, i.milestone.at), value: Number((i.baseline + sign * i.step * i.milestone.share).toFixed(2)) }] : [];
    return { id: `i${n + 1}`, direction: i.direction, baseline: i.baseline, target, frequency: i.frequency, milestones, target2023: i.next === 'hold' ? target : target + sign * i.step };
  });
  files['units/fgw/unit.yaml'] = template('units/fgw/unit.yaml');
  files['units/fgw/benchmark.yaml'] = {
    ...template('units/fgw/benchmark.yaml'),
    submitted: submit(campaign.deadlines.benchmark),
    approval: { by: '张三', role: 'leader-in-charge', date: addDays(submit(campaign.deadlines.benchmark), -1) },
    indicators: indicators.map((i) => ({
      id: i.id,
      name: `指标${i.id}`,
      unit: '个',
      direction: i.direction,
      baseline: i.baseline,
      benchmark: i.target,
      target: i.target,
      frequency: i.frequency,
      ...(i.milestones.length ? { milestones: i.milestones } : {}),
    })),
  };
  files['units/fgw/research.yaml'] = { ...template('units/fgw/research.yaml'), submitted: submit(campaign.deadlines.research) };
  const planSubmitted = submit(PLAN_DEADLINE);
  files['units/fgw/plan.yaml'] = {
    ...template('units/fgw/plan.yaml'),
    submitted: planSubmitted,
    gaps: indicators.map((i) => ({ type: 'gap', indicator: i.id, description: '差距明显。', cause: '基础薄弱。' })),
    measures: measures.map((m) => ({
      id: m.id,
      title: `措施${m.id}`,
      responsible: { unit: '项目科', person: '赵六' },
      deliverable: '工作方案',
      due: m.due,
      ...(m.milestones.length ? { milestones: m.milestones } : {}),
      indicator: indicators[0]!.id,
    })),
    exchanges: s.exchanges.map((e) => ({ type: EXCHANGE_TYPES[e.type], planned: e.planned })),
    approval: { by: '张三', role: 'leader-in-charge', date: addDays(planSubmitted, -1) },
  };
  const all = added ? [...measures, added] : measures;
  const exchanges = [...heldOnSchedule(s.exchanges, PLAN_DEADLINE, REACH_END), ...heldOnSchedule(s.exchanges2023, '2023-01-01', '2023-12-31')];
  const doneBy = new Map<string, string>();
  for (const period of PERIODS) {
    const end = lastDayOfMonth(period);
    const first = period.startsWith('2023') ? `${period.slice(0, 5)}${pd(Number(period.slice(5)) - 2)}-01` : `${period}-01`;
    const report = statusEntries(all, end, s.pace, doneBy);
    files[`units/fgw/progress/${period}.yaml`] = {
      unit: 'fgw',
      period,
      submitted: submit(progressDueDate(campaign, period)),
      measures: report,
      indicators: indicators.filter((i) => i.frequency !== 'year').map((i) => ({ id: i.id, value: indicatorValue(i, end, s.pace) })),
      exchanges: exchanges.filter((e) => e.date >= first && e.date <= end),
    };
  }
  for (const year of [2022, 2023]) {
    const end = `${year}-12-31`;
    files[`units/fgw/annual/${year}.yaml`] = {
      unit: 'fgw',
      year,
      submitted: submit(annualDueDate(campaign, year)),
      measures: all.filter((m) => m.start <= end && (!doneBy.has(m.id) || doneBy.get(m.id)! >= `${year}-01-01`)).map((m) => statusOf(m, end, s.pace)),
      indicators: indicators.map((i) => ({ id: i.id, value: indicatorValue(i, end, s.pace) })),
      ...(year === 2022
        ? {
            targets: indicators.map((i) => ({ id: i.id, target: i.target2023 })),
            ...(added ? { new_measures: [{ id: added.id, title: '新增措施', responsible: { unit: '项目科', person: '赵六' }, deliverable: '新方案', due: added.due, indicator: indicators[0]!.id }] } : {}),
            exchanges_planned: s.exchanges2023.map((e) => ({ type: EXCHANGE_TYPES[e.type], planned: e.planned })),
          }
        : { targets: indicators.map((i) => ({ id: i.id, target: i.target2023 })) }),
    };
  }
  return files;
}

function statusOf(m: MeasureSpec, end: string, pace: number): { id: string; status: string; percent: number } {
  const percent = Math.min(100, Math.ceil(expectedPercent(m.start, m.due, end, m.milestones) * pace));
  return { id: m.id, status: percent >= 100 ? 'done' : percent > 0 ? 'in-progress' : 'not-started', percent };
}

/** Each measure started by the period's end and not done before it, where the schedule (at `pace`) puts it. */
function statusEntries(measures: MeasureSpec[], end: string, pace: number, doneBy: Map<string, string>) {
  const entries = [];
  for (const m of measures) {
    if (m.start > end || doneBy.has(m.id)) continue;
    const entry = statusOf(m, end, pace);
    if (entry.status === 'done') doneBy.set(m.id, end);
    entries.push(entry);
  }
  return entries;
}

/** Exchanges held so that, on any date, as many of each type have been held as the schedule calls for (⌊planned × share⌋). */
function heldOnSchedule(plan: { type: number; planned: number }[], start: string, end: string) {
  const span = daysBetween(start, end);
  const list = plan.length ? plan : [{ type: 3, planned: 1 }];
  return list.flatMap((e) =>
    Array.from({ length: e.planned }, (_, k) => {
      const due = Math.ceil(((k + 1) * span) / e.planned);
      return { type: EXCHANGE_TYPES[e.type], date: addDays(start, Math.floor(due / 2)), count: 1, description: '交流学习。' };
    }),
  );
}

/** Writes the files under `dir` with the campaign.yaml of the generated campaigns. */
export function writeFiles(dir: string, files: Record<string, unknown>): string {
  writeFileSync(join(dir, 'campaign.yaml'), CAMPAIGN_YAML);
  for (const [rel, data] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), stringify(data));
  }
  return dir;
}
