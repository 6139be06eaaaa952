// Hostile input, second round: what ebz reads — numbers that are not numbers, files that are not
// files, links out of the campaign, and files under the size cap built to exhaust it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_ITEMS, MAX_KEYS } from '../src/load/limits.js';
import { analyzeSource } from '../src/load/source.js';
import { campaignWith, cli, findings, SOUND, SOUND_AS_OF, tempDir } from './helpers.js';

const read = (rel: string) => readFileSync(join(SOUND, rel), 'utf8');
const rows = (list: ReturnType<typeof findings>) => list.map((f) => [f.rule, f.file, f.line, f.message]);
const bytes = (text: string) => new TextEncoder().encode(text);

describe('numbers that are not numbers', () => {
  it('.nan as a progress value is a located schema error, and the unit is not ranked first on it', () => {
    const progress = read('units/fgw/progress/2022-05.yaml');
    expect(progress).toMatch(/value: [\d.]+/);
    const dir = campaignWith({ 'units/fgw/progress/2022-05.yaml': progress.replace(/value: [\d.]+/, 'value: .nan') });
    const list = findings(dir).filter((f) => f.rule === 'schema');
    expect(list).toHaveLength(1);
    expect(list[0]!.file).toBe('units/fgw/progress/2022-05.yaml');
    expect(list[0]!.line).toBe(progress.split('\n').findIndex((l) => /value: [\d.]+/.test(l)) + 1);
    expect(list[0]!.message).toMatch(/的值 \.nan 不是有限的数/);
    const score = JSON.parse(cli(['score', dir, '--as-of', SOUND_AS_OF, '--format', 'json']).stdout) as { units: { score: number | null }[] };
    for (const unit of score.units) expect(unit.score === null || Number.isFinite(unit.score)).toBe(true);
  });
  it('target .inf, -.inf and an adjustment of .nan points are errors too', () => {
    const benchmark = read('units/fgw/benchmark.yaml').replace(/target: [\d.]+/, 'target: .inf').replace(/baseline: [\d.]+/, 'baseline: -.Inf');
    const dir = campaignWith({
      'units/fgw/benchmark.yaml': benchmark,
      'adjustments.yaml': '- { unit: fgw, points: .NaN, date: 2022-09-01, reason: 经验做法获推广 }\n',
    });
    const list = findings(dir).filter((f) => f.rule === 'schema');
    expect(list.map((f) => [f.file, f.message.match(/的值 (\S+) 不是有限的数/)?.[1]])).toEqual([
      ['adjustments.yaml', '.nan'],
      ['units/fgw/benchmark.yaml', '-.inf'],
      ['units/fgw/benchmark.yaml', '.inf'],
    ]);
  });
  it('.inf in campaign.yaml stops every command with a located line', () => {
    const campaign = `${read('campaign.yaml')}scoring:\n  late_credit: .inf\n`;
    const result = cli(['score', campaignWith({ 'campaign.yaml': campaign }), '--as-of', SOUND_AS_OF]);
    expect(result.code).toBe(2);
    const line = campaign.split('\n').findIndex((l) => l.includes('late_credit')) + 1;
    expect(result.stderr).toMatch(new RegExp(`^ebz: campaign\\.yaml 有误.*campaign\\.yaml:${line}:\\d+.*\\.inf 不是有限的数`));
  });
});

