// A view as an official document (公文) in Word, laid out after GB/T 9704-2012: A4, the standard margins,
// the red header of the issuing office, 文号, title, 主送, numbered sections, 落款 and "— 1 —" page numbers.
// The `docx` package is loaded here only, when a document is asked for, so the CLI starts light.
import type { Lang } from '../i18n/index.js';
import { sayDate } from '../i18n/periods.js';
import { displayWidth } from './layout.js';
import { xmlText } from './xml-text.js';
import { cell, type Cell, type Issue, type Section, type Table, type View } from './view.js';

/** GB/T 9704-2012 5.2.1 and 5.2.2: A4, top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
const MM = 1440 / 25.4;
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
};
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** The fonts by the names the standard gives them (Word and WPS substitute when one is not installed). */
export const FONTS = { title: '方正小标宋简体', heading1: '黑体', heading2: '楷体_GB2312', body: '仿宋_GB2312', latin: 'Times New Roman', pageNumber: '宋体' };
const RED = 'FF0000';
/** Half-points: 三号 16 pt, 二号 22 pt, 四号 14 pt; tables in 仿宋 五号 (10.5 pt) or 小五 (9 pt) when wide. */
const SIZE = { body: 32, title: 44, header: 52, pageNumber: 28, table: 21, tableSmall: 18 };
/** 28.95 pt fixed line pitch: 22 lines on a page of 156 × 225 mm (GB/T 9704 5.2.2). */
const LINE = 579;

export interface DocxOptions {
  issue: Issue;
  lang: Lang;
}

