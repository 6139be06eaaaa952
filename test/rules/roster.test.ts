// The office's roster (campaign.yaml members, 三(一)1): members without a folder are chased, folders off the
// roster are refused, and unit.yaml cannot overrule the roster. Fixtures lay a roster over the sound campaign.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/rules/check.js';
import { cli, campaignWith, findings, fixture, located, SOUND, SOUND_AS_OF } from '../helpers.js';

const json = (args: string[]) => {
  const result = cli([...args, '--as-of', SOUND_AS_OF, '--format', 'json']);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout);
};

describe('a member on the roster without a folder', () => {
  // roster-member-without-folder: the roster lists fgw, zzb and wlj; units/wlj does not exist.
  it('check chases every document it owes, each at the path it should have, and counts it as a unit', () => {
    const { result } = runCheck(fixture('roster-member-without-folder'), { lang: 'zh', asOf: SOUND_AS_OF });
    const wlj = result.findings.filter((f) => f.unit === 'wlj');
    expect(wlj.map((f) => `${f.rule} ${f.file}:${f.line ?? '-'}`)).toEqual([
      'annual-missing units/wlj/annual/2022.yaml:-',
      'benchmark-missing units/wlj/benchmark.yaml:-',
      'plan-missing units/wlj/plan.yaml:-',
      'progress-missing units/wlj/progress/2022-03.yaml:-',
      'progress-missing units/wlj/progress/2022-04.yaml:-',
      'progress-missing units/wlj/progress/2022-05.yaml:-',
      'research-missing units/wlj/research.yaml:-',
    ]);
    // Not "a folder without unit.yaml": the roster says who it is; its missing documents are what to chase.
    expect(located(result.findings, 'unit-profile-missing')).toEqual([]);
    expect(result.summary.units).toBe(3);
  });
  it('status lists it with every document missing, by its short name', () => {
    const dir = fixture('roster-member-without-folder');
    const status = json(['status', dir]);
    const wlj = status.units.find((u: { unit: string }) => u.unit === 'wlj');
    expect(wlj.name).toBe('测试市文化和旅游局');
    expect(wlj.short).toBe('市文旅局');
    expect(Object.values(wlj.cells).map((c) => (c as { state: string }).state)).toEqual(['missing', 'missing', 'missing', 'missing', 'missing', 'missing', 'missing', 'pending']);
    const text = cli(['status', dir, '--as-of', SOUND_AS_OF]).stdout;
    expect(text).toMatch(/市文旅局\s+✗\s+✗\s+✗/);
    expect(text).toContain('市发展改革委');
    expect(text).not.toContain('测试市发展和改革委员会');
  });
  it('the monthly report shows it red and puts its documents on the 催报名单', () => {
    const monthly = json(['report', 'monthly', fixture('roster-member-without-folder'), '--month', '2022-05']);
    expect(monthly.units.map((u: { unit: string; light: string }) => `${u.unit} ${u.light}`)).toEqual(['zzb green', 'fgw green', 'wlj red']);
    // Due 2022-06-06 (5 June 2022 is a Sunday, rolled over); 2023-03-01 − 2022-06-06 = 24 + 31·4 + 30·2 + 31 + 28 + 1 = 268 days.
    expect(monthly.missing.filter((m: { unit: string }) => m.unit === 'wlj').map((m: { document: string; daysOverdue: number }) => `${m.document} ${m.daysOverdue}`)).toContain('progress:2022-05 268');
  });
  it('scores 0 and ranks last, not absent', () => {
    const score = json(['score', fixture('roster-member-without-folder'), '--year', '2022']);
    const wlj = score.units.find((u: { unit: string }) => u.unit === 'wlj');
    // Nothing submitted: timeliness 0 of 7 documents, no measure started, no indicator moved, no exchange.
    expect(wlj.score).toBe(0);
    expect(wlj.rank).toBe(3);
    expect(score.units.map((u: { unit: string }) => u.unit)).toEqual(['zzb', 'fgw', 'wlj']);
  });
});

