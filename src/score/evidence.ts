// What a unit's reports say as of A: only reports past their due date count (DESIGN §5: a report's
// figures count from its due date), read where the evidence date D puts them.
import { lastDayOfMonth, yearOf, type IsoDate } from '../calendar/dates.js';
import { annualDueDate, progressDueDate, progressStretchOf } from '../calendar/schedule.js';
import { isPastDue, type ReportSlot } from '../calendar/window.js';
import { percentOf } from '../model/measures.js';
import type { Doc, DocumentEntry, UnitState } from '../model/state.js';
import type { AnnualDoc, Campaign, MeasureState, ProgressDoc } from '../model/types.js';

export type ReportDoc = Doc<ProgressDoc> | Doc<AnnualDoc>;

/** The key of a report slot, as the documents of the schedule name it: `progress:2022-03`, `annual:2022`. */
export const slotKey = (slot: Pick<ReportSlot, 'kind' | 'period'>): string => `${slot.kind}:${slot.period}`;

export interface UnitEvidence {
  unit: UnitState;
  campaign: Campaign;
  asOf: IsoDate;
  /** The unit's reports whose due date has passed on A, by slot key, each with the date it stands for. */
  reports: Map<string, { doc: ReportDoc; end: IsoDate }>;
}

const cache = new WeakMap<UnitState, Map<IsoDate, UnitEvidence>>();

/** The reports of the unit that count on A: those of a scheduled period whose due date has passed. */
export function evidenceOf(unit: UnitState, campaign: Campaign, asOf: IsoDate): UnitEvidence {
  let byDate = cache.get(unit);
  if (!byDate) cache.set(unit, (byDate = new Map()));
  const known = byDate.get(asOf);
  if (known) return known;
  const reports = new Map<string, { doc: ReportDoc; end: IsoDate }>();
  for (const doc of unit.progress) {
    const month = doc.data.period;
    if (progressStretchOf(campaign, month) && isPastDue(progressDueDate(campaign, month), asOf)) reports.set(`progress:${month}`, { doc, end: lastDayOfMonth(month) });
  }
  for (const doc of unit.annual) {
    const year = doc.data.year;
    if (year >= campaign.annual.first && isPastDue(annualDueDate(campaign, year), asOf)) reports.set(`annual:${year}`, { doc, end: `${year}-12-31` });
  }
  const evidence = { unit, campaign, asOf, reports };
  byDate.set(asOf, evidence);
  return evidence;
}

/** The schedule's entry for a document key, when the document was owed by A. */
export function documentEntry(unit: UnitState, key: string): DocumentEntry | undefined {
  return unit.documents.find((d) => d.expected.key === key);
}

/**
 * A document a component rests on that is past due on A and not usable — missing, or present but
 * unreadable (schema errors): the basis is missing, and the component or term is 0 (DESIGN §5.1).
 */
export function basisMissing(unit: UnitState, key: string, asOf: IsoDate): DocumentEntry | null {
  const entry = documentEntry(unit, key);
  if (!entry || !isPastDue(entry.expected.due, asOf)) return null;
  const usable =
    key === 'plan' ? unit.plan !== undefined : key === 'benchmark' ? unit.benchmark !== undefined : key.startsWith('annual:') ? unit.annual.some((a) => `annual:${a.data.year}` === key) : entry.source !== null;
  return usable ? null : entry;
}

/** From the create phase on, year Y rests on the annual file of Y−1 (its targets, new measures and planned exchanges). */
export function yearlyBasisMissing(unit: UnitState, campaign: Campaign, on: IsoDate, asOf: IsoDate): DocumentEntry | null {
  const year = yearOf(on);
  if (year - 1 < campaign.annual.first || on < campaign.phases.create.start) return null;
  return basisMissing(unit, `annual:${year - 1}`, asOf);
}

/** Where a measure stands on D: its percent, its status and the report they come from. */
export interface MeasureReading {
  actual: number;
  /** As reported; null when the report for D is missing or does not list the measure. */
  status: MeasureState | null;
  blocker: string | null;
  /** The key of the report the figure comes from (`progress:2022-06`); null when there is none. */
  report: string | null;
  /** The report that first said it was done, for a period ≤ D; null when none. */
  doneIn: string | null;
}

/** The first report for a period ≤ `on` that says the measure is done. */
export function doneReport(evidence: UnitEvidence, measure: string, on: IsoDate): { key: string; end: IsoDate } | null {
  let found: { key: string; end: IsoDate } | null = null;
  for (const [key, { doc, end }] of evidence.reports) {
    if (end > on || (found && found.end <= end)) continue;
    if (doc.data.measures.some((m) => m.id === measure && m.status === 'done')) found = { key, end };
  }
  return found;
}

/**
 * A measure on D (the end of `slot`): 100 once reported done in a report for a period ≤ D; else its
 * percent in the report for the period ending D; 0 when that report is missing or does not list it.
 */
export function measureAt(evidence: UnitEvidence, slot: ReportSlot, measure: string): MeasureReading {
  const done = doneReport(evidence, measure, slot.end);
  if (done) return { actual: 100, status: 'done', blocker: null, report: done.key, doneIn: done.key };
  const key = slotKey(slot);
  const entry = evidence.reports.get(key)?.doc.data.measures.find((m) => m.id === measure);
  if (!entry) return { actual: 0, status: null, blocker: null, report: evidence.reports.has(key) ? key : null, doneIn: null };
  return { actual: percentOf(entry), status: entry.status, blocker: entry.blocker ?? null, report: key, doneIn: null };
}

/** The value the report of `slot` gives an indicator: null when the report is missing or leaves the value out. */
export function valueAt(evidence: UnitEvidence, slot: ReportSlot, indicator: string): { value: number | null; reportPresent: boolean } {
  const report = evidence.reports.get(slotKey(slot));
  const entry = report?.doc.data.indicators?.find((i) => i.id === indicator);
  return { value: entry?.value ?? null, reportPresent: report !== undefined };
}

/** An exchange as held: reported in a report due by A, each once (same type, date and count). */
export interface HeldExchange {
  type: string;
  date: IsoDate;
  count: number;
  /** The report it was first reported in. */
  report: string;
}

export function heldExchanges(evidence: UnitEvidence): HeldExchange[] {
  const seen = new Map<string, HeldExchange>();
  const ordered = [...evidence.reports.entries()].sort(([, a], [, b]) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  for (const [key, { doc }] of ordered) {
    for (const e of doc.data.exchanges ?? []) {
      const id = `${e.type}|${e.date}|${e.count}`;
      if (!seen.has(id)) seen.set(id, { type: e.type, date: e.date, count: e.count, report: key });
    }
  }
  return [...seen.values()];
}
