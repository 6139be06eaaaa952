// 交流合作 (DESIGN §5.1): exchanges held against the exchange plan in force on D, type by type.
import { daysBetween, yearOf, type IsoDate } from '../calendar/dates.js';
import type { Evaluation } from '../calendar/window.js';
import type { UnitState } from '../model/state.js';
import type { Campaign } from '../model/types.js';
import { yearlyUpdateFor } from '../model/yearly.js';
import { round4, type ComponentResult, type Term } from './components.js';
import { basisMissing, evidenceOf, heldExchanges, type HeldExchange } from './evidence.js';

/** Any type: what `exchange_min` asks for when nothing is planned. */
export const ANY_TYPE = '*';

export interface ExchangePlanInForce {
  start: IsoDate;
  end: IsoDate;
  /** `plan` (plan.yaml over the reach phase) or `annual:Y` (the yearly update of year Y for year Y+1). */
  source: string;
  /** Planned count by type; `{ '*': exchange_min }` when nothing is planned. */
  planned: Map<string, number>;
  minimum: boolean;
}

export type ExchangeTerm = {
  kind: 'exchange';
  /** An exchange type, or `*` (any type) when nothing is planned. */
  type: string;
  source: string;
  start: IsoDate;
  end: IsoDate;
  planned: number;
  /** Days of the plan period gone on D, of its whole span. */
  days: number;
  span: number;
  share: number;
  /** ⌊planned × share⌋: whole exchanges the schedule calls for by D. */
  expected: number;
  held: number;
  /** min(held, expected): what counts toward the score. */
  counted: number;
  items: HeldExchange[];
  value: number | null;
};

/** The plan in force on D: plan.yaml's over [plan deadline, reach end]; from the create phase on, annual/(Y−1)'s over year Y. */
export function exchangePlanOn(unit: UnitState, campaign: Campaign, on: IsoDate): ExchangePlanInForce | null {
  if (on < unit.planDeadline) return null;
  const byType = (list: { type: string; planned: number }[] | undefined): Map<string, number> => {
    const planned = new Map<string, number>();
    for (const e of list ?? []) if (e.planned > 0) planned.set(e.type, (planned.get(e.type) ?? 0) + e.planned);
    return planned;
  };
  const make = (start: IsoDate, end: IsoDate, source: string, planned: Map<string, number>): ExchangePlanInForce =>
    planned.size > 0 ? { start, end, source, planned, minimum: false } : { start, end, source, planned: new Map([[ANY_TYPE, campaign.scoring.exchange_min]]), minimum: true };
  if (on >= campaign.phases.create.start) {
    const year = yearOf(on);
    return make(`${year}-01-01`, `${year}-12-31`, `annual:${year - 1}`, byType(yearlyUpdateFor(unit, year)?.exchangesPlanned));
  }
  return make(unit.planDeadline, campaign.phases.reach.end, 'plan', byType(unit.plan?.data.exchanges));
}

/** Σ_t min(held_t, expected_t) / Σ_t expected_t over the planned types; null (and not assessable) while nothing is expected yet. */
export function exchange(unit: UnitState, campaign: Campaign, evaluation: Evaluation): ComponentResult {
  const { asOf, evidence: slot } = evaluation;
  if (!slot) return { score: null, detail: [], reason: 'no-report-due', assessable: false };
  const on = slot.end;
  const plan = exchangePlanOn(unit, campaign, on);
  if (!plan) return { score: null, detail: [], reason: 'plan-not-in-force', assessable: false };
  const missing = basisMissing(unit, 'plan', asOf) ?? (plan.source.startsWith('annual:') ? basisMissing(unit, plan.source, asOf) : null);
  if (missing) return { score: 0, detail: [{ kind: 'missing', key: missing.expected.key, file: missing.file, due: missing.expected.due, value: 0 }] };
  const span = daysBetween(plan.start, plan.end);
  const days = Math.min(span, Math.max(0, daysBetween(plan.start, on)));
  const share = on >= plan.end || span <= 0 ? 1 : days / span;
  const held = heldExchanges(evidenceOf(unit, campaign, asOf)).filter((e) => e.date >= plan.start && e.date <= plan.end && e.date <= on);
  const detail: ExchangeTerm[] = [...plan.planned.entries()].map(([type, planned]) => {
    const items = held.filter((e) => type === ANY_TYPE || e.type === type);
    const count = items.reduce((sum, e) => sum + e.count, 0);
    // Whole exchanges: a small epsilon keeps 3 × (1/3) from flooring to 0.
    const expected = span <= 0 || on >= plan.end ? planned : Math.floor((planned * days) / span + 1e-9);
    const counted = Math.min(count, expected);
    return { kind: 'exchange', type, source: plan.source, start: plan.start, end: plan.end, planned, days, span, share, expected, held: count, counted, items, value: expected > 0 ? round4(counted / expected) : null };
  });
  const expected = detail.reduce((sum, t) => sum + t.expected, 0);
  if (expected === 0) {
    const anyHeld = detail.some((t) => t.held > 0);
    return anyHeld ? { score: 1, detail, assessable: false } : { score: null, detail, reason: 'nothing-expected', assessable: false };
  }
  return { score: round4(detail.reduce((sum, t) => sum + t.counted, 0) / expected), detail: detail as Term[] };
}
