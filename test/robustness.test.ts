import { cpSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaignWith, cli, findings, SOUND, SOUND_AS_OF, tempDir } from './helpers.js';

const located = (list: ReturnType<typeof findings>) => list.map((f) => `${f.rule} ${f.file}:${f.line ?? '-'}`);

describe('every input fault is a located finding', () => {
  it('old Mac line ends (lone CR) keep their line numbers', () => {
    const unit = 'id: fgw\rname: 测试局\rkind: government-department\rdomain: project-construction\rleader_in_charge: { name: 张三, title: 副市长 }\rprincipal: { name: 李四, title: 主任 }\rbogus: 1\r';
    expect(located(findings(campaignWith({ 'units/fgw/unit.yaml': unit })))).toEqual(['schema units/fgw/unit.yaml:7']);
  });
  it('a file of comments only is empty', () => {
    const list = findings(campaignWith({ 'units/fgw/research.yaml': '# 调研材料\n# 待补充\n' }));
    expect(list.map((f) => [f.rule, f.file, f.line, f.message])).toEqual([['schema', 'units/fgw/research.yaml', 1, '文件为空（或只有注释），没有任何内容。']]);
  });
  it('a full-width space after a colon is named as such', () => {
    const list = findings(campaignWith({ 'units/fgw/research.yaml': 'unit:\u3000fgw\n' }));
    expect(list.map((f) => f.message)).toEqual(['第 1 行有全角空格，YAML 只能用半角空格缩进和分隔。']);
  });
  it('nesting 100,000 levels deep is refused, not a crash', () => {
    const text = `unit: fgw\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`;
    const list = findings(campaignWith({ 'units/fgw/research.yaml': text }));
    expect(list.map((f) => [f.rule, f.file, f.line, f.message])).toEqual([['yaml-syntax', 'units/fgw/research.yaml', 2, '文件中的括号或缩进嵌套层次过深，已拒绝读取。']]);
  });
  it('an alias bomb is refused', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill('*' + 'abcdefghij'[i]).join(', ')}]`)].join('\n');
    const list = findings(campaignWith({ 'units/fgw/research.yaml': bomb }));
    expect(list.map((f) => [f.rule, f.message])).toEqual([['yaml-syntax', '文件中别名（*引用）展开过多，已拒绝读取。']]);
  });
  it('a file over the size limit of campaign.yaml is refused without being read', () => {
    const campaign = `${readSound('campaign.yaml')}limits: { max_file_bytes: 2048 }\n`;
    const dir = campaignWith({ 'campaign.yaml': campaign, 'units/fgw/research.yaml': `unit: fgw\n# ${'x'.repeat(4000)}\n` });
    const list = findings(dir);
    expect(list.map((f) => [f.rule, f.file, f.line, f.message])).toEqual([
      ['yaml-syntax', 'units/fgw/research.yaml', null, '文件大小 4013 字节，超过上限 2048 字节，未读取。'],
    ]);
  });
});

function readSound(rel: string): string {
  return readFileSync(join(SOUND, rel), 'utf8');
}

describe('reading commands write nothing', () => {
  it('status, score and every report leave the campaign as it was', () => {
    const dir = tempDir();
    cpSync(SOUND, dir, { recursive: true });
    const snapshot = () => JSON.stringify((readdirSync(dir, { recursive: true }) as string[]).sort().map((f) => [f, statSync(join(dir, f)).mtimeMs, statSync(join(dir, f)).size]));
    const before = snapshot();
    for (const args of [
      ['check', dir],
      ['status', dir],
      ['score', dir, '--year', '2022', '--explain'],
      ['report', 'monthly', dir, '--month', '2022-05', '--format', 'html'],
      ['report', 'quarterly', dir, '--quarter', '2022-Q2', '--format', 'csv'],
      ['report', 'annual', dir, '--year', '2022', '--format', 'json'],
    ]) {
      expect(cli(args).stderr).toBe('');
    }
    expect(snapshot()).toBe(before);
  });
});

describe('hostile text stays text', () => {
  it('escape sequences and control characters from the data never reach the terminal', () => {
    const plan = readSound('units/fgw/plan.yaml').replace('approval: { by: 张三', 'approval: { by: "\\e[2J\\e[31m李四\\u0007"');
    const result = cli(['check', campaignWith({ 'units/fgw/plan.yaml': plan }), '--as-of', SOUND_AS_OF]);
    expect(result.stdout).toContain('此处为李四。');
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});

describe('time is right everywhere', () => {
  it('a date that does not exist is an error', () => {
    const plan = readSound('units/fgw/plan.yaml').replace('due: 2022-04-30', 'due: 2022-02-30');
    const list = findings(campaignWith({ 'units/fgw/plan.yaml': plan }));
    expect(list.map((f) => [f.rule, f.line, f.message])).toEqual([['schema', 13, '措施 m1 的完成时限“2022-02-30”不是真实存在的日期。']]);
  });
  it('today is the campaign timezone\'s, whatever the machine\'s TZ', async () => {
    const { todayIn } = await import('../src/calendar/dates.js');
    expect(todayIn('Asia/Shanghai', new Date('2022-06-04T23:30:00Z'))).toBe('2022-06-05');
    expect(todayIn('Asia/Shanghai', new Date('2022-06-04T15:59:59Z'))).toBe('2022-06-04');
    expect(todayIn('Europe/London', new Date('2022-06-04T23:30:00Z'))).toBe('2022-06-05');
    expect(todayIn('America/Los_Angeles', new Date('2022-06-04T23:30:00Z'))).toBe('2022-06-04');
  });
});
