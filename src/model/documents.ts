// The documents a unit owes, as the model names them: what is due and when, and how it stands.
// calendar/schedule.ts works them out; the campaign state (model/state.ts) carries them.
import type { IsoDate } from './types.js';

/** A document's kind, as the schedule and the status table name it. */
export type DocumentKind = 'benchmark' | 'research' | 'plan' | 'progress' | 'annual';
export type SubmissionState = 'on-time' | 'late' | 'missing' | 'pending';

/** One document owed by a unit: its key, kind, period, due date and file. */
export interface ExpectedDocument {
  /** `benchmark`, `research`, `plan`, `progress:YYYY-MM` or `annual:YYYY` (DESIGN §4 column keys). */
  key: string;
  kind: DocumentKind;
  /** The month or year it reports on; null for benchmark, research and plan. */
  period: string | null;
  due: IsoDate;
  /** Its path inside the unit folder. */
  file: string;
}

/** How a document stands on a date. */
export interface DocumentStatus {
  state: SubmissionState;
  submitted: IsoDate | null;
  /** Days after the due date it came in (late), or has been outstanding (missing); else null. */
  daysLate: number | null;
}
