// A file named as PATH is checked in full (DESIGN §2 "State as of a date"), misnamed or sent alone, and
// says what it could not check; a folder that is no campaign stops before anything is checked.
import { cpSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, findings, located, SOUND, tempDir } from '../helpers.js';

/** A folder holding only one unit's files, as a unit sends them by mail (no campaign.yaml, no units/). */
function loneUnit(files: string[]): string {
  const dir = join(tempDir(), 'fgw');
  for (const rel of files) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    cpSync(join(SOUND, 'units', 'fgw', rel), join(dir, rel));
  }
  return dir;
}

describe('not-counted-as-of', () => {
  it('a plan named as PATH is checked in full though submitted after --as-of, and says it does not count then', () => {
    const dir = join(tempDir(), 'c');
    cpSync(SOUND, dir, { recursive: true });
    // The sound plan is submitted 2022-02-14 and signed 2022-02-13; sign it by the wrong person.
    const plan = join(dir, 'units', 'fgw', 'plan.yaml');
    writeFileSync(plan, readText(plan).replace('approval: { by: 张三,', 'approval: { by: 李四,'));
    const list = findings(plan, { asOf: '2022-02-10' });
    // submitted: is line 2; approval is line 24.
    expect(located(list, 'not-counted-as-of')).toEqual(['units/fgw/plan.yaml:2']);
    expect(located(list, 'approval-signer')).toEqual(['units/fgw/plan.yaml:24']);
    const note = list.find((f) => f.rule === 'not-counted-as-of')!;
    expect(note.severity).toBe('info');
    expect(note.message).toBe('本文件报送日期 2022-02-14 晚于检查日期 2022-02-10：已按指定的文件完整检查，但截至 2022-02-10 视为尚未报送，不计入报送情况和评分。');
    // The same file as part of its unit folder, as of that date: not there yet, so nothing is said about it.
    expect(findings(join(dir, 'units', 'fgw'), { asOf: '2022-02-10' }).filter((f) => f.file === 'units/fgw/plan.yaml')).toEqual([]);
    // Submitted by the as-of date: no note.
    expect(located(findings(plan, { asOf: '2022-02-14' }), 'not-counted-as-of')).toEqual([]);
  });
  it('the CLI never says "no problems" for it', () => {
    const result = cli(['check', join(SOUND, 'units', 'fgw', 'plan.yaml'), '--as-of', '2022-02-10', '--format', 'json']);
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.summary).toMatchObject({ files: 1, errors: 0, infos: 1 });
    expect(json.findings.map((f: { rule: string }) => f.rule)).toEqual(['not-counted-as-of']);
  });
});

describe('cross-check-skipped', () => {
  it('a plan alone names the signer and indicator checks it could not run, one finding per missing file', () => {
    const dir = loneUnit(['plan.yaml']);
    // As of its submission, before any measure is due.
    const list = findings(join(dir, 'plan.yaml'), { asOf: '2022-02-14' });
    expect(list.map((f) => [f.rule, f.severity, f.message])).toEqual([
      ['cross-check-skipped', 'info', '同一成员单位文件夹中没有可用的 unit.yaml，以下核对未能进行：approval-signer。请把本文件放在成员单位文件夹中，与 unit.yaml 一起检查。'],
      ['cross-check-skipped', 'info', '同一成员单位文件夹中没有可用的 benchmark.yaml，以下核对未能进行：unknown-indicator, indicator-uncovered。请把本文件放在成员单位文件夹中，与 benchmark.yaml 一起检查。'],
    ]);
    expect(list.every((f) => f.file === 'plan.yaml' && f.line === 1)).toBe(true);
  });
  it('beside unit.yaml only the indicator checks are missing; beside both, nothing is said', () => {
    expect(findings(join(loneUnit(['plan.yaml', 'unit.yaml']), 'plan.yaml'), { asOf: '2022-02-14' }).map((f) => f.message)).toEqual([
      expect.stringContaining('benchmark.yaml，以下核对未能进行：unknown-indicator, indicator-uncovered'),
    ]);
    expect(findings(join(loneUnit(['plan.yaml', 'unit.yaml', 'benchmark.yaml']), 'plan.yaml'), { asOf: '2022-02-14' })).toEqual([]);
  });
  it('a progress file alone names the measure checks, in English with --lang en', () => {
    const dir = loneUnit(['unit.yaml', 'benchmark.yaml', 'progress/2022-03.yaml']);
    const list = findings(join(dir, 'progress', '2022-03.yaml'), { lang: 'en' });
    expect(list.map((f) => f.message)).toEqual([
      'There is no usable plan.yaml in this unit folder, so these checks could not run: unknown-measure, measure-unreported, measure-overdue. Check the file in its unit folder, beside plan.yaml.',
    ]);
  });
  it('is not said when a whole unit folder is checked (unit-profile-missing says what is missing there)', () => {
    expect(located(findings(loneUnit(['plan.yaml'])), 'cross-check-skipped')).toEqual([]);
  });
});

