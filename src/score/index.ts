// Unit scores (DESIGN §5): weighted components, adjustments with caps, grades and shared ranks.
import { unitName, unitShortName, unitDomain } from '../model/roster.js';
import { weightsFor } from '../load/campaign.js';
import { inWindow, type Evaluation, type Window } from '../calendar/window.js';
import type { CampaignState, UnitState } from '../model/state.js';
import { COMPONENT_IDS, type ComponentId, type Scoring } from '../model/types.js';
import { components, type Term } from './components.js';

export interface ComponentScore {
  /** In [0, 1]; null when it cannot be judged yet (dropped from the weighted mean). */
  score: number | null;
  weight: number;
  /** What it adds to the score before adjustments: 100 × weight × score / Σ weights of judged components. */
  points: number | null;
  detail: Term[];
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
  components: Record<ComponentId, ComponentScore>;
  adjustments: Adjustments;
}

/** Rounds half up to one decimal, immune to 84.45 being stored as 84.4499…. */
export function round1(x: number): number {
  return Math.round(Number((x * 10).toFixed(6))) / 10;
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

export function scoreUnit(unit: UnitState, state: CampaignState, evaluation: Evaluation, errorsByFile: ReadonlyMap<string, number>): UnitScore {
  const domain = unitDomain(unit) ?? null;
  const weights = weightsFor(state.campaign.scoring, domain ?? undefined);
  const results = components(unit, state, evaluation, errorsByFile);
  const judged = COMPONENT_IDS.filter((id) => results[id].score !== null);
  const totalWeight = judged.reduce((sum, id) => sum + weights[id], 0);
  const scored = Object.fromEntries(
    COMPONENT_IDS.map((id) => {
      const { score, detail } = results[id];
      const points = score === null || totalWeight === 0 ? null : (100 * weights[id] * score) / totalWeight;
      return [id, { score, weight: weights[id], points, detail }];
    }),
  ) as Record<ComponentId, ComponentScore>;
  const adjustments = adjustmentsOf(unit, state, evaluation.window);
  const base = judged.length === 0 || totalWeight === 0 ? null : judged.reduce((sum, id) => sum + scored[id].points!, 0);
  const score = base === null ? null : round1(Math.min(100, Math.max(0, base + adjustments.total)));
  // Data is checked for numbers that are not finite; should one still get here, it must never rank.
  if (score !== null && !Number.isFinite(score)) throw new Error(`score of unit ${unit.id} is not a finite number (${score})`);
  return {
    unit: unit.id,
    name: unitName(unit),
    short: unitShortName(unit),
    domain,
    score,
    grade: score === null ? null : gradeOf(score, state.campaign.scoring),
    rank: null,
    base,
    components: scored,
    adjustments,
  };
}

/**
 * Ranks by score at one decimal, descending; equal scores share a rank (1, 2, 2, 4); no score, no rank.
 * Ties keep the order they come in: the official order of the units.
 */
export function rankScores<T extends { score: number | null; rank: number | null; unit: string }>(scores: T[]): T[] {
  const ranked = [...scores].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
  ranked.forEach((entry, i) => {
    if (entry.score === null) return;
    const previous = ranked[i - 1];
    entry.rank = previous && previous.score === entry.score ? previous.rank : i + 1;
  });
  return ranked;
}

/** Every unit's score over the evaluation's window, ranked. */
export function scoreCampaign(state: CampaignState, evaluation: Evaluation, errorsByFile: ReadonlyMap<string, number>): UnitScore[] {
  return rankScores(state.units.map((unit) => scoreUnit(unit, state, evaluation, errorsByFile)));
}
