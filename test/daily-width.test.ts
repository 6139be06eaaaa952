// The three daily jobs (check, report monthly, report quarterly) and status, as a clerk sees them on an
// 80-column terminal: no line wider, no date or unit name broken across lines, no E/A for the dates.
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { loadWorkspace } from '../src/load/workspace.js';
import { rosterNames } from '../src/model/roster.js';
import { stderrText } from '../src/cli/output.js';
import { textTable, wrapText } from '../src/render/layout.js';
import { main } from '../src/cli/main.js';
import { cli, ROOT, SOUND } from './helpers.js';

const ORDOS = join(ROOT, 'examples', 'ordos');
const campaign = loadWorkspace(ORDOS).campaign;
/** 中共鄂尔多斯市委组织部, 市委组织部, …: the roster's names and short names. */
const NAMES = rosterNames(campaign);
/** Dates and periods as the output says them, in either language. */
const DATE = /\d{4}年(?:第[一二三四]季度|\d{1,2}月(?:\d{1,2}日)?|度)|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}/g;
/** E, A, D or W standing for a date or the window: “（E）”, “E = …”, “A 之后”. */
const LETTER_FOR_DATE = /[（(][EADW][）)]|(?<![\w./-])[EADW] ?[=≤<＝]|(?<![\w./-])[EADW] ?(?:之|以|所在)/;

const count = (text: string, word: string) => text.split(word).length - 1;
/** Columns as a Chinese terminal draws them: its CJK fonts draw the quotation marks “ ” ‘ ’ two columns wide. */
const columns = (line: string) => stringWidth(line) + (line.match(/[“”‘’]/g)?.length ?? 0);
const dates = (text: string) => [...text.matchAll(DATE)].map((m) => m[0]);

const jobs: [string, string[]][] = [
  ['check', ['check', ORDOS, '--as-of', '2022-08-20']],
  ['status', ['status', ORDOS, '--as-of', '2022-08-20']],
  ['report monthly', ['report', 'monthly', ORDOS, '--month', '2022-07', '--as-of', '2022-08-20']],
  ['report quarterly', ['report', 'quarterly', ORDOS, '--quarter', '2022-Q3', '--as-of', '2022-10-20']],
  ['report monthly with no month', ['report', 'monthly', ORDOS, '--as-of', '2022-09-10']],
  ['an error', ['report', 'monthly', join(ORDOS, 'no-such-folder', '住房和城乡建设局的材料', '2022年10月31日报送的材料')]],
  ['a missing unit folder', ['check', 'examples/ordos/units/gxj2']],
];

describe('a campaign without a roster, at 80 columns and narrower', () => {
  /** The annual report of the sound campaign (no roster: the names come from each unit.yaml), in this process. */
  async function annual(columns: string): Promise<string> {
    let stdout = '';
    const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: () => true }, env: { COLUMNS: columns, NO_COLOR: '1' }, cwd: ROOT };
    await main(['report', 'annual', SOUND, '--year', '2022', '--as-of', '2023-03-01'], io);
    return stdout;
  }
  it('never breaks a unit name its unit.yaml gives, wherever a line ends', async () => {
    const names = ['测试市发展和改革委员会', '中共测试市委组织部'];
    const wide = await annual('1000');
    expect(names.map((unit) => count(wide, unit) > 0)).toEqual([true, true]);
    // Every width from 40 to 80, so that each name falls where a line ends somewhere.
    for (let columns = 40; columns <= 80; columns++) {
      const narrow = await annual(String(columns));
      for (const unit of names) expect(count(narrow, unit), `at ${columns}: ${unit}`).toBeGreaterThanOrEqual(count(wide, unit));
    }
  });
});

