// A bulletin a secretary sends as it is (DESIGN §6): the 通报 read back from the Word file — its structure and
// reasons, the GB/T 9704 layout numbers in its XML, the 版记, the signatures, and 附件 for a campaign of 100 units.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.js';
import { ROOT, SOUND, tempDir } from './helpers.js';

const ORDOS = join(ROOT, 'examples', 'ordos');
/** 1 mm in twips: 1440 twips an inch / 25.4 mm an inch. */
const MM = 1440 / 25.4;

async function render(args: string[], file: string): Promise<{ xml: string; zip: JSZip }> {
  const code = await main([...args, '--output', file, '--force'], {
    stdout: { write: () => true, isTTY: false },
    stderr: { write: () => true },
    env: {},
    cwd: process.cwd(),
    now: new Date('2023-03-01T02:00:00Z'),
  });
  expect(code).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(file));
  return { xml: await zip.file('word/document.xml')!.async('string'), zip };
}

/** Every paragraph of the body (not inside a table), in order, as its XML. */
function bodyParagraphs(xml: string): string[] {
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return [...body.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p\/>/g)].map((m) => m[0]);
}

function text(paragraph: string): string {
  return [...paragraph.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
}

const out = tempDir();

describe('the quarterly bulletin reads as a 通报', () => {
  let xml = '';
  let zip: JSZip;
  it('renders', async () => {
    ({ xml, zip } = await render(['report', 'quarterly', ORDOS, '--quarter', '2022-Q3', '--as-of', '2022-10-09', '--number', '鄂对标办发〔2022〕12号'], join(out, 'q3.docx')));
  });
  it('opens with the sentence a 通报 opens with, right after 主送', () => {
    const texts = bodyParagraphs(xml).map(text);
    const to = texts.indexOf('各成员单位：');
    expect(texts[to + 1]).toBe(
      '根据《鄂尔多斯市对标先进提升创建工作实施方案》要求，鄂尔多斯市对标先进提升创建工作领导小组办公室会同中共鄂尔多斯市委督查室、鄂尔多斯市人民政府督查室对9个成员单位2022年第三季度对标创建工作进行了评估，现将有关情况通报如下：',
    );
    expect(texts[to + 2]).toBe('一、总体情况');
  });
  it('sets the title on two lines broken before the period, never inside "2022年"', () => {
    const title = bodyParagraphs(xml).find((p) => text(p).startsWith('关于'))!;
    expect(title).toMatch(/关于鄂尔多斯市对标先进提升创建工作<\/w:t><\/w:r><w:r><w:br\/><\/w:r><w:r>[\s\S]*?2022年第三季度评估情况的通报/);
  });
  it('gives each praised unit its score and what earned it, and each bonus and penalty its reason', () => {
    const texts = bodyParagraphs(xml).map(text);
    const praise = texts.find((t) => t.startsWith('（一）表扬。'))!;
    expect(praise).toContain('鄂尔多斯市发展和改革委员会（100.0分；材料均按时报送；工作措施无逾期；加2分（重大项目“周调度”推进机制被自治区发展改革委转发推广））');
    expect(texts).toContain('（二）通报批评。评为“不合格”的成员单位：无。');
    expect(texts.find((t) => t.startsWith('（三）加减分。'))).toContain('鄂尔多斯市文化和旅游局减1分（2022年7月月度进展未报送，月度督查通报）');
  });
  it('names each document error in words, without file names', () => {
    const texts = bodyParagraphs(xml).map(text);
    expect(texts.find((t) => t.includes('市场监督管理局：对标创建工作方案'))).toMatch(/^\d\. 鄂尔多斯市市场监督管理局：对标创建工作方案1处错误：报送日期“2022\/2\/14”格式不正确，应写作 2022-02-14。$/);
    const problems = texts.slice(texts.indexOf('四、存在问题'), texts.indexOf('五、下步工作')).join('\n');
    expect(problems).toContain('审签人应为分管市领导张建国，此处为白音仓');
    expect(problems).not.toMatch(/\.yaml|请由分管/);
  });
  it('says 下步工作 for the next quarter and, with nobody called out, asks for no 整改', () => {
    const texts = bodyParagraphs(xml).map(text);
    expect(texts[texts.indexOf('五、下步工作') + 1]).toBe('下季度，各成员单位要对照本期评估发现的问题和指标差距，加快推进工作措施，确保2022年第四季度各项任务按期完成。');
    expect(texts.join('\n')).not.toContain('整改情况书面报送');
  });
  it('captions its table and keeps it under a sentence that points to it', () => {
    const texts = bodyParagraphs(xml).map(text);
    const ranking = texts.indexOf('二、得分排名');
    expect(texts.slice(ranking + 1, ranking + 3)).toEqual(['具体情况见表1。', '表1　2022年第三季度各成员单位得分排名']);
  });
  it('names the office in its document properties', async () => {
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain('<dc:creator>鄂尔多斯市对标先进提升创建工作领导小组办公室</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>鄂尔多斯市对标先进提升创建工作领导小组办公室</cp:lastModifiedBy>');
    expect(core).not.toContain('Un-named');
  });
});

describe('the monthly and annual bulletins', () => {
  it('monthly: the red lights called out with their reasons, 次月 in 下步工作, 要求 with a date', async () => {
    const { xml } = await render(['report', 'monthly', ORDOS, '--month', '2022-07', '--as-of', '2022-08-06'], join(out, 'm7-reasons.docx'));
    const texts = bodyParagraphs(xml).map(text);
    expect(texts.find((t) => t.startsWith('（一）表扬。'))).toMatch(/^（一）表扬。本月亮绿灯且按时报送月度进展的成员单位：中共鄂尔多斯市委组织部、鄂尔多斯市发展和改革委员会、/);
    const callOut = texts.find((t) => t.startsWith('（二）通报批评。'))!;
    expect(callOut).toContain('鄂尔多斯市生态环境局（措施“开展黄河干支流入河排污口排查整治”受阻）');
    expect(callOut).toContain('鄂尔多斯市文化和旅游局（2022年7月月度进展未报送（逾期 1 天）');
    expect(texts[texts.indexOf('五、下步工作') + 1]).toBe('次月，各成员单位要对照本通报指出的问题逐项整改，按期推进工作措施，按时报送2022年8月月度进展。');
    // 要求: as of 2022-08-06, 15 days later
    expect(texts.find((t) => t.startsWith('被通报批评的成员单位'))).toContain('于2022年8月21日前将整改情况书面报送鄂尔多斯市对标先进提升创建工作领导小组办公室');
  });
  it('annual: 下年度, never 下月; the achievements a subsection of their own with a captioned table', async () => {
    const { xml } = await render(['report', 'annual', ORDOS, '--year', '2022', '--as-of', '2023-02-01'], join(out, 'a2022.docx'));
    const texts = bodyParagraphs(xml).map(text);
    const next = texts.slice(texts.indexOf('五、下步工作'));
    expect(next[1]).toBe('下年度，各成员单位要总结2022年度对标创建工作经验，对照评估结果动态更新对标创建工作方案，持续推进2023年度对标创建工作。');
    expect(next.join('\n')).not.toContain('下月');
    const achievements = texts.findIndex((t) => t.startsWith('（四）创标成果。'));
    expect(texts[achievements]).toBe('（四）创标成果。5项创标成果列为表扬推荐，由领导小组研究确定，详见表3。');
    expect(texts[achievements - 2]).toBe('（二）通报批评。评为“不合格”的成员单位：无。');
    expect(texts[achievements + 1]).toBe('表3　2022年度创标成果');
    // 双重考核 under the ranking: 9 units × 3 targets, each met by its year-end value in the example.
    expect(texts).toContain('年终主要目标双重考核：9个成员单位共有主要目标27项，年末达标27项，详见表2。');
    expect(texts).toContain('表2　2022年度“五位一体”考核情况');
  });
});

describe('the layout numbers of GB/T 9704-2012 in the XML', () => {
  let xml = '';
  let styles = '';
  it('renders', async () => {
    const rendered = await render(['report', 'quarterly', ORDOS, '--quarter', '2022-Q3', '--as-of', '2022-10-09'], join(out, 'layout.docx'));
    xml = rendered.xml;
    styles = await rendered.zip.file('word/styles.xml')!.async('string');
  });
  it('margins of 37, 35, 28 and 26 mm; the footer that puts page numbers 7 mm below the 版心', () => {
    // 37 mm × 56.6929 = 2098, 35 mm = 1984, 28 mm = 1587, 26 mm = 1474 twips.
    // Page numbers: their top 35 − 7 = 28 mm above the page's bottom; the 14 pt line is 280 twips and the digits
    // start 0.6 mm under its top, so the footer's edge is at 28.6 mm − 280 twips = 1621 − 280 = 1341 twips.
    expect(Math.round(28.6 * MM) - 280).toBe(1341);
    expect(xml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="\d+" w:footer="1341"/);
  });
  it('22 lines and 28 characters a line: the grid and the Normal style', () => {
    // 225 mm = 12755.9 twips; / 22 lines = 579.8 → a pitch of 579 twips (28.95 pt).
    expect(Math.floor((225 * MM) / 22)).toBe(579);
    expect(xml).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    // 156 mm = 8845 twips (11906 − 1587 − 1474); / 28 = 315.9 → 315 twips a character: a 16 pt glyph (320) less 5.
    expect(Math.floor((11906 - 1587 - 1474) / 28) - 320).toBe(-5);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="Normal"[^>]*>[\s\S]*?<w:spacing w:val="-5"\/>[\s\S]*?<w:sz w:val="32"\/>[\s\S]*?<\/w:style>/);
  });
  it('the 发文机关标志 35 mm below the top of the 版心, larger than the title, red, centred', () => {
    // Its glyphs' top lies 6.65 mm below the top of its line (measured): space before = (35 − 6.65) mm = 1607 twips.
    expect(Math.round((35 - 6.65) * MM)).toBe(1607);
    const first = bodyParagraphs(xml)[0]!;
    expect(first).toMatch(/<w:spacing (?=[^>]*w:before="1607")(?=[^>]*w:line="579")(?=[^>]*w:lineRule="exact")[^>]*\/>/);
    expect(first).toContain('<w:jc w:val="center"/>');
    expect(first).toContain('<w:color w:val="FF0000"/>');
    // 26 pt (52 half-points) against the title's 22 pt (44): a long name is narrowed, not shrunk.
    expect(first).toContain('<w:sz w:val="52"/>');
    expect(first).toMatch(/<w:w w:val="\d{2}"\/>/);
  });
  it('文号 two lines below the header, the title two lines below the rule', () => {
    const texts = bodyParagraphs(xml).map(text);
    const header = texts.indexOf('鄂尔多斯市人民政府督查室');
    expect(texts.slice(header + 1, header + 3)).toEqual(['', '']);
    const title = texts.findIndex((t) => t.startsWith('关于'));
    expect(texts.slice(title - 2, title)).toEqual(['', '']);
  });
  it('tables at 五号 or larger, headers whole', () => {
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) for (const size of table.matchAll(/<w:sz w:val="(\d+)"\/>/g)) expect(Number(size[1])).toBeGreaterThanOrEqual(21);
    // 名次: 2 characters of 10.5 pt (420 twips) and 150 twips of padding fit its column
    const ranking = tables.find((t) => t.includes('名次'))!;
    const first = Number(/<w:gridCol w:w="(\d+)"\/>/.exec(ranking)![1]);
    expect(first).toBeGreaterThanOrEqual(2 * 210 + 120);
  });
});

