// The documents an office sends (DESIGN §6): the docx bulletin and the xlsx ledgers, read back from the files.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { campaignWith, ROOT, SOUND, tempDir } from './helpers.js';

const ORDOS = join(ROOT, 'examples', 'ordos');

async function run(args: string[], options: { tty?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const bytes: Uint8Array[] = [];
  const code = await main(args, {
    stdout: { write: (s: string | Uint8Array) => (typeof s === 'string' ? (stdout += s) : bytes.push(s)), isTTY: options.tty },
    stderr: { write: (s: string) => (stderr += s) },
    env: {},
    cwd: process.cwd(),
    now: new Date('2023-03-01T02:00:00Z'),
  });
  return { code, stdout, stderr, bytes: Buffer.concat(bytes) };
}

/** The row of a sheet's autofilter: "A3:L3" → 3. */
function autoFilterRow(sheet: ExcelJS.Worksheet): number {
  const filter = sheet.autoFilter as unknown as string | { from: { row: number } };
  return typeof filter === 'string' ? Number(/\d+/.exec(filter)![0]) : filter.from.row;
}

async function documentXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return zip.file('word/document.xml')!.async('string');
}

/** The text of every paragraph, in order. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe('docx: the bulletin as an official document (GB/T 9704-2012)', () => {
  const out = tempDir();
  const file = join(out, 'q3.docx');
  let xml = '';

  it('is written with --output and infers docx from the extension', async () => {
    const result = await run(['report', 'quarterly', ORDOS, '--quarter', '2022-Q3', '--as-of', '2022-10-09', '--number', '鄂对标办发〔2022〕12号', '--output', file]);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    xml = await documentXml(file);
  });
  it('has the red header of the issuing office and the co-issuers, the 文号 and the red rule beneath', () => {
    const text = paragraphs(xml);
    expect(text.slice(0, 3)).toEqual(['鄂尔多斯市对标先进提升创建工作领导小组办公室', '中共鄂尔多斯市委督查室', '鄂尔多斯市人民政府督查室']);
    expect(text).toContain('鄂对标办发〔2022〕12号');
    expect(xml).toMatch(/<w:color w:val="FF0000"\/>[\s\S]*?鄂尔多斯市对标先进提升创建工作领导小组办公室/);
    // the rule under the 文号: a red bottom border of its paragraph, (4 − 2.4) mm = 4.5 pt ≈ 5 pt below its line
    expect(xml).toMatch(/<w:pBdr><w:bottom w:val="single" w:color="FF0000" w:sz="18" w:space="5"\/><\/w:pBdr>[\s\S]*?鄂对标办发〔2022〕12号/);
  });
  it('has the title, 主送, the numbered sections and the 落款 with the date in Chinese', () => {
    const text = paragraphs(xml);
    expect(text).toContain('关于鄂尔多斯市对标先进提升创建工作2022年第三季度评估情况的通报');
    expect(text).toContain('各成员单位：');
    const headings = text.filter((p) => /^[一二三四五]、/.test(p));
    expect(headings).toEqual(['一、总体情况', '二、得分排名', '三、表扬和通报批评', '四、存在问题', '五、下步工作']);
    // 一、总体情况 is prose with the figures: as of the quarter's close, 9 units
    expect(text.find((p) => p.startsWith('截至2022年10月9日，9个成员单位参加评分'))).toBeDefined();
    // 五、下步工作 from campaign.yaml bulletin.next_steps
    expect(text).toContain('未按时报送材料的单位要立即补报，并在下一期月度进展中说明迟报原因。');
    // 落款: every issuing organ signs, then the date; the 版记 comes last
    const date = text.lastIndexOf('2022年10月9日');
    expect(text.slice(date - 3, date + 1)).toEqual(['鄂尔多斯市对标先进提升创建工作领导小组办公室', '中共鄂尔多斯市委督查室', '鄂尔多斯市人民政府督查室', '2022年10月9日']);
  });
  it('ranks every unit in one table row each, under a repeated header row', () => {
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const ranking = tables.find((t) => t.includes('名次'))!;
    const rows = [...ranking.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
    expect(rows).toHaveLength(1 + 9);
    expect(rows[0]).toContain('<w:tblHeader/>');
    const names = rows.slice(1).map((r) => paragraphs(r)[1]);
    // named by the roster's short name in a table (DESIGN §6)
    expect(names).toContain('市委组织部');
    expect(names).not.toContain('zzb');
  });
  it('prints on A4 with the standard margins and numbers its pages "— 1 —" with a PAGE field, odd right and even left', async () => {
    // 210 × 297 mm = 11906 × 16838 twips; 37, 35, 28, 26 mm = 2098, 1984, 1587, 1474 twips
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const footers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(paragraphs(footer).join('')).toBe('— PAGE —'.replace('PAGE', ''));
    }
    expect(footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)![1]).sort()).toEqual(['left', 'right']);
    expect(await zip.file('word/settings.xml')!.async('string')).toContain('<w:evenAndOddHeaders/>');
  });
  it('names the fonts as the standard does: 方正小标宋简体 title, 黑体 and 楷体_GB2312 headings, 仿宋_GB2312 body', () => {
    expect(xml).toMatch(/w:eastAsia="方正小标宋简体"[\s\S]*?关于鄂尔多斯市/);
    expect(xml).toMatch(/w:eastAsia="黑体"[^]*?一、总体情况/);
    expect(xml).toMatch(/w:eastAsia="楷体_GB2312"[^]*?（一）表扬。/);
    expect(xml).toMatch(/w:eastAsia="仿宋_GB2312"[^]*?各成员单位：/);
    // 三号 (16 pt) body
    expect(xml).toContain('<w:sz w:val="32"/>');
  });
  it('leaves 下步工作 as a highlighted paragraph to fill in when the campaign has no next_steps', async () => {
    const monthly = join(out, 'm.docx');
    expect((await run(['report', 'monthly', SOUND, '--month', '2022-05', '--output', monthly])).code).toBe(0);
    const m = await documentXml(monthly);
    expect(m).toMatch(/<w:highlight w:val="yellow"\/>[\s\S]*?（请在此填写下步工作安排。）/);
    // no --number: an empty 文号 line; the office named after the campaign title
    expect(paragraphs(m)[0]).toBe('测试市对标先进提升创建工作领导小组办公室');
    expect(paragraphs(m)).toContain('关于测试市对标先进提升创建工作2022年5月督查情况的通报');
  });
  it('says under its title when the period is still open, and only then', async () => {
    // Today is 2023-03-01 (run's now): 2023-Q1 and March 2023 are still open; 2022-Q3 (above) is closed.
    const quarterly = join(out, 'q1-open.docx');
    expect((await run(['report', 'quarterly', ORDOS, '--quarter', '2023-Q1', '--output', quarterly])).code).toBe(0);
    const text = paragraphs(await documentXml(quarterly));
    const title = text.findIndex((p) => p.includes('2023年第一季度评估情况的通报'));
    expect(text[title + 1]).toMatch(/^本期尚未结束（2023年4月\d+日截止），数据可能变化。$/);
    expect(text.indexOf('一、总体情况')).toBeGreaterThan(title + 1);
    const monthly = join(out, 'm3-open.docx');
    expect((await run(['report', 'monthly', ORDOS, '--month', '2023-03', '--output', monthly])).code).toBe(0);
    expect(paragraphs(await documentXml(monthly)).some((p) => p.startsWith('本期尚未结束（2023年4月'))).toBe(true);
    expect(paragraphs(xml).some((p) => p.startsWith('本期尚未结束'))).toBe(false);
  });
  it('the monthly bulletin names the problems: the chase list, the missing documents by name', async () => {
    const monthly = join(out, 'm7.docx');
    expect((await run(['report', 'monthly', ORDOS, '--month', '2022-07', '--as-of', '2022-08-06', '--output', monthly])).code).toBe(0);
    const text = paragraphs(await documentXml(monthly));
    expect(text).toContain('1. 鄂尔多斯市文化和旅游局：2022年7月月度进展（2022年8月5日到期，已逾期1天）。');
    expect(text.find((p) => p.startsWith('1. 鄂尔多斯市生态环境局“开展黄河干支流入河排污口排查整治”'))).toBeDefined();
    expect(text.join('\n')).not.toMatch(/units\/|\.yaml/);
  });
  it('escapes nothing into the XML: data text arrives as text', async () => {
    const dir = campaignWith({});
    const campaign = readFileSync(join(dir, 'campaign.yaml'), 'utf8');
    writeFileSync(join(dir, 'campaign.yaml'), campaign + 'office: "<w:p>办公室</w:p> & 督查室"\n');
    const target = join(out, 'hostile.docx');
    expect((await run(['report', 'monthly', dir, '--month', '2022-05', '--output', target])).code).toBe(0);
    expect(paragraphs(await documentXml(target))[0]).toBe('&lt;w:p&gt;办公室&lt;/w:p&gt; &amp; 督查室');
  });
  it('is a document of the reports only; binary output never goes to a terminal', async () => {
    const status = await run(['status', SOUND, '--format', 'docx']);
    expect(status.code).toBe(2);
    expect(status.stderr).toContain('不支持的输出格式“docx”');
    const tty = await run(['report', 'monthly', SOUND, '--month', '2022-05', '--format', 'docx'], { tty: true });
    expect(tty.code).toBe(2);
    expect(tty.stderr).toContain('docx 文件不能显示在终端上，请用 --output 指定文件名');
    const piped = await run(['report', 'monthly', SOUND, '--month', '2022-05', '--format', 'docx']);
    expect(piped.code).toBe(0);
    expect(piped.bytes.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('xlsx: the ledgers a clerk sorts and filters', () => {
  const out = tempDir();

  async function book(args: string[], name: string) {
    const file = join(out, name);
    const result = await run([...args, '--output', file]);
    expect(result.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return workbook;
  }

  it('the monthly report: one sheet per table with its Chinese name, numbers as numbers, dates as dates', async () => {
    const workbook = await book(['report', 'monthly', ORDOS, '--month', '2022-07', '--as-of', '2022-08-06'], 'm7.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['亮灯情况', '督办清单', '催报名单', '说明']);
    const lights = workbook.getWorksheet('亮灯情况')!;
    // the title, the as-of date, then the header on row 3
    expect(lights.getRow(3).values).toEqual([undefined, '成员单位', '亮灯', '亮灯原因', '本月进展', '已完成措施', '措施总数', '受阻', '逾期']);
    expect(lights.rowCount).toBe(3 + 9);
    // party department first
    expect(lights.getCell('A4').value).toBe('市委组织部');
    expect(lights.getCell('E4').type).toBe(ExcelJS.ValueType.Number);
    expect(lights.getCell('F4').value).toBe(4);
    const missing = workbook.getWorksheet('催报名单')!;
    expect(missing.getRow(4).values).toEqual([undefined, '市文旅局', '2022年7月月度进展', new Date(Date.UTC(2022, 7, 5)), 1]);
    expect(missing.getCell('C4').type).toBe(ExcelJS.ValueType.Date);
    expect(missing.getCell('C4').numFmt).toBe('yyyy"年"m"月"d"日"');
    expect(missing.getCell('D4').type).toBe(ExcelJS.ValueType.Number);
  });
  it('lights as a coloured fill and a word; the header frozen with an autofilter; landscape, fitted, header repeated', async () => {
    const workbook = await book(['report', 'monthly', ORDOS, '--month', '2022-07', '--as-of', '2022-08-06'], 'm7b.xlsx');
    const lights = workbook.getWorksheet('亮灯情况')!;
    const red = [...Array(lights.rowCount - 3).keys()].map((i) => lights.getCell(`B${i + 4}`)).find((c) => c.value === '红灯')!;
    expect(red.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } });
    const green = lights.getCell('B4');
    expect(green.value).toBe('绿灯');
    expect(green.fill).toMatchObject({ fgColor: { argb: 'FFC6EFCE' } });
    // the state in words, not a tick
    expect(lights.getCell('D4').value).toBe('按时');
    // the reasons of a light in words
    expect(String(lights.getCell(`C${red.row}`).value)).toMatch(/未报送|受阻/);
    for (const sheet of workbook.worksheets.filter((s) => s.name !== '说明')) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9, printTitlesRow: '3:3' });
    }
    // columns wide enough for the longest unit name, a short name of the roster: 市市场监管局, 6 CJK characters = 12 columns
    expect(lights.getColumn(1).width).toBeGreaterThanOrEqual(12);
  });
  it('status and the quarterly scores: 报送情况 and 得分排名', async () => {
    const status = await book(['status', ORDOS, '--as-of', '2022-08-06'], 's.xlsx');
    expect(status.worksheets.map((s) => s.name)).toEqual(['报送情况', '说明']);
    expect(status.getWorksheet('报送情况')!.getRow(3).values).toContain('2022年7月');
    const quarterly = await book(['report', 'quarterly', ORDOS, '--quarter', '2022-Q3', '--as-of', '2022-10-09'], 'q.xlsx');
    const scores = quarterly.getWorksheet('得分排名')!;
    expect(scores.getCell('A4').value).toBe(1);
    expect(scores.getCell('C4').type).toBe(ExcelJS.ValueType.Number);
    expect(scores.rowCount).toBe(3 + 9);
    const annual = await book(['report', 'annual', ORDOS, '--year', '2022', '--as-of', '2023-02-01'], 'a.xlsx');
    expect(annual.worksheets.map((s) => s.name)).toEqual(['得分排名', '主要目标', '五位一体', '同比', '指标对标', '先进经验', '尚在学习的内容', '创标成果', '表扬名单', '推荐名单', '人员交流', '挂职和交流人员', '说明']);
    const score = await book(['score', ORDOS, '--as-of', '2022-10-06'], 'score.xlsx');
    expect(score.worksheets.map((s) => s.name)).toEqual(['得分排名', '说明']);
  });
  it('prints as a table: a title row and the as-of date, thin borders, text vertically centred, fixed decimals', async () => {
    const workbook = await book(['report', 'quarterly', ORDOS, '--quarter', '2022-Q3', '--as-of', '2022-10-09'], 'q-print.xlsx');
    const scores = workbook.getWorksheet('得分排名')!;
    expect(scores.getCell('A1').value).toBe('鄂尔多斯市对标先进提升创建工作2022年第三季度通报');
    expect(scores.getCell('A2').value).toBe('截至2022年10月9日');
    // title and date span the table's width
    expect(scores.getCell('A1').isMerged && scores.getCell(`${String.fromCharCode(64 + scores.getRow(3).cellCount)}1`).isMerged).toBe(true);
    const thin = { style: 'thin', color: { argb: 'FF000000' } };
    for (const row of [3, 4, 12]) {
      for (let column = 1; column <= scores.getRow(3).cellCount; column++) {
        const c = scores.getRow(row).getCell(column);
        expect(c.border, `${c.address}`).toEqual({ top: thin, left: thin, bottom: thin, right: thin });
        expect(c.alignment?.vertical, `${c.address}`).toBe('middle');
      }
    }
    // 100.0 beside 99.9: scores and components with one decimal, still numbers
    const score = scores.getCell('C4');
    expect(score.value).toBe(100);
    expect(score.numFmt).toBe('0.0');
    expect(scores.getCell('E4').numFmt).toBe('0.0');
    expect(autoFilterRow(scores)).toBe(3);
  });
  it('gives every indicator its unit of measure', async () => {
    const workbook = await book(['report', 'quarterly', ORDOS, '--quarter', '2022-Q3', '--as-of', '2022-10-09'], 'q-units.xlsx');
    const ledger = workbook.getWorksheet('指标对标')!;
    expect(ledger.getRow(3).values).toEqual([undefined, '成员单位', '对标指标', '计量单位', '基期值', '最新值', '标杆值', '目标值', '本期', '上期']);
    for (let row = 4; row <= ledger.rowCount; row++) expect(String(ledger.getCell(`C${row}`).value ?? ''), `C${row}`).toMatch(/\S/);
  });
  it('the 说明 sheet wraps its text to print on the page', async () => {
    const workbook = await book(['report', 'quarterly', ORDOS, '--quarter', '2022-Q3', '--as-of', '2022-10-09'], 'q-info.xlsx');
    const info = workbook.getWorksheet('说明')!;
    expect(info.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1 });
    for (let row = 1; row <= info.rowCount; row++) if (info.getCell(`A${row}`).value) expect(info.getCell(`A${row}`).alignment?.wrapText, `A${row}`).toBe(true);
  });
});
