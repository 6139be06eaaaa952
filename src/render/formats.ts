// The renderers of a report view: text for the terminal, Markdown, CSV for Excel/WPS, self-contained HTML.
import type { ChalkInstance } from 'chalk';
import { DEFAULT_WIDTH, textTable, wrapText, type TextCell, type TextColumn } from './layout.js';
import { MAX_VALUE_LENGTH, mdText, safeText } from './text.js';
import { cell, type Cell, type Section, type Table, type Tone, type View } from './view.js';

export type ReportFormat = 'text' | 'md' | 'csv' | 'json' | 'html' | 'docx' | 'xlsx';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'md', 'csv', 'json', 'html', 'docx', 'xlsx'];
/** Formats written as bytes (zip containers), never to a terminal. */
export const BINARY_FORMATS: readonly ReportFormat[] = ['docx', 'xlsx'];

/**
 * The view for a terminal `width` columns wide: paragraphs wrap, tables fit (see layout.ts textTable),
 * and neither breaks a date or one of the names in `keep` (the units' names and short names).
 */
export function renderText(view: View, paint: ChalkInstance, width = DEFAULT_WIDTH, keep: readonly string[] = []): string {
  const tones: Record<Tone, (s: string) => string> = { red: paint.red, yellow: paint.yellow, green: paint.green, muted: paint.dim, strong: paint.bold };
  const wrap = (text: string) => wrapText(safeText(text), width, keep);
  const out: string[] = [...wrap(view.title).map((l) => paint.bold(l)), ...view.meta.flatMap(wrap), ''];
  for (const section of view.sections) {
    out.push(...wrap(section.heading).map((l) => paint.bold(l)));
    for (const p of section.paragraphs ?? []) out.push(...wrap(p));
    // One line at a time: a table may have more rows than a call takes arguments.
    if (section.table && section.table.rows.length > 0) for (const line of tableLines(section.table, tones, width, keep)) out.push(line);
    else if (section.empty) out.push(...wrap(section.empty));
    out.push('');
  }
  return out.join('\n');
}

/** A report table: cells wrap in their columns; the first column, the names, keeps its width where it can. */
function tableLines(table: Table, tones: Record<Tone, (s: string) => string>, width: number, keep: readonly string[]): string[] {
  const rows: TextCell[][] = table.rows.map((row) =>
    row.map((input) => {
      const c = cell(input);
      // A cell is at most MAX_VALUE_LENGTH long: one long value must not blow up the whole table.
      return { text: safeText(c.text, MAX_VALUE_LENGTH), paint: c.tone ? tones[c.tone] : undefined };
    }),
  );
  const columns: TextColumn[] = table.columns.map((col) => ({ label: safeText(col.label), align: col.align }));
  return textTable(columns, rows, width, { keep });
}

function mdEscape(text: string): string {
  return mdText(text);
}

export function renderMd(view: View): string {
  const out: string[] = [`# ${mdEscape(view.title)}`, '', ...view.meta.map((m) => `${mdEscape(m)}  `), ''];
  for (const section of view.sections) {
    out.push(`## ${mdEscape(section.heading)}`, '');
    for (const p of section.paragraphs ?? []) out.push(mdEscape(p), '');
    if (section.table && section.table.rows.length > 0) {
      out.push(`| ${section.table.columns.map((c) => mdEscape(c.label)).join(' | ')} |`);
      out.push(`|${section.table.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join('|')}|`);
      for (const row of section.table.rows) out.push(`| ${row.map((c) => mdEscape(cell(c).text)).join(' | ')} |`);
      out.push('');
    } else if (section.empty) {
      out.push(mdEscape(section.empty), '');
    }
  }
  return out.join('\n');
}

/** A text cell that a spreadsheet would read as a formula gets a leading apostrophe. */
export function csvCell(c: Cell): string {
  let text = c.value !== undefined && c.value !== null ? String(c.value) : c.text;
  if (c.value === undefined || c.value === null) {
    text = safeText(text);
    if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  }
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a BOM so Excel and WPS open it as such; CRLF line ends; one block per section. */
export function renderCsv(view: View): string {
  const lines: string[] = [csvCell({ text: view.title }), ...view.meta.map((m) => csvCell({ text: m })), ''];
  for (const section of view.sections) {
    if (!section.table) continue;
    lines.push(csvCell({ text: section.heading }));
    lines.push(section.table.columns.map((c) => csvCell({ text: c.label })).join(','));
    for (const row of section.table.rows) lines.push(row.map((c) => csvCell(cell(c))).join(','));
    lines.push('');
  }
  return '\ufeff' + lines.join('\r\n');
}

export { renderHtml } from './html.js';
export type { Section };
