// Help and prompts speak the user's language: commander's sections and inquirer's key hints included.
import { PassThrough } from 'node:stream';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { selectTheme } from '../src/cli/prompt-theme.js';
import { cli } from './helpers.js';

const ENGLISH = /Usage:|Options:|Commands:|Arguments:|display help|\[options\]|\[command\]/;

describe('help under --lang zh', () => {
  it('ebz --help: sections, usage words and the help command in Chinese, within 80 columns', () => {
    const help = cli(['--help'], { env: { COLUMNS: '80' } });
    expect(help.code).toBe(0);
    expect(help.stdout).not.toMatch(ENGLISH);
    expect(help.stdout.split('\n').slice(0, 1)).toEqual(['用法： ebz [选项] [命令]']);
    for (const word of ['\n选项：\n', '\n命令：\n', '  help [命令]', '显示命令的帮助', '  check [选项] [路径]']) expect(help.stdout).toContain(word);
    expect(help.stdout.split('\n').filter((line) => stringWidth(line) > 80)).toEqual([]);
  });
  it('every command\'s help, and help as a command', () => {
    for (const args of [['check', '--help'], ['report', 'monthly', '--help'], ['new', '--help'], ['explain', '--help'], ['help', 'status']]) {
      const help = cli(args, { env: { COLUMNS: '80' } });
      expect(help.code, args.join(' ')).toBe(0);
      expect(help.stdout, args.join(' ')).not.toMatch(ENGLISH);
      expect(help.stdout, args.join(' ')).toMatch(/^用法： ebz /);
      expect(help.stdout.split('\n').filter((line) => stringWidth(line) > 80), args.join(' ')).toEqual([]);
    }
    const check = cli(['check', '--help']).stdout;
    expect(check).toContain('\n参数：\n  路径');
    expect(check).toContain('--as-of <日期>');
    // Columns line up by display width: each description starts in the same column.
    const starts = check
      .split('\n')
      .filter((l) => l.startsWith('  --'))
      .map((l) => stringWidth(/^( {2}\S.*?\s{2,})\S/.exec(l)![1]!));
    expect(new Set(starts).size).toBe(1);
  });
  it('a missing argument is named in Chinese', () => {
    const result = cli(['explain']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('ebz: 缺少参数 规则。\n');
  });
});

describe('help under --lang en', () => {
  it('stays English', () => {
    const help = cli(['check', '--help', '--lang', 'en']).stdout;
    expect(help).toMatch(/^Usage: ebz check \[options\] \[path\]/);
    expect(help).toContain('\nOptions:\n');
    expect(help).toContain('--as-of <date>');
    expect(cli(['--help'], { env: { EBZ_LANG: 'en' } }).stdout).toContain('\nCommands:\n');
  });
});

describe('the wizard\'s key hints', () => {
  async function hints(lang: 'zh' | 'en'): Promise<string> {
    const { select } = await import('@inquirer/prompts');
    const input = new PassThrough();
    const output = new PassThrough();
    let shown = '';
    output.on('data', (chunk: Buffer) => (shown += chunk.toString('utf8')));
    const answer = select({ message: '单位类别', choices: [{ value: 'a', name: '市人民政府组成部门' }, { value: 'b', name: '市委部门' }], theme: selectTheme(lang) }, { input, output });
    setTimeout(() => input.write('\r'), 50);
    expect(await answer).toBe('a');
    // eslint-disable-next-line no-control-regex
    return shown.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
  }
  it('are Chinese under zh and English under en', async () => {
    const zh = await hints('zh');
    expect(zh).toContain('↑↓ 移动 • ⏎ 选择');
    expect(zh).not.toMatch(/navigate|select/);
    expect(await hints('en')).toContain('↑↓ navigate • ⏎ select');
  });
});
