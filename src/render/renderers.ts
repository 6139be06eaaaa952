// One table, format → renderer, used by every report command. JSON writes the report object itself
// (in pieces: render/json.ts);
// every other format lays out the report's view (docx: its official document, when it has one).
// docx and xlsx load their libraries only when asked for, so the CLI starts light.
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../i18n/index.js';
import { renderCsv, renderHtml, renderMd, renderText, type ReportFormat } from './formats.js';
import { jsonChunks, type Chunks } from './json.js';
import type { Issue, View } from './view.js';

/** What a renderer may need: the report, its layouts, and how the output is shown. */
export interface RenderInput {
  report: object;
  view: () => View;
  /** The official document (公文) with what surrounds it; only reports that issue one. */
  document?: () => { view: View; issue: Issue };
  lang: Lang;
  /** Text only: the colours (none when written to a file) and the width. */
  paint: ChalkInstance;
  width: number;
  /** Text only: the names a line is never broken inside (the roster's units). */
  names?: readonly string[];
}

/** A rendering: text, bytes, or (JSON) text in pieces, so a large report is never one string. */
export type Rendered = string | Uint8Array | Chunks;

export type Renderer = (input: RenderInput) => Rendered | Promise<Rendered>;

export const RENDERERS: Record<ReportFormat, Renderer> = {
  json: ({ report }) => ({ chunks: jsonChunks(report) }),
  text: ({ view, paint, width, names }) => renderText(view(), paint, width, names),
  md: ({ view }) => renderMd(view()),
  csv: ({ view }) => renderCsv(view()),
  html: ({ view, lang }) => renderHtml(view(), lang),
  xlsx: async ({ view, lang }) => {
    const { renderXlsx } = await import('./xlsx.js');
    return renderXlsx(view(), lang);
  },
  docx: async ({ document, lang }) => {
    const { renderDocx } = await import('./docx.js');
    const { view, issue } = document!();
    return renderDocx(view, { issue, lang });
  },
};
