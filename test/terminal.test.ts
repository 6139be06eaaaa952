// Output for people fits the terminal: COLUMNS or the terminal's width, 80 on a pipe; CJK measured right.
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { terminalWidth, textTable, truncate, wrapText } from '../src/render/layout.js';
import { cli, ROOT } from './helpers.js';

const ORDOS = join(ROOT, 'examples', 'ordos');
/** The text of a line from display column `from` on. */
function sliceColumns(line: string, from: number): string {
  let width = 0;
  let i = 0;
  for (const char of line) {
    if (width >= from) break;
    width += stringWidth(char);
    i += char.length;
  }
  return line.slice(i);
}
const widest = (text: string) => Math.max(...text.split('\n').map((line) => stringWidth(line)));

describe('the width to fit', () => {
  it('is COLUMNS when set, else the terminal width, else 80 for a pipe', () => {
    expect(terminalWidth({ isTTY: true, columns: 132 }, { COLUMNS: '72' })).toBe(72);
    expect(terminalWidth({ isTTY: true, columns: 132 }, {})).toBe(132);
    expect(terminalWidth({ isTTY: false }, {})).toBe(80);
    expect(terminalWidth({ isTTY: false }, { COLUMNS: 'wide' })).toBe(80);
    expect(terminalWidth({ isTTY: false }, { COLUMNS: '' })).toBe(80);
    // Narrower than 40 nothing lays out; 40 is the floor.
    expect(terminalWidth({}, { COLUMNS: '12' })).toBe(40);
  });
});

describe('wrapping', () => {
  it('breaks Chinese between characters, never before a closing mark', () => {
    const lines = wrapText('审签人应为分管市领导张建国（unit.yaml），此处为白音仓。请由分管市领导审签后报送。', 20);
    expect(lines.every((l) => stringWidth(l) <= 20)).toBe(true);
    expect(lines.join('')).toBe('审签人应为分管市领导张建国（unit.yaml），此处为白音仓。请由分管市领导审签后报送。');
    expect(lines.some((l) => /^[，。）]/.test(l))).toBe(false);
  });
  it('never leaves an opening bracket at the end of a line', () => {
    const lines = wrapText('评价日 2022-07-31（评价期最后一天），统计日期 2022-08-06（“截至”）：此后报送的材料不计入。', 30);
    expect(lines.every((l) => !/[（“]$/.test(l) && stringWidth(l) <= 30)).toBe(true);
    expect(lines.join('').replace(/ /g, '')).toBe('评价日2022-07-31（评价期最后一天），统计日期2022-08-06（“截至”）：此后报送的材料不计入。');
  });
  it('breaks English between words and keeps 90% whole', () => {
    expect(wrapText('Measure m2 is marked done at 90%. Done means 100%.', 16)).toEqual(['Measure m2 is', 'marked done at', '90%. Done means', '100%.']);
  });
  it('cuts a word longer than the line', () => {
    expect(wrapText('units/fgw/progress/2022-05.yaml', 12)).toEqual(['units/fgw/pr', 'ogress/2022-', '05.yaml']);
  });
  it('truncates with … to the display width', () => {
    expect(truncate('鄂尔多斯市发展和改革委员会', 11)).toBe('鄂尔多斯市…');
    expect(stringWidth(truncate('鄂尔多斯市发展和改革委员会', 11))).toBe(11);
  });
});