describe('unit-not-member', () => {
  it('refuses a folder the roster does not list, at the id of its unit.yaml, and says nothing else of it', () => {
    const dir = fixture('roster-folder-not-listed');
    const list = findings(dir);
    expect(located(list, 'unit-not-member')).toEqual(['units/xxj/unit.yaml:1']);
    expect(list.filter((f) => f.unit === 'xxj').map((f) => f.rule)).toEqual(['unit-not-member']);
    expect(list.find((f) => f.rule === 'unit-not-member')!.message).toBe(
      '“xxj”不在 campaign.yaml 的成员单位名单（members）中，其材料不予受理。新增成员单位由领导小组办公室列入名单；文件夹名写错的，请改为名单中的标识。',
    );
    // It is not counted among the units, nor its file among the files (the sound campaign's 2 and 18).
    expect(runCheck(dir, { lang: 'zh', asOf: SOUND_AS_OF }).result.summary).toMatchObject({ units: 2, files: 18 });
    // No report names it.
    expect(json(['status', dir]).units.map((u: { unit: string }) => u.unit)).toEqual(['zzb', 'fgw']);
  });
  it('points at the folder itself when it has no unit.yaml, and suggests the id meant', () => {
    const dir = fixture('roster-folder-not-listed');
    rmSync(join(dir, 'units', 'xxj'), { recursive: true });
    renameSync(join(dir, 'units', 'fgw'), join(dir, 'units', 'fgv'));
    rmSync(join(dir, 'units', 'fgv', 'unit.yaml'));
    const list = runCheck(dir, { lang: 'en', asOf: SOUND_AS_OF }).result.findings;
    expect(list.filter((f) => f.rule === 'unit-not-member').map((f) => `${f.unit} ${f.file}:${f.line ?? '-'} ${f.message}`)).toEqual([
      'fgv units/fgv:- "fgv" is not on the roster (campaign.yaml members), so its files are not accepted. The office adds a new member to the roster; a misnamed folder takes the id the roster gives. Did you mean "fgw"?',
    ]);
    // …and the member fgw, whose folder is misnamed, is chased.
    expect(located(list, 'benchmark-missing')).toEqual(['units/fgw/benchmark.yaml:-']);
  });
  it('refuses a file of that folder checked on its own, never a clean check', () => {
    const dir = fixture('roster-folder-not-listed');
    writeFileSync(join(dir, 'units', 'xxj', 'research.yaml'), readFileSync(join(dir, 'units', 'fgw', 'research.yaml'), 'utf8').replace('unit: fgw', 'unit: xxj'));
    const list = findings(join(dir, 'units', 'xxj', 'research.yaml'));
    expect(list.map((f) => `${f.rule} ${f.file}:${f.line ?? '-'}`)).toEqual(['unit-not-member units/xxj/research.yaml:-']);
  });
  it('stays silent without a roster', () => {
    expect(located(findings(SOUND), 'unit-not-member')).toEqual([]);
  });
});

