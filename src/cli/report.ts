// `ebz status`, `ebz score` and `ebz report monthly|quarterly|annual`: build a report, render it, print or write it.
import { unitNames } from '../model/roster.js';
import { assertPathExists } from '../load/root.js';
import { once, EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import { quarterMonths, todayIn, type IsoDate } from '../calendar/dates.js';
import { previousQuarter } from '../calendar/schedule.js';
import { latestClosedPeriod, monthNote, periodAsOf, previousAsOf, quarterNote, yearNote, type PeriodKind, type PeriodNote } from '../calendar/reporting.js';
import { cumulativeWindow, monthWindow, previousWindow, quarterWindow, windowClose, yearWindow, type Window } from '../calendar/window.js';
import { t } from '../i18n/index.js';
import { sayDate, sayMonth, sayQuarter, sayYear } from '../i18n/periods.js';
import { loadWorkspace, type Workspace } from '../load/workspace.js';
import { EbzError } from '../model/errors.js';
import { analyze } from '../reports/analysis.js';
import { buildMonthlyReport } from '../reports/monthly.js';
import { buildAnnualReport, buildQuarterlyReport, buildScoreReport, previousPeriod } from '../reports/scores.js';
import { buildStatusReport } from '../reports/status.js';
import { buildExperienceReport } from '../reports/experience.js';
import { colorLevel, painter } from '../render/color.js';
import { DEFAULT_WIDTH, terminalWidth } from '../render/layout.js';
import { BINARY_FORMATS, REPORT_FORMATS, type ReportFormat } from '../render/formats.js';
import { RENDERERS } from '../render/renderers.js';
import { batched } from '../render/json.js';
import type { Issue, View } from '../render/view.js';
import { annualView, experienceView, monthlyView, quarterlyView, scoreView, statusView } from '../render/views.js';
import { explainView } from '../render/explain-view.js';
import { annualBulletin, monthlyBulletin, quarterlyBulletin } from '../render/bulletin.js';
import { buildProblems } from '../reports/problems.js';
import { indicatorUnits } from '../reports/indicator-units.js';
import type { Campaign } from '../model/types.js';
import { campaignNotes, parseAsOf, unitsNamed } from '../rules/check.js';
import { assertCampaignUsable } from '../rules/run.js';
import type { CommandContext } from './context.js';
import { assertOutsideCampaign, reportFormat, stderrText, writeOutput } from './output.js';
import { parseMonthOption, parseQuarterOption, parseYearOption } from './periods.js';

export interface ReportOptions {
  asOf?: string;
  format?: string;
  output?: string;
  force?: boolean;
  unit?: string[];
  explain?: boolean;
  month?: string;
  quarter?: string;
  year?: string;
  /** 文号 of the docx bulletin. */
  number?: string;
}

interface Opened {
  workspace: Workspace;
  today: IsoDate;
  format: ReportFormat;
}

/** status and score: no official document (docx) of their own. */
const TABLE_FORMATS = REPORT_FORMATS.filter((f) => f !== 'docx');
/** The experience compilation is prose: no tables to put in csv or a workbook. */
const PROSE_FORMATS = REPORT_FORMATS.filter((f) => f !== 'csv' && f !== 'xlsx');

function open(path: string | undefined, options: ReportOptions, { io, lang }: CommandContext, formats: readonly ReportFormat[] = REPORT_FORMATS): Opened {
  const format = reportFormat(options.format, options.output, formats);
  if (BINARY_FORMATS.includes(format) && options.output === undefined && io.stdout.isTTY) {
    throw new EbzError('binaryToTerminal', { format, example: `report.${format}` });
  }
  const target = path ?? '.';
  assertPathExists(target, io.cwd);
  if (options.asOf !== undefined) parseAsOf(options.asOf);
  const workspace = loadWorkspace(resolve(io.cwd, target));
  assertCampaignUsable(workspace, lang);
  // An output the campaign would read is refused before any report is built.
  if (options.output !== undefined) assertOutsideCampaign(resolve(io.cwd, options.output), options.output, workspace.root.dir, workspace.root.layout === 'lone-unit');
  const today = todayIn(workspace.campaign.timezone, io.now);
  for (const note of campaignNotes(workspace, options.asOf ?? today)) io.stderr.write(stderrText(io, t(lang, note.id, note.data)));
  return { workspace, today, format };
}

/** The ways to lay a report out: its view, and for docx the bulletin (公文) with what surrounds it. */
interface Layouts {
  view: () => View;
  bulletin?: () => { view: View; issue: Issue };
}

async function emit(report: object, layouts: Layouts, opened: Opened, options: ReportOptions, context: CommandContext): Promise<number> {
  const { io, lang, noColor } = context;
  const toFile = options.output !== undefined;
  const paint = painter(toFile ? 0 : colorLevel(io.stdout, io.env, noColor));
  const width = toFile ? DEFAULT_WIDTH : terminalWidth(io.stdout, io.env);
  const content = await RENDERERS[opened.format]({ report, view: layouts.view, document: layouts.bulletin, lang, paint, width, names: unitNames(opened.workspace) });
  if (toFile) {
    const written = writeOutput(options.output!, content, {
      cwd: io.cwd,
      force: options.force ?? false,
      campaignRoot: opened.workspace.root.dir,
      loneUnit: opened.workspace.root.layout === 'lone-unit',
      now: io.now,
    });
    io.stderr.write(stderrText(io, t(lang, 'written', { file: written.target })));
    if (written.backup) io.stderr.write(stderrText(io, t(lang, 'backedUp', { file: written.backup })));
  } else if (typeof content === 'string' || content instanceof Uint8Array) {
    io.stdout.write(content);
  } else {
    // Piece by piece, waiting while a pipe's reader catches up, so the report is never queued whole in
    // memory; a reader that stops early (`| head`) closes the pipe (an error), and then no one reads.
    const { stdout } = io;
    for (const piece of batched(content.chunks)) {
      if (stdout.write(piece) !== false || !(stdout instanceof EventEmitter)) continue;
      try {
        await once(stdout, 'drain');
      } catch {
        break;
      }
    }
  }
  return 0;
}

export function statusCommand(path: string | undefined, options: ReportOptions, context: CommandContext): Promise<number> {
  const opened = open(path, options, context, TABLE_FORMATS);
  const asOf = options.asOf ?? opened.today;
  const analysis = analyze(opened.workspace, asOf, options.asOf === undefined, context.lang);
  const units = unitsNamed(opened.workspace, options.unit ?? []);
  const all = buildStatusReport(analysis.state, context.lang);
  const report = units.length === 0 ? all : { ...all, units: all.units.filter((u) => units.includes(u.unit)) };
  return emit(report, { view: () => statusView(report, context.lang) }, opened, options, context);
}

/** --year and --quarter: their form and the supported years (cli/periods.ts); `2022-q3` is `2022-Q3`. */
const parseYear = (value: string | undefined): number => parseYearOption(value?.trim());
const parseQuarter = (value: string | undefined): string => parseQuarterOption(value?.trim().toUpperCase());

/** One line on stderr when the period lies outside the campaign's reporting window. */
function notePeriod(note: PeriodNote | null, { io, lang }: CommandContext): void {
  if (note) io.stderr.write(stderrText(io, t(lang, note.id, note.data)));
}

const DEFAULT_NOTE = { month: 'periodDefaultMonth', quarter: 'periodDefaultQuarter', year: 'periodDefaultYear' } as const;
const SAY_PERIOD = { month: sayMonth, quarter: sayQuarter, year: sayYear };

/** The period given, else the latest closed by the as-of date (calendar/reporting.ts), said on stderr. */
function periodOf(kind: PeriodKind, given: string | undefined, opened: Opened, options: ReportOptions, { io, lang }: CommandContext): string {
  if (given !== undefined) return given;
  const asOf = options.asOf ?? opened.today;
  const period = latestClosedPeriod(opened.workspace.campaign, kind, asOf);
  io.stderr.write(stderrText(io, t(lang, DEFAULT_NOTE[kind], { asOf: sayDate(asOf, lang), period: SAY_PERIOD[kind](period, lang) })));
  return period;
}

/** `score --year Y` or `--quarter Y-Qn`: that window judged at its close; no period: the whole campaign up to A. */
export function scoreCommand(path: string | undefined, options: ReportOptions, context: CommandContext): Promise<number> {
  if (options.year !== undefined && options.quarter !== undefined) throw new EbzError('periodConflict', {});
  const period = options.year !== undefined ? yearWindow(parseYear(options.year)) : options.quarter !== undefined ? quarterWindow(parseQuarter(options.quarter)) : null;
  const opened = open(path, options, context, TABLE_FORMATS);
  const units = unitsNamed(opened.workspace, options.unit ?? []);
  let analysis;
  if (period === null) {
    const asOf = options.asOf ?? opened.today;
    const window = cumulativeWindow(opened.workspace.campaign, asOf);
    const quarter = latestClosedPeriod(opened.workspace.campaign, 'quarter', asOf);
    context.io.stderr.write(stderrText(context.io, t(context.lang, 'periodDefaultScore', { start: sayDate(window.start, context.lang), asOf: sayDate(asOf, context.lang), quarter })));
    analysis = analyze(opened.workspace, asOf, options.asOf === undefined, context.lang, window);
  } else {
    const { asOf, asOfIsToday } = periodAsOf(options.asOf, windowClose(opened.workspace.campaign, period), opened.today);
    analysis = analyze(opened.workspace, asOf, asOfIsToday, context.lang, period);
  }
  const report = buildScoreReport(analysis, units);
  const scoring = opened.workspace.campaign.scoring;
  const view = (): View => {
    if (!options.explain) return scoreView(report, context.lang, { scoring });
    const views = report.units.map((s) => explainView(s, report, context.lang, { scoring, campaign: opened.workspace.campaign }));
    if (views.length === 1) return views[0]!;
    // Several units: one title, then each unit under a heading line of its own.
    return { title: t(context.lang, 'explainAllTitle'), meta: views[0]?.meta ?? [], sections: views.flatMap((v) => [{ heading: `■ ${v.title}` }, ...v.sections]) };
  };
  return emit(report, { view }, opened, options, context);
}

/** 发文机关, 文号, 主送 and the date of issue from campaign.yaml and --number. */
function issueOf(campaign: Campaign, options: ReportOptions, date: IsoDate): Issue {
  return { office: campaign.office, coIssuers: campaign.co_issuers, ...(options.number ? { number: options.number } : {}), recipients: campaign.bulletin.recipients, date, copyTo: campaign.bulletin.copy_to };
}

export function monthlyCommand(path: string | undefined, options: ReportOptions, context: CommandContext): Promise<number> {
  const given = options.month === undefined ? undefined : parseMonthOption(options.month.trim());
  const opened = open(path, options, context);
  const month = periodOf('month', given, opened, options, context);
  notePeriod(monthNote(opened.workspace.campaign, month), context);
  const close = windowClose(opened.workspace.campaign, monthWindow(month));
  const { asOf, asOfIsToday, open: isOpen } = periodAsOf(options.asOf, close, opened.today);
  const analysis = analyze(opened.workspace, asOf, asOfIsToday, context.lang);
  const report = buildMonthlyReport(analysis.state, month, isOpen, context.lang);
  const campaign = opened.workspace.campaign;
  return emit(
    report,
    {
      view: () => monthlyView(report, context.lang, close, campaign.scoring.behind_points),
      bulletin: () => {
        const issue = issueOf(campaign, options, report.asOf);
        const texts = { nextSteps: campaign.bulletin.next_steps.monthly, close, issue };
        return { view: monthlyBulletin(report, buildProblems(analysis, month, context.lang), texts, context.lang, campaign.scoring.behind_points), issue };
      },
    },
    opened,
    options,
    context,
  );
}

/** A period's analysis and the previous period's, each at its own close (the previous one no later than A). */
function periodPair(opened: Opened, options: ReportOptions, window: Window, lang: CommandContext['lang']) {
  const campaign = opened.workspace.campaign;
  const close = windowClose(campaign, window);
  const { asOf, asOfIsToday, open: isOpen } = periodAsOf(options.asOf, close, opened.today);
  const before = previousWindow(window)!;
  // The previous period first, kept only as the little the report needs: one period's state at a time.
  const previous = previousPeriod(analyze(opened.workspace, previousAsOf(campaign, before, asOf), false, lang, before));
  const current = analyze(opened.workspace, asOf, asOfIsToday, lang, window);
  return { close, current, previous, isOpen };
}

export function quarterlyCommand(path: string | undefined, options: ReportOptions, context: CommandContext): Promise<number> {
  const given = options.quarter === undefined ? undefined : parseQuarter(options.quarter);
  const opened = open(path, options, context);
  const quarter = periodOf('quarter', given, opened, options, context);
  notePeriod(quarterNote(opened.workspace.campaign, quarter), context);
  const campaign = opened.workspace.campaign;
  const { close, current, previous, isOpen } = periodPair(opened, options, quarterWindow(quarter), context.lang);
  const report = buildQuarterlyReport(current, previous, quarter, previousQuarter(quarter), isOpen);
  return emit(
    report,
    {
      view: () => quarterlyView(report, context.lang, close, campaign.scoring, indicatorUnits(current.state)),
      bulletin: () => {
        const issue = issueOf(campaign, options, report.asOf);
        const texts = { nextSteps: campaign.bulletin.next_steps.quarterly, close, issue };
        return { view: quarterlyBulletin(report, buildProblems(current, quarterMonths(quarter)[2]!, context.lang), texts, context.lang, campaign.scoring), issue };
      },
    },
    opened,
    options,
    context,
  );
}

export function annualCommand(path: string | undefined, options: ReportOptions, context: CommandContext): Promise<number> {
  const given = options.year === undefined ? undefined : String(parseYear(options.year));
  const opened = open(path, options, context);
  const year = Number(periodOf('year', given, opened, options, context));
  const campaign = opened.workspace.campaign;
  notePeriod(yearNote(campaign, year), context);
  const { close, current, previous, isOpen } = periodPair(opened, options, yearWindow(year), context.lang);
  const report = buildAnnualReport(current, previous, year, isOpen);
  return emit(
    report,
    {
      view: () => annualView(report, context.lang, close, campaign.scoring, indicatorUnits(current.state)),
      bulletin: () => {
        const issue = issueOf(campaign, options, report.asOf);
        const texts = { nextSteps: campaign.bulletin.next_steps.annual, close, issue };
        return { view: annualBulletin(report, buildProblems(current, `${year}-12`, context.lang), texts, context.lang, campaign.scoring), issue };
      },
    },
    opened,
    options,
    context,
  );
}

/** 经验做法汇编: every annual review counted as of A (default today), by domain and benchmark region. */
export function experienceCommand(path: string | undefined, options: ReportOptions, context: CommandContext): Promise<number> {
  const opened = open(path, options, context, PROSE_FORMATS);
  const asOf = options.asOf ?? opened.today;
  const analysis = analyze(opened.workspace, asOf, options.asOf === undefined, context.lang);
  const report = buildExperienceReport(analysis.state);
  const campaign = opened.workspace.campaign;
  const view = () => experienceView(report, campaign.city, context.lang);
  // A compilation the office issues alone: its header, 主送, 落款 and 版记, but no 文号.
  const document = () => ({ view: view(), issue: { ...issueOf(campaign, {}, report.asOf), coIssuers: [] } });
  return emit(report, { view, bulletin: document }, opened, options, context);
}