describe('the 落款 and the 版记', () => {
  it('every issuing organ signs; the last paragraph before them keeps with them', async () => {
    const { xml } = await render(['report', 'monthly', ORDOS, '--month', '2022-07', '--as-of', '2022-08-06'], join(out, 'm7.docx'));
    const paragraphs = bodyParagraphs(xml);
    const texts = paragraphs.map(text);
    const date = texts.indexOf('2022年8月6日');
    expect(texts.slice(date - 3, date)).toEqual(['鄂尔多斯市对标先进提升创建工作领导小组办公室', '中共鄂尔多斯市委督查室', '鄂尔多斯市人民政府督查室']);
    // the blank line, each organ and the body's last paragraph keep with the next: the 落款 never stands alone
    for (const p of paragraphs.slice(date - 5, date)) expect(p).toContain('<w:keepNext/>');
    expect(texts[date - 5]).toMatch(/^被通报批评的成员单位要认真分析原因，制定整改措施，于2022年8月21日前将整改情况书面报送/);
  });
  it('the 版记: 抄送, 印发机关 and 印发日期 between rules, in a frame on the bottom of the 版心', async () => {
    const { xml } = await render(['report', 'quarterly', ORDOS, '--quarter', '2022-Q3', '--as-of', '2022-10-09'], join(out, 'colophon.docx'));
    const framed = bodyParagraphs(xml).filter((p) => p.includes('<w:framePr'));
    expect(framed.map(text)).toEqual(['　抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。', '　鄂尔多斯市对标先进提升创建工作领导小组办公室2022年10月9日印发']);
    // The 印发 frame: 2 lines of 579 twips (office and date do not fit one line of 四号), its top at the 版心's
    // height, 225 mm = 12756 twips, less its own: 12756 − 1158 = 11598. The 抄送 frame (2 lines) above it: 10440.
    const frame = (p: string) => /<w:framePr [^>]*>/.exec(p)![0];
    for (const [p, h, y] of [[framed[1]!, 1158, 11598], [framed[0]!, 1158, 10440]] as const) {
      expect(frame(p)).toMatch(new RegExp(`w:w="8845" w:h="${h}" w:x="0" w:y="${y}" w:hAnchor="margin" w:vAnchor="margin" w:hRule="exact"`));
    }
    // rules: 0.35 mm (1 pt, sz 8) first and last, 0.25 mm (sz 6) between
    expect(framed[0]).toContain('<w:top w:val="single" w:color="000000" w:sz="8" w:space="0"/>');
    expect(framed[1]).toContain('<w:top w:val="single" w:color="000000" w:sz="6" w:space="0"/>');
    expect(framed[1]).toContain('<w:bottom w:val="single" w:color="000000" w:sz="8" w:space="0"/>');
  });
  it('a single issuer signs alone; no 抄送 line without bulletin.copy_to', async () => {
    const { xml } = await render(['report', 'monthly', SOUND, '--month', '2022-05', '--as-of', '2022-06-07'], join(out, 'single.docx'));
    const texts = bodyParagraphs(xml).map(text);
    // once in the header, once signing
    expect(texts.filter((t) => t === '测试市对标先进提升创建工作领导小组办公室')).toHaveLength(2);
    expect(texts.join('\n')).not.toContain('抄送');
    expect(texts.find((t) => t.endsWith('印发'))).toMatch(/^　测试市对标先进提升创建工作领导小组办公室2022年6月\d+日印发$/);
  });
  it('words, not marks the official fonts lack', async () => {
    const { xml } = await render(['report', 'monthly', ORDOS, '--month', '2022-07', '--as-of', '2022-08-06'], join(out, 'marks.docx'));
    const words = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    expect(words).not.toMatch(/[✓✗·]/);
    expect(words).toContain('按时');
  });
});

