// The HTML reports printed to A4 by a real headless Chromium (Debian's package): no page nearly empty, no
// heading left alone, 100 units broken between blocks of rows (the PDFs are kept in test/output/).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { available, chromiumSession, hundredUnits, ORDOS, pageFill, pdfPages, pdftotext } from './browser.js';
import { cli } from './helpers.js';

describe.skipIf(!available)('HTML reports printed by Chromium', () => {
  const { out, write, open, print, labelsInside } = chromiumSession();

  it('prints no page under a fifth full but the last: the bars follow a wide table, a heading keeps its list', { timeout: 120_000 }, async () => {
    for (const [name, args] of [
      ['fill-quarterly', ['report', 'quarterly', ORDOS, '--quarter', '2022-Q3']],
      ['fill-quarterly-q4', ['report', 'quarterly', ORDOS, '--quarter', '2022-Q4']],
      ['fill-monthly', ['report', 'monthly', ORDOS, '--month', '2022-07']],
      ['fill-annual', ['report', 'annual', ORDOS, '--year', '2022']],
    ] as const) {
      const { page } = await open(write(name, [...args]));
      expect(await labelsInside(page), name).toEqual([]);
      const pdf = await print(page, name);
      expect(statSync(pdf).size).toBeGreaterThan(10_000);
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

  // The reports are printed above (fill-*.pdf); the score table too.
  it('prints the score table for a person to look at (test/output/)', { timeout: 120_000 }, async () => {
    for (const [name, args] of [['score', ['score', ORDOS, '--as-of', '2022-12-31']]] as const) {
      const file = write(name, [...args]);
      const { page } = await open(file);
      expect(await labelsInside(page)).toEqual([]);
      const pdf = await print(page, name);
      expect(statSync(pdf).size).toBeGreaterThan(10_000);
      await page.close();
    }
  });
});
