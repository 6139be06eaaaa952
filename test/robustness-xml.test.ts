// Hostile input, third round: characters XML cannot carry (U+FFFE, U+FFFF, lone surrogates, C0 controls)
// and noncharacters in names must never reach the XML of a docx or xlsx; and a workbook keeps Excel's
// limits (32,767 characters a cell, 255 a page header) with the cut marked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { View } from '../src/render/view.js';
import { renderXlsx } from '../src/render/xlsx.js';
import { excelHeader, fitExcel } from '../src/render/xml-text.js';
import { campaignWith, cli, ROOT, SOUND, SOUND_AS_OF, tempDir } from './helpers.js';
import { xmlParts } from './xml-parts.js';

const BAD = '\\uFFFE\\uFFFF\\uFDD0\\U0001FFFE\\uD800\\u0001\\u001F\\u007F';

function withBadNames(): string {
  const unit = (id: string, name: string) => readFileSync(join(SOUND, `units/${id}/unit.yaml`), 'utf8').replace(/^name: .*$/m, `name: "${name}"`);
  const campaign = readFileSync(join(SOUND, 'campaign.yaml'), 'utf8') + `office: "办公${BAD}室"\n`;
  return campaignWith({
    'campaign.yaml': campaign,
    'units/fgw/unit.yaml': unit('fgw', `发改${BAD}委`),
    'units/zzb/unit.yaml': unit('zzb', `组织${BAD}部`),
  });
}

function output(args: string[]): Uint8Array {
  const file = join(tempDir(), `out.${args.includes('docx') ? 'docx' : 'xlsx'}`);
  const result = cli([...args, '--output', file]);
  expect([result.code, result.stderr.includes('已写入') || result.stderr.includes('Written')]).toEqual([0, true]);
  return readFileSync(file);
}

describe('names XML cannot carry', () => {
  const dir = withBadNames();
  it('check passes them, and the quarterly bulletin as docx is well-formed XML that names both units', async () => {
    expect(cli(['check', dir, '--as-of', SOUND_AS_OF]).code).toBe(0);
    const parts = await xmlParts(output(['report', 'quarterly', dir, '--quarter', '2022-Q4', '--format', 'docx', '--number', `号${'\uFFFE'}`]));
    const document = parts.get('word/document.xml')!;
    expect(document).toContain('发改委');
    expect(document).toContain('组织部');
    expect(document).toContain('办公室');
    expect(parts.get('docProps/core.xml')).toContain('办公室');
  });
  it('the monthly ledger and the status ledger as xlsx are well-formed XML that names both units', async () => {
    for (const args of [
      ['report', 'monthly', dir, '--month', '2022-05', '--format', 'xlsx'],
      ['status', dir, '--as-of', SOUND_AS_OF, '--format', 'xlsx', '--lang', 'en'],
    ]) {
      const parts = await xmlParts(output(args));
      const strings = [...parts.values()].join('\n');
      expect(strings).toContain('发改委');
      expect(strings).toContain('组织部');
    }
  });
});

describe('the one way into the XML', () => {
  it('docx and xlsx take data text through xmlText only, never safeText alone', () => {
    for (const file of ['docx.ts', 'xlsx.ts']) {
      const source = readFileSync(join(ROOT, 'src', 'render', file), 'utf8');
      expect(source, file).toContain('xmlText(');
      expect(source, file).not.toMatch(/\bsafeText\b/);
    }
  });
});

describe("Excel's limits", () => {
  it('a sheet name cut to 31 characters never splits an emoji into a lone surrogate', async () => {
    const name = `ab${'🙂'.repeat(20)}`;
    const table = { name, columns: [{ label: 'x' }], rows: [['y']] };
    const view: View = { title: 't', meta: [], sections: [{ heading: 'h', table }, { heading: 'h2', table }] };
    const workbook = (await xmlParts(await renderXlsx(view, 'zh'))).get('xl/workbook.xml')!;
    const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]!);
    expect(sheets).toEqual([`ab${'🙂'.repeat(14)}`, `ab${'🙂'.repeat(13)} 2`, '说明']);
  });
  it('a cell is cut to 32,767 characters, marked in the language of the report', () => {
    const cut = fitExcel('长'.repeat(40_000), 'zh');
    expect(cut.length).toBe(32_767);
    expect(cut.endsWith('…（已截断）')).toBe(true);
    expect(fitExcel('🙂'.repeat(20_000), 'en').endsWith('… (truncated)')).toBe(true);
    expect(fitExcel('🙂'.repeat(20_000), 'en').length).toBeLessThanOrEqual(32_767);
    expect(fitExcel('短', 'zh')).toBe('短');
  });
  it('a page header stays within 255 characters with its & doubled', () => {
    expect(excelHeader('A & B', 'zh')).toBe('&CA && B');
    const long = excelHeader('&'.repeat(300), 'en');
    expect(long.length).toBeLessThanOrEqual(255);
    expect(long.endsWith('… (truncated)')).toBe(true);
    expect(long.slice(2, -'… (truncated)'.length)).toMatch(/^(&&)+$/);
  });
  it('a 40,000-character unit name: the xlsx keeps every cell and header within the limits', async () => {
    const unit = readFileSync(join(SOUND, 'units/fgw/unit.yaml'), 'utf8').replace(/^name: .*$/m, `name: "${'长'.repeat(40_000)}"`);
    const campaign = readFileSync(join(SOUND, 'campaign.yaml'), 'utf8').replace(/^title: .*$/m, `title: "${'题'.repeat(300)}"`);
    const dir = campaignWith({ 'units/fgw/unit.yaml': unit, 'campaign.yaml': campaign });
    const parts = await xmlParts(output(['status', dir, '--as-of', SOUND_AS_OF, '--format', 'xlsx']));
    const decode = (xml: string) => xml.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[e]!);
    const all = decode([...parts.values()].join('\n'));
    const texts = [...all.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]!);
    expect(Math.max(...texts.map((s) => s.length))).toBeLessThanOrEqual(32_767);
    expect(texts.filter((s) => s.startsWith('长长长')).every((s) => s.length === 32_767 && s.endsWith('…（已截断）'))).toBe(true);
    expect(texts.some((s) => s.startsWith('长长长'))).toBe(true);
    const headers = [...all.matchAll(/<oddHeader>([^<]*)<\/oddHeader>/g)].map((m) => m[1]!);
    expect(headers.length).toBeGreaterThan(0);
    for (const h of headers) expect(h.length).toBeLessThanOrEqual(255);
  });
});
