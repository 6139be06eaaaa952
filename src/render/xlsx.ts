// A view as the ledgers (台账) a clerk sorts and filters in Excel or WPS: one sheet per table, numbers as
// numbers, dates as dates (2022年8月5日), the header frozen with an autofilter, lights as a fill and a word,
// landscape print fitted to the page width with the header repeated; a title row and the as-of date above the
// header, thin borders, text vertically centred, scores with one decimal. `exceljs` is loaded here only.
import { displayWidth } from './layout.js';
import { cutWhole, excelHeader, fitExcel, xmlText } from './xml-text.js';
import { cell, type Cell, type Table, type Tone, type View } from './view.js';

/** Excel's own good / neutral / bad styles: a fill and a darker text of the same hue. */
export const TONE_FILLS: Partial<Record<Tone, { fill: string; font: string }>> = {
  red: { fill: 'FFFFC7CE', font: 'FF9C0006' },
  yellow: { fill: 'FFFFEB9C', font: 'FF9C5700' },
  green: { fill: 'FFC6EFCE', font: 'FF006100' },
};
export const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
const INFO_SHEET = { zh: '说明', en: 'About' } as const;
/** Excel's tallest row, in points. */
const MAX_ROW_HEIGHT = 409;

type Lang = 'zh' | 'en';
/** Every text of the workbook: XML-safe, and within a cell's 32,767 characters (the cut marked). */
const textFor = (lang: Lang) => (s: string) => fitExcel(xmlText(s), lang);

/** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = cutWhole(xmlText(wanted).replace(/[:\\/?*[\]]/g, ' ').trim(), 31) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${cutWhole(base, 31 - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

function excelDate(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** The row of each table's header: under the title row and the as-of row. */
export const HEADER_ROW = 3;
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The number format a cell's value is shown with: a score 0.0, a percentage 0%, a date 2022年8月5日. */
function numberFormat(c: Cell): string | undefined {
  if (c.date) return DATE_FORMAT;
  if (typeof c.value !== 'number') return undefined;
  if (c.text.endsWith('%')) return '0"%"';
  if (c.decimals !== undefined) return c.decimals === 0 ? '0' : `0.${'0'.repeat(c.decimals)}`;
  return undefined;
}

type Sheet = import('exceljs').Worksheet;

/** Row 1 the title, row 2 the as-of date, each across the table's width; the header on row 3. */
function titleRows(sheet: Sheet, view: View, columns: number, text: (s: string) => string): void {
  const title = sheet.getRow(1);
  title.getCell(1).value = text(view.title);
  title.font = { bold: true, size: 14 };
  title.height = 24;
  const asOf = sheet.getRow(2);
  asOf.getCell(1).value = text(view.meta[0] ?? '');
  for (const row of [1, 2]) {
    sheet.mergeCells(row, 1, row, Math.max(1, columns));
    sheet.getRow(row).alignment = { vertical: 'middle', horizontal: 'left' };
  }
}

/** A table as a ledger that prints as a table: thin borders, text vertically centred, numbers with their decimals. */
function tableSheet(sheet: Sheet, view: View, t: Table, text: (s: string) => string): void {
  const rows = t.rows.map((row) => row.map((c) => cell(c)));
  titleRows(sheet, view, t.columns.length, text);
  const header = sheet.getRow(HEADER_ROW);
  t.columns.forEach((c, i) => {
    const target = header.getCell(i + 1);
    target.value = text(c.label);
    target.font = { bold: true };
    target.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF0F7' } };
    target.border = BORDER;
  });
  // Columns as wide as their widest text (a CJK character counts two), within reason; longer text wraps.
  const widths = t.columns.map((c, i) => Math.min(60, Math.max(6, Math.max(displayWidth(c.label), ...rows.map((r) => displayWidth(r[i] ? shown(r[i]!) : ''))) + 2)));
  widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  rows.forEach((row, r) => {
    const added = sheet.getRow(HEADER_ROW + 1 + r);
    let lines = 1;
    t.columns.forEach((column, i) => {
      const c = row[i] ?? { text: '' };
      const target = added.getCell(i + 1);
      target.value = excelValue(c, text);
      const format = numberFormat(c);
      if (format) target.numFmt = format;
      const tone = c.tone ? TONE_FILLS[c.tone] : undefined;
      if (tone) {
        target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: tone.fill } };
        target.font = { color: { argb: tone.font }, bold: c.light };
      }
      const wraps = displayWidth(shown(c)) + 2 > widths[i]!;
      if (wraps) lines = Math.max(lines, Math.ceil(displayWidth(shown(c)) / (widths[i]! - 2)));
      target.alignment = { vertical: 'middle', horizontal: column.align === 'right' ? 'right' : c.light ? 'center' : 'left', wrapText: wraps };
      target.border = BORDER;
    });
    if (lines > 1) added.height = Math.min(MAX_ROW_HEIGHT, 15 * lines);
  });
  sheet.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: HEADER_ROW, column: t.columns.length } };
}

export async function renderXlsx(view: View, lang: 'zh' | 'en'): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  const text = textFor(lang);
  book.title = text(view.title);
  book.creator = 'ebz';
  const taken = new Set<string>([INFO_SHEET[lang].toLowerCase()]);
  const tables = view.sections.filter((s): s is typeof s & { table: Table } => s.table !== undefined);
  for (const section of tables) {
    const sheet = book.addWorksheet(sheetName(section.table.name ?? section.heading, taken), {
      views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
      headerFooter: { oddFooter: '&C第 &P 页，共 &N 页', oddHeader: excelHeader(xmlText(view.title), lang) },
    });
    sheet.pageSetup.printTitlesRow = `${HEADER_ROW}:${HEADER_ROW}`;
    tableSheet(sheet, view, section.table, text);
  }
  infoSheet(book.addWorksheet(INFO_SHEET[lang], { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } }), view, text);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The title, the facts and the paragraphs (what no table holds) on a last sheet, wrapped to print on the page. */
function infoSheet(info: Sheet, view: View, safe: (s: string) => string): void {
  info.getColumn(1).width = 90;
  const add = (text: string, font?: { bold: boolean; size?: number }) => {
    const row = info.addRow([safe(text)]);
    row.alignment = { wrapText: true, vertical: 'top' };
    if (font) row.font = font;
    // A CJK character counts two columns: a line of 88 columns, 15 points each.
    row.height = Math.min(MAX_ROW_HEIGHT, 15 * Math.max(1, Math.ceil(displayWidth(text) / 88)));
  };
  add(view.title, { bold: true, size: 14 });
  for (const m of view.meta) add(m);
  for (const section of view.sections) {
    if (!section.paragraphs?.length && !section.empty) continue;
    info.addRow([]);
    add(section.heading, { bold: true });
    for (const p of section.paragraphs ?? []) add(p);
    if (section.table && section.table.rows.length === 0 && section.empty) add(section.empty);
  }
}

/** What the sheet shows: a date or number as the text says it, a light or state in words. */
function shown(c: Cell): string {
  return c.long ?? c.text;
}

function excelValue(c: Cell, text: (s: string) => string): string | number | Date | null {
  if (c.date) return excelDate(c.date);
  if (c.value !== undefined && c.value !== null) return c.value;
  if (c.value === null) return null;
  return text(shown(c));
}
