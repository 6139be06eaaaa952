// A unit's measures and their reported status over time: definitions, and the latest status as of a document.
import type { Doc, UnitState } from './state.js';
import type { AnnualDoc, DataPath, IsoDate, Measure, MeasureStatus, PlanDoc, ProgressDoc } from './types.js';

export interface MeasureDefinition {
  measure: Measure;
  source: Doc<PlanDoc> | Doc<AnnualDoc>;
  path: DataPath;
  /** When work on it starts (measureStart): the plan's deadline, its `added` date, or 01-01 of the year after an annual review. */
  start: IsoDate;
  /** The date it was stopped by a plan revision (`dropped.date`), else null. */
  dropped: IsoDate | null;
}

/**
 * When a measure's schedule starts (DESIGN §5.1): a plan measure on the plan's deadline (whenever the
 * plan came in), one added by a revision on its `added` date, an annual review's new measure of year Y on (Y+1)-01-01.
 */
export function measureStart(measure: Measure, source: { planDeadline: IsoDate } | { annual: AnnualDoc }): IsoDate {
  if ('annual' in source) return `${source.annual.year + 1}-01-01`;
  return measure.added ?? source.planDeadline;
}

/** The date a plan revision stopped the measure, or null while it is in force. */
export function measureDropDate(measure: Measure): IsoDate | null {
  return measure.dropped?.date ?? null;
}

/** True when the measure was stopped on or before `date`: from its drop date it is out of the evaluation. */
export function isDroppedBy(measure: Measure, date: IsoDate): boolean {
  const dropped = measureDropDate(measure);
  return dropped !== null && dropped <= date;
}

/** `compute` for a unit state, worked out once: a unit state never changes, and many rules ask the same. */
function oncePerUnit<T>(compute: (unit: UnitState) => T): (unit: UnitState) => T {
  const known = new WeakMap<UnitState, T>();
  return (unit) => {
    if (!known.has(unit)) known.set(unit, compute(unit));
    return known.get(unit)!;
  };
}

/** Plan measures, then each annual review's new measures, in order. */
export const measureDefinitions: (unit: UnitState) => readonly MeasureDefinition[] = oncePerUnit(definitionsOf);

function definitionsOf(unit: UnitState): MeasureDefinition[] {
  const definitions: MeasureDefinition[] = [];
  const plan = unit.plan;
  if (plan) {
    const inForce = revisionsInForce(plan.data, unit.asOf);
    plan.data.measures.forEach((measure, i) => {
      // A measure added by a revision the office has not received yet does not exist; nor does a drop.
      if (measure.added !== undefined && inForce.get(measure.added) === null) return;
      const start = measureStart(measure, { planDeadline: unit.planDeadline });
      const dropDate = measureDropDate(measure);
      const dropped = dropDate === null ? null : inForce.get(dropDate) === null ? null : later(dropDate, inForce.get(dropDate));
      definitions.push({ measure, source: plan, path: ['measures', i], start: measure.added ? later(start, inForce.get(measure.added)) : start, dropped });
    });
  }
  for (const annual of unit.annual) {
    (annual.data.new_measures ?? []).forEach((measure, i) =>
      definitions.push({ measure, source: annual, path: ['new_measures', i], start: measureStart(measure, { annual: annual.data }), dropped: measureDropDate(measure) }),
    );
  }
  return definitions;
}

const later = (a: IsoDate, b: IsoDate | null | undefined): IsoDate => (b && b > a ? b : a);

/**
 * The plan's revisions by date, as of `asOf`: the date a revision is received (`submitted`, when given),
 * or null when it is received after `asOf` and so does not exist yet (DESIGN §2: in force from the later
 * of its date and its submission).
 */
function revisionsInForce(plan: PlanDoc, asOf: IsoDate): Map<IsoDate, IsoDate | null> {
  const byDate = new Map<IsoDate, IsoDate | null>();
  for (const revision of plan.revisions ?? []) {
    const received = revision.submitted ?? revision.date;
    const known = byDate.get(revision.date);
    if (received > asOf) {
      if (known === undefined) byDate.set(revision.date, null);
    } else if (known === undefined || known === null || received < known) byDate.set(revision.date, received);
  }
  return byDate;
}

export interface StatusReport {
  entry: MeasureStatus;
  doc: Doc<ProgressDoc> | Doc<AnnualDoc>;
  index: number;
  /** Sort key: the month reported on (a year: its December); an annual review comes after December's progress. */
  order: string;
}

/** Where a month's progress report or a year's annual review stands among a unit's status reports. */
export function periodOrder(period: { month: string } | { year: number }): string {
  return 'month' in period ? `${period.month}#0` : `${period.year}-12#1`;
}

export function documentOrder(doc: Doc<ProgressDoc> | Doc<AnnualDoc>): string {
  return periodOrder('period' in doc.data ? { month: doc.data.period } : { year: doc.data.year });
}

/** Every status report of the unit, oldest first. */
export const statusReports: (unit: UnitState) => readonly StatusReport[] = oncePerUnit(sortedStatusReports);

function sortedStatusReports(unit: UnitState): StatusReport[] {
  const docs: (Doc<ProgressDoc> | Doc<AnnualDoc>)[] = [...unit.progress, ...unit.annual];
  return docs
    .map((doc) => ({ doc, order: documentOrder(doc) }))
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .flatMap(({ doc, order }) => doc.data.measures.map((entry, index) => ({ entry, doc, index, order })));
}

/** The latest status of each measure, from the reports strictly before `order` (all when omitted). */
export function latestStatuses(reports: readonly StatusReport[], order?: string): Map<string, StatusReport> {
  const latest = new Map<string, StatusReport>();
  for (const report of reports) {
    if (order !== undefined && report.order >= order) break;
    latest.set(report.entry.id, report);
  }
  return latest;
}

/** Percent complete of a status entry: as written, or 100 when done, 0 when not started. */
export function percentOf(entry: MeasureStatus): number {
  if (entry.percent !== undefined) return entry.percent;
  return entry.status === 'done' ? 100 : 0;
}
