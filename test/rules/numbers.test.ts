// number-noise: values pasted with a spreadsheet's binary noise, and reports that print values as the indicator is written.
import { describe, expect, it } from 'vitest';
import { asWritten, meantNumber } from '../../src/model/precision.js';
import { cli, findings, fixture, located, SOUND } from '../helpers.js';

describe('number-noise', () => {
  const dir = fixture('progress-value-with-spreadsheet-noise');

  it('fires at the value, names the number meant, as a warning under 三(一)2', () => {
    const list = findings(dir);
    expect(located(list, 'number-noise')).toEqual(['units/fgw/progress/2022-04.yaml:8']);
    const finding = list.find((f) => f.rule === 'number-noise')!;
    expect(finding).toMatchObject({ unit: 'fgw', severity: 'warning', clause: '三(一)2', column: 33 }); // the value's first digit
    expect(finding.message).toBe('数值 10.500000001 带有电子表格复制带来的尾数，应写作 10.5。');
    expect(findings(dir, { lang: 'en' }).find((f) => f.rule === 'number-noise')!.message).toBe(
      'The number 10.500000001 carries the trailing digits of a spreadsheet copy; write 10.5.',
    );
  });

  it('stays silent on the sound campaign, whose numbers are written as meant', () => {
    expect(located(findings(SOUND), 'number-noise')).toEqual([]);
  });

  it('tells noise from a number written with many decimals', () => {
    expect(meantNumber(10.500000001)).toBe(10.5);
    expect(meantNumber(0.1 + 0.2)).toBe(0.3); // 0.30000000000000004
    expect(meantNumber(98.6)).toBeUndefined();
    expect(meantNumber(3.14159265)).toBeUndefined(); // 8 decimals, every one meant
    expect(meantNumber(12)).toBeUndefined();
  });

  it('prints a value as written: noise left out, no digit the unit sent rounded away', () => {
    expect(asWritten(10.500000001)).toBe(10.5);
    // 90.5 beside a whole-number baseline and target stays 90.5: a report never rounds a figure a unit sent.
    expect(asWritten(90.5)).toBe(90.5);
    expect(asWritten(3.14159265)).toBe(3.14159265);
    expect(asWritten(92)).toBe(92);
  });

  it('is never printed in the quarterly bulletin: the value shows as meant', () => {
    // invest-growth is written 8.0 / 12.0 / 12.5; the value 10.500000001 prints 10.5.
    const text = cli(['report', 'quarterly', dir, '--quarter', '2022-Q2', '--as-of', '2022-07-01']);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain('10.500000001');
    const row = text.stdout.split('\n').find((line) => line.includes('固定资产投资增速'))!;
    expect(row.split(/\s+/).filter((cell) => /^\d/.test(cell))).toEqual(['8', '10.5', '12', '12.5']);
    const json = JSON.parse(cli(['report', 'quarterly', dir, '--quarter', '2022-Q2', '--as-of', '2022-07-01', '--format', 'json']).stdout);
    expect(json.indicators.find((i: { indicator: string }) => i.indicator === 'invest-growth').current).toBe(10.5);
  });
});
