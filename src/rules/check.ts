// `ebz check` as a function: load, judge as of a date, and return findings with their summary.
import { isIsoDate, isSupportedYear, suggestIsoDate, SUPPORTED_YEARS, todayIn, type IsoDate } from '../calendar/dates.js';
import { yearsLackingHolidayData } from '../calendar/schedule.js';
import { holidayTableYears } from '../calendar/workdays.js';
import type { Lang, MessageData, MessageId } from '../i18n/index.js';
import { filesOf, type SourceFile } from '../model/files.js';
import { nearest } from '../load/validate.js';
import { loadWorkspace, type Workspace } from '../load/workspace.js';
import { EbzError } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import { rosterOf, unitIdsFor, type UnitNames } from '../model/roster.js';
import type { UnitDoc } from '../model/types.js';
import { buildState, type CampaignState } from '../calendar/state.js';
import { assertCampaignUsable, collectReports, inScope, toFindings } from './run.js';
import { withLinesToAdd } from './fill-in.js';

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
  /** The state the rules judged. */
  state: CampaignState;
}

/** A note for stderr: a message id and its data. */
export interface Note {
  id: MessageId;
  data?: MessageData;
}

/**
 * What a command says once on stderr before its output: what the loader noted (a cache folder refused),
 * that the embedded default campaign is in use, and, in one note, which years' recurring due dates moved
 * past weekends only, for want of the year's holiday notice.
 */
export function campaignNotes(workspace: Workspace, asOf: IsoDate): Note[] {
  const notes: Note[] = [...workspace.notes];
  if (workspace.root.campaignFile === null) notes.push({ id: 'defaultCampaign' });
  const years = yearsLackingHolidayData(workspace.campaign, asOf);
  if (years.length > 0) notes.push({ id: 'holidayDataMissing', data: { years: yearRanges(years), last: Math.max(...holidayTableYears()) } });
  return notes;
}

/** Years as runs: 2027–2100, or 2025, 2027–2029. */
export function yearRanges(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    while (i + 1 < sorted.length && sorted[i + 1] === sorted[i]! + 1) i++;
    runs.push(sorted[i] === first ? String(first) : `${first}–${sorted[i]}`);
  }
  return runs.join(', ');
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

/** The names a unit goes by: the roster's, else its unit.yaml's (for units read). */
function unitNames(workspace: Workspace): UnitNames[] {
  const roster = rosterOf(workspace.campaign);
  const profiles = new Map(workspace.units.map((u) => [u.id, u.profile]));
  return workspace.unitIds.map((id) => {
    const member = roster?.get(id)?.member;
    const profile = profiles.get(id);
    const name = member?.name ?? (profile?.valid ? (profile.data as UnitDoc).name : undefined);
    return { id, ...(name ? { name } : {}), ...(member?.short ? { short: member.short } : {}) };
  });
}

/** `--unit` values (ids, names, short names) as the unit ids they name; exit 2 for one that names none. */
export function unitsNamed(workspace: Workspace, given: readonly string[]): string[] {
  if (given.length === 0) return [];
  const names = unitNames(workspace);
  const units = unitIdsFor(workspace.campaign, given, names);
  const known = workspace.unitIds;
  for (const unit of units) {
    if (known.includes(unit)) continue;
    const suggestion = nearest(unit, known);
    const hint = names.map((u) => ((u.short ?? u.name) ? `${u.id}（${u.short ?? u.name}）` : u.id)).join('、');
    throw suggestion ? new EbzError('unknownUnitSuggest', { unit, suggestion }) : new EbzError('unknownUnit', { unit, hint });
  }
  return units;
}

export function runCheck(path: string, options: CheckOptions): CheckRun {
  const unitsGiven = options.units ?? [];
  const given = options.asOf === undefined ? undefined : parseAsOf(options.asOf);
  // Findings are per unit: only the units the path and --unit cover are read (see Workspace.unitIds for
  // the one rule that needs the others' names).
  let workspace = loadWorkspace(path, { scoped: options.scoped ?? true, units: unitsGiven });
  assertCampaignUsable(workspace, options.lang);
  // A unit named by its unit.yaml alone is found once every unit.yaml is read.
  if (unitIdsFor(workspace.campaign, unitsGiven).some((unit) => !workspace.unitIds.includes(unit))) workspace = loadWorkspace(path, { scoped: false });
  const units = unitsNamed(workspace, unitsGiven);
  const asOf = given ?? todayOf(workspace, options.now);
  const state = buildState(workspace, asOf, given === undefined);
  const reports = withLinesToAdd(collectReports(state), state);
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
  const all: (SourceFile | null)[] = [workspace.campaignFile, workspace.adjustments];
  for (const unit of workspace.units) if (!members || members.has(unit.id)) all.push(...filesOf(unit));
  return all.filter((file): file is SourceFile => !!file && inScope({ unit: file.unit, file: file.rel }, workspace.scope, units));
}
