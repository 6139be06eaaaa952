// The seed's year-end duties read back from every output: 年终主要目标双重考核 (四(二)), the 五位一体 sheet,
// the praised units and nominations (四(三)), and the 经验做法汇编 (三(四)2).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import yaml from 'js-yaml';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { askAnnual, type Prompter } from '../src/authoring/wizard.js';
import { annualYaml } from '../src/authoring/templates.js';
import { main } from '../src/cli/main.js';
import { loadWorkspace } from '../src/load/workspace.js';
import { findings, fixture, located, ROOT, SOUND, tempDir } from './helpers.js';

const ORDOS = join(ROOT, 'examples', 'ordos');

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s) },
    // As wide as its content: the test reads what is said, not where a line breaks.
    env: { COLUMNS: '1000' },
    cwd: process.cwd(),
    now: new Date('2023-03-01T02:00:00Z'),
  });
  return { code, stdout, stderr };
}

/** The text of every paragraph of a Word file, in order. */
async function docxParagraphs(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

// annual-targets-two-of-three: fgw's targets of 2022 and its year-end values (annual/2022.yaml):
//   invest-growth  higher, target 12.5, value 12.6 → met (12.6 ≥ 12.5)
//   approval-days  lower,  target 38,   value 38   → met (38 ≤ 38)
//   project-start-rate higher, target 96, no value → not met, and says so
// so 2 of 3; zzb: talent-inflow higher, target 520, value 530 → 1 of 1.
describe('report annual: 年终主要目标双重考核 and the 五位一体 sheet', () => {
  const dir = fixture('annual-targets-two-of-three');
  const annual = ['report', 'annual', dir, '--year', '2022', '--as-of', '2023-03-01'];

  it('JSON: each unit carries its targets, met and total', async () => {
    const { code, stdout } = await run([...annual, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const fgw = report.units.find((u: { unit: string }) => u.unit === 'fgw');
    expect(fgw.targets).toEqual({
      met: 2,
      total: 3,
      items: [
        { indicator: 'invest-growth', name: '固定资产投资增速', unit: '%', direction: 'higher', target: 12.5, value: 12.6, met: true },
        { indicator: 'approval-days', name: '项目审批平均用时', unit: '天', direction: 'lower', target: 38, value: 38, met: true },
        { indicator: 'project-start-rate', name: '重大项目开工率', unit: '%', direction: 'higher', target: 96, value: null, met: false },
      ],
    });
    expect(report.units.find((u: { unit: string }) => u.unit === 'zzb').targets).toMatchObject({ met: 1, total: 1 });
  });

  it('text: 2/3 beside the unit, and the missing value said as not met', async () => {
    const { stdout } = await run(annual);
    expect(stdout).toContain('各成员单位主要目标达标情况（达标数/目标数）：中共测试市委组织部 1/1、测试市发展和改革委员会 2/3。');
    const row = stdout.split('\n').find((l) => l.includes('重大项目开工率'))!;
    expect(row).toMatch(/96 +— +未达标（无年末数值）/);
  });

  it('xlsx: the 五位一体 sheet has one row per unit with score, grade, rank and two numbers, never "2/3"', async () => {
    const file = join(tempDir(), 'annual.xlsx');
    expect((await run([...annual, '--output', file])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file));
    const sheet = book.getWorksheet('五位一体')!;
    expect(sheet.getRow(3).values).toEqual([undefined, '成员单位', '得分', '等次', '名次', '达标数', '目标数']);
    const rows = [4, 5].map((r) => (sheet.getRow(r).values as unknown[]).slice(1));
    const fgw = rows.find((r) => r[0] === '测试市发展和改革委员会')!;
    expect(fgw.slice(4)).toEqual([2, 3]);
    expect(typeof fgw[1]).toBe('number');
    expect(rows.find((r) => r[0] === '中共测试市委组织部')!.slice(4)).toEqual([1, 1]);
    expect(sheet.getRow(6).values).toEqual([]);
  });

  it('csv: met and total in two numeric columns; the praised units and the nominations as tables of their own', async () => {
    const { stdout } = await run([...annual, '--format', 'csv']);
    expect(stdout).toContain('\r\n成员单位,得分,等次,名次,达标数,目标数\r\n');
    expect(stdout).not.toMatch(/\d\/\d/);
    expect(stdout).toContain('\r\n表扬\r\n成员单位,得分,等次\r\n中共测试市委组织部,99.7,优秀\r\n\r\n');
    expect(stdout).toContain('\r\n测试市发展和改革委员会,先进个人,李明远,牵头建立项目“周调度”机制\r\n');
  });
});

describe('report annual: the praised units and the nominations, for the leading group to decide', () => {
  const dir = fixture('annual-targets-two-of-three');
  const annual = ['report', 'annual', dir, '--year', '2022', '--as-of', '2023-03-01'];
  const nominees = ['零碳产业园重大项目集群', '李明远', '项目帮办代办专班'];

  it('JSON: nominations with unit, kind, name and reason; commend lists the units graded 优秀', async () => {
    const report = JSON.parse((await run([...annual, '--format', 'json'])).stdout);
    expect(report.nominations).toEqual([
      { unit: 'fgw', kind: 'project', name: '零碳产业园重大项目集群', reason: '全年完成投资超计划' },
      { unit: 'fgw', kind: 'person', name: '李明远', reason: '牵头建立项目“周调度”机制' },
      { unit: 'fgw', kind: 'team', name: '项目帮办代办专班', reason: '帮办代办项目 30 个' },
    ]);
    // zzb scores 99.7 (优秀 from 90), fgw 88.6 (良好).
    expect(report.commend).toEqual(['zzb']);
  });

  it('text, md and html: the 优秀 units, each nomination with its kind, and who decides', async () => {
    for (const format of ['text', 'md', 'html']) {
      const { stdout } = await run([...annual, '--format', format]);
      expect(stdout, format).toContain('推荐先进项目、先进团队、先进个人');
      expect(stdout, format).toContain('由领导小组研究确定');
      expect(stdout, format).toMatch(/得分评为“优秀”的成员单位：[\s\S]{0,200}中共测试市委组织部/);
      for (const name of nominees) expect(stdout, format).toContain(name);
      expect(stdout, format).toContain('先进个人');
    }
  });

  it('docx: a subsection of 三、表扬和通报批评 names each nomination with its unit, kind and reason', async () => {
    const file = join(tempDir(), 'annual.docx');
    expect((await run([...annual, '--output', file])).code).toBe(0);
    const paragraphs = await docxParagraphs(file);
    const line = paragraphs.find((p) => p.includes('）推荐。'))!;
    expect(line).toBe(
      '（五）推荐。各成员单位共推荐先进项目、先进团队、先进个人3个，由领导小组研究确定：测试市发展和改革委员会推荐先进项目“零碳产业园重大项目集群”（全年完成投资超计划）；测试市发展和改革委员会推荐先进个人“李明远”（牵头建立项目“周调度”机制）；测试市发展和改革委员会推荐先进团队“项目帮办代办专班”（帮办代办项目 30 个）。',
    );
    expect(paragraphs.indexOf(line)).toBeGreaterThan(paragraphs.indexOf('三、表扬和通报批评'));
  });

  it('an unknown kind is a schema error located on its line', () => {
    expect(located(findings(fixture('annual-nomination-kind-unknown')), 'schema')).toEqual(['units/zzb/annual/2022.yaml:14']);
  });

  it('ebz new annual asks for nominations and writes them', async () => {
    const answers: Record<string, unknown> = { 推荐类别: 'team', '名称（项目、团队的名称或个人的姓名）': '人才服务专班', 推荐理由: '人才服务事项一站办结' };
    let nominated = 0;
    const prompter: Prompter = {
      input: async (q) => String(answers[q.message] ?? q.default ?? ''),
      select: async (q) => answers[q.message] as never,
      confirm: async (q) => (q.message.startsWith('是否推荐') ? nominated++ === 0 : false),
    };
    const campaign = loadWorkspace(SOUND).campaign;
    const doc = await askAnnual(prompter, { lang: 'zh', campaign, today: '2023-01-10', unitId: 'zzb' }, 2022);
    expect(doc.nominations).toEqual([{ kind: 'team', name: '人才服务专班', reason: '人才服务事项一站办结' }]);
    expect((yaml.load(annualYaml(doc)) as { nominations: unknown }).nominations).toEqual(doc.nominations);
  });
});

interface Learned {
  unit: string;
  year: number;
  title: string;
}

/** The example read on its own: each unit's domain (the roster), benchmark region and learned titles. */
function ordosLearned(): { domainOf: Map<string, string>; regionOf: Map<string, string>; learned: Learned[] } {
  const campaign = yaml.load(readFileSync(join(ORDOS, 'campaign.yaml'), 'utf8')) as { members: { id: string; domain: string }[] };
  const domainOf = new Map(campaign.members.map((m) => [m.id, m.domain]));
  const regionOf = new Map<string, string>();
  const learned: Learned[] = [];
  for (const unit of readdirSync(join(ORDOS, 'units'))) {
    regionOf.set(unit, (yaml.load(readFileSync(join(ORDOS, 'units', unit, 'benchmark.yaml'), 'utf8')) as { target: { region: string } }).target.region);
    for (const file of readdirSync(join(ORDOS, 'units', unit, 'annual'))) {
      const doc = yaml.load(readFileSync(join(ORDOS, 'units', unit, 'annual', file), 'utf8')) as { year: number; learned?: { title: string }[] };
      for (const l of doc.learned ?? []) learned.push({ unit, year: doc.year, title: l.title });
    }
  }
  return { domainOf, regionOf, learned };
}

describe('report experience: the 经验做法汇编', () => {
  const experience = ['report', 'experience', ORDOS, '--as-of', '2026-12-03'];
  const { domainOf, regionOf, learned } = ordosLearned();

  it('JSON: every learned title of the example, under its unit\'s domain and then its benchmark region, with year and measures', async () => {
    const { code, stdout } = await run([...experience, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { domains: { domain: string; regions: { region: string; items: (Learned & { kind: string; measureTitles: string[] })[] }[] }[] };
    const placed = report.domains.flatMap((d) => d.regions.flatMap((r) => r.items.filter((i) => i.kind === 'learned').map((i) => ({ ...i, domain: d.domain, region: r.region }))));
    expect(placed).toHaveLength(learned.length);
    for (const l of learned) {
      const item = placed.find((p) => p.unit === l.unit && p.year === l.year && p.title === l.title);
      expect(item, l.title).toMatchObject({ domain: domainOf.get(l.unit), region: regionOf.get(l.unit) });
      expect(item!.measureTitles.length, l.title).toBeGreaterThan(0);
    }
    // Each domain once, each region once within it.
    expect(new Set(report.domains.map((d) => d.domain)).size).toBe(report.domains.length);
    for (const d of report.domains) expect(new Set(d.regions.map((r) => r.region)).size).toBe(d.regions.length);
  });

  it('text, md and html hold every learned title; the docx unzips to the same text under a 汇编 title, with no score', async () => {
    const json = JSON.parse((await run([...experience, '--format', 'json'])).stdout) as { domains: { regions: { items: { title: string }[] }[] }[] };
    const { stdout: text } = await run(experience);
    for (const format of ['md', 'html']) {
      const { stdout } = await run([...experience, '--format', format]);
      for (const l of learned) expect(stdout, `${format}: ${l.title}`).toContain(l.title.replace(/&/g, '&amp;'));
    }
    const file = join(tempDir(), 'experience.docx');
    expect((await run([...experience, '--output', file])).code).toBe(0);
    const paragraphs = await docxParagraphs(file);
    expect(paragraphs).toContain('鄂尔多斯市对标先进经验做法汇编');
    // None of a bulletin's sections: no overview of scores, ranking, praise and criticism, problems or next steps.
    expect(paragraphs.filter((p) => /^[一二三四五]、(总体情况|得分排名|表扬和通报批评|存在问题|下步工作)/.test(p))).toEqual([]);
    // The body's headings and items, in order, are the text rendering's lines joined back together.
    const body = paragraphs.filter((p) => /^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）|^\d+\. /.test(p));
    const flat = text.replace(/\n(?!\n|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\. )/g, '');
    for (const p of body) expect(flat).toContain(p);
    const items = json.domains.flatMap((d) => d.regions.flatMap((r) => r.items));
    expect(body.filter((p) => /^\d+\. /.test(p)).map((p) => items.some((i) => p.includes(i.title)))).not.toContain(false);
    expect(body.filter((p) => /^\d+\. /.test(p))).toHaveLength(items.length);
  });
});
