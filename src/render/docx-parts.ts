// The parts of a Word bulletin that stand apart from its text: tables, the 落款, the 版记 and the page numbers.
import type * as Docx from 'docx';
import { CHAR, LINE, PAGE_NUMBER_LINE, SIZE, TEXT_HEIGHT, TEXT_WIDTH } from './docx-layout.js';
import { displayWidth } from './layout.js';
import { xmlText } from './xml-text.js';
import { cell, type Cell, type Table } from './view.js';

/** The fonts by the names the standard gives them (Word and WPS substitute when one is not installed). */
export const FONTS = { title: '方正小标宋简体', heading1: '黑体', heading2: '楷体_GB2312', body: '仿宋_GB2312', latin: 'Times New Roman', pageNumber: '宋体' };
export const RED = 'FF0000';

export interface RunOptions {
  font?: string;
  size?: number;
  bold?: boolean;
  color?: string;
  highlight?: 'yellow';
  scale?: number;
}

/** The docx module and the two makers every part uses. */
export interface Kit {
  d: typeof Docx;
  run: (text: string, options?: RunOptions) => Docx.TextRun;
  font: (name: string) => { ascii: string; hAnsi: string; eastAsia: string; cs: string };
}

export function kitOf(d: typeof Docx): Kit {
  const font = (name: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia: name, cs: FONTS.latin });
  // Text at any size but the body's keeps its own pitch: only 三号 text is set 28 characters a line (the Normal style).
  const run = (text: string, o: RunOptions = {}) => {
    const size = o.size ?? SIZE.body;
    return new d.TextRun({ text: xmlText(text), font: font(o.font ?? FONTS.body), size, bold: o.bold, color: o.color, highlight: o.highlight, ...(o.scale ? { scale: o.scale } : {}), ...(size === SIZE.body ? {} : { characterSpacing: 0 }) });
  };
  return { d, run, font };
}

/** What a table cell says in a document: the word where there is one (按时, not ✓: the official fonts lack the marks). */
function words(c: Cell): string {
  return c.long ?? c.text;
}

/** A table in 五号 仿宋 with its header row repeated on every page and no row split across pages. */
export function documentTable({ d, run }: Kit, t: Table): Docx.Table {
  const rows = t.rows.map((row) => row.map((c) => cell(c)));
  const widths = columnWidths(t, rows);
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: '000000' };
  const borders = { top: border, bottom: border, left: border, right: border };
  // Lines of 15.75 pt: a 五号 line and a half-point either side; the document grid does not stretch them.
  const spacing = { line: Math.round(SIZE.table * 15), lineRule: d.LineRuleType.EXACT };
  const tableCell = (text: string, width: number, options: { header?: boolean; right?: boolean; center?: boolean } = {}) =>
    new d.TableCell({
      width: { size: width, type: d.WidthType.DXA },
      borders,
      verticalAlign: d.VerticalAlign.CENTER,
      margins: { left: 60, right: 60, top: 30, bottom: 30 },
      children: [
        new d.Paragraph({
          spacing,
          alignment: options.center ? d.AlignmentType.CENTER : options.right ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
          children: [run(text, { size: SIZE.table, font: options.header ? FONTS.heading1 : FONTS.body })],
        }),
      ],
    });
  return new d.Table({
    width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
    columnWidths: widths,
    layout: d.TableLayoutType.FIXED,
    rows: [
      new d.TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c, i) => tableCell(c.label, widths[i]!, { header: true, center: true })) }),
      ...rows.map(
        (row) =>
          new d.TableRow({
            cantSplit: true,
            children: t.columns.map((c, i) => {
              const value: Cell = row[i] ?? { text: '' };
              return tableCell(words(value), widths[i]!, { right: c.align === 'right', center: value.light });
            }),
          }),
      ),
    ],
  });
}

/**
 * Column widths (twips) at 五号: every column gets room for its widest cell and for its header whole when it is
 * at most three characters (名次, never 名/次), else on two (按时/报送); what is left goes to the widest column, and
 * when the page is too narrow the widest columns give way and wrap.
 */
export function columnWidths(t: Table, rows: Cell[][]): number[] {
  const half = SIZE.table * 5; // twips of one half-width character at 五号
  const padding = 150;
  const need = t.columns.map((c, i) => {
    const content = Math.max(0, ...rows.map((r) => displayWidth(r[i] ? words(r[i]!) : '')));
    const width = displayWidth(c.label);
    const label = width <= 6 ? width : Math.ceil(width / 4) * 2; // a header of up to 3 characters on one line, a longer one on two
    return Math.max(content, label, 2) * half + padding;
  });
  const total = need.reduce((a, b) => a + b, 0);
  const widths = [...need];
  if (total <= TEXT_WIDTH) {
    const widest = need.indexOf(Math.max(...need));
    widths[widest]! += TEXT_WIDTH - total;
    return widths;
  }
  // Shrink the widest columns, one character at a time, down to 8 characters each.
  let excess = total - TEXT_WIDTH;
  const floor = 16 * half + padding;
  while (excess > 0) {
    const widest = widths.indexOf(Math.max(...widths));
    if (widths[widest]! <= floor) break;
    const step = Math.min(excess, 2 * half, widths[widest]! - floor);
    widths[widest]! -= step;
    excess -= step;
  }
  if (excess > 0) return widths.map((w) => Math.floor((w * TEXT_WIDTH) / (TEXT_WIDTH + excess)));
  return widths;
}

