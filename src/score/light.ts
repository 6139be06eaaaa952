// The traffic light of a unit for a month (DESIGN §5.3), with the reasons that give it its colour.
import { daysBetween, type IsoDate } from '../calendar/dates.js';
import { expectedPercent } from '../calendar/schedule.js';
import { documentDate, inWindow, type Evaluation } from '../calendar/window.js';
import { measureDefinitions } from '../model/measures.js';
import type { UnitState } from '../model/state.js';
import type { Campaign, MeasureState } from '../model/types.js';
import { doneReport, evidenceOf, measureAt } from './evidence.js';

export type Light = 'red' | 'yellow' | 'green';

export type LightReasonCode = 'document-missing' | 'document-late' | 'measure-overdue' | 'measure-blocked' | 'measure-unreported' | 'measure-behind';

export interface LightReason {
  code: LightReasonCode;
  /** The document's key (`plan`, `progress:2022-03`, …) for document reasons. */
  document?: string;
  /** The measure's id for measure reasons, */
  measure?: string;
  /** and its title, so every rendering can name it. */
  title?: string;
  /** Days missing, late or overdue. */
  days?: number;
}

const RED: ReadonlySet<LightReasonCode> = new Set(['document-missing', 'measure-overdue', 'measure-blocked', 'measure-unreported']);

/** Where a measure stands on the evidence date D of a month, as the report for the period ending D tells it. */
export interface MeasurePosition {
  id: string;
  title: string;
  responsible: { unit: string; person: string };
  due: IsoDate;
  /** As reported; `unreported` when the report for D is missing or leaves the measure out. */
  status: MeasureState | 'unreported';
  percent: number;
  expected: number;
  /** Days from the due date to A when overdue; 0 otherwise. */
  daysOverdue: number;
  overdue: boolean;
  blocked: boolean;
  blocker: string | null;
  /** Actual more than `behind_points` below expected. */
  behind: boolean;
}

/** The measures in play on D (started, not dropped), each where the reports due by A put it; none while no report is due. */
export function positionsOn(unit: UnitState, campaign: Campaign, evaluation: Evaluation): MeasurePosition[] {
  const slot = evaluation.evidence;
  if (!slot) return [];
  const on = slot.end;
  const evidence = evidenceOf(unit, campaign, evaluation.asOf);
  const positions: MeasurePosition[] = [];
  for (const { measure, start, dropped } of measureDefinitions(unit)) {
    if (start > on || (dropped !== null && dropped <= on)) continue;
    const done = doneReport(evidence, measure.id, on) !== null;
    const reading = measureAt(evidence, slot, measure.id);
    const expected = expectedPercent(start, measure.due, on, measure.milestones ?? []);
    const overdue = !done && measure.due <= on;
    positions.push({
      id: measure.id,
      title: measure.title,
      responsible: measure.responsible,
      due: measure.due,
      status: reading.status ?? 'unreported',
      percent: reading.actual,
      expected,
      daysOverdue: overdue ? daysBetween(measure.due, evaluation.asOf) : 0,
      overdue,
      blocked: reading.status === 'blocked',
      blocker: reading.blocker,
      behind: !done && expected - reading.actual > campaign.scoring.behind_points,
    });
  }
  return positions;
}

/**
 * Why a unit is not green for month M: red for a document due before the month's close and missing on A
 * (whatever month it belongs to), a measure overdue on D, blocked or left out in the report for the period
 * ending D; yellow for a document of month M submitted late, a measure more than `behind_points` behind on D.
 * Lateness of an earlier month that has been remedied is not a reason.
 */
export function lightReasons(unit: UnitState, positions: MeasurePosition[], evaluation: Evaluation, close: IsoDate): LightReason[] {
  const reasons: LightReason[] = [];
  for (const d of unit.documents) {
    if (d.status.state === 'missing' && d.expected.due < close) reasons.push({ code: 'document-missing', document: d.expected.key, days: d.status.daysLate ?? 0 });
  }
  for (const m of positions) {
    if (m.overdue) reasons.push({ code: 'measure-overdue', measure: m.id, title: m.title, days: m.daysOverdue });
    if (m.blocked) reasons.push({ code: 'measure-blocked', measure: m.id, title: m.title });
    else if (m.status === 'unreported' && !m.overdue) reasons.push({ code: 'measure-unreported', measure: m.id, title: m.title });
  }
  for (const d of unit.documents) {
    if (d.status.state === 'late' && inWindow(documentDate(d.expected), evaluation.window)) {
      reasons.push({ code: 'document-late', document: d.expected.key, ...(d.status.daysLate === null ? {} : { days: d.status.daysLate }) });
    }
  }
  for (const m of positions) {
    if (!m.overdue && m.behind && m.status !== 'unreported') reasons.push({ code: 'measure-behind', measure: m.id, title: m.title });
  }
  return reasons;
}

/** The worst of the reasons: red, yellow, or green when there are none. */
export function lightOf(reasons: LightReason[]): Light {
  if (reasons.some((r) => RED.has(r.code))) return 'red';
  return reasons.length > 0 ? 'yellow' : 'green';
}
