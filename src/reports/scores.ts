// `ebz score`, the quarterly bulletin (季度通报) and the annual assessment (年度评估): scores as of a date.
import type { IsoDate } from '../calendar/dates.js';
import type { CampaignState } from '../model/state.js';
import type { UnitScore } from '../score/index.js';
import { unitStanding } from '../score/standing.js';
import type { Analysis } from './analysis.js';

export interface ScoreReport {
  campaign: string;
  title: string;
  asOf: IsoDate;
  units: UnitScore[];
}

export function buildScoreReport(analysis: Analysis, units: readonly string[] = []): ScoreReport {
  const { state, scores } = analysis;
  return {
    campaign: state.campaign.id,
    title: state.campaign.title,
    asOf: state.asOf,
    units: units.length === 0 ? scores : scores.filter((s) => units.includes(s.unit)),
  };
}

export interface QuarterlyUnit extends UnitScore {
  previousRank: number | null;
  standing: { following: number; abreast: number; leading: number };
}

export interface QuarterlyReport {
  campaign: string;
  title: string;
  quarter: string;
  asOf: IsoDate;
  open: boolean;
  previous: { quarter: string; asOf: IsoDate };
  units: QuarterlyUnit[];
  /** Units graded at the top grade (表扬). */
  commend: string[];
  /** Units graded at the bottom grade (通报批评). */
  callOut: string[];
}

function gradeLists(state: CampaignState, scores: UnitScore[]): { commend: string[]; callOut: string[] } {
  const grades = state.campaign.scoring.grades;
  const top = grades[0]?.label;
  const bottom = grades.length > 1 ? grades[grades.length - 1]?.label : undefined;
  return {
    commend: scores.filter((s) => s.grade !== null && s.grade === top).map((s) => s.unit),
    callOut: scores.filter((s) => s.grade !== null && s.grade === bottom).map((s) => s.unit),
  };
}

export function buildQuarterlyReport(current: Analysis, previous: Analysis, quarter: string, previousQuarter: string, open: boolean): QuarterlyReport {
  const { state, scores } = current;
  const tolerance = state.campaign.scoring.abreast_tolerance;
  const previousRanks = new Map(previous.scores.map((s) => [s.unit, s.rank]));
  const units = scores.map((score): QuarterlyUnit => {
    const unit = state.units.find((u) => u.id === score.unit)!;
    const { following, abreast, leading } = unitStanding(unit, tolerance);
    return { ...score, previousRank: previousRanks.get(score.unit) ?? null, standing: { following, abreast, leading } };
  });
  return {
    campaign: state.campaign.id,
    title: state.campaign.title,
    quarter,
    asOf: state.asOf,
    open,
    previous: { quarter: previousQuarter, asOf: previous.state.asOf },
    units,
    ...gradeLists(state, scores),
  };
}

export interface AnnualReport {
  campaign: string;
  title: string;
  year: number;
  asOf: IsoDate;
  open: boolean;
  units: UnitScore[];
  /** 已学有所成的先进经验, archived from each unit's review of the year. */
  learned: { unit: string; title: string; summary: string; measures: string[] }[];
  /** 鄂尔多斯经验/模式/标杆: the commendation shortlist, national first. */
  achievements: { unit: string; title: string; level: 'city' | 'region' | 'national'; description: string }[];
}

const LEVEL_ORDER = { national: 0, region: 1, city: 2 } as const;

export function buildAnnualReport(analysis: Analysis, year: number, open: boolean): AnnualReport {
  const { state, scores } = analysis;
  const reviews = state.units.flatMap((unit) => unit.annual.filter((doc) => doc.data.year === year).map((doc) => ({ unit: unit.id, data: doc.data })));
  return {
    campaign: state.campaign.id,
    title: state.campaign.title,
    year,
    asOf: state.asOf,
    open,
    units: scores,
    learned: reviews.flatMap(({ unit, data }) => (data.learned ?? []).map((l) => ({ unit, title: l.title, summary: l.summary, measures: l.measures ?? [] }))),
    achievements: reviews
      .flatMap(({ unit, data }) => (data.achievements ?? []).map((a) => ({ unit, title: a.title, level: a.level, description: a.description })))
      .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]),
  };
}