/**
 * 落款 without a seal (GB/T 9704 7.3.5.2): every issuing organ, the lead organ first, right-aligned two characters
 * in from the right; the date on the next line, its first character two characters right of the longest name's.
 * When the date is the longer, it keeps two characters from the right and the names move left. Each line keeps
 * with the next, so the 落款 never stands alone on a page.
 */
export function signature({ d, run }: Kit, organs: string[], date: string): Docx.Paragraph[] {
  const chars = (text: string) => displayWidth(text) / 2;
  const longest = Math.max(...organs.map(chars));
  const dateRight = Math.max(2, longest - chars(date));
  const namesRight = dateRight + chars(date) + 2 - longest;
  const line = { line: LINE, lineRule: d.LineRuleType.EXACT };
  return [
    new d.Paragraph({ children: [], spacing: line, keepNext: true }),
    ...organs.map((organ) => new d.Paragraph({ alignment: d.AlignmentType.RIGHT, keepNext: true, indent: { right: Math.round(namesRight * CHAR) }, spacing: line, children: [run(organ)] })),
    new d.Paragraph({ alignment: d.AlignmentType.RIGHT, indent: { right: Math.round(dateRight * CHAR) }, spacing: line, children: [run(date)] }),
  ];
}

/** The lines a text of 四号 characters takes on a width (twips); Latin digits count half. */
function linesOf(text: string, width: number): number {
  return Math.max(1, Math.ceil(((displayWidth(text) / 2) * SIZE.fourth * 10) / width));
}

/**
 * 版记 (GB/T 9704 7.4): 抄送 and 印发机关 / 印发日期 in 四号 仿宋 between rules as wide as the 版心, the first and the
 * last 0.35 mm, the one between 0.25 mm; 左右各空一字, a wrapped 抄送 line under the first organ's name. A frame
 * of exactly its lines' height placed against the bottom of the 版心 (w:framePr w:vAnchor="margin",
 * w:y = 225 mm less its height), so the last rule lies on the 版心's lower edge of the last page.
 */
export function colophon({ d, run }: Kit, copyTo: string | null, office: string, printed: string): Docx.Paragraph[] {
  // Border sizes in eighths of a point: 0.35 mm = 1 pt = 8, 0.25 mm = 0.71 pt ≈ 6.
  const thick = { style: d.BorderStyle.SINGLE, size: 8, color: '000000', space: 0 };
  const thin = { style: d.BorderStyle.SINGLE, size: 6, color: '000000', space: 0 };
  const space = SIZE.fourth * 10; // one 四号 character
  const spacing = { line: LINE, lineRule: d.LineRuleType.EXACT };
  const frame = (y: number, height: number) => ({
    type: 'absolute' as const,
    position: { x: 0, y },
    width: TEXT_WIDTH,
    height,
    rule: d.HeightRule.EXACT,
    anchor: { horizontal: d.FrameAnchorType.MARGIN, vertical: d.FrameAnchorType.MARGIN },
    wrap: d.FrameWrap.NOT_BESIDE,
  });
  // 印发机关 then, at a right tab one character in from the right, 印发日期: on one line when both fit.
  // LibreOffice sets a space between Chinese and Latin text: two characters of room for it.
  const printedLines = linesOf(`\u3000${office}\u3000${printed}\u3000\u3000\u3000`, TEXT_WIDTH) > 1 ? 2 : 1;
  const printedHeight = printedLines * LINE;
  const paragraphs: Docx.Paragraph[] = [];
  if (copyTo) {
    // The first line opens with one full-width space; the lines after it hang under the first organ's name.
    const lead = `\u3000${copyTo.slice(0, copyTo.search(/[：:]/) + 1)}`;
    const hang = Math.round((displayWidth(lead) / 2) * space);
    const height = linesOf(`\u3000${copyTo}\u3000`, TEXT_WIDTH - hang) * LINE;
    paragraphs.push(
      new d.Paragraph({ frame: frame(TEXT_HEIGHT - printedHeight - height, height), spacing, indent: { left: hang, hanging: hang }, border: { top: thick }, children: [run(`\u3000${copyTo}`, { size: SIZE.fourth })] }),
      // Two frames, each a paragraph of its own: a line of 1 twip between them keeps them apart.
      new d.Paragraph({ spacing: { line: 1, lineRule: d.LineRuleType.EXACT }, children: [] }),
    );
  }
  paragraphs.push(
    new d.Paragraph({
      frame: frame(TEXT_HEIGHT - printedHeight, printedHeight),
      spacing,
      border: { top: copyTo ? thin : thick, bottom: thick },
      tabStops: [{ type: d.TabStopType.RIGHT, position: TEXT_WIDTH - space }],
      // When both do not fit one line, the date goes to the second, still one character in from the right.
      children: [run(`\u3000${office}`, { size: SIZE.fourth }), new d.TextRun({ break: printedLines > 1 ? 1 : undefined, children: [new d.Tab()] }), run(printed, { size: SIZE.fourth })],
    }),
  );
  return paragraphs;
}

/** "— 1 —" in 四号 宋体: 单页码居右空一字，双页码居左空一字 (7.5), on a line of exactly 14 pt. */
export function pageNumberFooter({ d, font }: Kit, align: 'left' | 'right'): Docx.Footer {
  const space = SIZE.fourth * 10; // one 四号 character
  return new d.Footer({
    children: [
      new d.Paragraph({
        alignment: align === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
        indent: align === 'right' ? { right: space } : { left: space },
        spacing: { line: PAGE_NUMBER_LINE, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 },
        children: [new d.TextRun({ children: ['— ', d.PageNumber.CURRENT, ' —'], font: font(FONTS.pageNumber), size: SIZE.fourth })],
      }),
    ],
  });
}
