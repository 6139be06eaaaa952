// The ebz command line: commander wiring, the language, and the one place errors become exit codes.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { isLang, t, type Lang } from '../i18n/index.js';
import { EbzError } from '../model/errors.js';
import type { CommandContext, Io } from './context.js';

const WORDS = {
  description: { zh: '对标先进提升创建工作：检查报送材料、评分和生成督查报告。', en: 'Benchmarking campaign: check submitted folders, score units, write supervision reports.' },
  lang: { zh: '输出语言：zh（中文，默认）或 en；也可设置环境变量 EBZ_LANG', en: 'output language: zh (Chinese, default) or en; or set EBZ_LANG' },
  noColor: { zh: '不使用颜色（也可设置 NO_COLOR）', en: 'no colour (or set NO_COLOR)' },
  version: { zh: '显示版本号', en: 'show the version' },
  help: { zh: '显示帮助', en: 'show help' },
  check: { zh: '检查一个对标创建工作、成员单位文件夹或单个文件，列出全部问题', en: 'check a campaign, a unit folder or one file and list every problem' },
  checkPath: { zh: '对标创建工作文件夹、成员单位文件夹或文件（默认当前文件夹）', en: 'campaign folder, unit folder or file (default: the current folder)' },
  asOf: { zh: '检查日期 YYYY-MM-DD：按当日的状态检查（默认今天）', en: 'judge the state as of this date, YYYY-MM-DD (default: today)' },
  unit: { zh: '只检查这些成员单位（单位标识）', en: 'only these units (unit ids)' },
  format: { zh: '输出格式：text、json 或 md', en: 'output format: text, json or md' },
  strict: { zh: '有警告也以退出码 1 结束', en: 'exit 1 on warnings too' },
} as const;

/** --lang from the arguments, else EBZ_LANG, else Chinese. */
function languageOf(argv: readonly string[], env: NodeJS.ProcessEnv): { lang: Lang; invalid?: string } {
  let value = env.EBZ_LANG || undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang') value = argv[i + 1] ?? '';
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  });
  if (value === undefined) return { lang: 'zh' };
  return isLang(value) ? { lang: value } : { lang: 'zh', invalid: value };
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Commander's own error lines, in the user's language, on one line. */
function commanderMessage(text: string, lang: Lang): string {
  const line = text.replace(/^error:\s*/, '').replace(/\s*\n\s*/g, ' ').trim();
  if (lang === 'en') return line;
  const patterns: [RegExp, (...m: string[]) => string][] = [
    [/^unknown option '(.+?)'(?: \(Did you mean (.+?)\?\))?$/, (o, s) => `未知选项 ${o}${s ? `，是否应为 ${s}？` : '。'}`],
    [/^unknown command '(.+?)'(?: \(Did you mean (.+?)\?\))?$/, (c, s) => `未知命令 ${c}${s ? `，是否应为 ${s}？` : '。'}`],
    [/^missing required argument '(.+?)'$/, (a) => `缺少参数 ${a}。`],
    [/^option '(.+?)' argument missing$/, (o) => `选项 ${o} 缺少取值。`],
    [/^too many arguments(?: for '(.+?)')?\..*$/, (c) => `参数过多${c ? `（${c}）` : ''}。`],
  ];
  for (const [pattern, words] of patterns) {
    const match = pattern.exec(line);
    if (match) return words(...match.slice(1).map((m) => m ?? ''));
  }
  return line;
}

function buildProgram(context: CommandContext, setExit: (code: number) => void): Command {
  const { lang, io } = context;
  const w = (key: keyof typeof WORDS) => WORDS[key][lang];
  const program = new Command('ebz')
    .description(w('description'))
    .version(version(), '-V, --version', w('version'))
    .helpOption('-h, --help', w('help'))
    .option('--lang <lang>', w('lang'))
    .option('--no-color', w('noColor'))
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`ebz: ${commanderMessage(text, lang)}\n`),
    });

  program
    .command('check')
    .description(w('check'))
    .argument('[path]', w('checkPath'))
    .option('--as-of <date>', w('asOf'))
    .option('--unit <ids...>', w('unit'))
    .option('--format <format>', w('format'))
    .option('--strict', w('strict'))
    .helpOption('-h, --help', w('help'))
    .action(async (path: string | undefined, options) => {
      const { checkCommand } = await import('./check.js');
      setExit(checkCommand(path, options, context));
    });

  return program;
}

/** Runs ebz with the given arguments; returns the exit code. Nothing else decides one. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const { lang, invalid } = languageOf(argv, io.env);
  if (invalid !== undefined) {
    io.stderr.write(`ebz: ${t(lang, 'badLang', { value: invalid })}\n`);
    return 2;
  }
  const noColor = argv.includes('--no-color');
  let exitCode = 0;
  const program = buildProgram({ io, lang, noColor }, (code) => (exitCode = code));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof EbzError) {
      io.stderr.write(`ebz: ${t(lang, error.messageId, error.data)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`ebz: ${t(lang, 'internal', { message })}\n`);
    if (io.env.EBZ_DEBUG && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    return 2;
  }
}