describe('only regular files are read, and a read never waits', () => {
  const fifo = (path: string) => {
    rmSync(path, { force: true });
    execFileSync('mkfifo', [path], { timeout: 5000 });
  };
  it('a FIFO named plan.yaml or adjustments.yaml is a finding', { timeout: 20_000 }, () => {
    const dir = campaignWith({});
    fifo(join(dir, 'units/fgw/plan.yaml'));
    fifo(join(dir, 'adjustments.yaml'));
    const list = findings(dir).filter((f) => f.rule === 'yaml-syntax');
    expect(rows(list)).toEqual([
      ['yaml-syntax', 'adjustments.yaml', null, '“adjustments.yaml”不是普通文件（是命名管道），未读取。请放入真实的 YAML 文件。'],
      ['yaml-syntax', 'units/fgw/plan.yaml', null, '“units/fgw/plan.yaml”不是普通文件（是命名管道），未读取。请放入真实的 YAML 文件。'],
    ]);
  });
  it('a FIFO named campaign.yaml is one exit-2 line', { timeout: 20_000 }, () => {
    const dir = campaignWith({});
    fifo(join(dir, 'campaign.yaml'));
    const result = cli(['check', dir, '--as-of', SOUND_AS_OF]);
    expect([result.code, result.stderr]).toEqual([2, 'ebz: campaign.yaml 有误，无法据此检查：campaign.yaml：“campaign.yaml”不是普通文件（是命名管道），未读取。请放入真实的 YAML 文件。\n']);
  });
  it('a folder named campaign.yaml is named as a folder, not a permission problem', () => {
    const dir = campaignWith({});
    rmSync(join(dir, 'campaign.yaml'));
    mkdirSync(join(dir, 'campaign.yaml'));
    const result = cli(['check', dir, '--as-of', SOUND_AS_OF]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('“campaign.yaml”不是普通文件（是文件夹）');
  });
  it('a device under a file name is a finding', { timeout: 20_000 }, () => {
    const dir = campaignWith({});
    rmSync(join(dir, 'units/fgw/research.yaml'));
    symlinkSync('/dev/zero', join(dir, 'units/fgw/research.yaml'));
    // A link out of the campaign is refused before it is opened; a device inside would be refused by fstat.
    expect(rows(findings(dir).filter((f) => f.rule === 'file-unknown'))).toEqual([
      ['file-unknown', 'units/fgw/research.yaml', null, '“units/fgw/research.yaml”是指向对标创建工作文件夹以外的链接，未读取。'],
    ]);
  });
});

describe('the campaign root is a boundary', () => {
  it('units linked to / lists nothing outside', () => {
    const dir = campaignWith({});
    rmSync(join(dir, 'units'), { recursive: true });
    symlinkSync('/', join(dir, 'units'));
    const list = findings(dir);
    expect(list.some((f) => /etc|root|proc/.test(f.file))).toBe(false);
    expect(rows(list.filter((f) => f.rule === 'file-unknown'))).toEqual([
      ['file-unknown', 'units', null, '“units”是指向对标创建工作文件夹以外的链接，未读取。'],
    ]);
  });
  it('a campaign.yaml link is never followed, even to a file that would echo its content', () => {
    const dir = campaignWith({});
    const outside = join(tempDir(), 'secret.yaml');
    writeFileSync(outside, 'password: hunter2\n');
    rmSync(join(dir, 'campaign.yaml'));
    symlinkSync(outside, join(dir, 'campaign.yaml'));
    const result = cli(['check', dir, '--as-of', SOUND_AS_OF]);
    expect([result.code, result.stderr]).toEqual([2, 'ebz: campaign.yaml 有误，无法据此检查：campaign.yaml：“campaign.yaml”是链接，不跟随读取。请放入真实的文件。\n']);
  });
  it('a dangling campaign.yaml link is named, not skipped for the embedded default', () => {
    const dir = campaignWith({});
    rmSync(join(dir, 'campaign.yaml'));
    symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'campaign.yaml'));
    const result = cli(['check', dir, '--as-of', SOUND_AS_OF]);
    expect([result.code, result.stderr]).toEqual([2, 'ebz: campaign.yaml 有误，无法据此检查：campaign.yaml：“campaign.yaml”是链接，不跟随读取。请放入真实的文件。\n']);
  });
  it('a link that stays inside the root is followed', () => {
    const dir = campaignWith({});
    writeFileSync(join(dir, 'plan-copy.yaml'), read('units/fgw/plan.yaml'));
    rmSync(join(dir, 'units/fgw/plan.yaml'));
    symlinkSync(join(dir, 'plan-copy.yaml'), join(dir, 'units/fgw/plan.yaml'));
    expect(findings(dir)).toEqual([]);
  });
});

