// Forgiving options: case and spaces do not matter in periods, formats and names; status takes --unit;
// a period outside the campaign's reporting window is reported with a one-line note, not in silence.
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './helpers.js';

const ORDOS = join(ROOT, 'examples', 'ordos');

describe('case-insensitive values', () => {
  it('--quarter 2022-q3 and --format HTML mean 2022-Q3 and html', () => {
    const loose = cli(['report', 'quarterly', ORDOS, '--quarter', '2022-q3', '--format', 'HTML']);
    const exact = cli(['report', 'quarterly', ORDOS, '--quarter', '2022-Q3', '--format', 'html']);
    expect(loose.code).toBe(0);
    expect(loose.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(loose.stdout).toBe(exact.stdout);
  });
  it('formats, languages, rule ids and kinds in any case', () => {
    const json = cli(['check', join(ORDOS, 'units', 'nmj'), '--format', 'JSON', '--lang', 'EN']);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout).findings[0].message).toMatch(/^The approver must be/);
    expect(cli(['explain', 'Approval-Signer']).stdout).toMatch(/^approval-signer（错误/);
    expect(JSON.parse(cli(['schema', 'PLAN', '--json']).stdout).title).toBeDefined();
    expect(cli(['score', ORDOS, '--format', 'Md']).code).toBe(0);
  });
  it('ebz new takes kinds, domains and statuses in any case, and refuses a wrong one', () => {
    const dir = tempDir();
    cpSync(ORDOS, dir, { recursive: true });
    const unit = cli(['new', 'unit', dir, '--yes', '--id', 'tzb', '--name', '中共鄂尔多斯市委统战部', '--kind', 'Party-Department', '--domain', 'TALENT', '--principal', '陈国华,部长']);
    expect(unit.code, unit.stderr).toBe(0);
    // The example has a roster: the kind and domain go to the new member's line in campaign.yaml.
    const written = readFileSync(join(dir, 'campaign.yaml'), 'utf8');
    expect(written).toMatch(/- \{ id: tzb, name: 中共鄂尔多斯市委统战部, kind: party-department, domain: talent \}/);
    const wrong = cli(['new', 'unit', dir, '--yes', '--id', 'xcb', '--name', '宣传部', '--kind', 'Party', '--domain', 'talent', '--principal', '李四,部长']);
    expect(wrong.code).toBe(2);
  });
  it('still refuses what is wrong in any case', () => {
    const bad = cli(['report', 'quarterly', ORDOS, '--quarter', '2022-q5']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')).toHaveLength(2);
    expect(cli(['check', ORDOS, '--format', 'XML']).code).toBe(2);
  });
});

describe('status --unit', () => {
  it('lists only those units', () => {
    const result = cli(['status', ORDOS, '--unit', 'wlj', 'fgw', '--as-of', '2022-08-06', '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).units.map((u: { unit: string }) => u.unit).sort()).toEqual(['fgw', 'wlj']);
    const text = cli(['status', ORDOS, '--unit', 'wlj', '--as-of', '2022-08-06']).stdout;
    // by the roster's short names
    expect(text).toContain('市文旅局');
    expect(text).not.toContain('市发展改革委');
  });
  it('names the nearest unit for a typo', () => {
    const result = cli(['status', ORDOS, '--unit', 'wjl']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('wlj');
  });
});

describe('a period outside the reporting window', () => {
  it('a month before progress reports start, or between quarterly reports: one line on stderr, the report as usual', () => {
    const result = cli(['report', 'monthly', ORDOS, '--month', '2022-02']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('注意：2022-02 早于月度进展的第一个月 2022-03，没有应报的月度进展；报告照常生成。\n');
    expect(result.stdout).toContain('2022年2月月度督查报告');
    expect(cli(['report', 'monthly', ORDOS, '--month', '2023-01', '--lang', 'en']).stderr).toBe(
      "Note: the progress schedule has no report for 2023-01 (outside the reporting stretches, or reports are quarterly and named by the quarter's last month); the report is produced all the same.\n",
    );
  });
  it('says nothing for a month inside it', () => {
    expect(cli(['report', 'monthly', ORDOS, '--month', '2022-07']).stderr).toBe('');
  });
  it('a quarter before the campaign, a year before the first annual review', () => {
    expect(cli(['report', 'quarterly', ORDOS, '--quarter', '2021-Q2']).stderr).toBe('注意：2021-Q2 在对标创建工作开始（2021-12-21）之前，没有可统计的内容；报告照常生成。\n');
    expect(cli(['report', 'annual', ORDOS, '--year', '2021']).stderr).toBe('注意：年度总结从 2022 年度开始，2021 年度没有应报的年度总结；报告照常生成。\n');
    expect(cli(['report', 'quarterly', ORDOS, '--quarter', '2022-Q1']).stderr).toBe('');
  });
});
