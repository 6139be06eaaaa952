// `ebz score`, the quarterly bulletin (季度通报) and the annual assessment (年度评估): scores over a window.
import { asWritten } from '../model/precision.js';
import { exchangesIn, secondedIn, type Exchanges, type SecondedPerson } from './exchanges.js';
import type { IsoDate } from '../calendar/dates.js';
import type { CampaignState } from '../model/state.js';
import { COMPONENT_IDS, type ComponentId } from '../model/types.js';
import type { UnitScore } from '../score/index.js';
import { indicatorStandings, standingCounts, type IndicatorStanding, type Standing } from '../score/standing.js';
import { yearTargets, type TargetCount } from '../score/targets.js';
import type { Analysis } from './analysis.js';
import { learnedItems, measureTitles, type LearnedItem } from './experience.js';

/** What every score carries (DESIGN §4): the window W, the evaluation date E and the cut-off A. */
export interface EvaluationFields {
  window: { start: IsoDate; end: IsoDate };
  evaluatedOn: IsoDate;
  asOf: IsoDate;
  /** D: the end of the period of the latest report due by A, which progress is judged on; null while none is due. */
  evidenceOn: IsoDate | null;
  /** The report whose period ends on D (`progress:2022-06`, `annual:2022`). */
  evidenceReport: string | null;
}

function evaluationFields({ evaluation }: Analysis): EvaluationFields {
  const slot = evaluation.evidence;
  return {
    window: { start: evaluation.window.start, end: evaluation.window.end },
    evaluatedOn: evaluation.evaluatedOn,
    asOf: evaluation.asOf,
    evidenceOn: slot?.end ?? null,
    evidenceReport: slot ? `${slot.kind}:${slot.period}` : null,
  };
}

export interface ScoreReport extends EvaluationFields {
  campaign: string;
  title: string;
  units: UnitScore[];
}

export function buildScoreReport(analysis: Analysis, units: readonly string[] = []): ScoreReport {
  const { state, scores } = analysis;
  return {
    campaign: state.campaign.id,
    title: state.campaign.title,
    ...evaluationFields(analysis),
    units: units.length === 0 ? scores : scores.filter((s) => units.includes(s.unit)),
  };
}

/** One line of the indicator ledger (跟跑/并跑/领跑 per indicator). */
export interface LedgerEntry {
  unit: string;
  indicator: string;
  name: string;
  baseline: number;
  current: number | null;
  benchmark: number;
  target: number;
  standing: Standing | null;
  previousStanding: Standing | null;
}

function standingsOn(analysis: Analysis): Map<string, IndicatorStanding[]> {
  const { state, evaluation } = analysis;
  return new Map(state.units.map((unit) => [unit.id, indicatorStandings(unit, state.campaign, evaluation.evaluatedOn, evaluation.asOf)]));
}

function ledger(current: Map<string, IndicatorStanding[]>, previous: Map<string, IndicatorStanding[]>): LedgerEntry[] {
  return [...current.entries()].flatMap(([unit, list]) =>
    list.map((i) => {
      // Printed as written: a value pasted with spreadsheet noise shows as meant, nothing else is rounded.
      return {
        unit,
        indicator: i.id,
        name: i.name,
        baseline: asWritten(i.baseline),
        current: i.current === null ? null : asWritten(i.current),
        benchmark: asWritten(i.benchmark),
        target: asWritten(i.target),
        standing: i.standing,
        previousStanding: previous.get(unit)?.find((p) => p.id === i.id)?.standing ?? null,
      };
    }),
  );
}

export interface QuarterlyUnit extends UnitScore {
  previousRank: number | null;
  previousScore: number | null;
  standing: { following: number; abreast: number; leading: number };
}