describe('limits inside the size cap, each at its edge and just past it', () => {
  const research = (extra: string) => `unit: fgw\nsubmitted: 2022-02-09\ncontact: { established: 2022-01-14, channel: 视频会商 }\ntrips:\n  - { date: 2022-01-25, destination: 陕西省榆林市, participants: 5, findings: 学习经验 }\n${extra}`;
  const list = (n: number) => `x: [${Array(n).fill('1').join(', ')}]\n`;
  const keys = (n: number) => Array.from({ length: n }, (_, i) => `k${i}: 1\n`).join('');
  const analyze = (text: string) => analyzeSource('units/fgw/research.yaml', 'fgw', 'research', bytes(text));
  // The parser and validator compiled and warmed once, so each timed test measures the limit alone; a
  // retry runs warm (the machine may be shared), and still has 2 s.
  beforeAll(() => {
    analyze(research(list(2000) + keys(2000)));
  });
  it(`a list of ${MAX_ITEMS} items is read`, { timeout: 2000, retry: 2 }, () => {
    expect(analyze(research(list(MAX_ITEMS))).reports.map((r) => [r.messageId, r.line])).toEqual([['unknownKey', 6]]);
  });
  it(`a list of ${MAX_ITEMS + 1} items is one located finding`, { timeout: 2000, retry: 2 }, () => {
    const past = analyze(research(list(MAX_ITEMS + 1)));
    expect(past.reports.map((r) => [r.rule, r.messageId, r.line, r.data.count])).toEqual([['schema', 'tooManyItems', 6, MAX_ITEMS + 1]]);
    expect(past.valid).toBe(false);
  });
  const campaign = (domains: number) =>
    read('campaign.yaml').replace(/^domains:\n(?:  .*\n)+/m, `domains:\n${Array.from({ length: domains }, (_, i) => `  d${i}: 领域${i}\n`).join('')}`);
  it(`a mapping of ${MAX_KEYS} keys is read`, { timeout: 2000, retry: 2 }, () => {
    expect(analyzeSource('campaign.yaml', null, 'campaign', bytes(campaign(MAX_KEYS))).reports).toEqual([]);
  });
  it(`a mapping of ${MAX_KEYS + 1} keys is one located finding`, { timeout: 2000, retry: 2 }, () => {
    const text = campaign(MAX_KEYS + 1);
    const past = analyzeSource('campaign.yaml', null, 'campaign', bytes(text));
    const line = text.split('\n').indexOf('domains:') + 2;
    expect(past.reports.map((r) => [r.messageId, r.line, r.data.count])).toEqual([['tooManyKeys', line, MAX_KEYS + 1]]);
  });
  it('5,000 unknown keys are each located, in linear time', { timeout: 2000, retry: 2 }, () => {
    const found = analyze(research(keys(5000)));
    expect(found.reports).toHaveLength(5000);
    expect(found.reports.at(-1)).toMatchObject({ rule: 'schema', messageId: 'unknownKey', line: 5005 });
  });
  it('alias expansion is capped by the size of the result, not only the count of aliases', { timeout: 2000, retry: 2 }, () => {
    // 25 aliases, far under the count limit of 100, of one 1,000,000-character text: 25 M characters.
    const text = (n: number) => `a: &a "${'x'.repeat(1_000_000)}"\nb: [${Array(n).fill('*a').join(', ')}]\n`;
    const past = analyze(text(25));
    expect(past.reports.map((r) => [r.rule, r.messageId])).toEqual([['yaml-syntax', 'aliasExpansion']]);
    expect(past.data).toBeUndefined();
    // 15 of them (15 M characters) are under the cap: read, and only the unknown keys are found.
    const under = analyze(text(15)).reports.map((r) => r.messageId);
    expect(under).not.toContain('aliasExpansion');
    expect(under).toContain('unknownKey');
  });
});

describe('smaller defects of input, each a clear message', () => {
  it('%YAML 1.1 does not turn a date into a mapping', () => {
    const dir = campaignWith({ 'units/fgw/research.yaml': `%YAML 1.1\n---\n${read('units/fgw/research.yaml')}` });
    expect(findings(dir)).toEqual([]);
  });
  it('a collection used as a key is a located finding, not a Node warning', () => {
    const result = cli(['check', campaignWith({ 'units/fgw/research.yaml': `${read('units/fgw/research.yaml')}? [a, b]\n: 1\n` }), '--as-of', SOUND_AS_OF, '--format', 'json']);
    expect(result.stderr).toBe('');
    const list = (JSON.parse(result.stdout) as { findings: { rule: string; line: number; message: string }[] }).findings;
    expect(list.map((f) => [f.rule, f.line, f.message])).toEqual([
      ['yaml-syntax', read('units/fgw/research.yaml').split('\n').length, '此处用列表或映射作为键，键只能是文字，请改写为“键: 值”。'],
    ]);
  });
});

describe('domains and the score engine', () => {
  it('domain_weights.constructor is an unknown domain: exit 2 with a located line', () => {
    const campaign = `${read('campaign.yaml')}scoring:\n  domain_weights:\n    constructor: { indicators: 40, execution: 20 }\n`;
    const result = cli(['check', campaignWith({ 'campaign.yaml': campaign }), '--as-of', SOUND_AS_OF]);
    const line = campaign.split('\n').indexOf('    constructor: { indicators: 40, execution: 20 }') + 1;
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^ebz: campaign\\.yaml 有误，无法据此检查：campaign\\.yaml:${line}:5：.*constructor`));
  });
  it('a score that is not finite is an internal error naming the unit, never a rank', async () => {
    const { loadWorkspace } = await import('../src/load/workspace.js');
    const { analyze } = await import('../src/reports/analysis.js');
    const workspace = loadWorkspace(SOUND);
    workspace.campaign.scoring.weights.execution = Number.NaN;
    expect(() => analyze(workspace, SOUND_AS_OF, false, 'zh')).toThrow(/^score of unit [a-z]+ is not a finite number \(NaN\)$/);
  });
});
