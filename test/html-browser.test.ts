// The HTML reports opened in a real headless Chromium (Debian's package), as a reader's browser would:
// on screen, in grey and on a 390 px phone. Printing whole reports is html-print.test.ts.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIGHT_SHAPES, TONE_COLOURS } from '../src/render/html.js';
import { available, chromiumSession, ORDOS, OUTPUT, pdfPages, pdftotext } from './browser.js';

describe.skipIf(!available)('HTML reports in Chromium', () => {
  const { write, open, print, labelsInside, mostLinesOfAName } = chromiumSession();

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
});