export interface QuarterlyReport extends EvaluationFields {
  campaign: string;
  title: string;
  quarter: string;
  open: boolean;
  previous: { quarter: string; asOf: IsoDate };
  units: QuarterlyUnit[];
  indicators: LedgerEntry[];
  /** Units graded at the top grade (表扬). */
  commend: string[];
  /** Units graded at the bottom grade (通报批评). */
  callOut: string[];
  /** 人员交流 in the quarter, by direction (走出去/请进来/not stated). */
  exchanges: Exchanges;
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

/** What a report keeps of the previous period: its cut-off, each unit's score and its indicators' standings. */
export interface PreviousPeriod {
  asOf: IsoDate;
  scores: Map<string, { rank: number | null; score: number | null; components: Record<ComponentId, number | null> }>;
  standings: Map<string, IndicatorStanding[]>;
}

/**
 * The little a report needs of the previous period's analysis, so that its state, findings and score
 * details can be let go before the current period is analysed (a report holds one period at a time).
 */
export function previousPeriod(analysis: Analysis): PreviousPeriod {
  const scores = new Map(
    analysis.scores.map((s) => [s.unit, { rank: s.rank, score: s.score, components: Object.fromEntries(COMPONENT_IDS.map((id) => [id, s.components[id].score])) as Record<ComponentId, number | null> }]),
  );
  return { asOf: analysis.evaluation.asOf, scores, standings: standingsOn(analysis) };
}

/** The bulletin of a quarter, with each unit's movement against the previous quarter's window. */
export function buildQuarterlyReport(current: Analysis, previous: PreviousPeriod, quarter: string, previousQuarter: string, open: boolean): QuarterlyReport {
  const { state, scores } = current;
  const before = previous.scores;
  const standings = standingsOn(current);
  const units = scores.map((score): QuarterlyUnit => {
    const last = before.get(score.unit);
    return { ...score, previousRank: last?.rank ?? null, previousScore: last?.score ?? null, standing: standingCounts(standings.get(score.unit) ?? []) };
  });
  return {
    campaign: state.campaign.id,
    title: state.campaign.title,
    quarter,
    ...evaluationFields(current),
    open,
    previous: { quarter: previousQuarter, asOf: previous.asOf },
    units,
    indicators: ledger(standings, previous.standings),
    ...gradeLists(state, scores),
    exchanges: exchangesIn(state, current.evaluation.window),
  };
}

export interface AnnualUnit extends UnitScore {
  previousRank: number | null;
  previousScore: number | null;
  /** 同比: each component of the previous year's score, 0–1 or null. */
  previousComponents: Record<ComponentId, number | null> | null;
  /** 年终主要目标双重考核: the year's main targets, each met or not by its year-end value. */
  targets: TargetCount;
}

export interface AnnualReport extends EvaluationFields {
  campaign: string;
  title: string;
  year: number;
  open: boolean;
  previous: { year: number; asOf: IsoDate };
  units: AnnualUnit[];
  indicators: LedgerEntry[];
  /** 已学有所成的先进经验, archived from each unit's review of the year. */
  learned: LearnedItem[];
  /** 尚在学习过程中的: measures the review keeps. */
  ongoing: { unit: string; measure: string; title: string }[];
  /** 鄂尔多斯经验/模式/标杆: the commendation shortlist, national first. */
  achievements: { unit: string; title: string; level: 'city' | 'region' | 'national'; kind: 'experience' | 'model' | 'benchmark' | null; description: string }[];
  /** 人员交流 in the year, by direction (走出去/请进来/not stated). */
  exchanges: Exchanges;
  /** The people seconded (挂职、人才交流) whose term falls in the year. */
  seconded: SecondedPerson[];
  /** Units graded at the top grade (表扬, 优秀). */
  commend: string[];
  /** 推荐: 先进项目、先进团队、先进个人 from each unit's review, for the leading group to decide. */
  nominations: { unit: string; kind: 'project' | 'team' | 'person'; name: string; reason: string }[];
}

const LEVEL_ORDER = { national: 0, region: 1, city: 2 } as const;

/** The assessment of a year, 同比 against the previous year's window. */
export function buildAnnualReport(analysis: Analysis, previous: PreviousPeriod, year: number, open: boolean): AnnualReport {
  const { state, scores } = analysis;
  const before = previous.scores;
  const reviews = state.units.flatMap((unit) => unit.annual.filter((doc) => doc.data.year === year).map((doc) => ({ unit, data: doc.data })));
  const titles = new Map(state.units.map((unit) => [unit.id, measureTitles(unit)]));
  const units = new Map(state.units.map((unit) => [unit.id, unit]));
  return {
    campaign: state.campaign.id,
    title: state.campaign.title,
    year,
    ...evaluationFields(analysis),
    open,
    previous: { year: year - 1, asOf: previous.asOf },
    units: scores.map((score) => {
      const last = before.get(score.unit);
      return {
        ...score,
        previousRank: last?.rank ?? null,
        previousScore: last?.score ?? null,
        previousComponents: last?.components ?? null,
        targets: yearTargets(units.get(score.unit)!, state.campaign, year, analysis.evaluation.asOf),
      };
    }),
    indicators: ledger(standingsOn(analysis), previous.standings),
    learned: reviews.flatMap(({ unit, data }) => learnedItems(unit, data, titles.get(unit.id))),
    ongoing: reviews.flatMap(({ unit, data }) => (data.ongoing ?? []).map((measure) => ({ unit: unit.id, measure, title: titles.get(unit.id)!(measure) }))),
    achievements: reviews
      .flatMap(({ unit, data }) => (data.achievements ?? []).map((a) => ({ unit: unit.id, title: a.title, level: a.level, kind: a.kind ?? null, description: a.description })))
      .sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]),
    exchanges: exchangesIn(state, analysis.evaluation.window),
    seconded: secondedIn(state, analysis.evaluation.window),
    commend: gradeLists(state, scores).commend,
    nominations: reviews.flatMap(({ unit, data }) => (data.nominations ?? []).map((n) => ({ unit: unit.id, kind: n.kind, name: n.name, reason: n.reason }))),
  };
}
