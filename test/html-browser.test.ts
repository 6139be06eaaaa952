// The HTML reports opened in a real headless Chromium (Debian's package), as a reader's browser would:
// printed to A4 (the PDFs are kept in test/output/ for a person to look at), on a 390 px phone, in grey.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { LIGHT_SHAPES, TONE_COLOURS } from '../src/render/html.js';
import { cli, ROOT, tempDir } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
// CI installs Chromium (.ci/run) and must run this; a developer machine without it skips it.
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs the chromium package`);
const pdftotext = spawnSync('pdftotext', ['-v'], { timeout: 10_000 }).error === undefined;

const ORDOS = join(ROOT, 'examples', 'ordos');
const OUTPUT = join(ROOT, 'test', 'output');

/** The Ordos campaign grown to 100 units: copies of its nine units under new ids and longer names. */
function hundredUnits(): string {
  const dir = tempDir();
  cpSync(ORDOS, dir, { recursive: true });
  const originals = readdirSync(join(dir, 'units'));
  let count = originals.length;
  for (let copy = 2; count < 100; copy++) {
    for (const id of originals) {
      if (count >= 100) break;
      const target = join(dir, 'units', `${id}-${copy}`);
      cpSync(join(ORDOS, 'units', id), target, { recursive: true });
      const files = readdirSync(target, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
      for (const file of files) {
        let text = readFileSync(join(target, file), 'utf8').replace(new RegExp(`^(unit|id): ${id}$`, 'm'), `$1: ${id}-${copy}`);
        if (file === 'unit.yaml') text = text.replace(/^name: (.*)$/m, `name: $1第${copy}分局`);
        writeFileSync(join(target, file), text);
      }
      // The copy is a member too, under its long name and with no short name: tables show the long name.
      const campaign = parseDocument(readFileSync(join(dir, 'campaign.yaml'), 'utf8'));
      const member = (campaign.toJS().members as { id: string; name: string; short?: string }[]).find((m) => m.id === id)!;
      campaign.addIn(['members'], { ...member, id: `${id}-${copy}`, name: `${member.name}第${copy}分局`, short: undefined });
      writeFileSync(join(dir, 'campaign.yaml'), campaign.toString());
      count++;
    }
  }
  return dir;
}

/** The text of each page of a PDF (pdftotext keeps a form feed between pages). */
function pdfPages(file: string): string[] {
  const result = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', timeout: 60_000 });
  return result.stdout.split('\f').slice(0, -1);
}

/**
 * How full each printed page is: the lowest text on it (its page number aside) as a share of the page's height,
 * from pdftotext's word boxes.
 */
function pageFill(file: string): number[] {
  const result = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', timeout: 60_000 });
  return result.stdout
    .split('<page ')
    .slice(1)
    .map((page) => {
      const height = Number(/height="([\d.]+)"/.exec(page)![1]);
      const words = [...page.matchAll(/<word [^>]*yMax="([\d.]+)">([^<]*)<\/word>/g)].filter((m) => !/^[—\d]+$/.test(m[2]!));
      return Math.max(0, ...words.map((m) => Number(m[1]))) / height;
    });
}

describe.skipIf(!available)('HTML reports in Chromium', () => {
  const out = tempDir();
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  function write(name: string, args: string[]): string {
    const file = join(out, `${name}.html`);
    const result = cli([...args, '--output', file]);
    expect(result.code).toBe(0);
    return file;
  }

  async function open(file: string, viewport = { width: 1100, height: 1500 }) {
    const page = await browser.newPage({ viewport });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(`file://${file}`);
    return { page, requests };
  }

  /** Prints the page as Chromium does for a reader (A4, the page's own @page sizes) into test/output/. */
  async function print(page: Page, name: string): Promise<string> {
    const pdf = join(OUTPUT, `${name}.pdf`);
    await page.pdf({ path: pdf, preferCSSPageSize: true, format: 'A4' });
    expect(readFileSync(pdf).subarray(0, 4).toString()).toBe('%PDF');
    return pdf;
  }

  /** No SVG text reaches outside its picture: labels are measured, never cut off. */
  async function labelsInside(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const cut: string[] = [];
      for (const svg of Array.from(document.querySelectorAll('svg'))) {
        const width = svg.viewBox.baseVal.width;
        for (const text of Array.from(svg.querySelectorAll('text'))) {
          if (text.getAttribute('transform')) continue;
          const box = text.getBBox();
          if (box.x < 0 || box.x + box.width > width + 0.5) cut.push(`${text.textContent} ${box.x.toFixed(0)}..${(box.x + box.width).toFixed(0)} of ${width}`);
        }
      }
      return cut;
    });
  }

  /** The most lines a unit name takes in any table (1: never broken). */
  async function mostLinesOfAName(page: Page): Promise<number> {
    return page.evaluate(() => {
      let most = 0;
      for (const td of Array.from(document.querySelectorAll('td.name'))) {
        const range = document.createRange();
        range.selectNodeContents(td);
        const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
        most = Math.max(most, tops.size);
      }
      return most;
    });
  }

  it('the quarterly bulletin renders a row per unit, the score bars on an axis that shows the differences, and prints as A4', { timeout: 60_000 }, async () => {
    const file = write('quarterly', ['report', 'quarterly', ORDOS, '--quarter', '2022-Q4', '--as-of', '2023-02-01']);
    const { page, requests } = await open(file);
    expect(await page.title()).toBe('鄂尔多斯市对标先进提升创建工作2022年第四季度通报');
    expect(await page.locator('section').first().locator('tbody tr').count()).toBe(9);
    expect(await page.locator('svg.chart.bars rect').count()).toBe(9);
    const headers = await page.locator('section').first().locator('thead th').allTextContents();
    expect(headers.slice(0, 4)).toEqual(['名次', '成员单位', '得分', '等次']);
    // Every score lies at 90 or above: the axis starts at 80 (the lowest less 5, down to a ten; not 0), marked and said in words.
    expect(await page.locator('svg.chart.axis text').first().textContent()).toBe('80');
    expect(await page.locator('.chart-note').first().textContent()).toBe('各成员单位得分（横轴自 80 分起）');
    expect(await labelsInside(page)).toEqual([]);
    const pdf = await print(page, 'quarterly');
    if (pdftotext) {
      const pages = pdfPages(pdf);
      // The title shares its page with the table; every page carries its number as "— n —".
      expect(pages[0]).toContain('2022年第四季度通报');
      // tables name units by the roster's short names
      expect(pages[0]).toContain('市委组织部');
      pages.forEach((text, i) => expect(text.replace(/ /g, '')).toContain(`—${i + 1}—`));
    }
    expect(requests).toEqual([]);
    await page.close();
  });

  it('the monthly report shows the lights by shape and word, the chase list and the missing list', async () => {
    const file = write('monthly', ['report', 'monthly', ORDOS, '--month', '2022-07', '--as-of', '2022-08-06']);
    const { page, requests } = await open(file);
    expect(await page.locator('svg.chart.matrix').count()).toBe(1);
    expect(await page.locator('h2').allTextContents()).toEqual(['总体情况', '各成员单位情况', '督办清单', '催报名单']);
    const chase = page.locator('section').nth(2).locator('tbody tr');
    expect(await chase.count()).toBe(1);
    expect(await chase.first().textContent()).toContain('开展黄河干支流入河排污口排查整治');
    expect(await page.locator('section').nth(3).locator('tbody tr').allTextContents()).toEqual(['市文旅局2022年7月月度进展2022年8月5日1']);
    // A light is a shape and a word, whatever the colour: ■ 红灯, ▲ 黄灯, ● 绿灯.
    const lights = await page.locator('td.light').allTextContents();
    for (const light of lights) expect(['■红灯', '▲黄灯', '●绿灯']).toContain(light);
    expect(new Set(lights)).toEqual(new Set(['■红灯', '●绿灯']));
    expect(await labelsInside(page)).toEqual([]);
    await print(page, 'monthly');
    expect(requests).toEqual([]);
    await page.close();
  });

  it('lights and states stay apart in greyscale: distinct greys, distinct marks, 未报 drawn with a cross', async () => {
    const luma = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
      return 0.299 * r + 0.587 * g + 0.114 * b;
    };
    const greys = (['red', 'green', 'yellow'] as const).map((t) => luma(TONE_COLOURS[t]));
    // red 87, green 122, yellow 193: at least 30 apart
    expect(greys[1]! - greys[0]!).toBeGreaterThanOrEqual(30);
    expect(greys[2]! - greys[1]!).toBeGreaterThanOrEqual(30);
    expect(new Set(Object.values(LIGHT_SHAPES)).size).toBe(3);
    const file = write('status-grey', ['status', ORDOS, '--as-of', '2022-08-06']);
    const { page } = await open(file);
    const marks = await page.evaluate(() => {
      const svg = document.querySelector('svg.chart.matrix')!;
      return { circles: svg.querySelectorAll('circle').length, triangles: svg.querySelectorAll('polygon').length, crosses: svg.querySelectorAll('rect + path').length };
    });
    // 2022-08-06: one 2022年7月 progress missing (文旅局), one benchmark late (住建局), the rest on time or pending
    expect(marks.crosses).toBe(1);
    expect(marks.triangles).toBe(1);
    expect(marks.circles).toBeGreaterThan(40);
    await page.close();
  });

  it('the status matrix of 9 units prints on one landscape A4 page, every unit name on one line', async () => {
    const file = write('status', ['status', ORDOS, '--as-of', '2022-12-31']);
    const { page } = await open(file);
    const pdf = await print(page, 'status');
    if (pdftotext) {
      const pages = pdfPages(pdf);
      expect(pages).toHaveLength(1);
      for (const name of ['市委组织部', '市发展改革委', '市住建局']) expect(pages[0]).toContain(name);
      expect(pages[0]).toContain('2022年12月');
    }
    // Printed, the table fits its landscape page: nothing to scroll, no cell wider than the page.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 1017, height: 700 });
    const fit = await page.evaluate(() => {
      const wrapper = document.querySelector('.table') as HTMLElement;
      return { overflow: wrapper.scrollWidth - wrapper.clientWidth };
    });
    expect(fit.overflow).toBeLessThanOrEqual(0);
    expect(await mostLinesOfAName(page)).toBe(1);
    expect(await labelsInside(page)).toEqual([]);
    await page.close();
  });

  it('prints no page under a fifth full but the last: the bars follow a wide table, a heading keeps its list', { timeout: 120_000 }, async () => {
    for (const [name, args] of [
      ['fill-quarterly', ['report', 'quarterly', ORDOS, '--quarter', '2022-Q3']],
      ['fill-quarterly-q4', ['report', 'quarterly', ORDOS, '--quarter', '2022-Q4']],
      ['fill-monthly', ['report', 'monthly', ORDOS, '--month', '2022-07']],
      ['fill-annual', ['report', 'annual', ORDOS, '--year', '2022']],
    ] as const) {
      const { page } = await open(write(name, [...args]));
      const pdf = await print(page, name);
      await page.close();
      if (!pdftotext) continue;
      const fill = pageFill(pdf);
      for (const [i, share] of fill.slice(0, -1).entries()) expect(share, `${name} page ${i + 1} of ${fill.length}`).toBeGreaterThanOrEqual(0.2);
      // the score bars never stand on a page of their own: they share it with the ranking or the ledger after them
      const chartPage = pdfPages(pdf).find((text) => text.replace(/\s/g, '').includes('各成员单位得分（'));
      if (chartPage) expect(chartPage.replace(/\s/g, ''), `${name}: the bars alone on a page`).toMatch(/名次|指标对标情况|同比|得分与排名|年终主要目标双重考核/);
      // every heading shares its page with the first line under it
      for (const text of pdfPages(pdf)) {
        const lines = text.split('\n').map((l) => l.trim()).filter((l) => l && !/^—\s*\d+\s*—$/.test(l));
        expect(lines.at(-1) ?? '', `${name}: a page ends on a heading`).not.toMatch(/^(表扬|通报批评|指标对标情况|得分与排名|同比)/);
      }
    }
  });

  it('100 units: no page with only a title, no blank page, charts broken between blocks of rows', { timeout: 180_000 }, async () => {
    const dir = hundredUnits();
    const file = join(out, 'hundred.html');
    const result = cli(['report', 'quarterly', dir, '--quarter', '2022-Q3', '--output', file]);
    expect(result.code).toBe(0);
    const { page } = await open(file);
    expect(await page.locator('section').first().locator('tbody tr').count()).toBe(100);
    // ten blocks of ten bars; a page breaks between blocks, never through a bar
    const blocks = await page.locator('svg.chart.bars').evaluateAll((svgs) => svgs.map((s) => s.querySelectorAll('rect').length));
    expect(blocks).toEqual(Array(10).fill(10));
    expect(await page.locator('.chart .block').first().evaluate((e) => getComputedStyle(e).breakInside)).toBe('auto'); // screen
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.chart .block').first().evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid');
    expect(await labelsInside(page)).toEqual([]);
    const pdf = await print(page, 'quarterly-100-units');
    if (pdftotext) {
      const pages = pdfPages(pdf);
      expect(pages.length).toBeGreaterThan(3);
      expect(pages[0]).toContain('2022年第三季度通报');
      expect(pages[0]).toContain('鄂尔多斯市发展和改革委员会');
      // every page carries more than its page number
      for (const text of pages) expect(text.replace(/—\s*\d+\s*—/, '').trim().length).toBeGreaterThan(40);
    }
    await page.close();
  });

  it('reads on a 390 px phone: no sideways scrolling of the page, unit names on one line', { timeout: 120_000 }, async () => {
    for (const [name, args] of [
      ['phone-status', ['status', ORDOS, '--as-of', '2022-12-31']],
      ['phone-monthly', ['report', 'monthly', ORDOS, '--month', '2022-07']],
      ['phone-quarterly', ['report', 'quarterly', ORDOS, '--quarter', '2022-Q4']],
      ['phone-annual', ['report', 'annual', ORDOS, '--year', '2022']],
    ] as const) {
      const file = write(name, [...args]);
      const { page } = await open(file, { width: 390, height: 844 });
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      expect({ name, scroll }).toEqual({ name, scroll: 390 });
      expect({ name, lines: await mostLinesOfAName(page) }).toEqual({ name, lines: 1 });
      // no cell is squeezed to one character a line: every text cell is at least 4 characters wide
      const narrowest = await page.evaluate(() => Math.min(...Array.from(document.querySelectorAll('td:not(.num):not(.short)')).map((td) => td.getBoundingClientRect().width)));
      expect(narrowest).toBeGreaterThanOrEqual(4 * 13);
      await page.screenshot({ path: join(OUTPUT, `${name}.png`) });
      await page.close();
    }
  });

  it('prints every report for a person to look at (test/output/)', { timeout: 120_000 }, async () => {
    for (const [name, args] of [
      ['score', ['score', ORDOS, '--as-of', '2022-12-31']],
      ['annual', ['report', 'annual', ORDOS, '--year', '2022']],
    ] as const) {
      const file = write(name, [...args]);
      const { page } = await open(file);
      expect(await labelsInside(page)).toEqual([]);
      const pdf = await print(page, name);
      expect(statSync(pdf).size).toBeGreaterThan(10_000);
      await page.close();
    }
  });
});