/** A campaign of 100 units from the bench's generator, each named, a quarter of them without July's and August's progress. */
async function hundredUnits(): Promise<string> {
  const { campaign } = (await import('../scripts/bench-campaign.mjs')) as { campaign: (n: number) => string };
  const dir = join(tempDir(), 'c100');
  cpSync(campaign(100), dir, { recursive: true });
  readdirSync(join(dir, 'units'))
    .sort()
    .forEach((id, i) => {
      const file = join(dir, 'units', id, 'unit.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, `name: 测试市第${i + 1}成员单位`));
      if (i % 4 === 0) for (const m of ['07', '08']) rmSync(join(dir, 'units', id, 'progress', `2022-${m}.yaml`));
      if (i % 7 === 0) rmSync(join(dir, 'units', id, 'progress', '2022-09.yaml'));
    });
  return dir;
}

/**
 * The pages the body takes, from the XML: each paragraph before the first 附件 is its space before plus its lines
 * (its text at its size over the 156 mm line, 8845 twips) at its exact line height; the 版心 is 225 mm, 12756 twips.
 */
function bodyPages(xml: string): number {
  const body = xml.slice(0, xml.indexOf('<w:pageBreakBefore/>'));
  let height = 0;
  for (const p of bodyParagraphs(body)) {
    if (p.includes('<w:framePr')) continue;
    const line = Number(/w:line="(\d+)"/.exec(p)?.[1] ?? 579);
    const before = Number(/w:before="(\d+)"/.exec(p)?.[1] ?? 0);
    const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(p)?.[1] ?? 32);
    const width = [...text(p)].reduce((sum, c) => sum + (c.charCodeAt(0) < 0x2e80 ? 0.5 : 1), 0) + (p.includes('w:firstLine') ? 2 : 0);
    const lines = Math.max(1, Math.ceil(width / Math.floor(8845 / (size * 10)))) + (p.match(/<w:br\/>/g)?.length ?? 0);
    height += before + lines * line;
  }
  return Math.ceil(height / 12756);
}

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));

