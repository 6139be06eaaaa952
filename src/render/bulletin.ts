// The bulletins (通报): the monthly, quarterly and annual reports arranged as the office issues them (DESIGN §6):
// an opening, 一、总体情况 … 五、下步工作, the reason for every name, 要求 with a date, 附件 for long lists.
import { addDays, addMonths, quarterMonths } from '../calendar/dates.js';
import { sayDate, sayMonth, sayQuarter, sayYear } from '../i18n/periods.js';
import type { Lang } from '../i18n/index.js';
import { sayOrdinal } from '../i18n/numerals.js';
import type { Scoring } from '../model/types.js';
import type { MonthlyReport } from '../reports/monthly.js';
import type { Problems } from '../reports/problems.js';
import type { AnnualReport, QuarterlyReport } from '../reports/scores.js';
import type { UnitScore } from '../score/index.js';
import { adjustmentLine, Annexes, Captions, LONG_TABLE, namedReasons, problemSection, scoreReason } from './bulletin-parts.js';
import type { Issue, Section, Table, View } from './view.js';
import {
  achievementsTable,
  componentsNote,
  fiveTable,
  gradingNotes,
  lightReasonText,
  monthlyUnitsTable,
  movement,
  scoreColumns,
  scoreRow,
  wordsFor,
  type Words,
} from './views.js';

/** What a bulletin says besides its report: 下步工作 for its kind, the day its period closes, who issues it. */
export interface BulletinTexts {
  nextSteps: string[];
  /** The day the period closes: a bulletin issued before it says the period is still open. */
  close: string;
  issue: Issue;
}

/** Days the units called out have to report their 整改. */
const RECTIFY_DAYS = 15;

/** Under the title while the period is open (DESIGN §6): the figures are a snapshot and may change. */
function subtitleOf(open: boolean, texts: BulletinTexts, w: Words): { subtitle?: string } {
  return open ? { subtitle: w('openPeriod', { close: sayDate(texts.close, w.lang) }) } : {};
}

/** The title on two lines, broken before the period ("关于…工作" / "2022年第三季度评估情况的通报"). */
function titleLines(title: string, period: string): string[] | undefined {
  const at = title.indexOf(period);
  return at > 0 ? [title.slice(0, at), title.slice(at)] : undefined;
}

/** 根据《…实施方案》要求，…会同…对…进行了评估，现将有关情况通报如下： */
function opening(campaignTitle: string, units: number, period: string, action: 'docActionMonthly' | 'docActionQuarterly' | 'docActionAnnual', texts: BulletinTexts, w: Words): string {
  const { office, coIssuers } = texts.issue;
  const organs = coIssuers.length === 0 ? office : w('docOrgansJoint', { office, others: coIssuers.join(w('docListSeparator')) });
  return w('docOpening', { plan: w('docPlan', { title: campaignTitle }), organs, units, period, action: w(action) });
}

/** 五、下步工作: a paragraph for the coming period, the campaign's own paragraphs (else one to fill in), and 要求. */
function nextStepsSections(lead: string, texts: BulletinTexts, calledOut: boolean, w: Words): Section[] {
  const sections: Section[] = [
    texts.nextSteps.length > 0 ? { heading: w('docNextSteps'), paragraphs: [lead, ...texts.nextSteps] } : { heading: w('docNextSteps'), paragraphs: [lead], fill: w('docNextStepsFill') },
  ];
  if (calledOut) sections.push({ heading: '', paragraphs: [w('docRequirement', { date: sayDate(addDays(texts.issue.date, RECTIFY_DAYS), w.lang), office: texts.issue.office })] });
  return sections;
}