describe('tables', () => {
  const columns = [{ label: '成员单位' }, { label: '工作措施' }, { label: '逾期天数', align: 'right' as const }];
  const rows = [[{ text: '鄂尔多斯市生态环境局' }, { text: 'm2 开展黄河干支流入河排污口排查整治' }, { text: '12' }]];
  it('keep their natural widths when they fit', () => {
    expect(textTable(columns, rows, 120)).toEqual([
      '成员单位              工作措施                             逾期天数',
      '────────────────────  ───────────────────────────────────  ────────',
      '鄂尔多斯市生态环境局  m2 开展黄河干支流入河排污口排查整治        12',
    ]);
  });
  it('wrap long text under its own column when they do not', () => {
    const lines = textTable(columns, rows, 50);
    expect(widest(lines.join('\n'))).toBeLessThanOrEqual(50);
    // The measure continues on the next lines, in its column.
    const column = stringWidth(lines[0]!.slice(0, lines[0]!.indexOf('工作措施')));
    const body = lines.slice(lines.findIndex((l) => l.startsWith('─')) + 1);
    expect(body.length).toBeGreaterThan(1);
    const inColumn = body.map((l) => sliceColumns(l, column).replace(/\s+\d+$/, '').trim());
    expect(inColumn.join('')).toBe('m2 开展黄河干支流入河排污口排查整治');
  });
  it('split into parts that repeat the first column when even wrapping cannot fit them', () => {
    const wide = [{ label: '成员单位' }, ...Array.from({ length: 12 }, (_, i) => ({ label: `2022-${String(i + 1).padStart(2, '0')}` }))];
    const row = [{ text: '鄂尔多斯市住房和城乡建设局' }, ...Array.from({ length: 12 }, () => ({ text: '迟报2天' }))];
    const lines = textTable(wide, [row], 60);
    expect(widest(lines.join('\n'))).toBeLessThanOrEqual(60);
    const headers = lines.filter((l) => l.startsWith('成员单位'));
    expect(headers.length).toBeGreaterThan(1);
    // The name keeps its width (it takes less than half the line), the same in every part.
    expect(lines.filter((l) => l.startsWith('鄂尔多斯市住房和城乡建设局  '))).toHaveLength(headers.length);
    for (let month = 1; month <= 12; month++) expect(headers.join(' ')).toContain(`2022-${String(month).padStart(2, '0')}`);
  });
});

describe('every command for people fits 80 columns', () => {
  const env = { COLUMNS: '80', NO_COLOR: '1' };
  const commands = [
    ['check', ORDOS],
    ['check', ORDOS, '--lang', 'en'],
    ['status', ORDOS],
    ['score', ORDOS],
    ['score', ORDOS, '--explain', '--unit', 'fgw'],
    ['report', 'monthly', ORDOS, '--month', '2022-07'],
    ['report', 'quarterly', ORDOS, '--quarter', '2022-Q3'],
    ['report', 'annual', ORDOS, '--year', '2022'],
    ['rules'],
    ['rules', '--lang', 'en'],
    ['explain', 'indicator-target-direction'],
  ];
  for (const args of commands) {
    it(args.map((a) => (a === ORDOS ? 'examples/ordos' : a)).join(' '), () => {
      const result = cli(args, { env });
      expect(result.code === 0 || (args[0] === 'check' && result.code === 1)).toBe(true);
      expect(result.stdout.length).toBeGreaterThan(200);
      const over = result.stdout.split('\n').filter((line) => stringWidth(line) > 80);
      expect(over).toEqual([]);
    }, 60_000);
  }
  it('gives 80 columns to a pipe', () => {
    const piped = cli(['check', ORDOS], { env: { COLUMNS: '' } });
    expect(widest(piped.stdout)).toBeLessThanOrEqual(80);
    expect(widest(piped.stdout)).toBeGreaterThan(60);
  });
  it('follows a wider COLUMNS: a finding keeps rule and clause on its line', () => {
    const wide = cli(['check', join(ORDOS, 'units', 'nmj')], { env: { COLUMNS: '160', NO_COLOR: '1' } });
    expect(wide.stdout).toMatch(/^ {2}56:17 {2}错误 {2}审签人应为分管市领导张建国（campaign\.yaml 成员单位名单），此处为白音仓。请由分管市领导审签后报送。 {2}approval-signer {2}三\(一\)2, 三\(二\)2$/m);
    const narrow = cli(['check', join(ORDOS, 'units', 'nmj')], { env: { COLUMNS: '60', NO_COLOR: '1' } });
    const lines = narrow.stdout.split('\n');
    const first = lines.findIndex((l) => l.startsWith('  56:17  错误  '));
    // The message wraps under its own column (15 = 2 + "56:17" + 2 + "错误" + 2), then rule and clause.
    expect(lines[first + 1]).toMatch(/^ {15}\S/);
    expect(lines.slice(first, first + 4).join('\n')).toContain(' '.repeat(15) + 'approval-signer  三(一)2, 三(二)2');
    expect(widest(narrow.stdout)).toBeLessThanOrEqual(60);
  });
  it('score --explain for every unit: one title, a heading line per unit, a blank line before each', () => {
    const result = cli(['score', ORDOS, '--explain', '--as-of', '2022-12-31'], { env });
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('各成员单位得分明细');
    const headings = lines.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('■ '));
    expect(headings.map(([l]) => l)).toContain('■ 鄂尔多斯市发展和改革委员会得分明细');
    expect(headings).toHaveLength(9);
    for (const [, i] of headings) expect(lines[i - 1]).toBe('');
  });
});
