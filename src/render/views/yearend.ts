// The year-end duties in the annual assessment: 年终主要目标双重考核, the 五位一体 sheet, 表扬和推荐.
import type { ReportWordId } from '../../i18n/report-words.js';
import type { Scoring } from '../../model/types.js';
import type { AnnualReport } from '../../reports/scores.js';
import type { TargetItem } from '../../score/targets.js';
import { oneDecimal, type Cell, type Section, type Table } from '../view.js';
import type { Words } from './words.js';

function metCell(item: TargetItem, w: Words): Cell {
  if (item.met) return { text: w('met'), tone: 'green' };
  return { text: w(item.value === null ? 'noYearEnd' : 'notMet'), tone: 'red' };
}

/** Each unit's main targets, one row per target: the year's target, the year-end value, met or not. */
export function targetsTable(report: AnnualReport, w: Words): Table {
  return {
    name: w('targetsSheet'),
    columns: [
      { label: w('unitCol') },
      { label: w('indicatorCol') },
      { label: w('measureUnitCol') },
      { label: w('directionCol') },
      { label: w('targetCol'), align: 'right' },
      { label: w('yearEndCol'), align: 'right' },
      { label: w('metCol') },
    ],
    rows: report.units.flatMap((u) =>
      u.targets.items.map((i) => [u.short, i.name, i.unit, w(`direction-${i.direction}` as ReportWordId), i.target, i.value, metCell(i, w)]),
    ),
  };
}

/** "发改委 2/3、…": in words only; the tables carry met and total as two numbers. */
export function targetCounts(report: AnnualReport, w: Words): string {
  const list = report.units.filter((u) => u.targets.total > 0).map((u) => w('targetsCount', { name: u.short, met: u.targets.met, total: u.targets.total }));
  return w('targetsCounts', { list: list.join(w.lang === 'zh' ? '、' : ', ') });
}

export function targetsSection(report: AnnualReport, w: Words): Section {
  const any = report.units.some((u) => u.targets.total > 0);
  return { heading: w('targetsSection'), paragraphs: any ? [w('targetsNote'), targetCounts(report, w)] : [], table: targetsTable(report, w), empty: w('targetsEmpty') };
}

/** 五位一体: one row per unit, ready to hand on; met and total in two numeric columns, never "2/3". */
export function fiveTable(report: AnnualReport, w: Words): Table {
  return {
    name: w('fiveSheet'),
    columns: [
      { label: w('unitCol') },
      { label: w('scoreCol'), align: 'right' },
      { label: w('gradeCol') },
      { label: w('rankCol'), align: 'right' },
      { label: w('metCountCol'), align: 'right' },
      { label: w('targetCountCol'), align: 'right' },
    ],
    rows: report.units.map((u) => [u.short, oneDecimal(u.score), u.grade ?? { text: '—', tone: 'muted' }, u.rank, u.targets.met, u.targets.total]),
  };
}

export function nominationsTable(report: AnnualReport, w: Words): Table {
  const name = (unit: string) => report.units.find((s) => s.unit === unit)?.short ?? unit;
  return {
    name: w('nominationsSheet'),
    columns: [{ label: w('unitCol') }, { label: w('nominationKindCol') }, { label: w('nomineeCol') }, { label: w('nominationReasonCol') }],
    rows: report.nominations.map((n) => [name(n.unit), w(`nomination-${n.kind}`), n.name, n.reason]),
  };
}

/** 表扬: the units graded at the top, a table of its own so that every format (csv too) lists them. */
function commendSection(report: AnnualReport, scoring: Pick<Scoring, 'grades'>, w: Words): Section {
  const top = scoring.grades[0]?.label ?? '';
  const praised = report.units.filter((u) => report.commend.includes(u.unit));
  return {
    heading: w('commendSection'),
    paragraphs: [w('commendNote', { grade: top })],
    table: { name: w('commendSheet'), columns: [{ label: w('unitCol') }, { label: w('scoreCol'), align: 'right' }, { label: w('gradeCol') }], rows: praised.map((u) => [u.short, oneDecimal(u.score), u.grade]) },
    empty: w('noneListed'),
  };
}

/** 表扬 and then the nominations, for the leading group to decide. */
export function praiseSections(report: AnnualReport, scoring: Pick<Scoring, 'grades'>, w: Words): Section[] {
  return [
    commendSection(report, scoring, w),
    { heading: w('nominationsSection'), paragraphs: report.nominations.length > 0 ? [w('nominationsNote')] : [], table: nominationsTable(report, w), empty: w('nominationsEmpty') },
  ];
}