function scoreOverview(units: UnitScore[], scoring: Scoring, asOf: string, w: Words): string {
  const lang = w.lang;
  const scored = units.filter((u) => u.score !== null);
  if (scored.length === 0) return w('docNoScores', { asOf: sayDate(asOf, lang) });
  const high = scored.reduce((a, b) => (b.score! > a.score! ? b : a));
  const low = scored.reduce((a, b) => (b.score! < a.score! ? b : a));
  const mean = scored.reduce((sum, u) => sum + u.score!, 0) / scored.length;
  const grades = scoring.grades
    .map((g) => ({ grade: g.label, count: scored.filter((u) => u.grade === g.label).length }))
    .filter((g) => g.count > 0)
    .map((g) => w('docGradeCount', g))
    .join(lang === 'zh' ? '，' : ', ');
  return w('docScoreOverview', {
    asOf: sayDate(asOf, lang),
    units: scored.length,
    mean: mean.toFixed(1),
    high: high.score!.toFixed(1),
    highUnit: high.name,
    low: low.score!.toFixed(1),
    lowUnit: low.name,
    grades: grades + (lang === 'zh' ? '。' : '.'),
  });
}

/** 二、得分排名: the table in the body, or for many units the first and last five and the table as an 附件. */
function rankingSection(units: UnitScore[], period: string, w: Words, captions: Captions, annexes: Annexes, previousRanks?: (number | null)[]): Section {
  const title = w('docRankingTable', { period });
  const table: Table = {
    name: w('scoreSheet'),
    columns: [...scoreColumns(w), ...(previousRanks ? [{ label: w('movementCol') }] : [])],
    rows: units.map((u, i) => [...scoreRow(u, w), ...(previousRanks ? [movement(u.rank, previousRanks[i] ?? null)] : [])]),
  };
  if (units.length <= LONG_TABLE) {
    const { index, caption } = captions.next(title, w);
    return { heading: w('docRanking'), paragraphs: [w('docSeeTable', { table: index })], table: { ...table, caption } };
  }
  const ranked = units.filter((u) => u.rank !== null && u.score !== null);
  const say = (list: UnitScore[]) => list.map((u) => w('docNamedWithReason', { name: u.name, reason: w('docScorePoints', { score: u.score!.toFixed(1) }) })).join(w('docListSeparator'));
  const annex = annexes.add(title, table);
  const top = Math.min(5, ranked.length);
  return { heading: w('docRanking'), paragraphs: [w('docRankingSummary', { top, first: say(ranked.slice(0, top)), bottom: top, last: say(ranked.slice(-top)), count: units.length, annex })] };
}

/** 三、表扬和通报批评 of a scored bulletin: each name with its score and what earned it, then 加减分. */
function gradeParagraphs(commend: string[], callOut: string[], units: UnitScore[], evaluatedOn: string, period: string, scoring: Scoring, w: Words, annexes: Annexes): string[] {
  const top = scoring.grades[0]?.label ?? '';
  const bottom = scoring.grades[scoring.grades.length - 1]?.label ?? '';
  const named = (ids: string[], praise: boolean) =>
    ids.flatMap((id) => units.filter((u) => u.unit === id)).map((u) => ({ name: u.name, reason: scoreReason(u, evaluatedOn, praise, w) }));
  return [
    w('docCommendLine', { criterion: w('docGradeCriterion', { grade: top }), units: namedReasons(named(commend, true), w('docAnnexCommend', { period }), w, annexes) }),
    w('docCallOutLine', { criterion: w('docGradeCriterion', { grade: bottom }), units: namedReasons(named(callOut, false), w('docAnnexCallOut', { period }), w, annexes) }),
    ...adjustmentLine(units, w),
  ];
}

/** The view with its 附件, which a document lists in its 附件说明 and sets after the 落款. */
function issued(view: Omit<View, 'attachments'>, annexes: Annexes): View {
  return annexes.list.length === 0 ? view : { ...view, attachments: annexes.list };
}

