// A view as an official document (公文) in Word, laid out after GB/T 9704-2012 (numbers in docx-layout.ts): the red
// 发文机关标志, 文号 and rule, the title, 主送, numbered sections, 附件说明, the 落款 of every issuing organ, the 附件,
// the 版记 and "— 1 —" page numbers on a grid of 22 lines of 28 characters.
// The `docx` package is loaded here only, when a document is asked for, so the CLI starts light.
import type * as Docx from 'docx';
import { fill, type Lang, type MessageData } from '../i18n/index.js';
import { sayDate } from '../i18n/periods.js';
import { reportWords, type ReportWordId } from '../i18n/report-words.js';
import { CHAR, CHAR_SPACING, FOOTER_DISTANCE, HEADER_BEFORE, HEADER_LINE, LINE, PAGE, RULE_SPACE, SIZE, TEXT_WIDTH, TITLE_LINE } from './docx-layout.js';
import { colophon, documentTable, FONTS, kitOf, pageNumberFooter, RED, signature, type Kit } from './docx-parts.js';
import { displayWidth } from './layout.js';
import { xmlText } from './xml-text.js';
import type { Issue, Section, View } from './view.js';

export { PAGE } from './docx-layout.js';
export { FONTS } from './docx-parts.js';

export interface DocxOptions {
  issue: Issue;
  lang: Lang;
}

type Block = Docx.Paragraph | Docx.Table;

/** The header shrinks its glyphs' width (not their height) for a long office name so it stays on one line. */
function headerScale(names: string[]): number {
  const chars = Math.max(...names.map((n) => displayWidth(n) / 2));
  const fits = TEXT_WIDTH / (SIZE.header * 10);
  return chars <= fits ? 100 : Math.floor((fits / chars) * 100);
}

/** 版头: each issuing organ, red, centred, its top 35 mm below the 版心's; 文号 two lines below; the red rule 4 mm beneath. */
function head({ d, run }: Kit, issue: Issue): Block[] {
  const issuers = [issue.office, ...issue.coIssuers];
  const scale = headerScale(issuers);
  const blank = () => new d.Paragraph({ children: [], spacing: { line: LINE, lineRule: d.LineRuleType.EXACT } });
  return [
    ...issuers.map(
      (issuer, i) =>
        new d.Paragraph({
          alignment: d.AlignmentType.CENTER,
          spacing: { line: HEADER_LINE, lineRule: d.LineRuleType.EXACT, before: i === 0 ? HEADER_BEFORE : 0 },
          children: [run(issuer, { font: FONTS.title, size: SIZE.header, color: RED, scale: scale < 100 ? scale : undefined })],
        }),
    ),
    blank(),
    blank(),
    new d.Paragraph({
      alignment: d.AlignmentType.CENTER,
      spacing: { line: LINE, lineRule: d.LineRuleType.EXACT },
      children: [run(issue.number ?? '')],
      // 版头中的分隔线: the red rule under the 文号 (GB/T 9704 7.2.5), here the paragraph's bottom border.
      border: { bottom: { style: d.BorderStyle.SINGLE, size: 18, color: RED, space: RULE_SPACE } },
    }),
    blank(),
    blank(),
  ];
}

/** 标题 (二号小标宋, centred, on the lines its view breaks it into) and, a line below, 主送. */
function titleBlock({ d, run }: Kit, view: View, issue: Issue, lang: Lang): Block[] {
  const lines = view.titleLines ?? [view.title];
  const children = lines.flatMap((l, i) => (i === 0 ? [run(l, { font: FONTS.title, size: SIZE.title })] : [new d.TextRun({ break: 1 }), run(l, { font: FONTS.title, size: SIZE.title })]));
  return [
    new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { line: TITLE_LINE, lineRule: d.LineRuleType.EXACT }, keepNext: true, children }),
    ...(view.subtitle ? [new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { line: LINE, lineRule: d.LineRuleType.EXACT }, keepNext: true, children: [run(view.subtitle, { font: FONTS.heading2 })] })] : []),
    new d.Paragraph({ children: [], spacing: { line: LINE, lineRule: d.LineRuleType.EXACT } }),
    new d.Paragraph({ spacing: { line: LINE, lineRule: d.LineRuleType.EXACT }, children: [run(lang === 'zh' ? `${issue.recipients}：` : `To: ${issue.recipients}`)] }),
  ];
}

/** The sections as paragraphs and tables; with `keepLast`, the last paragraph keeps with what follows (the 落款). */
function bodyBlocks(kit: Kit, sections: Section[], keepLast = false): Block[] {
  const { d, run } = kit;
  const line = { line: LINE, lineRule: d.LineRuleType.EXACT };
  const indent = { firstLine: Math.round(2 * CHAR) };
  const lastSection = sections[sections.length - 1];
  const lastText = lastSection?.fill ?? lastSection?.paragraphs?.[lastSection.paragraphs.length - 1];
  const paragraph = (text: string, extra: { highlight?: 'yellow' } = {}) => {
    // （一）表扬。… : the lead-in in 楷体 like a second-level heading, the rest in 仿宋.
    const m = /^(（[一二三四五六七八九十]+）[^。：]*[。：])(.*)$/.exec(text);
    const children = m ? [run(m[1]!, { font: FONTS.heading2 }), run(m[2]!)] : [run(text, extra)];
    const keep = keepLast && section === lastSection && text === lastText;
    return new d.Paragraph({ indent, spacing: line, alignment: d.AlignmentType.JUSTIFIED, keepNext: keep, keepLines: keep, children });
  };
  const body: Block[] = [];
  let section: Section | undefined;
  for (section of sections) {
    if (section.heading) {
      const level2 = /^（[一二三四五六七八九十]+）/.test(section.heading);
      body.push(new d.Paragraph({ indent, spacing: line, keepNext: true, children: [run(section.heading, { font: level2 ? FONTS.heading2 : FONTS.heading1 })] }));
    }
    for (const p of section.paragraphs ?? []) body.push(paragraph(p));
    if (section.table && section.table.rows.length > 0) {
      if (section.table.caption) body.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: line, keepNext: true, children: [run(section.table.caption, { font: FONTS.heading1, size: SIZE.fourth })] }));
      body.push(documentTable(kit, section.table));
    } else if (section.empty) body.push(paragraph(section.empty));
    if (section.fill) body.push(paragraph(section.fill, { highlight: 'yellow' }));
  }
  return body;
}

