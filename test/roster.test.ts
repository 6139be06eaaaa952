// The roster beyond the rules: what `ebz init` writes, how `ebz new unit` adds a member, and the example's
// reports naming units by their short names.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from './helpers.js';

const ORDOS = join(ROOT, 'examples', 'ordos');

function ordosCopy(): string {
  const dir = tempDir();
  cpSync(ORDOS, dir, { recursive: true });
  return dir;
}

describe('ebz init and the roster', () => {
  it('writes a members section, commented, that says how to fill it in; an empty roster checks nothing', () => {
    const dir = join(tempDir(), 'c');
    expect(cli(['init', dir]).code).toBe(0);
    const text = readFileSync(join(dir, 'campaign.yaml'), 'utf8');
    expect(text).toMatch(/^# 成员单位名单（三\(一\)1）.*\n(#.*\n)+members:\n/m);
    expect(text).toContain('members:\n  # - id: fgw\n  #   name: 鄂尔多斯市发展和改革委员会\n  #   short: 市发展改革委\n  #   kind: government-department\n');
    // With the section left as written there is no roster: a unit folder is read as before.
    expect(cli(['new', 'unit', join(dir), '--yes', '--id', 'fgw', '--name', '鄂尔多斯市发展和改革委员会', '--domain', 'project-construction', '--leader', '张三,副市长', '--principal', '李四,主任']).code).toBe(0);
    expect(readFileSync(join(dir, 'units', 'fgw', 'unit.yaml'), 'utf8')).toContain('kind: government-department');
    expect(readFileSync(join(dir, 'campaign.yaml'), 'utf8')).toBe(text);
  });
});

describe('ebz new unit under a roster', () => {
  it('adds the new member after the last one, leaves every other line as it was, and writes a short unit.yaml', () => {
    const dir = ordosCopy();
    const before = readFileSync(join(dir, 'campaign.yaml'), 'utf8');
    const result = cli(['new', 'unit', dir, '--yes', '--id', 'dsjj', '--name', '鄂尔多斯市大数据中心', '--kind', 'institution', '--domain', 'business-environment', '--leader', '张三,副市长', '--principal', '李四,主任']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('已将“鄂尔多斯市大数据中心”（dsjj）加入 campaign.yaml 的成员单位名单（members）');
    const after = readFileSync(join(dir, 'campaign.yaml'), 'utf8');
    expect(after).toBe(`${before}  - { id: dsjj, name: 鄂尔多斯市大数据中心, kind: institution, domain: business-environment, leader_in_charge: { name: 张三, title: 副市长 } }\n`);
    const unit = readFileSync(join(dir, 'units', 'dsjj', 'unit.yaml'), 'utf8');
    expect(unit).not.toMatch(/^(kind|domain|leader_in_charge):/m);
    expect(unit).toContain('principal: { name: 李四, title: 主任 }');
    // The new member is on the roster and owes its documents like every other member.
    const check = JSON.parse(cli(['check', dir, '--as-of', '2022-03-01', '--format', 'json']).stdout);
    expect(check.findings.filter((f: { unit: string }) => f.unit === 'dsjj').map((f: { rule: string }) => f.rule)).toEqual(['benchmark-missing', 'plan-missing', 'research-missing']);
  });
  it('for a member already on the roster writes unit.yaml with the roster\'s name and leaves campaign.yaml alone', () => {
    const dir = ordosCopy();
    const before = readFileSync(join(dir, 'campaign.yaml'), 'utf8');
    expect(cli(['new', 'unit', dir, '--yes', '--id', 'wlj', '--principal', '吴海军,局长', '--force']).code).toBe(0);
    expect(readFileSync(join(dir, 'campaign.yaml'), 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'units', 'wlj', 'unit.yaml'), 'utf8')).toContain('name: 鄂尔多斯市文化和旅游局');
  });
});

describe('examples/ordos under its roster', () => {
  it('names units by their short names in tables, and keeps the full names in JSON beside them', () => {
    const text = cli(['status', ORDOS, '--as-of', '2023-03-01']).stdout;
    for (const short of ['市委组织部', '市发展改革委', '市工信局', '市公安局', '市生态环境局', '市住建局', '市农牧局', '市文旅局', '市市场监管局']) expect(text).toContain(short);
    expect(text).not.toContain('鄂尔多斯市发展和改革委员会');
    const monthly = JSON.parse(cli(['report', 'monthly', ORDOS, '--month', '2022-07', '--as-of', '2023-03-01', '--format', 'json']).stdout);
    expect(monthly.units.map((u: { short: string }) => u.short)).toEqual(['市委组织部', '市发展改革委', '市工信局', '市公安局', '市生态环境局', '市住建局', '市农牧局', '市文旅局', '市市场监管局']);
    expect(monthly.missing.map((m: { unit: string; name: string; short: string }) => `${m.unit} ${m.name} ${m.short}`)).toEqual(['wlj 鄂尔多斯市文化和旅游局 市文旅局']);
    const md = cli(['report', 'monthly', ORDOS, '--month', '2022-07', '--as-of', '2023-03-01', '--format', 'md']).stdout;
    expect(md).toMatch(/\| 市文旅局 \|/);
  });
  it('--unit takes a member by its short name or its full name', () => {
    const status = JSON.parse(cli(['status', ORDOS, '--unit', '市文旅局', '--as-of', '2023-03-01', '--format', 'json']).stdout);
    expect(status.units.map((u: { unit: string }) => u.unit)).toEqual(['wlj']);
    const check = JSON.parse(cli(['check', ORDOS, '--unit', '鄂尔多斯市文化和旅游局', '--as-of', '2023-03-01', '--format', 'json']).stdout);
    expect(check.findings.map((f: { rule: string; file: string }) => `${f.rule} ${f.file}`)).toEqual(['progress-missing units/wlj/progress/2022-07.yaml']);
    expect(check.summary.units).toBe(1);
  });
  it('a member whose folder is deleted is still counted and chased', () => {
    const dir = ordosCopy();
    rmSync(join(dir, 'units', 'wlj'), { recursive: true });
    const check = JSON.parse(cli(['check', dir, '--as-of', '2022-03-01', '--format', 'json']).stdout);
    expect(check.summary.units).toBe(9);
    expect(check.findings.filter((f: { unit: string }) => f.unit === 'wlj').map((f: { rule: string; file: string }) => `${f.rule} ${f.file}`)).toEqual([
      'benchmark-missing units/wlj/benchmark.yaml',
      'plan-missing units/wlj/plan.yaml',
      'research-missing units/wlj/research.yaml',
    ]);
  });
});
