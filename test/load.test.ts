import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/load/decode.js';
import { parseYaml } from '../src/load/yaml.js';
import { findCampaignRoot } from '../src/load/root.js';
import { loadWorkspace, canonicalName } from '../src/load/workspace.js';
import { runCheck } from '../src/rules/check.js';
import { campaignWith, findings, located, ROOT as ROOT_DIR, SOUND, SOUND_AS_OF, tempDir } from './helpers.js';

const PLAN = 'units/fgw/plan.yaml';

describe('decoding', () => {
  const text = 'unit: fgw\nname: 发展和改革委员会\n';
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Buffer.from('\ufeff' + text))).toEqual({ text, encoding: 'utf-8' });
  });
  it('reads UTF-16 with a BOM, little- and big-endian', () => {
    expect(decodeText(Buffer.from('\ufeff' + text, 'utf16le'))).toEqual({ text, encoding: 'utf-16le' });
    const be = Buffer.from('\ufeff' + text, 'utf16le').swap16();
    expect(decodeText(be)).toEqual({ text, encoding: 'utf-16be' });
  });
  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    // 中文 in GBK
    expect(decodeText(Uint8Array.from([0x61, 0x3a, 0x20, 0xd6, 0xd0, 0xce, 0xc4, 0x0a]))).toEqual({ text: 'a: 中文\n', encoding: 'gb18030' });
  });
  it('refuses bytes that are not text (a .docx is a zip)', () => {
    expect(decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toBeNull();
  });
});

