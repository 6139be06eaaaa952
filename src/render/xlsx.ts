// A view as the ledgers (台账) a clerk sorts and filters in Excel or WPS: one sheet per table, numbers as
// numbers, dates as dates (2022年8月5日), the header frozen with an autofilter, lights as a fill and a word,
// landscape print fitted to the page width with the header repeated. `exceljs` is loaded here only.
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

export async function renderXlsx(view: View, lang: 'zh' | 'en'): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const book = new ExcelJS.Workbook();
  // Every text of the workbook: XML-safe, and within a cell's 32,767 characters (the cut marked).
  const text = (s: string) => fitExcel(xmlText(s), lang);
  book.title = text(view.title);
  book.creator = 'ebz';
  const taken = new Set<string>([INFO_SHEET[lang].toLowerCase()]);
  const tables = view.sections.filter((s): s is typeof s & { table: Table } => s.table !== undefined);
  for (const section of tables) {
    const t = section.table;
    const sheet = book.addWorksheet(sheetName(t.name ?? section.heading, taken), {
      views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true, margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
      headerFooter: { oddFooter: '&C第 &P 页，共 &N 页', oddHeader: excelHeader(xmlText(view.title), lang) },
    });
    sheet.pageSetup.printTitlesRow = '1:1';
    const rows = t.rows.map((row) => row.map((c) => cell(c)));
    const header = sheet.addRow(t.columns.map((c) => text(c.label)));
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    header.eachCell((c) => {
      c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF0F7' } };
    });
    for (const row of rows) {
      const added = sheet.addRow(row.map((c) => excelValue(c, text)));
      row.forEach((c, i) => {
        const target = added.getCell(i + 1);
        if (c.date) target.numFmt = DATE_FORMAT;
        const tone = c.tone ? TONE_FILLS[c.tone] : undefined;
        if (tone) {
          target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: tone.fill } };
          target.font = { color: { argb: tone.font }, bold: c.light };
        }
        if (t.columns[i]?.align === 'right') target.alignment = { horizontal: 'right' };
      });
    }
    // Columns as wide as their widest text (a CJK character counts two), within reason.
    t.columns.forEach((c, i) => {
      const widest = Math.max(displayWidth(c.label), ...rows.map((r) => displayWidth(r[i] ? shown(r[i]!) : '')));
      sheet.getColumn(i + 1).width = Math.min(60, Math.max(6, widest + 2));
      // Text longer than the widest column wraps within it rather than running under its neighbours.
      if (widest + 2 > 60) {
        rows.forEach((row, r) => {
          const lines = Math.ceil(displayWidth(row[i] ? shown(row[i]!) : '') / 58);
          const target = sheet.getRow(r + 2);
          target.getCell(i + 1).alignment = { wrapText: true, vertical: 'top' };
          if (lines > 1) target.height = Math.min(MAX_ROW_HEIGHT, Math.max(target.height ?? 15, 15 * lines));
        });
      }
    });
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: t.columns.length } };
  }
  // The title, the facts and the paragraphs (what no table holds) on a last sheet.
  const info = book.addWorksheet(INFO_SHEET[lang], { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  info.getColumn(1).width = 100;
  info.addRow([text(view.title)]).font = { bold: true, size: 14 };
  for (const m of view.meta) info.addRow([text(m)]);
  for (const section of view.sections) {
    if (!section.paragraphs?.length && !section.empty) continue;
    info.addRow([]);
    info.addRow([text(section.heading)]).font = { bold: true };
    for (const p of section.paragraphs ?? []) info.addRow([text(p)]).alignment = { wrapText: true };
    if (section.table && section.table.rows.length === 0 && section.empty) info.addRow([text(section.empty)]);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
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
