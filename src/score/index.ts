// Unit scores (DESIGN §5): weighted components, adjustments with caps, grades and shared ranks.
import { unitName, unitShortName, unitDomain } from '../model/roster.js';
import { inWindow, type Evaluation, type Window } from '../calendar/window.js';
import type { ErrorsByFile } from '../model/finding.js';
import type { CampaignState, UnitState } from '../model/state.js';
import { COMPONENT_IDS, type ComponentId, type Scoring, type Weights } from '../model/types.js';
import { components, round2, type NullReason, type Term } from './components.js';

export interface ComponentScore {
  /** In [0, 1]; null when it cannot be judged yet (dropped from the weighted mean). */
  score: number | null;
  weight: number;
  /** What it adds to the score before adjustments: 100 × weight × score / Σ weights of judged components. */
  points: number | null;
  detail: Term[];
  /** Why the component is not assessed (score null). */
  reason?: NullReason;
  /** false when its weight does not count toward `assessable`. */
  assessable?: boolean;
}

export interface AdjustmentEntry {
  points: number;
  date: string;
  reason: string;
}

export interface Adjustments {
  entries: AdjustmentEntry[];
  /** Sum of bonuses, capped at `bonus_cap`. */
  bonus: number;
  /** Sum of penalties as a positive number, capped at `penalty_cap`. */
  penalty: number;
  /** bonus − penalty, what the score moves by. */
  total: number;
}

export interface UnitScore {
  unit: string;
  name: string;
  /** The roster's short name (简称) for tables and lists of names; the full name where none is given. */
  short: string;
  domain: string | null;
  /** 0–100 to one decimal; null when no component can be judged yet. */
  score: number | null;
  grade: string | null;
  rank: number | null;
  /** The weighted mean before adjustments, unrounded. */
  base: number | null;
  /** The weight of the components assessed (an exchange the schedule does not yet call for does not count): graded and ranked only at `min_assessable` or more. */
  assessable: number;
  components: Record<ComponentId, ComponentScore>;
  adjustments: Adjustments;
}

/** The weights that apply to a domain: the campaign's, with the domain's overrides. */
export function weightsFor(scoring: Scoring, domain: string | undefined): Weights {
  const overrides = domain !== undefined && Object.hasOwn(scoring.domain_weights, domain) ? scoring.domain_weights[domain] : undefined;
  return { ...scoring.weights, ...overrides };
}

/** Rounds half up to one decimal, immune to 84.45 being stored as 84.4499…. */
export function round1(x: number): number {
  return Math.round(Number((x * 10).toFixed(6))) / 10;
}

/** I5: a unit is graded, ranked, praised or criticised only with at least `min_assessable` of the weight assessable. */
export function graded(assessable: number, scoring: Pick<Scoring, 'min_assessable'>): boolean {
  return assessable >= scoring.min_assessable;
}

export function gradeOf(score: number, scoring: Scoring): string | null {
  return scoring.grades.find((grade) => score >= grade.min)?.label ?? null;
}

/** The unit's adjustments dated within W (and by A), bonus and penalty each capped per window. */
export function adjustmentsOf(unit: UnitState, state: CampaignState, window: Window): Adjustments {
  const entries = state.adjustments.filter((a) => a.data.unit === unit.id && inWindow(a.data.date, window)).map(({ data }) => ({ points: data.points, date: data.date, reason: data.reason }));
  const { bonus_cap, penalty_cap } = state.campaign.scoring;
  const bonus = Math.min(bonus_cap, entries.filter((e) => e.points > 0).reduce((sum, e) => sum + e.points, 0));
  const penalty = Math.min(penalty_cap, Math.abs(entries.filter((e) => e.points < 0).reduce((sum, e) => sum + e.points, 0)));
  return { entries, bonus, penalty, total: bonus - penalty };
}

export function scoreUnit(unit: UnitState, state: CampaignState, evaluation: Evaluation, errorsByFile: ErrorsByFile): UnitScore {
  const domain = unitDomain(unit) ?? null;
  const weights = weightsFor(state.campaign.scoring, domain ?? undefined);
  const results = components(unit, state, evaluation, errorsByFile);
  const judged = COMPONENT_IDS.filter((id) => results[id].score !== null);
  const totalWeight = judged.reduce((sum, id) => sum + weights[id], 0);
  const assessable = judged.filter((id) => results[id].assessable !== false).reduce((sum, id) => sum + weights[id], 0);
  const scored = Object.fromEntries(
    COMPONENT_IDS.map((id) => {
      const { score, detail, reason } = results[id];
      const points = score === null || totalWeight === 0 ? null : round2((100 * weights[id] * score) / totalWeight);
      return [id, { score, weight: weights[id], points, detail, ...(reason ? { reason } : {}), ...(results[id].assessable === false ? { assessable: false } : {}) }];
    }),
  ) as Record<ComponentId, ComponentScore>;
  const adjustments = adjustmentsOf(unit, state, evaluation.window);
  const base = judged.length === 0 || totalWeight === 0 ? null : round2(judged.reduce((sum, id) => sum + scored[id].points!, 0));
  const score = base === null ? null : round1(Math.min(100, Math.max(0, base + adjustments.total)));
  // Data is checked for numbers that are not finite; should one still get here, it must never rank.
  if (score !== null && !Number.isFinite(score)) throw new Error(`score of unit ${unit.id} is not a finite number (${score})`);
  return {
    unit: unit.id,
    name: unitName(unit),
    short: unitShortName(unit),
    domain,
    score,
    grade: score === null || !graded(assessable, state.campaign.scoring) ? null : gradeOf(score, state.campaign.scoring),
    rank: null,
    base,
    assessable,
    components: scored,
    adjustments,
  };
}

/**
 * Ranks by score at one decimal, descending; equal scores share a rank (1, 2, 2, 4); no score, no rank.
 * Ties keep the order they come in: the official order of the units.
 */
export function rankScores<T extends { score: number | null; rank: number | null; unit: string; grade?: string | null; assessable?: number }>(scores: T[], scoring?: Pick<Scoring, 'min_assessable'>): T[] {
  const ranks = (entry: T) => entry.score !== null && (scoring === undefined || entry.assessable === undefined || graded(entry.assessable, scoring));
  const ranked = [...scores].sort((a, b) => Number(ranks(b)) - Number(ranks(a)) || (b.score ?? -1) - (a.score ?? -1));
  let position = 0;
  let previous: T | undefined;
  for (const entry of ranked) {
    if (!ranks(entry)) continue;
    position++;
    entry.rank = previous && previous.score === entry.score ? previous.rank : position;
    previous = entry;
  }
  return ranked;
}

/** Every unit's score over the evaluation's window, ranked. */
export function scoreCampaign(state: CampaignState, evaluation: Evaluation, errorsByFile: ErrorsByFile): UnitScore[] {
  return rankScores(state.units.map((unit) => scoreUnit(unit, state, evaluation, errorsByFile)), state.campaign.scoring);
}