describe('a misnamed file named as PATH', () => {
  it('is read and checked as what its name means, with the naming warning', () => {
    const dir = join(tempDir(), 'c');
    cpSync(SOUND, dir, { recursive: true });
    const plan = join(dir, 'units', 'fgw', 'plan.yml');
    renameSync(join(dir, 'units', 'fgw', 'plan.yaml'), plan);
    writeFileSync(plan, readText(plan).replace('approval: { by: 张三,', 'approval: { by: 李四,'));
    const result = cli(['check', plan, '--as-of', '2023-03-01', '--format', 'json']);
    const json = JSON.parse(result.stdout);
    expect(result.code).toBe(1);
    expect(json.summary.files).toBe(1);
    expect(json.findings.map((f: { rule: string; file: string; line: number | null }) => `${f.rule} ${f.file}:${f.line ?? '-'}`)).toEqual([
      'file-unknown units/fgw/plan.yml:-',
      'approval-signer units/fgw/plan.yml:24',
    ]);
    expect(json.findings[0].message).toBe('文件“units/fgw/plan.yml”应命名为“plan.yaml”，否则检查整个文件夹时不会读取它。这次按指定的文件读取并检查。');
    // The whole unit still does not read it, and says so.
    const unit = JSON.parse(cli(['check', join(dir, 'units', 'fgw'), '--as-of', '2023-03-01', '--format', 'json']).stdout);
    expect(unit.findings.map((f: { rule: string; file: string }) => `${f.rule} ${f.file}`)).toContain('file-unknown units/fgw/plan.yml');
    expect(unit.findings.map((f: { rule: string }) => f.rule)).toContain('plan-missing');
  });
  it('a month sent alone beside unit.yaml is read as that month', () => {
    const dir = loneUnit(['unit.yaml', 'benchmark.yaml', 'plan.yaml']);
    cpSync(join(SOUND, 'units', 'fgw', 'progress', '2022-03.yaml'), join(dir, '2022-03.yaml'));
    const list = findings(join(dir, '2022-03.yaml'));
    expect(list.map((f) => `${f.rule} ${f.file}`)).toEqual(['file-unknown 2022-03.yaml']);
    expect(list[0]!.message).toContain('应命名为“progress/2022-03.yaml”');
  });
});

describe('a folder that is no campaign', () => {
  it('stops with exit 2 and one line saying what ebz looks for', () => {
    const desktop = tempDir();
    writeFileSync(join(desktop, '会议纪要.docx'), 'x');
    writeFileSync(join(desktop, 'notes.txt'), 'x');
    mkdirSync(join(desktop, '照片'));
    for (const args of [['check', desktop], ['status', desktop], ['report', 'monthly', desktop, '--month', '2022-07']]) {
      const result = cli(args);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n')).toHaveLength(2);
      expect(result.stderr).toContain('不是对标创建工作文件夹：ebz 查找 campaign.yaml、units/ 文件夹，或成员单位的 unit.yaml');
    }
    expect(cli(['check', desktop, '--lang', 'en']).stderr).toMatch(/is not a campaign folder: ebz looks for campaign\.yaml, a units\/ folder/);
  });
  it('a unit folder with only a misnamed plan is still a unit folder', () => {
    const dir = join(tempDir(), 'fgw');
    mkdirSync(dir);
    cpSync(join(SOUND, 'units', 'fgw', 'plan.yaml'), join(dir, 'Plan.yml'));
    expect(cli(['check', dir]).code).not.toBe(2);
  });
});

function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
