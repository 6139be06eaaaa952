// Words a clerk types: the Chinese labels ebz shows (in files and on the command line), units by name,
// paths that are no unit (exit 2, never ✓), a lone file known by its content, and messages that say what to write.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { exampleOf } from '../src/cli/schema-examples.js';
import { validateData } from '../src/load/validate.js';
import { campaignWith, cli, findings, located, ROOT, SOUND, tempDir } from './helpers.js';

const PROGRESS = 'units/fgw/progress/2022-05.yaml';
const PLAN = 'units/fgw/plan.yaml';
const text = (rel: string) => readFileSync(join(SOUND, rel), 'utf8');

describe('Chinese labels in a file', () => {
  it('names the value to write for a status written in Chinese, at its line', () => {
    const dir = campaignWith({ [PROGRESS]: text(PROGRESS).replace('status: in-progress', 'status: 推进中') });
    const list = findings(dir);
    expect(located(list, 'schema')).toEqual([`${PROGRESS}:5`]);
    expect(list.find((f) => f.rule === 'schema')).toMatchObject({ severity: 'error', column: 23, message: '“推进中”应写作 in-progress。' });
    expect(findings(dir, { lang: 'en' }).find((f) => f.rule === 'schema')!.message).toBe('"推进中" should be written in-progress.');
  });

  it('names the role to write for 分管市领导', () => {
    const dir = campaignWith({ [PLAN]: text(PLAN).replace('role: leader-in-charge', 'role: 分管市领导') });
    const list = findings(dir);
    expect(located(list, 'schema')).toEqual([`${PLAN}:24`]);
    expect(list.find((f) => f.rule === 'schema')!.message).toBe('“分管市领导”应写作 leader-in-charge。');
  });

  it('lists the choices as id（中文） for a word it does not know', () => {
    const dir = campaignWith({ [PROGRESS]: text(PROGRESS).replace('status: in-progress', 'status: ongoing') });
    expect(findings(dir).find((f) => f.rule === 'schema')!.message).toBe(
      '“措施 m2 的进展状态”的值“ongoing”不在可选范围内，应为：not-started（未启动） | in-progress（推进中） | done（已完成） | blocked（受阻）。',
    );
  });

  it('names the domain id for a domain written by its name in unit.yaml', () => {
    const dir = campaignWith({ 'units/fgw/unit.yaml': text('units/fgw/unit.yaml').replace('domain: project-construction', 'domain: 项目建设') });
    const list = findings(dir);
    expect(located(list, 'unit-domain-unknown')).toEqual(['units/fgw/unit.yaml:4']);
    expect(located(list, 'schema')).toEqual([]);
    expect(list.find((f) => f.rule === 'unit-domain-unknown')!.message).toBe('“项目建设”应写作 project-construction。');
  });
});

