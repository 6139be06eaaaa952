// One self-contained, printable HTML file: inline CSS (A4), inline SVG charts, no script, no network.
import { safeText } from './text.js';
import { cell, type BarChart, type MatrixChart, type Section, type Tone, type View } from './view.js';

export function escapeHtml(text: string): string {
  return safeText(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const TONE_COLOURS: Record<Tone, string> = { red: '#c62828', yellow: '#f9a825', green: '#2e7d32', muted: '#888888', strong: '#1a237e' };

const STYLE = `
@page { size: A4; margin: 16mm 14mm; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimSun", sans-serif; color: #222; margin: 24px; line-height: 1.5; font-size: 14px; }
h1 { font-size: 22px; margin: 0 0 4px; text-align: center; }
.meta { text-align: center; color: #555; margin: 0 0 18px; }
.meta p { margin: 2px 0; }
h2 { font-size: 16px; border-left: 4px solid #1a237e; padding-left: 8px; margin: 22px 0 8px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 13px; }
th, td { border: 1px solid #bbb; padding: 4px 6px; vertical-align: top; }
th { background: #eef0f7; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.tone-red { color: #c62828; font-weight: 600; } td.tone-yellow { color: #8d6e00; font-weight: 600; } td.tone-green { color: #2e7d32; }
td.tone-muted { color: #888; } td.tone-strong { font-weight: 700; }
.chart { margin: 6px 0 14px; }
.empty { color: #666; }
@media print { body { margin: 0; font-size: 12px; } h2 { break-after: avoid; } tr, .chart { break-inside: avoid; } }
`;

function table(section: Section): string {
  const t = section.table!;
  const head = t.columns.map((c) => `<th>${escapeHtml(c.label)}</th>`).join('');
  const rows = t.rows
    .map((row) => {
      const cells = row.map((input, i) => {
        const c = cell(input);
        const classes = [t.columns[i]?.align === 'right' ? 'num' : '', c.tone ? `tone-${c.tone}` : ''].filter(Boolean).join(' ');
        return `<td${classes ? ` class="${classes}"` : ''}>${escapeHtml(c.text)}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

function bars(chart: BarChart): string {
  const rowHeight = 22;
  const labelWidth = 200;
  const barWidth = 420;
  const height = chart.bars.length * rowHeight + 10;
  const items = chart.bars
    .map((bar, i) => {
      const y = i * rowHeight + 5;
      const width = bar.value === null ? 0 : Math.max(0, Math.min(1, bar.value / chart.max)) * barWidth;
      const colour = TONE_COLOURS[bar.tone ?? 'strong'];
      const value = bar.value === null ? '—' : bar.value.toFixed(1);
      return (
        `<text x="${labelWidth - 6}" y="${y + 15}" text-anchor="end" font-size="12">${escapeHtml(bar.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 3}" width="${width.toFixed(1)}" height="${rowHeight - 8}" fill="${colour}"><title>${escapeHtml(bar.label)} ${value}</title></rect>` +
        `<text x="${(labelWidth + width + 4).toFixed(1)}" y="${y + 15}" font-size="12">${value}</text>`
      );
    })
    .join('\n');
  return `<svg class="chart bars" role="img" aria-label="${escapeHtml(chart.title)}" xmlns="http://www.w3.org/2000/svg" width="${labelWidth + barWidth + 60}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 60} ${height}">\n${items}\n</svg>`;
}

function matrix(chart: MatrixChart): string {
  const cellSize = 18;
  const labelWidth = 200;
  const headerHeight = 70;
  const width = Math.max(labelWidth + chart.columns.length * cellSize + 10, labelWidth + chart.legend.length * 90 + 10);
  const height = headerHeight + chart.rows.length * cellSize + 30;
  const header = chart.columns
    .map((label, j) => {
      const x = labelWidth + j * cellSize + cellSize / 2;
      return `<text x="${x}" y="${headerHeight - 4}" font-size="10" transform="rotate(-60 ${x} ${headerHeight - 4})">${escapeHtml(label)}</text>`;
    })
    .join('');
  const rows = chart.rows
    .map((label, i) => {
      const y = headerHeight + i * cellSize;
      const cells = (chart.cells[i] ?? [])
        .map((tone, j) => `<rect x="${labelWidth + j * cellSize}" y="${y}" width="${cellSize - 2}" height="${cellSize - 2}" fill="${tone ? TONE_COLOURS[tone] : '#eeeeee'}"/>`)
        .join('');
      return `<text x="${labelWidth - 6}" y="${y + 13}" text-anchor="end" font-size="12">${escapeHtml(label)}</text>${cells}`;
    })
    .join('\n');
  const legendY = headerHeight + chart.rows.length * cellSize + 16;
  const legend = chart.legend
    .map((item, k) => `<rect x="${labelWidth + k * 90}" y="${legendY - 10}" width="12" height="12" fill="${TONE_COLOURS[item.tone]}"/><text x="${labelWidth + k * 90 + 16}" y="${legendY}" font-size="12">${escapeHtml(item.label)}</text>`)
    .join('');
  return `<svg class="chart matrix" role="img" aria-label="${escapeHtml(chart.title)}" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">\n${header}\n${rows}\n${legend}\n</svg>`;
}

export function renderHtml(view: View, lang: string = 'zh'): string {
  const body: string[] = [`<h1>${escapeHtml(view.title)}</h1>`, `<div class="meta">${view.meta.map((m) => `<p>${escapeHtml(m)}</p>`).join('')}</div>`];
  for (const section of view.sections) {
    body.push(`<section>\n<h2>${escapeHtml(section.heading)}</h2>`);
    for (const p of section.paragraphs ?? []) body.push(`<p>${escapeHtml(p)}</p>`);
    if (section.chart) body.push(section.chart.kind === 'bars' ? bars(section.chart) : matrix(section.chart));
    if (section.table && section.table.rows.length > 0) body.push(table(section));
    else if (section.empty) body.push(`<p class="empty">${escapeHtml(section.empty)}</p>`);
    body.push('</section>');
  }
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
