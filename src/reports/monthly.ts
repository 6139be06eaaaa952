// 月度督查报告: who is late, what is stuck, and every unit's traffic light for one month.
import { unitName, unitShortName } from '../model/roster.js';
import type { IsoDate } from '../calendar/dates.js';
import { documentCovers, documentStatus, progressDueDate, progressStretchOf, type DocumentStatus } from '../calendar/schedule.js';
import { evaluate, monthWindow, windowClose } from '../calendar/window.js';
import type { Lang } from '../i18n/index.js';
import { documentName } from '../i18n/periods.js';
import type { CampaignState } from '../model/state.js';
import type { MeasureState } from '../model/types.js';
import { lightOf, lightReasons, positionsOn, type Light, type LightReason } from '../score/light.js';

export interface ChaseItem {
  unit: string;
  name: string;
  /** The roster's short name (简称) for tables and lists of names; the full name where none is given. */
  short: string;
  measure: string;
  title: string;
  responsible: { unit: string; person: string };
  due: IsoDate;
  daysOverdue: number;
  percent: number;
  status: MeasureState | 'unreported';
  blocker: string | null;
}

/** One document a unit owes (催报名单): by key and by name, where it belongs, when it was due. */
export interface MissingItem {
  unit: string;
  name: string;
  /** The roster's short name (简称) for tables and lists of names; the full name where none is given. */
  short: string;
  document: string;
  documentName: string;
  file: string;
  due: IsoDate;
  daysOverdue: number;
}

export interface MeasureCounts {
  total: number;
  done: number;
  inProgress: number;
  blocked: number;
  overdue: number;
}

export interface MonthlyReport {
  campaign: string;
  title: string;
  month: string;
  window: { start: IsoDate; end: IsoDate };
  evaluatedOn: IsoDate;
  asOf: IsoDate;
  /** True while the month's progress is not yet due: the report may still change. */
  open: boolean;
  summary: {
    units: number;
    progress: { onTime: number; late: number; missing: number; pending: number };
    measures: MeasureCounts;
    lights: Record<Light, number>;
  };
  units: { unit: string; name: string; short: string; light: Light; lightReasons: LightReason[]; progress: DocumentStatus | null; measures: MeasureCounts }[];
  chase: ChaseItem[];
  missing: MissingItem[];
}

/**
 * The status of a month's progress that the state does not list yet (the as-of date is before the month
 * begins): pending, as it is due later — or null for a month the progress schedule has no report for.
 */
function progressNotYetOwed(state: CampaignState, month: string): DocumentStatus | null {
  if (!progressStretchOf(state.campaign, month)) return null;
  return documentStatus(progressDueDate(state.campaign, month), null, state.asOf);
}

/** The month judged on E = its last day (or A while still open), documents counted up to A = the state's date. */
export function buildMonthlyReport(state: CampaignState, month: string, open: boolean, lang: Lang = 'zh'): MonthlyReport {
  const window = monthWindow(month);
  const evaluation = evaluate(state.campaign, window, state.asOf);
  const close = windowClose(state.campaign, window);
  const units: MonthlyReport['units'] = [];
  const chase: ChaseItem[] = [];
  const missing: MissingItem[] = [];
  const notYetOwed = progressNotYetOwed(state, month);
  for (const unit of state.units) {
    const name = unitName(unit);
    const short = unitShortName(unit);
    const positions = positionsOn(unit, state.campaign, evaluation);
    const measures: MeasureCounts = {
      total: positions.length,
      done: positions.filter((m) => m.status === 'done').length,
      inProgress: positions.filter((m) => m.status === 'in-progress').length,
      blocked: positions.filter((m) => m.blocked).length,
      overdue: positions.filter((m) => m.overdue).length,
    };
    const progress = unit.documents.find((d) => d.expected.key === `progress:${month}`)?.status ?? notYetOwed;
    const reasons = lightReasons(unit, positions, evaluation, close);
    units.push({ unit: unit.id, name, short, light: lightOf(reasons), lightReasons: reasons, progress, measures });
    for (const m of positions) {
      if (!m.overdue && !m.blocked) continue;
      chase.push({ unit: unit.id, name, short, measure: m.id, title: m.title, responsible: m.responsible, due: m.due, daysOverdue: m.daysOverdue, percent: m.percent, status: m.status, blocker: m.blocker });
    }
    for (const d of unit.documents.filter((d) => d.status.state === 'missing')) {
      missing.push({ unit: unit.id, name, short, document: d.expected.key, documentName: documentName(d.expected.key, lang, documentCovers(state.campaign, d.expected.key)), file: d.file, due: d.expected.due, daysOverdue: d.status.daysLate ?? 0 });
    }
  }
  // Most urgent first; ties in the official order of the units (state.units), then by measure.
  const position = new Map(state.units.map((u, i) => [u.id, i]));
  chase.sort((a, b) => b.daysOverdue - a.daysOverdue || position.get(a.unit)! - position.get(b.unit)! || (a.measure < b.measure ? -1 : a.measure > b.measure ? 1 : 0));
  const count = <T>(list: T[], test: (item: T) => boolean) => list.filter(test).length;
  const sum = (key: keyof MeasureCounts) => units.reduce((total, u) => total + u.measures[key], 0);
  return {
    campaign: state.campaign.id,
    title: state.campaign.title,
    month,
    window: { start: evaluation.window.start, end: evaluation.window.end },
    evaluatedOn: evaluation.evaluatedOn,
    asOf: state.asOf,
    open,
    summary: {
      units: units.length,
      progress: {
        onTime: count(units, (u) => u.progress?.state === 'on-time'),
        late: count(units, (u) => u.progress?.state === 'late'),
        missing: count(units, (u) => u.progress?.state === 'missing'),
        pending: count(units, (u) => u.progress?.state === 'pending'),
      },
      measures: { total: sum('total'), done: sum('done'), inProgress: sum('inProgress'), blocked: sum('blocked'), overdue: sum('overdue') },
      lights: { red: count(units, (u) => u.light === 'red'), yellow: count(units, (u) => u.light === 'yellow'), green: count(units, (u) => u.light === 'green') },
    },
    units,
    chase,
    missing,
  };
}