describe('a bulletin of 100 units keeps its body short: the long lists go to 附件', () => {
  let xml = '';
  let file = '';
  it('renders', async () => {
    const dir = await hundredUnits();
    file = join(out, 'c100.docx');
    ({ xml } = await render(['report', 'quarterly', dir, '--quarter', '2022-Q3', '--as-of', '2022-10-20'], file));
  }, 60_000);
  it('sums the lists up in the body and names the 附件 that hold them', () => {
    const texts = bodyParagraphs(xml).map(text);
    expect(texts.find((t) => t.startsWith('得分前5名：测试市第10成员单位（92.9分）'))).toMatch(/全部100个成员单位的得分和排名见附件1。$/);
    expect(texts).toContain('（一）表扬。评为“优秀”的成员单位：共64个，名单及理由见附件2。');
    // A unit whose July or August report never came scores 0 on what that report was due to carry: 15 are called out.
    expect(texts).toContain('（二）通报批评。评为“不合格”的成员单位：共15个，名单及理由见附件3。');
    expect(texts).toContain('（二）材料未按时报送。65份材料逾期未报，涉及36个成员单位，清单见附件4。');
    // 附件说明, a line below the body: 附件：1. …, the further names under the first
    expect(texts).toContain('附件：1. 2022年第三季度各成员单位得分排名');
    expect(texts).toContain('2. 2022年第三季度受表扬的成员单位名单');
    expect(texts).toContain('3. 2022年第三季度被通报批评的成员单位名单');
    expect(texts).toContain('4. 逾期未报材料清单');
    // no table in the body
    expect(xml.slice(0, xml.indexOf('<w:pageBreakBefore/>'))).not.toContain('<w:tbl>');
  });
  it('sets each 附件 on pages of its own after the 落款: 附件N top left, its title, its full table', () => {
    const annexes = xml.split('<w:pageBreakBefore/>').slice(1);
    expect(annexes).toHaveLength(4);
    expect(annexes.map((a) => /<w:t[^>]*>(附件\d)<\/w:t>/.exec(a)![1])).toEqual(['附件1', '附件2', '附件3', '附件4']);
    const ranking = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(annexes[0]!)![0];
    expect(ranking.match(/<w:tr>/g)).toHaveLength(1 + 100);
    const praised = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(annexes[1]!)![0];
    expect(praised.match(/<w:tr>/g)).toHaveLength(1 + 64);
    expect(text(praised)).toContain('测试市第10成员单位92.9分；材料均按时报送');
    // the 落款 comes before the first 附件
    expect(xml.indexOf('2022年10月20日</w:t>')).toBeLessThan(xml.indexOf('<w:pageBreakBefore/>'));
  });
  it('keeps the body within 6 pages', () => {
    expect(bodyPages(xml)).toBeLessThanOrEqual(6);
  });
  it.skipIf(!soffice)('keeps the body within 6 pages when LibreOffice renders it', () => {
    execFileSync(soffice!, ['--headless', '--convert-to', 'pdf', '--outdir', out, file], { stdio: 'ignore', timeout: 120_000 });
    const pages = execFileSync('pdftotext', ['-layout', file.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8', timeout: 60_000 }).split('\f');
    const firstAnnex = pages.findIndex((p) => /^\s*附件 ?1\s*$/m.test(p));
    expect(firstAnnex).toBeGreaterThan(0);
    expect(firstAnnex).toBeLessThanOrEqual(6);
  }, 180_000);
});
