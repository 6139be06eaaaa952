// `ebz check` as a function: load, judge as of a date, and return findings with their summary.
import { isIsoDate, isSupportedYear, suggestIsoDate, SUPPORTED_YEARS, todayIn, type IsoDate } from '../calendar/dates.js';
import { yearsLackingHolidayData } from '../calendar/schedule.js';
import { holidayTableYears } from '../calendar/workdays.js';
import type { Lang, MessageData, MessageId } from '../i18n/index.js';
import type { SourceFile } from '../load/source.js';
import { nearest } from '../load/validate.js';
import { CheckCache, checkKey } from '../load/check-cache.js';
import { loadWorkspace, type ReadProbe, type Workspace } from '../load/workspace.js';
import { EbzError } from '../model/errors.js';
import type { Finding, Report } from '../model/finding.js';
import { unitIdsFor } from '../model/roster.js';
import { buildState, type CampaignState } from '../model/state.js';
import { assertCampaignUsable, collectReports, inScope, toFindings } from './run.js';

export interface CheckOptions {
  lang: Lang;
  /** --as-of, as typed; undefined for today in the campaign's timezone. */
  asOf?: string;
  units?: readonly string[];
  /** The clock, for tests; defaults to now. */
  now?: Date;
  /** Read only the units the path and --unit cover (the default); false reads every unit, for tests. */
  scoped?: boolean;
}

export interface CheckSummary {
  units: number;
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** DESIGN §4: the JSON of `ebz check`. */
export interface CheckResult {
  campaign: string;
  asOf: IsoDate;
  findings: Finding[];
  summary: CheckSummary;
}

export interface CheckRun {
  result: CheckResult;
  /** Notes for the user that are not findings (the embedded default is in use, a year lacks holiday data). */
  notes: Note[];
  /** The state the rules judged; undefined when the findings came from the check cache. */
  state?: CampaignState;
}

/** A note for stderr: a message id and its data. */
export interface Note {
  id: MessageId;
  data?: MessageData;
}

/**
 * What a command says once on stderr before its output: that the embedded default campaign is in use,
 * and which years' recurring due dates moved past weekends only, for want of the year's holiday notice.
 */
export function campaignNotes(workspace: Workspace, asOf: IsoDate): Note[] {
  const notes: Note[] = [];
  if (workspace.root.campaignFile === null) notes.push({ id: 'defaultCampaign' });
  const last = Math.max(...holidayTableYears());
  for (const year of yearsLackingHolidayData(workspace.campaign, asOf)) notes.push({ id: 'holidayDataMissing', data: { year, last } });
  return notes;
}

/** Parses an --as-of value, stopping with exit 2 on anything but a real YYYY-MM-DD date. */
export function parseAsOf(value: string, option = '--as-of'): IsoDate {
  if (!isIsoDate(value)) {
    const suggestion = suggestIsoDate(value);
    throw suggestion ? new EbzError('badDateSuggest', { option, value, suggestion }) : new EbzError('badDate', { option, value });
  }
  // The supported years (2000–2100): nothing later ever meets year 0 or 9999.
  if (!isSupportedYear(Number(value.slice(0, 4)))) {
    throw new EbzError('yearOutOfRange', { option, value, first: SUPPORTED_YEARS.first, last: SUPPORTED_YEARS.last });
  }
  return value;
}

/** Today in the campaign's time zone (whose data takes a moment to load: only when no --as-of is given). */
function todayOf(workspace: Workspace, now: Date | undefined): IsoDate {
  return todayIn(workspace.campaign.timezone, now);
}

export function checkUnitsExist(workspace: Workspace, units: readonly string[]): void {
  const known = workspace.unitIds;
  for (const unit of units) {
    if (known.includes(unit)) continue;
    const suggestion = nearest(unit, known);
    throw suggestion ? new EbzError('unknownUnitSuggest', { unit, suggestion }) : new EbzError('unknownUnit', { unit, hint: known.join(', ') });
  }
}

export function runCheck(path: string, options: CheckOptions): CheckRun {
  const unitsGiven = options.units ?? [];
  const given = options.asOf === undefined ? undefined : parseAsOf(options.asOf);
  // An unchanged campaign checked again as of the same date, for the same path and units: the findings
  // come from the check cache (src/load/check-cache.ts), with nothing parsed and no rule run.
  let asOf: IsoDate | undefined = given;
  const kept: { cache: CheckCache | null; key: string; reports: Report[] | undefined } = { cache: null, key: '', reports: undefined };
  const probe: ReadProbe = {
    answers(workspace, digest) {
      kept.cache = workspace.campaignProblems.length === 0 ? CheckCache.open(workspace.root.dir) : null;
      if (!kept.cache) return false;
      asOf ??= todayOf(workspace, options.now);
      kept.key = checkKey([digest, asOf, given === undefined, unitsGiven]);
      kept.reports = kept.cache.get(kept.key);
      return kept.reports !== undefined;
    },
    // A file changed while it was read: these findings are not the digest's, and are not kept.
    changed: () => (kept.cache = null),
  };
  // Findings are per unit: only the units the path and --unit cover are read (see Workspace.unitIds for
  // the one rule that needs the others' names).
  const workspace = loadWorkspace(path, { scoped: options.scoped ?? true, units: unitsGiven, probe });
  assertCampaignUsable(workspace, options.lang);
  const units = unitIdsFor(workspace.campaign, unitsGiven);
  checkUnitsExist(workspace, units);
  asOf ??= todayOf(workspace, options.now);
  let state: CampaignState | undefined;
  let reports = workspace.parsed ? undefined : kept.reports;
  if (!reports) {
    state = buildState(workspace, asOf, given === undefined);
    reports = collectReports(state);
    kept.cache?.set(kept.key, reports);
  }
  const findings = toFindings(workspace.campaign, reports, { lang: options.lang, scope: workspace.scope, units });
  // Under a roster the units are its members: a folder it refuses is not one of them, nor are its files counted.
  const members = workspace.root.layout === 'lone-unit' ? null : workspace.campaign.members && new Set(workspace.campaign.members.map((m) => m.id));
  const files = filesInScope(workspace, units, members);
  const scope = workspace.scope;
  const coveredUnits = workspace.units.filter(
    (unit) => (units.length === 0 || units.includes(unit.id)) && (scope.kind === 'campaign' || scope.unit === unit.id) && (!members || members.has(unit.id)),
  );
  const summary: CheckSummary = {
    units: coveredUnits.length,
    files: files.length,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    infos: findings.filter((f) => f.severity === 'info').length,
  };
  return {
    result: { campaign: workspace.campaign.id, asOf, findings, summary },
    notes: campaignNotes(workspace, asOf),
    state,
  };
}

/** The files read that the path and --unit cover, counted in the summary. */
function filesInScope(workspace: Workspace, units: readonly string[], members: ReadonlySet<string> | null): SourceFile[] {
  const all: (SourceFile | null | undefined)[] = [workspace.campaignFile, workspace.adjustments];
  for (const unit of workspace.units) {
    if (members && !members.has(unit.id)) continue;
    all.push(unit.profile, unit.benchmark, unit.research, unit.plan, ...unit.progress.values(), ...unit.annual.values());
  }
  return all.filter((file): file is SourceFile => !!file && inScope({ unit: file.unit, file: file.rel }, workspace.scope, units));
}