export function monthlyBulletin(report: MonthlyReport, problems: Problems, texts: BulletinTexts, lang: Lang, behindPoints = 20): View {
  const w = wordsFor(lang);
  const s = report.summary;
  const month = sayMonth(report.month, lang);
  const annexes = new Annexes();
  const captions = new Captions();
  // The criterion (亮绿灯且按时报送) is the reason of every name praised.
  const commend = report.units.filter((u) => u.light === 'green' && u.progress?.state === 'on-time').map((u) => ({ name: u.name, reason: '' }));
  const red = report.units.filter((u) => u.light === 'red');
  const callOut = red.map((u) => ({ name: u.name, reason: u.lightReasons.map((r) => lightReasonText(r, w, behindPoints)).join(w('docReasonSeparator')) || w('red') }));
  const unitsTitle = w('docUnitsTable', { period: month });
  const table = monthlyUnitsTable(report, w, behindPoints);
  let unitsSection: Section;
  if (report.units.length <= LONG_TABLE) {
    const { index, caption } = captions.next(unitsTitle, w);
    unitsSection = { heading: w('docUnits'), paragraphs: [w('docSeeTable', { table: index })], table: { ...table, caption } };
  } else unitsSection = { heading: w('docUnits'), paragraphs: [w('docUnitsSummary', { ...s.lights, annex: annexes.add(unitsTitle, table) })] };
  const sections: Section[] = [
    { heading: w('docOverview'), paragraphs: [w('docMonthlyOverview', { asOf: sayDate(report.asOf, lang), month, units: s.units, ...s.progress, ...s.measures, ...s.lights })] },
    unitsSection,
  ];
  sections.push({
    heading: w('docCommend'),
    paragraphs: [
      w('docCommendLine', { criterion: w('docMonthlyCommend'), units: namedReasons(commend, w('docAnnexCommend', { period: month }), w, annexes) }),
      w('docCallOutLine', { criterion: w('docMonthlyCallOut'), units: namedReasons(callOut, w('docAnnexCallOut', { period: month }), w, annexes) }),
    ],
  });
  sections.push(problemSection(problems, w, annexes));
  sections.push(...nextStepsSections(w('docNextMonthly', { month: sayMonth(addMonths(report.month, 1), lang) }), texts, red.length > 0, w));
  const title = w('monthlyDocTitle', { title: report.title, month });
  return issued({ title, titleLines: titleLines(title, month), ...subtitleOf(report.open, texts, w), meta: [opening(report.title, s.units, month, 'docActionMonthly', texts, w)], sections }, annexes);
}

/** The quarter after `quarter`: 2022-Q4 → 2023-Q1. */
function nextQuarter(quarter: string): string {
  const [year, month] = addMonths(quarterMonths(quarter)[2]!, 1).split('-').map(Number) as [number, number];
  return `${year}-Q${Math.ceil(month / 3)}`;
}

export function quarterlyBulletin(report: QuarterlyReport, problems: Problems, texts: BulletinTexts, lang: Lang, scoring: Scoring): View {
  const w = wordsFor(lang);
  const quarter = sayQuarter(report.quarter, lang);
  const annexes = new Annexes();
  const captions = new Captions();
  const sections: Section[] = [
    { heading: w('docOverview'), paragraphs: [scoreOverview(report.units, scoring, report.asOf, w), componentsNote(scoring, w), ...gradingNotes(report.units, scoring, w)] },
    rankingSection(report.units, quarter, w, captions, annexes, report.units.map((u) => u.previousRank)),
    { heading: w('docCommend'), paragraphs: gradeParagraphs(report.commend, report.callOut, report.units, report.evaluatedOn, quarter, scoring, w, annexes) },
    problemSection(problems, w, annexes),
    ...nextStepsSections(w('docNextQuarterly', { quarter: sayQuarter(nextQuarter(report.quarter), lang) }), texts, report.callOut.length > 0, w),
  ];
  const title = w('quarterlyDocTitle', { title: report.title, quarter });
  return issued({ title, titleLines: titleLines(title, quarter), ...subtitleOf(report.open, texts, w), meta: [opening(report.title, report.units.length, quarter, 'docActionQuarterly', texts, w)], sections }, annexes);
}