/** 附件说明 (7.3.4): a line below the body, 附件：1. …, each further name under the first. */
function annexNote({ d, run }: Kit, view: View, say: Say): Block[] {
  const annexes = view.attachments ?? [];
  if (annexes.length === 0) return [];
  const line = { line: LINE, lineRule: d.LineRuleType.EXACT };
  const lead = say('docAnnexNote');
  const hang = Math.round((2 + displayWidth(lead) / 2) * CHAR);
  return [
    new d.Paragraph({ children: [], spacing: line, keepNext: true }),
    ...annexes.map(
      (a, i) =>
        new d.Paragraph({ spacing: line, keepNext: true, indent: { left: hang }, children: [...(i === 0 ? [run(lead)] : []), run(say('docAnnexNoteItem', { index: i + 1, title: a.title }))], ...(i === 0 ? { indent: { left: hang, hanging: hang - Math.round(2 * CHAR) } } : {}) }),
    ),
  ];
}

/** 附件 (7.3.4, 8): each on a page of its own, 附件N in 黑体 top left, its title centred on the third line. */
function annexPages(kit: Kit, view: View, say: Say): Block[] {
  const { d, run } = kit;
  const line = { line: LINE, lineRule: d.LineRuleType.EXACT };
  return (view.attachments ?? []).flatMap((a, i) => [
    new d.Paragraph({ pageBreakBefore: true, spacing: line, children: [run(say('docAnnexLabel', { index: i + 1 }), { font: FONTS.heading1 })] }),
    new d.Paragraph({ children: [], spacing: line }),
    new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { line: TITLE_LINE, lineRule: d.LineRuleType.EXACT }, keepNext: true, children: [run(a.title, { font: FONTS.title, size: SIZE.title })] }),
    new d.Paragraph({ children: [], spacing: line, keepNext: true }),
    ...bodyBlocks(kit, a.sections),
  ]);
}

type Say = (id: ReportWordId, data?: MessageData) => string;

export async function renderDocx(view: View, { issue, lang }: DocxOptions): Promise<Uint8Array> {
  const d = await import('docx');
  const kit = kitOf(d);
  const say: Say = (id, data) => fill(reportWords[id][lang], data);
  const date = sayDate(issue.date, lang);
  // The body's last paragraph keeps with the 落款, so the signature never stands alone on a page.
  const body = bodyBlocks(kit, view.sections, true);
  const copyTo = issue.copyTo && issue.copyTo.length > 0 ? say('docCopyTo', { organs: issue.copyTo.join('，') }) : null;
  const children: Block[] = [
    ...head(kit, issue),
    ...titleBlock(kit, view, issue, lang),
    ...view.meta.map((m) => new d.Paragraph({ indent: { firstLine: Math.round(2 * CHAR) }, spacing: { line: LINE, lineRule: d.LineRuleType.EXACT }, alignment: d.AlignmentType.JUSTIFIED, children: [kit.run(m)] })),
    ...body,
    ...annexNote(kit, view, say),
    ...signature(kit, [issue.office, ...issue.coIssuers], date),
    ...annexPages(kit, view, say),
    ...colophon(kit, copyTo, issue.office, say('docPrinted', { date })),
  ];
  const document = new d.Document({
    creator: xmlText(issue.office),
    lastModifiedBy: xmlText(issue.office),
    title: xmlText(view.title),
    subject: view.title,
    evenAndOddHeaderAndFooters: true,
    // The Normal style carries the body's 三号 仿宋 too: the character grid is measured from it.
    styles: {
      default: { document: { run: { font: kit.font(FONTS.body), size: SIZE.body, characterSpacing: CHAR_SPACING } } },
      paragraphStyles: [{ id: 'Normal', name: 'Normal', quickFormat: true, run: { font: kit.font(FONTS.body), size: SIZE.body, characterSpacing: CHAR_SPACING } }],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, orientation: d.PageOrientation.PORTRAIT },
            margin: { ...PAGE.margin, header: 851, footer: FOOTER_DISTANCE },
          },
          // 22 lines (GB/T 9704 5.2.2): the document grid; the 28 characters a line come from the Normal style.
          grid: { type: d.DocumentGridType.LINES, linePitch: LINE },
        },
        footers: { default: pageNumberFooter(kit, 'right'), even: pageNumberFooter(kit, 'left') },
        children,
      },
    ],
  });
  return new Uint8Array(await d.Packer.toBuffer(document));
}

export type { Section };