describe('YAML with positions', () => {
  it('locates values, keys and, for a missing key, the parent map', () => {
    const parsed = parseYaml('a: 1\nb:\n  c: x\n  d: [1, 2]\n');
    expect(parsed.locate(['b', 'c'])).toEqual({ line: 3, column: 6 });
    expect(parsed.locate(['b', 'c'], 'key')).toEqual({ line: 3, column: 3 });
    expect(parsed.locate(['b', 'd', 1])).toEqual({ line: 4, column: 10 });
    expect(parsed.locate(['b', 'missing'])).toEqual({ line: 3, column: 3 });
  });
  it('keeps dates as strings (YAML 1.2 core schema)', () => {
    expect(parseYaml('submitted: 2022-01-03\n').data).toEqual({ submitted: '2022-01-03' });
  });
  it('keeps line numbers right with CRLF line endings', () => {
    const parsed = parseYaml('a: 1\r\nb:\r\n  c: x\r\n');
    expect(parsed.locate(['b', 'c'])).toEqual({ line: 3, column: 6 });
  });
  it('reports a duplicate key at the repeated key', () => {
    const parsed = parseYaml('a: 1\nb: 2\na: 3\n');
    expect(parsed.problems.map((p) => [p.kind, p.position.line])).toEqual([['duplicate-key', 3]]);
  });
  it('caps alias expansion', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill('*' + 'abcdefghij'[i]).join(', ')}]`)].join('\n');
    const parsed = parseYaml(bomb);
    expect(parsed.data).toBeUndefined();
    expect(parsed.problems.map((p) => p.kind)).toContain('alias-limit');
  });
});

describe('CRLF files through the whole check', () => {
  it('gives the same line for a finding as with LF', () => {
    const lf = 'unit: fgw\nperiod: 2022-05\nsubmitted: 2022-06-02\nmeasures:\n  - { id: m2, status: done, percent: 80 }\n';
    const dirLf = campaignWith({ 'units/fgw/progress/2022-05.yaml': lf });
    const dirCrlf = campaignWith({ 'units/fgw/progress/2022-05.yaml': lf.replace(/\n/g, '\r\n') });
    const expected = ['units/fgw/progress/2022-05.yaml:5'];
    expect(located(findings(dirLf), 'status-percent-mismatch')).toEqual(expected);
    expect(located(findings(dirCrlf), 'status-percent-mismatch')).toEqual(expected);
  });
});

describe('finding the campaign root', () => {
  it('walks up from a unit folder or a file to campaign.yaml', () => {
    expect(findCampaignRoot(join(SOUND, 'units', 'fgw'))).toMatchObject({ dir: SOUND, layout: 'campaign', scope: { kind: 'unit', unit: 'fgw' } });
    expect(findCampaignRoot(join(SOUND, PLAN))).toMatchObject({ dir: SOUND, scope: { kind: 'file', unit: 'fgw', file: PLAN } });
  });
  it('falls back to the folder holding units/ when there is no campaign.yaml', () => {
    const dir = tempDir();
    cpSync(join(SOUND, 'units'), join(dir, 'units'), { recursive: true });
    const root = findCampaignRoot(join(dir, 'units', 'zzb'));
    expect(root).toMatchObject({ dir, campaignFile: null, layout: 'campaign' });
  });
  it('treats a lone unit folder as its own root, with the embedded default campaign and one note', () => {
    const dir = tempDir();
    cpSync(join(SOUND, 'units', 'fgw'), join(dir, 'fgw'), { recursive: true });
    const run = runCheck(join(dir, 'fgw'), { lang: 'zh', asOf: SOUND_AS_OF });
    expect(run.notes).toEqual([{ id: 'defaultCampaign' }]);
    expect(run.result.campaign).toBe('ordos-2022');
    // The Ordos default owes monthly progress to 2022-12 (due 2023-01-05); the fixture stops at 2022-05.
    expect(located(run.result.findings, 'progress-missing')).toEqual(
      ['06', '07', '08', '09', '10', '11', '12'].map((m) => `progress/2022-${m}.yaml:-`),
    );
    expect(run.result.findings.every((f) => f.unit === 'fgw')).toBe(true);
  });
  it('checks a lone file mailed in: findings located in that file only, the rest of its unit still read', () => {
    const dir = tempDir();
    cpSync(join(SOUND, 'units', 'fgw'), join(dir, 'fgw'), { recursive: true });
    writeFileSync(join(dir, 'fgw', 'progress', '2022-05.yaml'), 'unit: fgw\nperiod: 2022-05\nsubmitted: 2022-06-02\nmeasures:\n  - { id: m9, status: in-progress, percent: 60 }\n');
    const run = runCheck(join(dir, 'fgw', 'progress', '2022-05.yaml'), { lang: 'zh', asOf: SOUND_AS_OF });
    // m9 is unknown to the plan (read from the same folder), and m2 was left out.
    expect(run.result.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual([
      'measure-unreported progress/2022-05.yaml:5',
      'unknown-measure progress/2022-05.yaml:5',
    ]);
    expect(run.result.summary.files).toBe(1);
  });
});

describe('unit folders', () => {
  it('reads every known file of each unit, sorted by period', () => {
    const workspace = loadWorkspace(SOUND);
    expect(workspace.units.map((u) => u.id)).toEqual(['fgw', 'zzb']);
    const fgw = workspace.units[0]!;
    expect([...fgw.progress.keys()]).toEqual(['2022-03', '2022-04', '2022-05']);
    expect([...fgw.annual.keys()]).toEqual([2022]);
    expect(workspace.reports).toEqual([]);
  });
  it('names the file a clerk meant', () => {
    expect(canonicalName('Plan.YAML')).toBe('plan.yaml');
    expect(canonicalName('plan (1).yaml')).toBe('plan.yaml');
    expect(canonicalName('benchmark - 副本.yml')).toBe('benchmark.yaml');
    expect(canonicalName('2022-3.yaml', 'progress')).toBe('2022-03.yaml');
    expect(canonicalName('2022年.yaml', 'annual')).toBe('2022.yaml');
    expect(canonicalName('方案.docx')).toBeNull();
  });
  it('does not follow a link that leads outside the campaign', () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.yaml'), 'password: x\n');
    const dir = campaignWith({});
    mkdirSync(join(dir, 'units', 'fgw', 'extra'), { recursive: true });
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'units', 'fgw', 'plan-link.yaml'));
    const list = findings(dir);
    const link = list.find((f) => f.file === 'units/fgw/plan-link.yaml');
    expect(link).toMatchObject({ rule: 'file-unknown', line: null });
    expect(link?.message).toContain('链接');
    expect(JSON.stringify(list)).not.toContain('password');
  });
  it('says so of a link that leads nowhere', () => {
    const dir = campaignWith({});
    symlinkSync(join(dir, 'no-such-file.yaml'), join(dir, 'units', 'fgw', 'notes.yaml'));
    const link = findings(dir).find((f) => f.file === 'units/fgw/notes.yaml');
    expect(link).toMatchObject({ rule: 'file-unknown', line: null, message: '“units/fgw/notes.yaml”是指向不存在的文件的链接，未读取。' });
  });
});

describe('what was clearly meant', () => {
  it('reads a date in another form as meant, so the other rules still check the file', () => {
    const plan = readFileSync(join(SOUND, PLAN), 'utf8')
      .replace('submitted: 2022-02-14', 'submitted: 2022/2/14')
      .replace('approval: { by: 张三', 'approval: { by: 李四');
    const list = findings(campaignWith({ [PLAN]: plan }));
    expect(list.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['schema units/fgw/plan.yaml:2', 'approval-signer units/fgw/plan.yaml:24']);
  });
  it('reads a misspelt key as the key it resembles', () => {
    const progress = 'unit: fgw\nperiod: 2022-05\nsubmited: 2022-06-02\nmeasures:\n  - { id: m2, status: done, percent: 90 }\n';
    const list = findings(campaignWith({ 'units/fgw/progress/2022-05.yaml': progress }));
    expect(list.map((f) => `${f.rule}:${f.line}`)).toEqual(['schema:3', 'status-percent-mismatch:5']);
  });
  it('does not guess beyond that: a wrong type leaves the file to its schema finding alone', () => {
    const progress = 'unit: fgw\nperiod: 2022-05\nsubmitted: 2022-06-02\nmeasures:\n  - { id: m2, status: done, percent: 90 }\nindicators: 5\n';
    const list = findings(campaignWith({ 'units/fgw/progress/2022-05.yaml': progress }));
    expect(list.map((f) => `${f.rule}:${f.line}`)).toEqual(['schema:6']);
  });
});

describe('campaign.yaml: the issuing office and the bulletin texts', () => {
  it('reads office, co_issuers and bulletin as written', () => {
    const campaign = loadWorkspace(join(ROOT_DIR, 'examples', 'ordos')).campaign;
    expect(campaign.office).toBe('鄂尔多斯市对标先进提升创建工作领导小组办公室');
    expect(campaign.co_issuers).toEqual(['中共鄂尔多斯市委督查室', '鄂尔多斯市人民政府督查室']);
    expect(campaign.bulletin.recipients).toBe('各成员单位');
    expect(campaign.bulletin.next_steps.monthly).toHaveLength(3);
    expect(campaign.bulletin.next_steps.annual[0]).toMatch(/^各成员单位要对照年度评估结果/);
    expect(campaign.bulletin.copy_to).toEqual(['市委办公室', '市人大常委会办公室', '市政府办公室', '市政协办公室']);
  });
  it('fills them in when absent: the campaign title + 领导小组办公室, no co-issuers, 各成员单位, no next steps', () => {
    const campaign = loadWorkspace(SOUND).campaign;
    expect(campaign.office).toBe(`${campaign.title}领导小组办公室`);
    expect(campaign.co_issuers).toEqual([]);
    expect(campaign.bulletin).toEqual({ recipients: '各成员单位', next_steps: { monthly: [], quarterly: [], annual: [] }, copy_to: [] });
  });
  it('refuses a bulletin key it does not know, located', () => {
    const dir = campaignWith({});
    const text = readFileSync(join(dir, 'campaign.yaml'), 'utf8') + 'bulletin:\n  recipient: 各成员单位\n';
    writeFileSync(join(dir, 'campaign.yaml'), text);
    const line = text.split('\n').indexOf('  recipient: 各成员单位') + 1;
    let thrown: unknown;
    try {
      runCheck(dir, { lang: 'zh', asOf: SOUND_AS_OF });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ messageId: 'campaignInvalid', data: { where: `campaign.yaml:${line}:3` } });
  });
});
