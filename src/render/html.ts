// One self-contained, printable HTML file: inline CSS (A4), inline SVG charts, no script, no network.
// It prints without a blank first page, turns wide tables to landscape pages, numbers the pages, breaks
// charts between rows, tells lights apart by shape and word as well as colour, and reads on a phone.
import { displayWidth } from './layout.js';
import { safeText } from './text.js';
import { cell, type BarChart, type Cell, type MatrixChart, type Section, type Tone, type View } from './view.js';

export function escapeHtml(text: string): string {
  return safeText(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Colours whose greys differ too (luma ≈ 87, 122, 193): red, green and yellow stay apart on a mono printer. */
export const TONE_COLOURS: Record<Tone, string> = { red: '#c62828', yellow: '#fbc02d', green: '#43a047', muted: '#9e9e9e', strong: '#1a237e' };
/** The shape of each light, so that no one needs the colour: ■ red, ▲ yellow, ● green. */
export const LIGHT_SHAPES: Partial<Record<Tone, string>> = { red: '■', yellow: '▲', green: '●' };

/** A table wider than this many columns (or the status matrix) goes on a landscape page. */
const WIDE_COLUMNS = 9;
/** Rows of a chart kept together: a page breaks between these blocks, never through a bar. */
const CHART_BLOCK = 10;

const STYLE = `
@page { size: A4; margin: 16mm 14mm 18mm; @bottom-center { content: "— " counter(page) " —"; font-size: 10pt; color: #444; } }
@page wide { size: A4 landscape; margin: 12mm 14mm 16mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimSun", sans-serif; color: #222; margin: 24px auto; max-width: 1100px; padding: 0 16px; line-height: 1.5; font-size: 14px; }
h1 { font-size: 22px; margin: 0 0 4px; text-align: center; }
.meta { text-align: center; color: #555; margin: 0 0 18px; }
.meta p { margin: 2px 0; }
h2 { font-size: 16px; border-left: 4px solid #1a237e; padding-left: 8px; margin: 22px 0 8px; }
.table { overflow-x: auto; margin: 6px 0 12px; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { border: 1px solid #bbb; padding: 4px 6px; vertical-align: top; }
th { background: #eef0f7; font-weight: 600; word-break: keep-all; }
th:first-child, td.name, td.short { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.tone-red { color: #b71c1c; font-weight: 600; } td.tone-yellow { color: #7a5c00; font-weight: 600; } td.tone-green { color: #1b5e20; }
td.tone-muted { color: #777; } td.tone-strong { font-weight: 700; }
td.light { white-space: nowrap; }
.shape { font-size: 1.05em; margin-right: 2px; }
.chart { margin: 6px 0 0; }
.chart svg { display: block; max-width: 100%; height: auto; }
.chart-note { color: #555; font-size: 12px; margin: 2px 0 12px; }
.empty { color: #666; }
.wide table { font-size: 11px; }
.wide th, .wide td { padding: 3px 4px; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 11pt; }
  h1 { margin-top: 0; }
  h2 { break-after: avoid; }
  tr, .block { break-inside: avoid; }
  section.short, h2 + p { break-inside: avoid; }
  thead { display: table-header-group; }
  .table { overflow: visible; }
  section.wide { page: wide; }
  .chart svg { max-width: 100%; }
}
@media (max-width: 600px) {
  body { margin: 12px auto; padding: 0 10px; font-size: 15px; }
  h1 { font-size: 19px; }
  table { font-size: 13px; }
  td { min-width: 4.5em; }
  td.num, td.short { min-width: 0; }
}
`;

function tableHtml(section: Section): string {
  const t = section.table!;
  // A header breaks only where a reader would: after 年 (2022年 / 3月), before a bracket.
  const head = t.columns.map((c) => `<th>${escapeHtml(c.label).replace(/年(?=.)/g, '年<wbr>').replace(/（/g, '<wbr>（')}</th>`).join('');
  const nameColumn = t.columns.findIndex((c) => c.align !== 'right');
  const rows = t.rows
    .map((row) => {
      const cells = row.map((input, i) => {
        const c = cell(input);
        const short = i !== nameColumn && displayWidth(c.text) <= 10;
        const classes = [t.columns[i]?.align === 'right' ? 'num' : '', i === nameColumn ? 'name' : '', short ? 'short' : '', c.tone ? `tone-${c.tone}` : '', c.light ? 'light' : '']
          .filter(Boolean)
          .join(' ');
        return `<td${classes ? ` class="${classes}"` : ''}>${cellHtml(c)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<div class="table"><table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table></div>`;
}

function cellHtml(c: Cell): string {
  const shape = c.light && c.tone ? LIGHT_SHAPES[c.tone] : undefined;
  const text = escapeHtml(c.text);
  const title = c.long && c.long !== c.text ? ` title="${escapeHtml(c.long)}"` : '';
  if (shape) return `<span class="shape" aria-hidden="true">${shape}</span>${text}`;
  return title ? `<span${title}>${text}</span>` : text;
}

/** Pixels a label takes at `size` px: a CJK character is as wide as the font size, other characters about half. */
function labelWidth(text: string, size: number): number {
  return Math.ceil((displayWidth(safeText(text)) * size) / 2 * 1.05);
}

function niceStep(span: number): number {
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= raw) ?? raw;
}

function bars(chart: BarChart): string {
  const rowHeight = 22;
  const font = 12;
  const labelSpace = Math.max(60, ...chart.bars.map((b) => labelWidth(b.label, font))) + 10;
  const barWidth = 420;
  const valueSpace = 46;
  const width = labelSpace + barWidth + valueSpace;
  const min = chart.min ?? 0;
  const span = Math.max(1, chart.max - min);
  const x = (value: number) => labelSpace + (Math.max(0, Math.min(span, value - min)) / span) * barWidth;
  const blocks: string[] = [];
  for (let start = 0; start < chart.bars.length; start += CHART_BLOCK) {
    const slice = chart.bars.slice(start, start + CHART_BLOCK);
    const height = slice.length * rowHeight + 4;
    const items = slice
      .map((bar, i) => {
        const y = i * rowHeight + 2;
        const end = bar.value === null ? labelSpace : x(bar.value);
        const colour = TONE_COLOURS[bar.tone ?? 'strong'];
        const value = bar.value === null ? '—' : bar.value.toFixed(1);
        return (
          `<text x="${labelSpace - 6}" y="${y + 15}" text-anchor="end" font-size="${font}">${escapeHtml(bar.label)}</text>` +
          `<rect x="${labelSpace}" y="${y + 3}" width="${(end - labelSpace).toFixed(1)}" height="${rowHeight - 8}" fill="${colour}"><title>${escapeHtml(bar.label)} ${value}</title></rect>` +
          `<text x="${(end + 4).toFixed(1)}" y="${y + 15}" font-size="${font}">${value}</text>`
        );
      })
      .join('\n');
    blocks.push(
      `<div class="block"><svg class="chart bars" role="img" aria-label="${escapeHtml(chart.title)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">\n` +
        `<line x1="${labelSpace}" y1="0" x2="${labelSpace}" y2="${height}" stroke="#555"/>\n${items}\n</svg></div>`,
    );
  }
  // The axis: ticks from where it starts; a start above 0 is marked with a break (//) and said in words.
  const step = niceStep(span);
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= chart.max + 1e-9; v += step) ticks.push(Math.round(v * 10) / 10);
  const axis =
    `<div class="block"><svg class="chart axis" xmlns="http://www.w3.org/2000/svg" width="${width}" height="26" viewBox="0 0 ${width} 26">` +
    `<line x1="${labelSpace}" y1="4" x2="${labelSpace + barWidth}" y2="4" stroke="#555"/>` +
    ticks.map((v) => `<line x1="${x(v).toFixed(1)}" y1="4" x2="${x(v).toFixed(1)}" y2="9" stroke="#555"/><text x="${x(v).toFixed(1)}" y="21" text-anchor="middle" font-size="11">${v}</text>`).join('') +
    (min > 0 ? `<text x="${labelSpace - 4}" y="9" text-anchor="end" font-size="12" fill="#c62828">//</text>` : '') +
    `</svg></div>`;
  return `<div class="chart">${blocks.join('\n')}\n${axis}<p class="chart-note">${escapeHtml(chart.title)}</p></div>`;
}

/** A mark for a tone: ● on time / green, ▲ late / yellow, ■ with ✗ missing / red, ○ pending. */
function mark(tone: Tone | null, cx: number, cy: number, r: number): string {
  switch (tone) {
    case 'green':
      return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${TONE_COLOURS.green}"/>`;
    case 'yellow':
      return `<polygon points="${cx},${cy - r} ${cx + r},${cy + r * 0.8} ${cx - r},${cy + r * 0.8}" fill="${TONE_COLOURS.yellow}" stroke="#7a5c00" stroke-width="0.8"/>`;
    case 'red':
      return (
        `<rect x="${cx - r}" y="${cy - r}" width="${2 * r}" height="${2 * r}" fill="${TONE_COLOURS.red}" stroke="#000" stroke-width="0.8"/>` +
        `<path d="M${cx - r * 0.55},${cy - r * 0.55} L${cx + r * 0.55},${cy + r * 0.55} M${cx + r * 0.55},${cy - r * 0.55} L${cx - r * 0.55},${cy + r * 0.55}" stroke="#fff" stroke-width="1.6"/>`
      );
    case 'muted':
      return `<circle cx="${cx}" cy="${cy}" r="${r * 0.7}" fill="none" stroke="#777" stroke-width="1"/>`;
    default:
      return `<line x1="${cx - r * 0.6}" y1="${cy}" x2="${cx + r * 0.6}" y2="${cy}" stroke="#bbb"/>`;
  }
}

function matrix(chart: MatrixChart): string {
  const cellSize = 20;
  const font = 12;
  const labelSpace = Math.max(60, ...chart.rows.map((l) => labelWidth(l, font))) + 10;
  const headerHeight = Math.max(30, ...chart.columns.map((c) => labelWidth(c, 10))) * 0.87 + 10;
  const legendWidth = chart.legend.reduce((sum, item) => sum + labelWidth(item.label, font) + 34, 0);
  const width = Math.ceil(Math.max(labelSpace + chart.columns.length * cellSize + headerHeight * 0.5 + 10, labelSpace + legendWidth));
  const blocks: string[] = [];
  const header = chart.columns
    .map((label, j) => {
      const x = labelSpace + j * cellSize + cellSize / 2;
      return `<text x="${x}" y="${headerHeight - 4}" font-size="10" transform="rotate(-60 ${x} ${headerHeight - 4})">${escapeHtml(label)}</text>`;
    })
    .join('');
  const headSvg = `<svg class="chart matrix-head" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${Math.ceil(headerHeight)}" viewBox="0 0 ${width} ${Math.ceil(headerHeight)}">${header}</svg>`;
  for (let start = 0; start < chart.rows.length; start += CHART_BLOCK) {
    const rows = chart.rows.slice(start, start + CHART_BLOCK);
    const height = rows.length * cellSize;
    const body = rows
      .map((label, i) => {
        const y = i * cellSize;
        const marks = (chart.cells[start + i] ?? []).map((tone, j) => mark(tone, labelSpace + j * cellSize + cellSize / 2, y + cellSize / 2, cellSize / 2 - 3)).join('');
        return `<text x="${labelSpace - 6}" y="${y + 14}" text-anchor="end" font-size="${font}">${escapeHtml(label)}</text>${marks}`;
      })
      .join('\n');
    blocks.push(`<div class="block">${start === 0 ? headSvg : ''}<svg class="chart matrix" role="img" aria-label="${escapeHtml(chart.title)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">\n${body}\n</svg></div>`);
  }
  let lx = labelSpace;
  const legend = chart.legend
    .map((item) => {
      const out = `${mark(item.tone, lx + 8, 12, 7)}<text x="${lx + 20}" y="16" font-size="${font}">${escapeHtml(item.label)}</text>`;
      lx += labelWidth(item.label, font) + 34;
      return out;
    })
    .join('');
  // The legend first, so that it never stands alone on a page.
  const legendSvg = `<div class="block"><svg class="chart legend" xmlns="http://www.w3.org/2000/svg" width="${width}" height="24" viewBox="0 0 ${width} 24">${legend}</svg></div>`;
  return `<div class="chart">${legendSvg}\n${blocks.join('\n')}</div>`;
}

function isWide(section: Section): boolean {
  return (section.table?.columns.length ?? 0) > WIDE_COLUMNS || (section.chart?.kind === 'matrix' && section.chart.columns.length > WIDE_COLUMNS);
}

export function renderHtml(view: View, lang: string = 'zh'): string {
  const head = `<header>\n<h1>${escapeHtml(view.title)}</h1>\n<div class="meta">${view.meta.map((m) => `<p>${escapeHtml(m)}</p>`).join('')}</div>\n</header>`;
  const body: string[] = [];
  view.sections.forEach((section, index) => {
    const chart = section.chart ? (section.chart.kind === 'bars' ? bars(section.chart) : matrix(section.chart)) : '';
    // Bars beside a wide table never stand alone on a page of their own: they go on the portrait pages after the
    // table, with what follows; when a wide table follows too, before the table, with the heading.
    const wideBars = isWide(section) && section.chart?.kind === 'bars';
    const first = wideBars && isWide(view.sections[index + 1] ?? section) && view.sections[index + 1] !== undefined;
    const wide = isWide(section) && !first;
    // A section of words only (a heading and its list) prints whole: its heading never ends a page.
    const short = !section.table && !section.chart;
    // The title stays with the first section, so no page carries a title alone.
    body.push(`<section${wide ? ' class="wide"' : short ? ' class="short"' : ''}>`);
    if (index === 0 && !wide) body.push(head);
    if (section.heading) body.push(`<h2>${escapeHtml(section.heading)}</h2>`);
    for (const p of section.paragraphs ?? []) body.push(`<p>${escapeHtml(p)}</p>`);
    if (first) body.push(chart, '</section>', '<section class="wide">');
    if (section.table && section.table.rows.length > 0) body.push(tableHtml(section));
    else if (section.empty) body.push(`<p class="empty">${escapeHtml(section.empty)}</p>`);
    if (first) body.push('</section>');
    else if (wideBars) body.push('</section>', `<section>${chart}</section>`);
    else body.push(chart, '</section>');
  });
  // A wide first section prints landscape: the title goes in it, on the same page.
  if (view.sections.length === 0 || isWide(view.sections[0]!)) body.splice(1, 0, head);
  return `<!DOCTYPE html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(view.title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
