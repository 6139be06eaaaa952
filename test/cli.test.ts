import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { campaignWith, cli, fixture, ROOT, SOUND, SOUND_AS_OF, tempDir } from './helpers.js';

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Error:|node:internal/);

describe('exit codes through bin/ebz.js', () => {
  it('0 when nothing is at error level', () => {
    const run = cli(['check', SOUND, '--as-of', SOUND_AS_OF]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('✓ 未发现问题（2 个成员单位，18 个文件，截至 2023-03-01）。\n');
    expect(run.stderr).toBe('');
  });
  it('1 when check finds errors', () => {
    const run = cli(['check', fixture('plan-missing'), '--as-of', SOUND_AS_OF]);
    expect(run.code).toBe(1);
  });
  it('0 with warnings only, 1 with --strict', () => {
    const dir = fixture('benchmark-submitted-late');
    expect(cli(['check', dir, '--as-of', SOUND_AS_OF]).code).toBe(0);
    expect(cli(['check', dir, '--as-of', SOUND_AS_OF, '--strict']).code).toBe(1);
  });
  it('2 and one line on stderr for a path that does not exist', () => {
    const run = cli(['check', 'no/such/folder']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('ebz: 路径不存在：no/such/folder\n');
    expect(run.stdout).toBe('');
  });
  it('2 for a broken campaign.yaml, located, in either language', () => {
    const dir = campaignWith({ 'campaign.yaml': 'id: x\ntitle: [\n' });
    const run = cli(['check', dir]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(run.stderr).toMatch(/^ebz: campaign\.yaml 有误，无法据此检查：campaign\.yaml:\d+:\d+：/);
    noStack(run.stderr);
  });
  it('2 when the weights do not sum to 100', () => {
    const campaign = `id: x\ntitle: t\ncity: c\nphases:\n  build: { start: 2021-12-21, end: 2022-01-10 }\n  compare: { start: 2022-01-11, end: 2022-02-20 }\n  reach: { start: 2022-02-21, end: 2022-12-31 }\n  create: { start: 2023-01-01 }\ndeadlines: { benchmark: 2022-01-04, research: 2022-02-10, plan: 2022-02-15 }\nprogress: { first: 2022-03, last: 2022-05, due_day: 5 }\nannual: { first: 2022, due: "01-31" }\ndomains: { talent: 人才引育, project-construction: 项目建设 }\nscoring:\n  weights: { timeliness: 15, compliance: 15, execution: 30, indicators: 30, exchange: 20 }\n`;
    const run = cli(['check', campaignWith({ 'campaign.yaml': campaign }), '--lang', 'en']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'ebz: campaign.yaml is wrong; nothing can be judged against it: campaign.yaml:14:12: The five weights sum to 110; they must sum to 100.\n',
    );
  });
  it('2 for a bad option, a bad date, a bad format, a bad language or an unknown unit', () => {
    const cases: [string[], string][] = [
      [['check', SOUND, '--frobnicate'], 'ebz: 未知选项 --frobnicate。\n'],
      [['check', SOUND, '--as-of', '2022/3/1'], 'ebz: --as-of 的值“2022/3/1”格式不正确，应写作 2022-03-01。\n'],
      [['check', SOUND, '--as-of', '2022-02-30'], 'ebz: --as-of 的值“2022-02-30”不是日期，应写作 YYYY-MM-DD。\n'],
      [['check', SOUND, '--format', 'xml'], 'ebz: 不支持的输出格式“xml”，可选：text, json, md。\n'],
      [['check', SOUND, '--lang', 'fr'], 'ebz: 不支持的语言“fr”，可选：zh、en。\n'],
      [['check', SOUND, '--unit', 'fgv'], 'ebz: 没有成员单位“fgv”，是否应为“fgw”？\n'],
      [['chekc', SOUND], 'ebz: 未知命令 chekc，是否应为 check？\n'],
    ];
    for (const [args, stderr] of cases) {
      const run = cli(args);
      expect({ args, code: run.code, stderr: run.stderr }).toEqual({ args, code: 2, stderr });
    }
  });
  it('says the bad option in English with --lang en', () => {
    const run = cli(['--lang', 'en', 'check', SOUND, '--as-of', 'yesterday']);
    expect(run).toMatchObject({ code: 2, stderr: 'ebz: --as-of "yesterday" is not a date; write YYYY-MM-DD.\n' });
  });
  it('prints the version and help with exit 0', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cli(['--version'])).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
    const help = cli(['check', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--as-of <日期>');
    expect(help.stdout).toContain('检查日期');
  });
});

describe('text output', () => {
  it('groups by file, aligns columns by display width and ends with the counts', () => {
    // A terminal wide enough for each finding on one line (test/terminal.test.ts: narrower ones).
    const run = cli(['check', fixture('plan-signed-by-principal'), '--as-of', SOUND_AS_OF], { env: { COLUMNS: '160' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        'units/fgw/plan.yaml',
        '  24:17  错误  审签人应为分管市领导张三（unit.yaml），此处为李四。请由分管市领导审签后报送。  approval-signer  三(一)2, 三(二)2',
        '',
        '✖ 1 个问题（错误 1，警告 0，提示 0）：2 个成员单位，18 个文件，截至 2023-03-01。',
        '',
      ].join('\n'),
    );
  });
  it('pads a mix of Chinese and ASCII messages to the same column', () => {
    const dir = fixture('plan-missing');
    writeFileSync(join(dir, 'units', 'zzb', 'research.yaml'), 'unit: zzb\nsubmitted: 2022-02-10\ncontact: { established: 2022-01-12, channel: 会商机制 }\ntrips:\n  - { date: 2022-01-20, destination: 宁波市, participants: 0, findings: 学习。 }\nextra: 1\n');
    const lines = cli(['check', dir, '--as-of', SOUND_AS_OF], { env: { COLUMNS: '160' } }).stdout.split('\n').filter((l) => l.startsWith('  '));
    const ruleColumn = (line: string) => {
      const at = line.search(/  (schema|plan-missing)/);
      return [...line.slice(0, at)].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uff60]/.test(c) ? 2 : 1), 0);
    };
    const research = lines.filter((l) => l.includes('schema'));
    expect(research).toHaveLength(2);
    expect(ruleColumn(research[0]!)).toBe(ruleColumn(research[1]!));
  });
  it('colours only on a terminal or when FORCE_COLOR says so, never with NO_COLOR or --no-color', () => {
    const dir = fixture('plan-missing');
    const args = ['check', dir, '--as-of', SOUND_AS_OF];
    expect(cli(args).stdout).not.toContain('\u001b[');
    expect(cli(args, { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[31m');
    expect(cli([...args, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toContain('\u001b[');
    expect(cli(args, { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
  it('speaks English with --lang en or EBZ_LANG=en', () => {
    const dir = fixture('plan-missing');
    const en = cli(['check', dir, '--as-of', SOUND_AS_OF, '--lang', 'en'], { env: { COLUMNS: '160' } }).stdout;
    expect(en).toContain('  —  error  The plan was due by 2022-02-15 and had not been submitted by 2023-03-01 (379 days overdue). Submit it now.  plan-missing  三(二)2');
    expect(cli(['check', dir, '--as-of', SOUND_AS_OF], { env: { EBZ_LANG: 'en', COLUMNS: '160' } }).stdout).toBe(en);
  });
  it('notes the embedded default campaign on stderr, once', () => {
    const dir = tempDir();
    cpSync(join(SOUND, 'units'), join(dir, 'units'), { recursive: true });
    const run = cli(['check', dir, '--as-of', SOUND_AS_OF]);
    expect(run.stderr).toBe('提示：未找到 campaign.yaml，按内置的鄂尔多斯市默认设置（ebz init 所写内容）检查。\n');
  });
});

describe('JSON output', () => {
  it('has exactly the documented shape', () => {
    const run = cli(['check', fixture('plan-signed-by-principal'), '--as-of', SOUND_AS_OF, '--format', 'json']);
    const json = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['campaign', 'asOf', 'findings', 'summary']);
    expect(json).toEqual({
      campaign: 'test-city',
      asOf: '2023-03-01',
      findings: [
        {
          rule: 'approval-signer',
          severity: 'error',
          unit: 'fgw',
          file: 'units/fgw/plan.yaml',
          line: 24,
          column: 17,
          message: '审签人应为分管市领导张三（unit.yaml），此处为李四。请由分管市领导审签后报送。',
          clause: '三(一)2, 三(二)2',
        },
      ],
      summary: { units: 2, files: 18, errors: 1, warnings: 0, infos: 0 },
    });
  });
  it('gives null line and column for a missing document, and keeps stdout pure JSON when a note is printed', () => {
    const dir = fixture('plan-missing');
    const run = cli(['check', join(dir, 'units', 'zzb'), '--as-of', SOUND_AS_OF, '--format', 'json']);
    const json = JSON.parse(run.stdout) as { findings: { line: unknown; column: unknown; file: string }[]; summary: { units: number } };
    expect(json.findings).toEqual([expect.objectContaining({ rule: 'plan-missing', file: 'units/zzb/plan.yaml', line: null, column: null })]);
    expect(json.summary.units).toBe(1);
  });
});

describe('Markdown output', () => {
  it('is a table with escaped cells', () => {
    const run = cli(['check', fixture('plan-signed-by-principal'), '--as-of', SOUND_AS_OF, '--format', 'md']);
    expect(run.stdout).toContain('| 文件 | 位置 | 级别 | 问题 | 规则 | 条款 |');
    expect(run.stdout).toContain('| units/fgw/plan.yaml | 24:17 | 错误 | 审签人应为分管市领导张三（unit.yaml），此处为李四。请由分管市领导审签后报送。 | `approval-signer` | 三(一)2, 三(二)2 |');
  });
});

describe('reading commands write nothing', () => {
  it('leaves every file of the campaign as it was', () => {
    const dir = fixture('plan-missing');
    const snapshot = () =>
      JSON.stringify(
        (readdirSync(dir, { recursive: true }) as string[]).sort().map((f) => [f, statSync(join(dir, f)).mtimeMs]),
      );
    const before = snapshot();
    cli(['check', dir, '--format', 'json']);
    cli(['check', dir]);
    expect(snapshot()).toBe(before);
  });
});