describe.each(['zh', 'en'])('at 80 columns (%s)', (lang) => {
  for (const [name, args] of jobs) {
    it(name, () => {
      const narrow = cli([...args, '--lang', lang], { env: { COLUMNS: '80', NO_COLOR: '1' } });
      // The same run as wide as it likes: every date and name it says, each on one line.
      const wide = cli([...args, '--lang', lang], { env: { COLUMNS: '1000', NO_COLOR: '1' } });
      expect(narrow.code).toBe(wide.code);
      for (const stream of ['stdout', 'stderr'] as const) {
        const text = narrow[stream];
        expect(text.split('\n').filter((line) => columns(line) > 80), stream).toEqual([]);
        // Wrapping only adds line breaks (and a table split in parts repeats its names): a date or a
        // name broken across two lines would be found fewer times.
        for (const date of new Set(dates(wide[stream]))) expect(count(text, date), `${stream}: ${date}`).toBeGreaterThanOrEqual(count(wide[stream], date));
        for (const unit of NAMES) expect(count(text, unit), `${stream}: ${unit}`).toBeGreaterThanOrEqual(count(wide[stream], unit));
        expect(text).not.toMatch(LETTER_FOR_DATE);
      }
      expect(narrow.stdout.length + narrow.stderr.length).toBeGreaterThan(0);
    }, 60_000);
  }
});

describe('wrapping keeps dates and names whole', () => {
  it('a date moves to the next line whole, with the mark that follows it', () => {
    const lines = wrapText('市生态环境局的措施应于2022年10月31日完成，至今未完成。', 24);
    expect(lines).toEqual(['市生态环境局的措施应于', '2022年10月31日完成，至今', '未完成。']);
  });
  it('a name given is never broken, a name not given may be', () => {
    const text = '审签人应为中共鄂尔多斯市委组织部主要负责同志。';
    expect(wrapText(text, 24)).toEqual(['审签人应为中共鄂尔多斯市', '委组织部主要负责同志。']);
    expect(wrapText(text, 24, ['中共鄂尔多斯市委组织部'])).toEqual(['审签人应为', '中共鄂尔多斯市委组织部主', '要负责同志。']);
  });
  it('a table gives its first column, the names, their width and wraps the others', () => {
    const rows = [[{ text: '鄂尔多斯市住房和城乡建设局' }, { text: '2022年10月31日' }, { text: '开展城镇老旧小区改造，完成年度改造任务' }]];
    const lines = textTable([{ label: '成员单位' }, { label: '完成时限' }, { label: '工作措施' }], rows, 60);
    expect(lines.every((l) => stringWidth(l) <= 60)).toBe(true);
    // 26 + 2 + 14 + 2 = 44 columns before the measure, which wraps in the 16 left.
    expect(lines[2]).toBe('鄂尔多斯市住房和城乡建设局  2022年10月31日  开展城镇老旧小区');
    expect(lines.slice(3)).toEqual([' '.repeat(44) + '改造，完成年度改', ' '.repeat(44) + '造任务']);
  });
});

describe('stderr', () => {
  const message = '“units/fgw/plan.yaml”已存在，未提问，也未写入。如需重写，请加 --force（原文件将另存到 .ebz/backups/）。';
  it('wraps a message at a terminal, the lines after the first under its text', () => {
    const text = stderrText({ stderr: { write: () => true, isTTY: true, columns: 60 }, env: {} }, message, 'ebz: ');
    const lines = text.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => stringWidth(l) <= 60)).toBe(true);
    expect(lines[0]!.startsWith('ebz: “units/fgw/plan.yaml”')).toBe(true);
    expect(lines.slice(1).every((l) => l.startsWith('     ') && !l.startsWith('      '))).toBe(true);
    expect(lines.map((l) => l.slice(5)).join('')).toBe(message);
  });
  it('keeps it one line in a log or a pipe, unless COLUMNS asks for a width', () => {
    const pipe = { write: () => true, isTTY: false };
    expect(stderrText({ stderr: pipe, env: {} }, message, 'ebz: ')).toBe(`ebz: ${message}\n`);
    expect(stderrText({ stderr: pipe, env: { COLUMNS: '80' } }, message, 'ebz: ').split('\n')).toHaveLength(3);
  });
});
