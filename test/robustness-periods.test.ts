// Hostile periods: years far outside the campaign, months compared as numbers, open-ended campaigns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addMonths, monthsFrom } from '../src/calendar/dates.js';
import { expectedDocuments } from '../src/calendar/schedule.js';
import { loadWorkspace } from '../src/load/workspace.js';
import { campaignWith, cli, SOUND } from './helpers.js';

describe('period arithmetic is numeric', () => {
  it('months count across year 9999 without turning to text order', () => {
    expect(addMonths('9999-12', 1)).toBe('10000-01');
    expect(monthsFrom('2099-11', '2100-02')).toEqual(['2099-11', '2099-12', '2100-01', '2100-02']);
    expect(monthsFrom('9999-12', '10000-01')).toEqual(['9999-12', '10000-01']);
  });
  it('an open-ended campaign stops generating periods at the as-of date', { timeout: 10_000 }, () => {
    const campaign = readFileSync(join(SOUND, 'campaign.yaml'), 'utf8').replace(/last: 2022-05/, 'last: null');
    const { campaign: resolved } = loadWorkspace(campaignWith({ 'campaign.yaml': campaign }));
    expect(resolved.progress[0]!.last).toBeNull();
    const documents = expectedDocuments(resolved, '2100-12-31');
    // 2022-03 … 2100-12: 10 months of 2022 and 78 whole years after it, and nothing later.
    const progress = documents.filter((d) => d.kind === 'progress');
    expect(progress).toHaveLength((2100 - 2022) * 12 + 10);
    expect(progress.at(-1)!.key).toBe('progress:2100-12');
  });
});

describe('supported years 2000–2100 for --as-of, --month, --quarter and --year', () => {
  const open = readFileSync(join(SOUND, 'campaign.yaml'), 'utf8').replace(/last: 2022-05/, 'last: null');
  const dir = campaignWith({ 'campaign.yaml': open });
  const cases: [string[], string][] = [
    [['check', dir, '--as-of', '9999-12-31'], 'ebz: --as-of 的值“9999-12-31”超出支持的年份范围（2000—2100 年）。\n'],
    [['report', 'monthly', dir, '--month', '9999-12'], 'ebz: --month 的值“9999-12”超出支持的年份范围（2000—2100 年）。\n'],
    [['report', 'annual', dir, '--year', '0000'], 'ebz: --year 的值“0000”超出支持的年份范围（2000—2100 年）。\n'],
    [['report', 'quarterly', dir, '--quarter', '0000-Q1'], 'ebz: --quarter 的值“0000-Q1”超出支持的年份范围（2000—2100 年）。\n'],
    [['status', dir, '--as-of', '1999-12-31'], 'ebz: --as-of 的值“1999-12-31”超出支持的年份范围（2000—2100 年）。\n'],
  ];
  for (const [args, stderr] of cases) {
    it(`${args.filter((a) => a !== dir).join(' ')} is one exit-2 line`, { timeout: 30_000 }, () => {
      const result = cli(args);
      expect([result.code, result.stderr, result.stdout]).toEqual([2, stderr, '']);
    });
  }
  it('the edges, 2000 and 2100, are accepted', { timeout: 60_000 }, () => {
    expect(cli(['status', dir, '--as-of', '2100-12-31', '--format', 'json']).code).toBe(0);
    expect(cli(['report', 'annual', dir, '--year', '2000', '--format', 'json']).code).toBe(0);
  });
});

describe('a monthly report made before its month', () => {
  it('shows every unit’s progress as pending (待报), not as nothing owed', () => {
    const json = JSON.parse(cli(['report', 'monthly', SOUND, '--month', '2022-05', '--as-of', '2022-04-20', '--format', 'json']).stdout);
    expect(json.summary.progress).toEqual({ onTime: 0, late: 0, missing: 0, pending: 2 });
    expect(json.units.map((u: { progress: { state: string } | null }) => u.progress?.state)).toEqual(['pending', 'pending']);
    const text = cli(['report', 'monthly', SOUND, '--month', '2022-05', '--as-of', '2022-04-20']).stdout;
    expect(text).toContain('未报 0 个，待报 2 个');
  });
  it('a month outside the progress months still owes nothing', () => {
    const json = JSON.parse(cli(['report', 'monthly', SOUND, '--month', '2022-08', '--as-of', '2022-04-20', '--format', 'json']).stdout);
    expect(json.summary.progress.pending).toBe(0);
  });
});
