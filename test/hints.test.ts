// Hints that name what the clerk's input method did: a full-width space, a % sign, full-width digits,
// a placeholder in brackets, a number out of range — in `ebz check` (the built CLI) and at the wizard's prompt.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateCheck, integerCheck, monthCheck, numberCheck, textCheck } from '../src/authoring/validate.js';
import { campaignWith, cli, SOUND } from './helpers.js';

const progress = (measures: string[], submitted = '2022-04-03') =>
  ['unit: fgw', 'period: 2022-03', `submitted: ${submitted}`, 'measures:', ...measures, ''].join('\n');

describe('ebz check names what the input method did', () => {
  it('a full-width space after a colon is a full-width space, not a missing colon', () => {
    const original = readFileSync(join(SOUND, 'units/fgw/benchmark.yaml'), 'utf8');
    const dir = campaignWith({ 'units/fgw/benchmark.yaml': original.replace(/^submitted: /m, 'submitted:\u3000') });
    const line = original.split('\n').findIndex((l) => l.startsWith('submitted:')) + 1;
    const result = cli(['check', join(dir, 'units/fgw/benchmark.yaml'), '--as-of', '2022-03-01']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${line}:1  错误  第 ${line} 行有全角空格，YAML 只能用半角空格缩进和分隔。  yaml-syntax`);
    expect(result.stdout).not.toContain('缺少冒号');
  });
  it('"85%", ５, a date in full-width digits and a percent over 100, each with the form to write', () => {
    const dir = campaignWith({
      'units/fgw/progress/2022-03.yaml': progress(
        ['  - { id: m1, status: in-progress, percent: "85%" }', '  - { id: m2, status: in-progress, percent: ５ }'],
        '２０２２-０４-０３',
      ),
      'units/fgw/progress/2022-04.yaml': progress(['  - { id: m1, status: in-progress, percent: 120 }', '  - { id: m2, status: not-started, percent: 0 }']).replace('2022-03', '2022-04').replace('2022-04-03', '2022-05-03'),
    });
    const zh = cli(['check', join(dir, 'units/fgw/progress'), '--as-of', '2022-06-01', '--format', 'json']);
    const found = (JSON.parse(zh.stdout) as { findings: { rule: string; file: string; line: number; message: string }[] }).findings
      .filter((f) => f.rule === 'schema')
      .map((f) => `${f.file}:${f.line} ${f.message}`);
    expect(found).toEqual([
      'units/fgw/progress/2022-03.yaml:3 报送日期“２０２２-０４-０３”用了全角数字，请改用半角数字，写作 2022-04-03。',
      'units/fgw/progress/2022-03.yaml:5 “措施 m1 的完成百分比”写作了“85%”：去掉 % 号，写作 85。',
      'units/fgw/progress/2022-03.yaml:6 “措施 m2 的完成百分比”的值“５”用了全角数字，请改用半角数字，写作 5。',
      'units/fgw/progress/2022-04.yaml:5 “措施 m1 的完成百分比”的值 120 超出范围，应在 0 到 100 之间。',
    ]);
    const en = cli(['check', join(dir, 'units/fgw/progress/2022-03.yaml'), '--as-of', '2022-06-01', '--lang', 'en']).stdout;
    expect(en).toContain('percent of measure m1 is written "85%": remove the % sign: write 85.');
    expect(en).toContain('submitted "２０２２-０４-０３" uses full-width digits; write 2022-04-03 in ASCII digits.');
  });
  it('a month in full-width digits names the digits', () => {
    const dir = campaignWith({ 'units/fgw/progress/2022-03.yaml': progress(['  - { id: m1, status: in-progress, percent: 40 }', '  - { id: m2, status: not-started, percent: 0 }']).replace('period: 2022-03', 'period: ２０２２-０３') });
    const result = cli(['check', join(dir, 'units/fgw/progress/2022-03.yaml'), '--as-of', '2022-06-01']);
    expect(result.stdout).toContain('2:9  错误  报告月份“２０２２-０３”用了全角数字，请改用半角数字，写作 2022-03。');
  });
  it('a quantity of 0 must be more than 0, in words', () => {
    const plan = readFileSync(join(SOUND, 'units/fgw/plan.yaml'), 'utf8').replace('quantity: { value: 50, unit: 个 }', 'quantity: { value: 0, unit: 个 }');
    const dir = campaignWith({ 'units/fgw/plan.yaml': plan });
    const line = plan.split('\n').findIndex((l) => l.includes('quantity:')) + 1;
    const result = cli(['check', join(dir, 'units/fgw/plan.yaml'), '--as-of', '2022-03-01']);
    expect(result.stdout).toContain(`${line}:24  错误  “措施 m1 的数量”的值 0 超出范围，应大于 0。`);
  });
  it('placeholders wrapped in punctuation and brackets are placeholders', () => {
    const plan = readFileSync(join(SOUND, 'units/fgw/plan.yaml'), 'utf8')
      .replace('deployment: 成立工作专班，主要负责同志亲自部署，每月调度。', 'deployment: 待定。')
      .replace('deliverable: 储备库及动态管理办法', 'deliverable: （待定）')
      .replace('deliverable: 并联审批实施办法', 'deliverable: 待补充。')
      .replace('responsible: { unit: 审批科, person: 钱七 }', 'responsible: { unit: 审批科, person: "[TBD]" }');
    const dir = campaignWith({ 'units/fgw/plan.yaml': plan });
    const result = JSON.parse(cli(['check', join(dir, 'units/fgw/plan.yaml'), '--as-of', '2022-03-01', '--format', 'json']).stdout) as {
      findings: { rule: string; line: number; message: string }[];
    };
    const lineOf = (text: string) => plan.split('\n').findIndex((l) => l.includes(text)) + 1;
    expect(result.findings.filter((f) => f.rule === 'placeholder-text').map((f) => [f.line, f.message.split('”')[0]])).toEqual([
      [lineOf('待定。'), '“待定。'],
      [lineOf('（待定）'), '“（待定）'],
      [lineOf('[TBD]'), '“[TBD]'],
      [lineOf('待补充。'), '“待补充。'],
    ]);
  });
});

describe('the wizard names the same things at the prompt', () => {
  it('placeholders in brackets and with punctuation are refused; real text that starts like one is not', () => {
    const check = textCheck('zh');
    for (const value of ['待定。', '（待定）', '待补充。', '[TBD]', '(暂无)', '“无”']) expect(check(value), value).toBe(`“${value}”是占位内容，请填写实际内容。`);
    for (const value of ['待定事项已于 3 月明确', '无人机巡检全覆盖', '完成。']) expect(check(value), value).toBe(true);
  });
  it('full-width digits in dates, months and numbers are named with the ASCII form', () => {
    expect(dateCheck('zh')('２０２２-０１-０３')).toBe('“２０２２-０１-０３”用了全角数字，请改用半角数字，写作 2022-01-03。');
    expect(dateCheck('en')('２０２２/１/３')).toBe('"２０２２/１/３" uses full-width digits; write 2022-01-03 in ASCII digits.');
    expect(monthCheck('zh')('２０２２-０５')).toBe('“２０２２-０５”用了全角数字，请改用半角数字，写作 2022-05。');
    expect(numberCheck('zh')('５')).toBe('“５”用了全角数字，请改用半角数字，写作 5。');
    expect(integerCheck('zh', 1)('１２')).toBe('“１２”用了全角数字，请改用半角数字，写作 12。');
  });
  it('a % sign is to be removed', () => {
    expect(numberCheck('zh', { min: 0, max: 100 })('85%')).toBe('去掉 % 号，写作 85。');
    expect(numberCheck('en', { min: 0, max: 100 })('85 ％')).toBe('Remove the % sign: write 85.');
  });
  it('out-of-range numbers in words', () => {
    expect(numberCheck('zh', { above: 0 })('0')).toBe('应大于 0。');
    expect(numberCheck('zh', { above: 0 })('0.5')).toBe(true);
    expect(numberCheck('zh', { min: 0, max: 100 })('120')).toBe('应在 0 到 100 之间。');
    expect(numberCheck('en', { min: 0, max: 100 })('-1')).toBe('Must be from 0 to 100.');
    expect(numberCheck('zh')('abc')).toBe('请输入数字。');
  });
});
