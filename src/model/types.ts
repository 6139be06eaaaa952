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

export type Indicator = BenchmarkDoc['indicators'][number];
export type Measure = PlanDoc['measures'][number];
export type MeasureStatus = ProgressDoc['measures'][number];
export type MeasureState = MeasureStatus['status'];
export type IndicatorValue = NonNullable<ProgressDoc['indicators']>[number];
export type Exchange = NonNullable<ProgressDoc['exchanges']>[number];
export type Approval = BenchmarkDoc['approval'];
export type Adjustment = AdjustmentsDoc[number];
export type UnitKind = UnitDoc['kind'];

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export type ComponentId = 'timeliness' | 'compliance' | 'execution' | 'indicators' | 'exchange';
export const COMPONENT_IDS: readonly ComponentId[] = ['timeliness', 'compliance', 'execution', 'indicators', 'exchange'];
export type Weights = Record<ComponentId, number>;

export interface Scoring {
  weights: Weights;
  domain_weights: Record<string, Partial<Weights>>;
  late_credit: number;
  exchange_min: number;
  bonus_cap: number;
  penalty_cap: number;
  abreast_tolerance: number;
  behind_points: number;
  grades: { min: number; label: string }[];
}

/** campaign.yaml with every default filled in. */
export interface Campaign {
  id: string;
  title: string;
  city: string;
  timezone: string;
  phases: CampaignDoc['phases'];
  deadlines: CampaignDoc['deadlines'];
  progress: { first: string; last: string | null; due_day: number };
  annual: { first: number; due: string };
  domains: Record<string, string>;
  economic_domains: string[];
  scoring: Scoring;
  rules: Record<string, SeveritySetting>;
  limits: { max_file_bytes: number };
}