/** 年终主要目标双重考核 and the 五位一体 table under the ranking: in the body, or for many units in an 附件. */
function targetsPart(report: AnnualReport, year: string, w: Words, captions: Captions, annexes: Annexes): Section {
  const count = { units: report.units.length, met: report.units.reduce((n, u) => n + u.targets.met, 0), total: report.units.reduce((n, u) => n + u.targets.total, 0) };
  const title = w('docFiveTable', { period: year });
  if (report.units.length > LONG_TABLE) return { heading: '', paragraphs: [w('docTargetsAnnex', { ...count, annex: annexes.add(title, fiveTable(report, w)) })] };
  const { index, caption } = captions.next(title, w);
  return { heading: '', paragraphs: [w('docTargetsLine', { ...count, table: index })], table: { ...fiveTable(report, w), caption } };
}

/** The number of a subsection: （四） in Chinese, (4) in English. */
const subsection = (index: number, w: Words): string => sayOrdinal(index, w.lang);

/** （N）推荐: each nomination with its unit, kind and reason, for the leading group to decide; null when none. */
function nominationsLine(report: AnnualReport, index: number, w: Words): string | null {
  if (report.nominations.length === 0) return null;
  const name = (unit: string) => report.units.find((u) => u.unit === unit)?.name ?? unit;
  const items = report.nominations.map((n) => w('docNomination', { unit: name(n.unit), kind: w(`nomination-${n.kind}`), name: n.name, reason: n.reason }));
  return w('docNominationsLine', { index: subsection(index, w), count: items.length, items: items.join(w('docReasonSeparator')) });
}

export function annualBulletin(report: AnnualReport, problems: Problems, texts: BulletinTexts, lang: Lang, scoring: Scoring): View {
  const w = wordsFor(lang);
  const year = sayYear(report.year, lang);
  const top = scoring.grades[0]?.label;
  const bottom = scoring.grades.length > 1 ? scoring.grades[scoring.grades.length - 1]?.label : undefined;
  const commend = report.units.filter((u) => u.grade !== null && u.grade === top).map((u) => u.unit);
  const callOut = report.units.filter((u) => u.grade !== null && u.grade === bottom).map((u) => u.unit);
  const annexes = new Annexes();
  const captions = new Captions();
  const praise = gradeParagraphs(commend, callOut, report.units, report.evaluatedOn, year, scoring, w, annexes);
  const sections: Section[] = [
    { heading: w('docOverview'), paragraphs: [scoreOverview(report.units, scoring, report.asOf, w), componentsNote(scoring, w), ...gradingNotes(report.units, scoring, w)] },
    rankingSection(report.units, year, w, captions, annexes),
    targetsPart(report, year, w, captions, annexes),
    { heading: w('docCommend'), paragraphs: praise },
  ];
  if (report.achievements.length > 0) {
    // The achievements are the commendation shortlist: a subsection of their own, its table captioned.
    const { index, caption } = captions.next(w('docAchievementsTable', { period: year }), w);
    const line = w('docAchievementsLine', { index: subsection(praise.length + 1, w), count: report.achievements.length, table: index });
    sections.push({ heading: '', paragraphs: [line], table: { ...achievementsTable(report, w), caption } });
  }
  const nominations = nominationsLine(report, praise.length + (report.achievements.length > 0 ? 1 : 0) + 1, w);
  if (nominations) sections.push({ heading: '', paragraphs: [nominations] });
  sections.push(problemSection(problems, w, annexes));
  sections.push(...nextStepsSections(w('docNextAnnual', { year, next: sayYear(report.year + 1, lang) }), texts, callOut.length > 0, w));
  const title = w('annualDocTitle', { title: report.title, year });
  return issued({ title, titleLines: titleLines(title, year), ...subtitleOf(report.open, texts, w), meta: [opening(report.title, report.units.length, year, 'docActionAnnual', texts, w)], sections }, annexes);
}