export async function renderDocx(view: View, { issue, lang }: DocxOptions): Promise<Uint8Array> {
  const d = await import('docx');
  const font = (name: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia: name, cs: FONTS.latin });
  const run = (text: string, options: { font?: string; size?: number; bold?: boolean; color?: string; highlight?: 'yellow' } = {}) =>
    new d.TextRun({ text: xmlText(text), font: font(options.font ?? FONTS.body), size: options.size ?? SIZE.body, bold: options.bold, color: options.color, highlight: options.highlight });
  const line = { line: LINE, lineRule: d.LineRuleType.EXACT };
  const bodyParagraph = (text: string, extra: { highlight?: 'yellow' } = {}) =>
    new d.Paragraph({ children: [run(text, extra)], indent: { firstLine: 640 }, spacing: line, alignment: d.AlignmentType.JUSTIFIED });
  const blank = () => new d.Paragraph({ children: [], spacing: line });

  // 版头: the issuing office (and the co-issuers), red, centred; 文号; the red rule.
  const head: InstanceType<typeof d.Paragraph>[] = [];
  const issuers = [issue.office, ...issue.coIssuers];
  // One size for every issuer, the largest at which the longest name still fits the line.
  const headerSize = Math.min(...issuers.map(issuerSize));
  for (const issuer of issuers) {
    head.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { line: Math.round(headerSize * 14), lineRule: d.LineRuleType.EXACT }, children: [run(issuer, { font: FONTS.title, size: headerSize, color: RED })] }));
  }
  head.push(blank());
  head.push(
    new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      spacing: { after: 0 },
      children: [run(issue.number ?? '')],
      // 版头中的分隔线: the red rule under the 文号 (GB/T 9704 7.2.5), here the paragraph's bottom border.
      border: { bottom: { style: d.BorderStyle.SINGLE, size: 18, color: RED, space: 6 } },
    }),
  );
  head.push(blank());

  // 标题 (二号小标宋, centred) and 主送 (flush left, ending with a full-width colon).
  const title = [
    new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { line: 700, lineRule: d.LineRuleType.EXACT }, children: [run(view.title, { font: FONTS.title, size: SIZE.title })] }),
    blank(),
    new d.Paragraph({ spacing: line, children: [run(lang === 'zh' ? `${issue.recipients}：` : `To: ${issue.recipients}`)] }),
  ];
  const meta = view.meta.map((m) => bodyParagraph(m));

  const body: (InstanceType<typeof d.Paragraph> | InstanceType<typeof d.Table>)[] = [];
  for (const section of view.sections) {
    if (section.heading) {
      const level2 = /^（[一二三四五六七八九十]+）/.test(section.heading);
      body.push(new d.Paragraph({ indent: { firstLine: 640 }, spacing: line, keepNext: true, children: [run(section.heading, { font: level2 ? FONTS.heading2 : FONTS.heading1 })] }));
    }
    for (const p of section.paragraphs ?? []) body.push(subheadingAware(p));
    if (section.table && section.table.rows.length > 0) body.push(table(section.table), blank());
    else if (section.empty) body.push(bodyParagraph(section.empty));
    if (section.fill) body.push(bodyParagraph(section.fill, { highlight: 'yellow' }));
  }

  // 落款: the issuer and the date of issue, right-aligned, the date 4 characters in from the right (7.3.5.1).
  // The date 4 characters in from the right; the issuer centred over the date (GB/T 9704 7.3.5.1).
  const date = sayDate(issue.date, lang);
  const char = SIZE.body * 10; // twips of one full-width character
  const dateCentre = 4 + displayWidth(date) / 4;
  const officeIndent = Math.max(0, dateCentre - displayWidth(issue.office) / 4);
  const signature = [
    blank(),
    blank(),
    new d.Paragraph({ alignment: d.AlignmentType.RIGHT, indent: { right: Math.round(officeIndent * char) }, spacing: line, children: [run(issue.office)] }),
    new d.Paragraph({ alignment: d.AlignmentType.RIGHT, indent: { right: 4 * char }, spacing: line, children: [run(date)] }),
  ];

  function subheadingAware(text: string) {
    // （一）表扬。… : the lead-in in 楷体 like a second-level heading, the rest in 仿宋.
    const m = /^(（[一二三四五六七八九十]+）[^。：]*[。：])(.*)$/.exec(text);
    if (!m) return bodyParagraph(text);
    return new d.Paragraph({ indent: { firstLine: 640 }, spacing: line, alignment: d.AlignmentType.JUSTIFIED, children: [run(m[1]!, { font: FONTS.heading2 }), run(m[2]!)] });
  }

  function table(t: Table) {
    const rows = t.rows.map((row) => row.map((c) => cell(c)));
    const small = t.columns.length > 6;
    const size = small ? SIZE.tableSmall : SIZE.table;
    const widths = columnWidths(t, rows, size);
    const border = { style: d.BorderStyle.SINGLE, size: 4, color: '000000' };
    const borders = { top: border, bottom: border, left: border, right: border };
    const tableCell = (text: string, width: number, options: { bold?: boolean; right?: boolean; center?: boolean; shade?: string } = {}) =>
      new d.TableCell({
        width: { size: width, type: d.WidthType.DXA },
        borders,
        verticalAlign: d.VerticalAlign.CENTER,
        margins: { left: 60, right: 60, top: 20, bottom: 20 },
        shading: options.shade ? { fill: options.shade, type: d.ShadingType.CLEAR, color: 'auto' } : undefined,
        children: [
          new d.Paragraph({
            alignment: options.center ? d.AlignmentType.CENTER : options.right ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
            children: [run(text, { size, bold: options.bold, font: options.bold ? FONTS.heading1 : FONTS.body })],
          }),
        ],
      });
    return new d.Table({
      width: { size: TEXT_WIDTH, type: d.WidthType.DXA },
      columnWidths: widths,
      layout: d.TableLayoutType.FIXED,
      rows: [
        new d.TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c, i) => tableCell(c.label, widths[i]!, { center: true })) }),
        ...rows.map(
          (row) =>
            new d.TableRow({
              cantSplit: true,
              children: t.columns.map((c, i) => {
                const value: Cell = row[i] ?? { text: '' };
                return tableCell(value.text, widths[i]!, { right: c.align === 'right', center: value.light });
              }),
            }),
        ),
      ],
    });
  }

  const footer = (align: 'left' | 'right') =>
    new d.Footer({
      children: [
        new d.Paragraph({
          alignment: align === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
          indent: align === 'right' ? { right: 320 } : { left: 320 },
          children: [new d.TextRun({ children: ['— ', d.PageNumber.CURRENT, ' —'], font: font(FONTS.pageNumber), size: SIZE.pageNumber })],
        }),
      ],
    });

  const document = new d.Document({
    creator: xmlText(issue.office),
    title: xmlText(view.title),
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(FONTS.body), size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: d.PageOrientation.PORTRAIT },
            margin: { ...PAGE.margin, header: 851, footer: Math.round(7 * MM) + 500 },
          },
        },
        // 单页码居右空一字，双页码居左空一字 (7.5).
        footers: { default: footer('right'), even: footer('left') },
        children: [...head, ...title, ...meta, ...body, ...signature],
      },
    ],
  });
  return new Uint8Array(await d.Packer.toBuffer(document));
}

/** The header shrinks for a long office name so it stays on one line of the text width. */
function issuerSize(name: string): number {
  const chars = displayWidth(name) / 2;
  const fits = Math.floor((TEXT_WIDTH / 20 / chars) * 2); // half-points that let `chars` full-width glyphs fill the width
  return Math.max(28, Math.min(SIZE.header, fits - 2));
}

/**
 * Column widths (twips) from what the columns hold at the table's font size: every column gets room for
 * its widest cell (its header may wrap onto two lines); what is left goes to the widest column, and when
 * the page is too narrow the widest columns give way and wrap.
 */
function columnWidths(t: Table, rows: Cell[][], size: number): number[] {
  const half = size * 5; // twips of one half-width character at `size` half-points
  const padding = 160;
  const need = t.columns.map((c, i) => {
    const content = Math.max(0, ...rows.map((r) => displayWidth(r[i]?.text ?? '')));
    const label = Math.ceil(displayWidth(c.label) / 4) * 2; // the header on two lines, whole characters
    return Math.max(content, label, 2) * half + padding;
  });
  const total = need.reduce((a, b) => a + b, 0);
  const widths = [...need];
  if (total <= TEXT_WIDTH) {
    const widest = need.indexOf(Math.max(...need));
    widths[widest]! += TEXT_WIDTH - total;
    return widths;
  }
  // Shrink the widest columns, one character at a time, down to 4 characters each.
  let excess = total - TEXT_WIDTH;
  const floor = 8 * half + padding;
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

export type { Section };