describe('Chinese labels on the command line', () => {
  it('new unit takes --kind 市委部门 and --domain 人才引育 and writes their ids', () => {
    const dir = campaignWith({});
    const result = cli(['new', 'unit', dir, '--yes', '--id', 'tzb', '--name', '中共测试市委统战部', '--kind', '市委部门', '--domain', '人才引育', '--principal', '陈国华,部长']);
    expect(result.code).toBe(0);
    const written = parse(readFileSync(join(dir, 'units/tzb/unit.yaml'), 'utf8'));
    expect([written.kind, written.domain]).toEqual(['party-department', 'talent']);
  });

  it('refuses a word it does not know with exit 2 and the choices as id（中文）', () => {
    const result = cli(['new', 'unit', campaignWith({}), '--yes', '--id', 'tzb', '--name', '统战部', '--kind', '部门', '--domain', 'talent']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('party-department（市委部门）');
    expect(result.stderr).toContain('government-department（市人民政府组成部门）');
  });
});

describe('--unit by id, full name or short name', () => {
  const ordos = join(ROOT, 'examples', 'ordos');
  const unitsOf = (args: string[]) => {
    const result = cli(['check', ...args, '--format', 'json']);
    const json = JSON.parse(result.stdout);
    return { units: json.summary.units, of: [...new Set(json.findings.map((f: { unit: string }) => f.unit))] };
  };

  it('takes the roster short name without 市 (工信局 is 市工信局, gxj) and the full name', () => {
    expect(unitsOf([ordos, '--unit', '工信局'])).toEqual({ units: 1, of: ['gxj'] });
    expect(unitsOf([ordos, '--unit', '鄂尔多斯市工业和信息化局'])).toEqual({ units: 1, of: ['gxj'] });
  });

  it('takes the name in unit.yaml when the campaign has no roster', () => {
    expect(unitsOf([SOUND, '--unit', '测试市发展和改革委员会', '--as-of', '2023-03-01'])).toEqual({ units: 1, of: [] });
  });

  it('refuses a name it does not know with exit 2 and the units as id（name）', () => {
    const result = cli(['check', SOUND, '--unit', '财政局']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('fgw（测试市发展和改革委员会）、zzb（中共测试市委组织部）');
  });
});

describe('a path that is no unit or campaign: exit 2, never ✓', () => {
  it('a unit folder that does not exist lists the unit folders there', () => {
    const result = cli(['check', 'units/工信局'], { cwd: SOUND });
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^ebz: 没有成员单位文件夹“units\/工信局”。units\/ 下有：fgw、zzb。/);
  });

  it('a folder of the campaign that is no unit\'s', () => {
    const dir = campaignWith({});
    mkdirSync(join(dir, 'docs'));
    const result = cli(['check', join(dir, 'docs')]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('不是成员单位文件夹');
  });

  it('a lone file under a name ebz does not know is checked as the kind its content shows, and says so', () => {
    const dir = tempDir();
    cpSync(join(SOUND, PLAN), join(dir, '发改委对标方案.yaml'));
    const result = cli(['check', join(dir, '发改委对标方案.yaml'), '--as-of', '2023-03-01', '--format', 'json']);
    const json = JSON.parse(result.stdout);
    expect(json.summary.files).toBe(1);
    expect(json.findings.filter((f: { rule: string }) => f.rule === 'file-unknown')).toEqual([
      expect.objectContaining({
        file: '发改委对标方案.yaml',
        severity: 'warning',
        message: '文件名“发改委对标方案.yaml”不是 ebz 认识的名称；按内容判断为对标创建工作方案（plan.yaml），已按此检查。放入成员单位文件夹时请命名为 plan.yaml。',
      }),
    ]);
  });

  it('a lone file whose content is of no kind stops with exit 2 and the names ebz knows', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '会议纪要.yaml'), '会议: 第一次\n');
    const result = cli(['check', join(dir, '会议纪要.yaml')]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toContain('ebz 认识的文件：campaign.yaml、adjustments.yaml、unit.yaml、benchmark.yaml、research.yaml、plan.yaml');
  });
});

describe('messages that say what to write', () => {
  it('a missing approval gives the line to add, with the leader in charge and the day of the check', () => {
    const dir = campaignWith({ [PLAN]: text(PLAN).replace(/^approval:.*\n/m, '') });
    const list = findings(dir);
    expect(located(list, 'schema')).toEqual([`${PLAN}:1`]);
    expect(list.find((f) => f.rule === 'schema')!.message).toBe(
      '缺少必填项“审签”（approval）。请加入一行：approval: { by: 张三, role: leader-in-charge, date: 2023-03-01 }',
    );
  });

  it('a party department\'s missing approval is filled with its principal', () => {
    const rel = 'units/zzb/plan.yaml';
    const dir = campaignWith({ [rel]: text(rel).replace(/^approval:.*\n/m, '') });
    expect(findings(dir, { lang: 'en' }).find((f) => f.rule === 'schema')!.message).toBe(
      'Missing required field "approval" (审签). Add the line: approval: { by: 周八, role: principal, date: 2023-03-01 }',
    );
  });

  it('a field missing inside a list names the item by its id', () => {
    const dir = campaignWith({ [PLAN]: text(PLAN).replace('    due: 2022-10-31\n', '') });
    const list = findings(dir);
    expect(located(list, 'schema')).toEqual([`${PLAN}:16`]);
    expect(list.find((f) => f.rule === 'schema')!.message).toBe('缺少必填项“措施 m2 的完成时限”（due）。');
    expect(findings(dir, { lang: 'en' }).find((f) => f.rule === 'schema')!.message).toBe('Missing required field "due of measure m2" (完成时限).');
  });

  it('ebz schema KIND prints a filled example that is valid; --json prints the JSON Schema', () => {
    for (const kind of ['unit', 'benchmark', 'research', 'plan', 'progress', 'annual', 'adjustments', 'campaign'] as const) {
      expect(validateData(kind, parse(exampleOf(kind))), kind).toEqual([]);
    }
    const printed = cli(['schema', 'plan']);
    expect(printed).toMatchObject({ code: 0, stdout: exampleOf('plan') });
    expect(printed.stdout).toContain('approval: { by: 张三, role: leader-in-charge, date: 2022-02-13 }');
    expect(cli(['schema', 'plan', '--example']).stdout).toBe(cli(['schema', 'plan']).stdout);
    expect(JSON.parse(cli(['schema', 'plan', '--json']).stdout).$id).toBe('urn:ebz:schema:plan');
    expect(cli(['schema', 'plan', '--json', '--example'])).toMatchObject({ code: 2, stderr: 'ebz: --json 与 --example 只能指定一个。\n' });
  });
});
