// The traffic light of a unit for a month (DESIGN §5.3), with the reasons that give it its colour.
import type { IsoDate } from '../calendar/dates.js';
import { documentDate, inWindow, type Evaluation } from '../calendar/window.js';
import type { MeasurePosition } from '../model/measures.js';
import type { UnitState } from '../model/state.js';

export type Light = 'red' | 'yellow' | 'green';

export type LightReasonCode = 'document-missing' | 'document-late' | 'measure-overdue' | 'measure-blocked' | 'measure-behind';

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

const RED: ReadonlySet<LightReasonCode> = new Set(['document-missing', 'measure-overdue', 'measure-blocked']);

/**
 * Why a unit is not green for month M (E = M's last day, A = the month's close): red for a document
 * missing on A (whatever month it belongs to), a measure overdue on E, a measure blocked in M's
 * progress; yellow for a document of month M submitted late, a measure more than `behind_points`
 * behind its expected on E. Lateness of an earlier month that has been remedied is not a reason.
 * `positions` are taken on E.
 */
export function lightReasons(unit: UnitState, positions: MeasurePosition[], evaluation: Evaluation, firstStatus: IsoDate): LightReason[] {
  const reasons: LightReason[] = [];
  for (const d of unit.documents) {
    if (d.status.state === 'missing') reasons.push({ code: 'document-missing', document: d.expected.key, days: d.status.daysLate ?? 0 });
  }
  const month = evaluation.window.period;
  const ownProgress = unit.progress.find((p) => p.data.period === month);
  const blockedInMonth = new Set((ownProgress?.data.measures ?? []).filter((m) => m.status === 'blocked').map((m) => m.id));
  // No measure is overdue or behind before the first progress month has ended: no status could have been reported.
  const statusCalledFor = evaluation.evaluatedOn >= firstStatus;
  for (const m of positions) {
    if (!m.inPlay) continue;
    if (m.overdue && statusCalledFor) reasons.push({ code: 'measure-overdue', measure: m.id, title: m.title, days: m.daysOverdue });
    if (blockedInMonth.has(m.id)) reasons.push({ code: 'measure-blocked', measure: m.id, title: m.title });
  }
  for (const d of unit.documents) {
    if (d.status.state === 'late' && inWindow(documentDate(d.expected), evaluation.window)) {
      reasons.push({ code: 'document-late', document: d.expected.key, ...(d.status.daysLate === null ? {} : { days: d.status.daysLate }) });
    }
  }
  for (const m of positions) {
    if (m.inPlay && !m.overdue && m.behind && statusCalledFor) reasons.push({ code: 'measure-behind', measure: m.id, title: m.title });
  }
  return reasons;
}

/** The worst of the reasons: red, yellow, or green when there are none. */
export function lightOf(reasons: LightReason[]): Light {
  if (reasons.some((r) => RED.has(r.code))) return 'red';
  return reasons.length > 0 ? 'yellow' : 'green';
}
