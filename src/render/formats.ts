// The renderers of a report view: text for the terminal, Markdown, CSV for Excel/WPS, self-contained HTML.
import type { ChalkInstance } from 'chalk';
import { displayWidth, padEnd, padStart, safeText } from './text.js';
import { cell, type Cell, type Section, type Table, type Tone, type View } from './view.js';

export type ReportFormat = 'text' | 'md' | 'csv' | 'json' | 'html';
export const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'md', 'csv', 'json', 'html'];

export function renderText(view: View, paint: ChalkInstance): string {
  const tones: Record<Tone, (s: string) => string> = { red: paint.red, yellow: paint.yellow, green: paint.green, muted: paint.dim, strong: paint.bold };
  const out: string[] = [paint.bold(safeText(view.title)), ...view.meta.map((m) => safeText(m)), ''];
  for (const section of view.sections) {
    out.push(paint.bold(safeText(section.heading)));
    for (const p of section.paragraphs ?? []) out.push(safeText(p));
    if (section.table && section.table.rows.length > 0) out.push(...textTable(section.table, tones));
    else if (section.empty) out.push(safeText(section.empty));
    out.push('');
  }
  return out.join('\n');
}

function textTable(table: Table, tones: Record<Tone, (s: string) => string>): string[] {
  const rows = table.rows.map((row) => row.map((c) => ({ ...cell(c), text: safeText(cell(c).text) })));
  const widths = table.columns.map((col, i) => Math.max(displayWidth(col.label), ...rows.map((r) => displayWidth(r[i]?.text ?? ''))));
  const line = (cells: Cell[], header = false) =>
    cells
      .map((c, i) => {
        const padded = table.columns[i]?.align === 'right' ? padStart(c.text, widths[i]!) : padEnd(c.text, widths[i]!);
        return header ? padded : c.tone ? tones[c.tone](padded) : padded;
      })
      .join('  ')
      .trimEnd();
  return [
    line(table.columns.map((c) => ({ text: c.label })), true),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map((r) => line(r)),
  ];
}

function mdEscape(text: string): string {
  return safeText(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