describe('unit-roster-mismatch', () => {
  it('catches a bureau that calls itself a party department, and judges its plan by the roster', () => {
    const list = findings(fixture('roster-unit-claims-party-department'));
    expect(located(list, 'unit-roster-mismatch')).toEqual(['units/fgw/unit.yaml:3']);
    expect(list.find((f) => f.rule === 'unit-roster-mismatch')!.message).toBe(
      '单位类别写的是 party-department（市委部门），成员单位名单（campaign.yaml）为 government-department（市人民政府组成部门）。单位类别由领导小组办公室确定，审签人按名单核对：请删去此项或改为一致。',
    );
    // The plan signed by its own principal is judged against the roster's leader in charge.
    expect(located(list, 'approval-signer')).toEqual(['units/fgw/plan.yaml:24']);
    expect(list.find((f) => f.rule === 'approval-signer')!.message).toBe(
      '审签人应为分管市领导张三（campaign.yaml 成员单位名单），此处为李四。请由分管市领导审签后报送。',
    );
  });
  it('judges the signature by the roster even when the unit sent no unit.yaml', () => {
    const dir = fixture('roster-unit-claims-party-department');
    rmSync(join(dir, 'units', 'fgw', 'unit.yaml'));
    const list = findings(dir);
    expect(located(list, 'unit-profile-missing')).toEqual(['units/fgw/unit.yaml:-']);
    expect(located(list, 'approval-signer')).toEqual(['units/fgw/plan.yaml:24']);
  });
  it('fires for a name, a domain and a leader other than the roster\'s, each at its line', () => {
    const list = runCheck(fixture('roster-unit-contradicts'), { lang: 'en', asOf: SOUND_AS_OF }).result.findings;
    expect(located(list, 'unit-roster-mismatch')).toEqual(['units/fgw/unit.yaml:2', 'units/fgw/unit.yaml:4', 'units/fgw/unit.yaml:5']);
    expect(list.filter((f) => f.rule === 'unit-roster-mismatch')[2]!.message).toBe(
      'The leader in charge is given as 钱二; the roster (campaign.yaml) says 张三. The roster decides, and approvers are judged by it: leave it out or write the same.',
    );
  });
  it('lets unit.yaml give only id, name, principal and contact under a roster', () => {
    expect(findings(fixture('roster-unit-yaml-minimal'))).toEqual([]);
  });
  it('without a roster, unit.yaml must still give its kind, domain and leader in charge', () => {
    const dir = campaignWith({ 'units/fgw/unit.yaml': 'id: fgw\nname: 测试市发展和改革委员会\nkind: government-department\nprincipal: { name: 李四, title: 主任 }\n' });
    const list = findings(dir);
    expect(located(list, 'schema')).toEqual(['units/fgw/unit.yaml:1', 'units/fgw/unit.yaml:1']);
    expect(list.filter((f) => f.rule === 'schema').map((f) => f.message)).toEqual(['缺少必填项“重点领域”（domain）。', '缺少必填项“分管市领导”（leader_in_charge）。']);
  });
});

describe('unit-domain-unknown under a roster', () => {
  it('points at the roster entry whose domain the campaign does not have', () => {
    const dir = fixture('roster-unit-yaml-minimal');
    const text = `members:\n  - { id: fgw, name: 测试市发展和改革委员会, kind: government-department, domain: projects, leader_in_charge: { name: 张三, title: 副市长 } }\n  - { id: zzb, name: 中共测试市委组织部, kind: party-department, domain: talent }\n`;
    const campaign = join(dir, 'campaign.yaml');
    const original = readFileSync(campaign, 'utf8');
    writeFileSync(campaign, original.slice(0, original.indexOf('members:')) + text);
    const lines = (original.slice(0, original.indexOf('members:')).match(/\n/g) ?? []).length;
    expect(located(findings(dir), 'unit-domain-unknown')).toEqual([`campaign.yaml:${lines + 2}`]);
  });
});

describe('unit-history-order under a roster', () => {
  it('points at the overlapping term of the roster\'s leader history in campaign.yaml', () => {
    const dir = fixture('roster-unit-yaml-minimal');
    const campaign = join(dir, 'campaign.yaml');
    const original = readFileSync(campaign, 'utf8');
    const head = original.slice(0, original.indexOf('members:'));
    // 张三 until 2022-06-30 and 赵七 since 2022-06-01: a month when both would hold the post.
    writeFileSync(
      campaign,
      `${head}members:\n  - id: fgw\n    name: 测试市发展和改革委员会\n    kind: government-department\n    domain: project-construction\n    leader_in_charge:\n      - { name: 张三, title: 副市长, until: 2022-06-30 }\n      - { name: 赵七, title: 副市长, since: 2022-06-01 }\n  - { id: zzb, name: 中共测试市委组织部, kind: party-department, domain: talent }\n`,
    );
    const lines = (head.match(/\n/g) ?? []).length;
    const list = findings(dir);
    expect(located(list, 'unit-history-order')).toEqual([`campaign.yaml:${lines + 8}`]);
    // The plan signed by 张三 on 2022-02-13 is judged by the roster's terms: 张三 was in office then.
    expect(located(list, 'approval-signer')).toEqual([]);
  });
});
