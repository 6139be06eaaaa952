// A campaign judged as of a date: its state, its findings and its scores, for the reports to read.
import type { IsoDate } from '../calendar/dates.js';
import { cumulativeWindow, evaluate, type Evaluation, type Window } from '../calendar/window.js';
import type { Lang } from '../i18n/index.js';
import type { LoadedCampaign } from '../model/files.js';
import { errorsByFile, type ErrorsByFile, type Finding } from '../model/finding.js';
import { buildState, type CampaignState } from '../calendar/state.js';
import { collectReports, toFindings } from '../rules/run.js';
import { scoreCampaign, type UnitScore } from '../score/index.js';

export interface Analysis {
  state: CampaignState;
  findings: Finding[];
  /** The error messages of each file. */
  errors: ErrorsByFile;
  /** The window scored, E and A. */
  evaluation: Evaluation;
  scores: UnitScore[];
}

/** The state as of A, its findings, and the scores over `window` (default: the whole campaign up to A). */
export function analyze(loaded: LoadedCampaign, asOf: IsoDate, asOfIsToday: boolean, lang: Lang, window?: Window): Analysis {
  const state = buildState(loaded, asOf, asOfIsToday);
  const findings = toFindings(state.campaign, collectReports(state), { lang, scope: { kind: 'campaign' }, units: [] });
  const errors = errorsByFile(findings);
  const evaluation = evaluate(loaded.campaign, window ?? cumulativeWindow(loaded.campaign, asOf), asOf);
  return { state, findings, errors, evaluation, scores: scoreCampaign(state, evaluation, errors) };
}
