// The state of a campaign as of a date (DESIGN §2): which documents count, and what each unit owes.
// calendar/state.ts builds it from the loaded campaign; the rules, scores and reports read it.
import type { DocumentStatus, ExpectedDocument } from './documents.js';
import type { LoadedCampaign, SourceFile, UnitFolder } from './files.js';
import type { Adjustment, AnnualDoc, BenchmarkDoc, Campaign, IsoDate, Member, PlanDoc, ProgressDoc, ResearchDoc, UnitDoc } from './types.js';

export interface Doc<T> {
  file: SourceFile;
  data: T;
}

export interface DocumentEntry {
  expected: ExpectedDocument;
  status: DocumentStatus;
  /** Path of the document from the campaign root (where it is, or where it should be). */
  file: string;
  /** The file, when one was submitted by the as-of date. */
  source: SourceFile | null;
}

export interface UnitState {
  id: string;
  folder: UnitFolder;
  /** The unit's entry in campaign.yaml `members`; null when the campaign has no roster. */
  member: Member | null;
  /**
   * Documents that are valid and count as of the as-of date; the rules read only these. The profile is
   * unit.yaml with the roster's facts in place of its own (model/roster.ts); the file as written is
   * `folder.profile`.
   */
  profile?: Doc<UnitDoc>;
  benchmark?: Doc<BenchmarkDoc>;
  research?: Doc<ResearchDoc>;
  plan?: Doc<PlanDoc>;
  progress: Doc<ProgressDoc>[];
  annual: Doc<AnnualDoc>[];
  /** Every document owed so far, with its state as of the as-of date. */
  documents: DocumentEntry[];
  /** `deadlines.plan`: where the plan's measures and benchmark.yaml's indicators start (DESIGN §5.1), whenever the plan came in. */
  planDeadline: IsoDate;
  /** The state's date: a plan revision received after it does not exist yet. */
  asOf: IsoDate;
}
// CampaignState.units are in the official order (model/unit-order.ts): every report lists them so.

export interface CampaignState {
  /** The campaign as the loader handed it on: its layout, what the path covers, the files beside the units. */
  loaded: LoadedCampaign;
  campaign: Campaign;
  asOf: IsoDate;
  /** True when the as-of date is today (no --as-of): then a future date is an error, not time travel. */
  asOfIsToday: boolean;
  units: UnitState[];
  /** Folders under units/ that the roster does not list (`unit-not-member`): refused, in no report. */
  nonMembers: UnitFolder[];
  /** adjustments.yaml entries dated on or before the as-of date, with their index in the file. */
  adjustments: (Doc<Adjustment> & { index: number })[];
  /** Files submitted after the as-of date: they do not exist yet in this state. */
  notYetSubmitted: Set<string>;
  /** The file named as PATH when it is submitted after the as-of date: checked in full all the same (DESIGN §2). */
  namedAfterAsOf: { file: SourceFile; submitted: IsoDate } | null;
}
