// `ebz status`, `ebz score` and `ebz report monthly|quarterly|annual`: build a report, render it, print or write it.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isIsoMonth, todayIn, type IsoDate } from '../calendar/dates.js';
import { annualClose, monthlyClose, previousQuarter, quarterlyClose } from '../calendar/schedule.js';
import { t } from '../i18n/index.js';
import { loadWorkspace, type Workspace } from '../load/workspace.js';
import { EbzError } from '../model/errors.js';
import { analyze } from '../reports/analysis.js';
import { buildMonthlyReport } from '../reports/monthly.js';
import { buildAnnualReport, buildQuarterlyReport, buildScoreReport } from '../reports/scores.js';
import { buildStatusReport } from '../reports/status.js';
import { colorLevel, painter } from '../render/color.js';
import { renderCsv, renderHtml, renderMd, renderText, type ReportFormat } from '../render/formats.js';
import type { View } from '../render/view.js';
import { annualView, explainView, monthlyView, quarterlyView, scoreView, statusView } from '../render/views.js';
import { checkUnitsExist, parseAsOf } from '../rules/check.js';
import { assertCampaignUsable } from '../rules/run.js';
import type { CommandContext } from './context.js';
import { reportFormat, writeOutput } from './output.js';

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
}

interface Opened {
  workspace: Workspace;
  today: IsoDate;
  format: ReportFormat;
}

function open(path: string | undefined, options: ReportOptions, { io, lang }: CommandContext): Opened {
  const format = reportFormat(options.format, options.output);
  const target = path ?? '.';
  if (!existsSync(resolve(io.cwd, target))) throw new EbzError('pathNotFound', { path: target });
  if (options.asOf !== undefined) parseAsOf(options.asOf);
  const workspace = loadWorkspace(resolve(io.cwd, target));
  assertCampaignUsable(workspace, lang);
  for (const note of workspace.root.campaignFile === null ? (['defaultCampaign'] as const) : []) io.stderr.write(t(lang, note) + '\n');
  return { workspace, today: todayIn(workspace.campaign.timezone, io.now), format };
}

/** The as-of date of a period's report: --as-of, else its close, else (still open) today. */
function periodAsOf(options: ReportOptions, close: IsoDate, today: IsoDate): { asOf: IsoDate; asOfIsToday: boolean; open: boolean } {
  if (options.asOf !== undefined) return { asOf: options.asOf, asOfIsToday: false, open: options.asOf < close };
  return close <= today ? { asOf: close, asOfIsToday: false, open: false } : { asOf: today, asOfIsToday: true, open: true };
}

function emit(report: object, view: () => View, opened: Opened, options: ReportOptions, context: CommandContext): number {
  const { io, lang, noColor } = context;
  const toFile = options.output !== undefined;
  let content: string;
  switch (opened.format) {
    case 'json':
      content = JSON.stringify(report, null, 2) + '\n';
      break;
    case 'text':
      content = renderText(view(), painter(toFile ? 0 : colorLevel(io.stdout, io.env, noColor)));
      break;
    case 'md':
      content = renderMd(view());
      break;
    case 'csv':
      content = renderCsv(view());
      break;
    case 'html':
      content = renderHtml(view(), lang);
      break;
  }
  if (toFile) {
    const written = writeOutput(options.output!, content, { cwd: io.cwd, force: options.force ?? false, campaignRoot: opened.workspace.root.dir });
    io.stderr.write(t(lang, 'written', { file: written }) + '\n');
  } else {
    io.stdout.write(content);
  }
  return 0;
}

export function statusCommand(path: string | undefined, options: ReportOptions, context: CommandContext): number {
  const opened = open(path, options, context);
  const asOf = options.asOf ?? opened.today;
  const analysis = analyze(opened.workspace, asOf, options.asOf === undefined, context.lang);
  const report = buildStatusReport(analysis.state, context.lang);
  return emit(report, () => statusView(report, context.lang), opened, options, context);
}

export function scoreCommand(path: string | undefined, options: ReportOptions, context: CommandContext): number {
  const opened = open(path, options, context);
  const units = options.unit ?? [];
  checkUnitsExist(opened.workspace, units);
  const asOf = options.asOf ?? opened.today;
  const analysis = analyze(opened.workspace, asOf, options.asOf === undefined, context.lang);
  const report = buildScoreReport(analysis, units);
  const scoring = opened.workspace.campaign.scoring;
  const view = (): View => {
    if (!options.explain) return scoreView(report, context.lang, { scoring });
    const views = report.units.map((s) => explainView(s, report.asOf, context.lang, { scoring }));
    if (views.length === 1) return views[0]!;
    return { title: views.map((v) => v.title).join(' / '), meta: [views[0]?.meta[0] ?? ''], sections: views.flatMap((v) => [{ heading: `■ ${v.title}` }, ...v.sections]) };
  };
  return emit(report, view, opened, options, context);
}

export function monthlyCommand(path: string | undefined, options: ReportOptions, context: CommandContext): number {
  const month = options.month;
  if (month === undefined || !isIsoMonth(month)) throw new EbzError('badMonth', { value: month ?? '' });
  const opened = open(path, options, context);
  const close = monthlyClose(opened.workspace.campaign, month);
  const { asOf, asOfIsToday, open: isOpen } = periodAsOf(options, close, opened.today);
  const analysis = analyze(opened.workspace, asOf, asOfIsToday, context.lang);
  const report = buildMonthlyReport(analysis.state, month, isOpen);
  return emit(report, () => monthlyView(report, context.lang, close), opened, options, context);
}

export function quarterlyCommand(path: string | undefined, options: ReportOptions, context: CommandContext): number {
  const quarter = options.quarter;
  if (quarter === undefined || !/^\d{4}-Q[1-4]$/.test(quarter)) throw new EbzError('badQuarter', { value: quarter ?? '' });
  const opened = open(path, options, context);
  const campaign = opened.workspace.campaign;
  const close = quarterlyClose(campaign, quarter);
  const { asOf, asOfIsToday, open: isOpen } = periodAsOf(options, close, opened.today);
  const previous = previousQuarter(quarter);
  const previousClose = quarterlyClose(campaign, previous);
  const current = analyze(opened.workspace, asOf, asOfIsToday, context.lang);
  const before = analyze(opened.workspace, previousClose < asOf ? previousClose : asOf, false, context.lang);
  const report = buildQuarterlyReport(current, before, quarter, previous, isOpen);
  return emit(report, () => quarterlyView(report, context.lang, close, campaign.scoring), opened, options, context);
}

export function annualCommand(path: string | undefined, options: ReportOptions, context: CommandContext): number {
  const year = Number(options.year);
  if (options.year === undefined || !/^\d{4}$/.test(options.year)) throw new EbzError('badYear', { value: options.year ?? '' });
  const opened = open(path, options, context);
  const campaign = opened.workspace.campaign;
  const close = annualClose(campaign, year);
  const { asOf, asOfIsToday, open: isOpen } = periodAsOf(options, close, opened.today);
  const analysis = analyze(opened.workspace, asOf, asOfIsToday, context.lang);
  const report = buildAnnualReport(analysis, year, isOpen);
  return emit(report, () => annualView(report, context.lang, close, campaign.scoring), opened, options, context);
}
