// The HTML reports opened in a real headless Chromium (Debian's package), as a reader's browser would.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
// CI installs Chromium (.ci/run) and must run this; a developer machine without it skips it.
const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs the chromium package`);

describe.skipIf(!available)('HTML reports in Chromium', () => {
  const ORDOS = join(ROOT, 'examples', 'ordos');
  const out = tempDir();
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(file: string) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(`file://${file}`);
    return { page, requests };
  }

  it('the quarterly bulletin renders a row per unit, the score bars, and prints as A4', async () => {
    const file = join(out, 'quarterly.html');
    expect(cli(['report', 'quarterly', ORDOS, '--quarter', '2022-Q4', '--output', file]).code).toBe(0);
    const { page, requests } = await open(file);
    expect(await page.title()).toBe('鄂尔多斯市对标先进提升创建工作 2022-Q4 季度通报');
    const rows = await page.locator('section').first().locator('tbody tr').count();
    expect(rows).toBe(9);
    expect(await page.locator('svg.chart.bars rect').count()).toBe(9);
    const headers = await page.locator('section').first().locator('thead th').allTextContents();
    expect(headers.slice(0, 4)).toEqual(['名次', '成员单位', '得分', '等次']);
    const screenshot = join(out, 'quarterly.png');
    await page.screenshot({ path: screenshot, fullPage: true });
    expect(statSync(screenshot).size).toBeGreaterThan(10_000);
    expect(readFileSync(screenshot).subarray(1, 4).toString()).toBe('PNG');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(requests).toEqual([]);
    await page.close();
  });

  it('the monthly report shows the traffic-light matrix, the chase list and the missing list', async () => {
    const file = join(out, 'monthly.html');
    expect(cli(['report', 'monthly', ORDOS, '--month', '2022-07', '--output', file]).code).toBe(0);
    const { page, requests } = await open(file);
    expect(await page.locator('svg.chart.matrix').count()).toBe(1);
    const headings = await page.locator('h2').allTextContents();
    expect(headings).toEqual(['总体情况', '各成员单位情况', '督办清单', '催报名单']);
    const chase = page.locator('section').nth(2).locator('tbody tr');
    expect(await chase.count()).toBe(1);
    expect(await chase.first().textContent()).toContain('开展黄河干支流入河排污口排查整治');
    const missing = await page.locator('section').nth(3).locator('tbody tr').allTextContents();
    expect(missing).toEqual(['鄂尔多斯市文化和旅游局units/wlj/progress/2022-07.yaml']);
    await page.screenshot({ path: join(out, 'monthly.png'), fullPage: true });
    expect(requests).toEqual([]);
    await page.close();
  });
});
