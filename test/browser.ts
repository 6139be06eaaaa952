// What the Chromium tests share (html-browser.test.ts, html-print.test.ts): the browser, the example
// grown to 100 units, and the text and fill of printed pages.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { parseDocument } from 'yaml';
import { cli, ROOT, tempDir } from './helpers.js';

export const CHROMIUM = '/usr/bin/chromium';
// CI installs Chromium (.ci/run) and must run this; a developer machine without it skips it.
export const available = existsSync(CHROMIUM);
if (!available && process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs the chromium package`);
export const pdftotext = spawnSync('pdftotext', ['-v'], { timeout: 10_000 }).error === undefined;

export const ORDOS = join(ROOT, 'examples', 'ordos');
export const OUTPUT = join(ROOT, 'test', 'output');

/** The Ordos campaign grown to 100 units: copies of its nine units under new ids and longer names. */
export function hundredUnits(): string {
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
export function pdfPages(file: string): string[] {
  const result = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', timeout: 60_000 });
  return result.stdout.split('\f').slice(0, -1);
}

/**
 * How full each printed page is: the lowest text on it (its page number aside) as a share of the page's height,
 * from pdftotext's word boxes.
 */
export function pageFill(file: string): number[] {
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

/** A Chromium for the tests of one file, opened before them and closed after, with what they do with it. */
export function chromiumSession() {
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
  return { out, write, open, print, labelsInside, mostLinesOfAName };
}
