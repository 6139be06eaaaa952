// The typed campaign: file kinds, documents and the shapes inside them, all derived from schemas/.
import type {
  AdjustmentsDoc,
  AnnualDoc,
  BenchmarkDoc,
  CampaignDoc,
  PlanDoc,
  ProgressDoc,
  ResearchDoc,
  UnitDoc,
} from './schemas.generated.js';

export type { AdjustmentsDoc, AnnualDoc, BenchmarkDoc, CampaignDoc, PlanDoc, ProgressDoc, ResearchDoc, UnitDoc };
export type { SchemaKind as FileKind } from './schemas.generated.js';

/** A date as YYYY-MM-DD (calendar/ does the arithmetic on it). */
export type IsoDate = string;
/** Where a value is in a file: keys and indexes from the document's root. */
export type DataPath = readonly (string | number)[];

export type Indicator = BenchmarkDoc['indicators'][number];
export type Measure = PlanDoc['measures'][number];
export type MeasureStatus = ProgressDoc['measures'][number];
export type MeasureState = MeasureStatus['status'];
export type IndicatorValue = NonNullable<ProgressDoc['indicators']>[number];
export type Exchange = NonNullable<ProgressDoc['exchanges']>[number];
export type Approval = BenchmarkDoc['approval'];
export type Adjustment = AdjustmentsDoc[number];
export type UnitKind = NonNullable<UnitDoc['kind']>;
/** campaign.yaml `members`: one entry of the office's roster (成员单位名单, 三(一)1). */
export type Member = NonNullable<CampaignDoc['members']>[number];
/** unit.yaml `leader_in_charge` / `principal`: one person, or the terms of several (`since`/`until`, inclusive). */
export type PersonOrHistory = UnitDoc['principal'];
export type PersonTerm = Extract<PersonOrHistory, readonly unknown[]>[number];
export type Person = Exclude<PersonOrHistory, readonly unknown[]>;
/** plan.yaml `revisions` (方案调整). */
export type Revision = NonNullable<PlanDoc['revisions']>[number];
/** A planned exchange: plan.yaml `exchanges`, annual `exchanges_planned`. */
export type ExchangePlan = NonNullable<PlanDoc['exchanges']>[number];
/** annual `targets`: a new target for an existing indicator, for the year after the review. */
export type YearlyTarget = NonNullable<AnnualDoc['targets']>[number];
/** campaign.yaml `calendar` with its defaults filled in. */
export interface CalendarSettings {
  rollover: 'none' | 'next-workday';
  holidays: string[];
  workdays: string[];
}

/** A rule's level as campaign.yaml `rules:` sets it. */
export type SeveritySetting = NonNullable<NonNullable<CampaignDoc['rules']>[string]>;
export type Severity = Exclude<SeveritySetting, 'off'>;

type ScoringDoc = NonNullable<CampaignDoc['scoring']>;

/** The five components' weights (scoring.weights). */
export type Weights = NonNullable<ScoringDoc['weights']>;
export type ComponentId = keyof Weights;
export const COMPONENT_IDS: readonly ComponentId[] = ['timeliness', 'compliance', 'execution', 'indicators', 'exchange'];

/** campaign.yaml `scoring` with every default filled in. */
export type Scoring = { [K in Exclude<keyof ScoringDoc, 'domain_weights' | 'grades'>]-?: NonNullable<ScoringDoc[K]> } & {
  domain_weights: Record<string, Partial<Weights>>;
  grades: { min: number; label: string }[];
};

/** One stretch of progress reporting: months first…last (null: no end), every month or every quarter (named by its last month). */
export interface ProgressStretch {
  first: string;
  last: string | null;
  every: 'month' | 'quarter';
  due_day: number;
}

/** The bulletins the office issues: 月度、季度、年度. */
export type BulletinKind = 'monthly' | 'quarterly' | 'annual';

/** campaign.yaml with every default filled in. */
export interface Campaign extends Pick<CampaignDoc, 'id' | 'title' | 'city' | 'phases' | 'deadlines' | 'annual'> {
  /** 发文机关 and 联合发文机关 of the bulletins; the office is the campaign's title + 办公室 when not set. */
  office: string;
  co_issuers: string[];
  /** 主送, 下步工作 (per kind of bulletin) and 抄送 of the bulletins (§6). */
  bulletin: { recipients: string; next_steps: Record<BulletinKind, string[]>; copy_to: string[] };
  timezone: string;
  /** When progress reports are due: one or more stretches, in order, each monthly or quarterly (DESIGN §2). */
  progress: ProgressStretch[];
  domains: Record<string, string>;
  economic_domains: string[];
  scoring: Scoring;
  rules: Record<string, SeveritySetting>;
  calendar: CalendarSettings;
  /** The office's roster (成员单位名单); null when campaign.yaml has none (or an empty one): then unit.yaml is the truth. */
  members: Member[] | null;
  limits: { [K in keyof NonNullable<CampaignDoc['limits']>]-?: NonNullable<NonNullable<CampaignDoc['limits']>[K]> };
}
