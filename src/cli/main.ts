// The ebz command line: commander wiring, the language, and the one place errors become exit codes.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { isLang, t, type Lang } from '../i18n/index.js';
import { EbzError } from '../model/errors.js';
import { terminalWidth } from '../render/width.js';
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
  unit: { zh: '只检查这些成员单位（单位标识、全称或简称）', en: 'only these units (ids, full or short names)' },
  format: { zh: '输出格式：text、json 或 md', en: 'output format: text, json or md' },
  strict: { zh: '有警告也以退出码 1 结束', en: 'exit 1 on warnings too' },
  status: { zh: '报送情况一览：各成员单位每份材料按时、迟报、未报或待报', en: 'the submission matrix: each unit and document, on time, late, missing or pending' },
  score: { zh: '各成员单位得分、等次和名次', en: 'scores, grades and ranks of the units' },
  explain: { zh: '列出得分的每一项，便于逐项核对', en: 'show every term of the score, to check it by hand' },
  report: { zh: '督查报告：月度督查报告、季度通报、年度评估、经验做法汇编', en: 'supervision reports: monthly, quarterly, annual, experience' },
  monthly: { zh: '月度督查报告：亮灯、督办清单、催报名单', en: 'monthly supervision report: lights, chase list, missing list' },
  quarterly: { zh: '季度通报：得分、名次、等次和名次变化，表扬与通报批评', en: 'quarterly bulletin: scores, ranks, grades, movement, commended and called out' },
  annual: { zh: '年度评估：全年得分、年终主要目标双重考核、“五位一体”考核表、表扬和推荐、先进经验和创标成果', en: 'annual assessment: final scores, main targets met, the five-in-one sheet, praise and nominations, learned experience and achievements' },
  experience: { zh: '经验做法汇编：历年已学有所成的先进经验和创标成果，按重点领域和建标学习对象所在地区汇编', en: 'compilation of learned experience and achievements of every year, by domain and benchmark region' },
  experienceFormat: { zh: '输出格式：text、md、json、html 或 docx（汇编文件）（默认按 --output 的扩展名）', en: 'output format: text, md, json, html or docx (the compilation) (default: from the --output extension)' },
  month: { zh: '月份 YYYY-MM', en: 'the month, YYYY-MM' },
  quarter: { zh: '季度 YYYY-Qn', en: 'the quarter, YYYY-Qn' },
  year: { zh: '年度 YYYY', en: 'the year, YYYY' },
  reportMonth: { zh: '月份 YYYY-MM（默认为最近已结束的月份）', en: 'the month, YYYY-MM (default: the latest month closed)' },
  reportQuarter: { zh: '季度 YYYY-Qn（默认为最近已结束的季度）', en: 'the quarter, YYYY-Qn (default: the latest quarter closed)' },
  reportYear: { zh: '年度 YYYY（默认为最近已结束的年度）', en: 'the year, YYYY (default: the latest year closed)' },
  reportAsOf: { zh: '统计日期 YYYY-MM-DD：按当日的状态统计（默认今天）', en: 'report the state as of this date, YYYY-MM-DD (default: today)' },
  reportFormat: { zh: '输出格式：text、md、csv、json、html 或 xlsx（默认按 --output 的扩展名）', en: 'output format: text, md, csv, json, html or xlsx (default: from the --output extension)' },
  documentFormat: {
    zh: '输出格式：text、md、csv、json、html、docx（公文）或 xlsx（台账）（默认按 --output 的扩展名）',
    en: 'output format: text, md, csv, json, html, docx (the official document) or xlsx (ledgers) (default: from the --output extension)',
  },
  number: { zh: '文号，如 鄂对标办发〔2022〕5号（docx）', en: 'document number (文号), e.g. 鄂对标办发〔2022〕5号 (docx)' },
  output: { zh: '写入文件（不覆盖已有文件；须在对标创建工作文件夹之外）', en: 'write to this file (never over an existing one; outside the campaign folder)' },
  force: { zh: '覆盖已有文件，原文件备份到 .ebz/backups/', en: 'replace an existing file, keeping a copy under .ebz/backups/' },
  scoreUnit: { zh: '只列出这些成员单位（单位标识、全称或简称）', en: 'only these units (ids, full or short names)' },
  init: { zh: '新建对标创建工作文件夹：campaign.yaml（本市名称和开始日期，终端中逐项询问）、units/ 和编辑器提示', en: 'create a campaign folder: campaign.yaml (city and start date, asked at a terminal), units/ and editor help' },
  initDir: { zh: '文件夹（默认当前文件夹）', en: 'folder (default: the current folder)' },
  new: { zh: '填写成员单位的材料：在终端中逐项提问，或用选项（--yes）直接生成，写入后立即检查', en: "write a unit's next file: a wizard on a terminal, or flags with --yes; checked as soon as it is written" },
  newKind: { zh: '材料种类：unit、benchmark、research、plan、progress、annual', en: 'kind: unit, benchmark, research, plan, progress or annual' },
  newPath: { zh: '对标创建工作文件夹或成员单位文件夹（默认当前文件夹）', en: 'campaign or unit folder (default: the current folder)' },
  newUnit: { zh: '成员单位（标识、全称或简称）', en: 'the unit (id, full or short name)' },
  yes: { zh: '不提问，只按选项生成（未给出的内容写“待补充”）', en: 'ask nothing; build from the flags (what they leave out is marked 待补充)' },
  newForce: { zh: '覆盖已有文件，原文件另存到 .ebz/backups/', en: 'replace an existing file, keeping the old one under .ebz/backups/' },
  rules: { zh: '列出全部检查规则', en: 'list the rules' },
  rulesFormat: { zh: '输出格式：text、json 或 md', en: 'output format: text, json or md' },
  explainRule: { zh: '说明一条规则：检查什么、依据哪一条款、怎样改，附示例', en: 'explain a rule: what, why (the clause), how to fix, an example' },
  schema: { zh: '输出一种文件的填写示例（可照此填写）；加 --json 输出 JSON Schema（供编辑器使用）', en: 'print a filled example of a kind of file, to copy; --json prints its JSON Schema (for editors)' },
  schemaExample: { zh: '输出填写示例（默认）', en: 'print a filled example (the default)' },
  schemaJson: { zh: '输出 JSON Schema（供编辑器补全和校验）', en: 'print the JSON Schema (for editor completion and checks)' },
  helpCommand: { zh: '显示命令的帮助', en: 'show help for a command' },
  ruleArg: { zh: '规则标识，如 approval-signer', en: 'a rule id, such as approval-signer' },
  kindArg: { zh: '种类：campaign、unit、benchmark、research、plan、progress、annual、adjustments', en: 'campaign | unit | benchmark | research | plan | progress | annual | adjustments' },
} as const;

/** Commander's own words in its help: section titles and the placeholders of a usage line. */
const HELP_WORDS: Record<string, string> = {
  '<lang>': '<语言>',
  '<date>': '<日期>',
  '<ids...>': '<单位...>',
  '<id>': '<单位>',
  '<format>': '<格式>',
  '<file>': '<文件>',
  '<month>': '<月份>',
  '<quarter>': '<季度>',
  '<year>': '<年度>',
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Global Options:': '全局选项：',
  'Commands:': '命令：',
  '[options]': '[选项]',
  '[command]': '[命令]',
};

/** Help in Chinese: commander's titles and usage words translated; descriptions are ours already. */
function helpConfiguration(lang: Lang, helpWidth: number, { displayWidth, padEnd, wrapText }: typeof import('../render/wrap.js')) {
  // Widths by display columns, and descriptions wrapped between Chinese characters, not only at spaces.
  const wrap = (text: string, width: number) => text.split('\n').flatMap((line) => wrapText(line, width));
  const layout = {
    helpWidth,
    displayWidth,
    boxWrap: (text: string, width: number) => wrap(text, width).join('\n'),
    // A term too wide to leave room beside it (new's --measure <…>) puts its description on the lines under it.
    formatItem: (term: string, termWidth: number, description: string) => {
      if (!description) return `  ${term}`;
      const room = helpWidth - termWidth - 4;
      if (room >= 30) return wrap(description, room).map((line, i) => `  ${padEnd(i === 0 ? term : '', termWidth)}  ${line}`).join('\n');
      return [`  ${term}`, ...wrap(description, helpWidth - 6).map((line) => `      ${line}`)].join('\n');
    },
  };
  if (lang === 'en') return layout;
  // Option values keep their English names where commander parses them (`<ids...>` is what makes --unit
  // take several values); help shows them in Chinese.
  const words = (text: string) => text.replace(/\[options\]|\[command\]|<[a-z.]+>/g, (word) => HELP_WORDS[word] ?? word);
  return {
    ...layout,
    styleTitle: (title: string) => HELP_WORDS[title] ?? title,
    styleUsage: words,
    styleSubcommandTerm: words,
    styleOptionTerm: words,
  };
}

/** --lang from the arguments, else EBZ_LANG, else Chinese. */
function languageOf(argv: readonly string[], env: NodeJS.ProcessEnv): { lang: Lang; invalid?: string } {
  let value = env.EBZ_LANG || undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang') value = argv[i + 1] ?? '';
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  });
  if (value === undefined) return { lang: 'zh' };
  const named = value.trim().toLowerCase();
  return isLang(named) ? { lang: named } : { lang: 'zh', invalid: value };
}

/** Set by the single-file build (scripts/bundle.mjs); read from package.json otherwise. */
declare const __EBZ_VERSION__: string | undefined;

function version(): string {
  if (typeof __EBZ_VERSION__ === 'string') return __EBZ_VERSION__;
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
    [/^required option '(.+?)' not specified$/, (o) => `缺少必填选项 ${o}。`],
    [/^too many arguments(?: for '(.+?)')?\..*$/, (c) => `参数过多${c ? `（${c}）` : ''}。`],
  ];
  for (const [pattern, words] of patterns) {
    const match = pattern.exec(line);
    if (match) return words(...match.slice(1).map((m) => m ?? ''));
  }
  return line;
}

function buildProgram(
  context: CommandContext,
  setExit: (code: number) => void,
  failed: (text: string) => void,
  layout: typeof import('../render/wrap.js') | null,
): Command {
  const { lang, io } = context;
  const wiring = wire(context, setExit);
  const { w } = wiring;
  const program = new Command('ebz')
    .description(w('description'))
    .version(version(), '-V, --version', w('version'))
    .helpOption('-h, --help', w('help'))
    .option('--lang <lang>', w('lang'))
    .option('--no-color', w('noColor'))
    .showSuggestionAfterError(true)
    .configureHelp(layout ? helpConfiguration(lang, terminalWidth(io.stdout, io.env), layout) : {})
    .helpCommand('help [command]', w('helpCommand'))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text) => failed(commanderMessage(text, lang)),
    });

  addCheck(program, wiring);
  addReports(program, wiring);
  addAuthoring(program, wiring);
  addCatalogue(program, wiring);
  return program;
}

/** What every command's wiring needs: the context, the exit code setter, and the words of the help. */
interface Wiring {
  context: CommandContext;
  setExit: (code: number) => void;
  w: (key: keyof typeof WORDS) => string;
  /** A value's name in help and usage lines: Chinese words under --lang zh. */
  v: (zh: string, en: string) => string;
}

function wire(context: CommandContext, setExit: (code: number) => void): Wiring {
  const { lang } = context;
  return { context, setExit, w: (key) => WORDS[key][lang], v: (zh, en) => (lang === 'zh' ? zh : en) };
}

/** ebz check. */
function addCheck(program: Command, { context, setExit, w, v }: Wiring): void {
  program
    .command('check')
    .description(w('check'))
    .argument(`[${v('路径', 'path')}]`, w('checkPath'))
    .option('--as-of <date>', w('asOf'))
    .option('--unit <ids...>', w('unit'))
    .option('--format <format>', w('format'))
    .option('--strict', w('strict'))
    .helpOption('-h, --help', w('help'))
    .action(async (path: string | undefined, options) => {
      const { checkCommand } = await import('./check.js');
      setExit(await checkCommand(path, options, context));
    });
}

/** ebz status, score and report monthly | quarterly | annual: loaded only when one runs. */
function addReports(program: Command, { context, setExit, w, v }: Wiring): void {
  const reportOptions = (command: Command, asOf: keyof typeof WORDS = 'reportAsOf', format: keyof typeof WORDS = 'reportFormat') =>
    command
      .option('--as-of <date>', w(asOf))
      .option('--format <format>', w(format))
      .option('--output <file>', w('output'))
      .option('--force', w('force'))
      .helpOption('-h, --help', w('help'));
  type Run = (path: string | undefined, options: import('./report.js').ReportOptions, context: CommandContext) => Promise<number>;
  const run = (pick: (module: typeof import('./report.js')) => Run) => async (path: string | undefined, options: import('./report.js').ReportOptions) => {
    const module = await import('./report.js');
    setExit(await pick(module)(path, options, context));
  };
  const documentOptions = (command: Command) => reportOptions(command, 'reportAsOf', 'documentFormat').option('--number <number>', w('number'));

  reportOptions(program.command('status').description(w('status')).argument(`[${v('路径', 'path')}]`, w('checkPath')), 'asOf')
    .option('--unit <ids...>', w('scoreUnit'))
    .action(run((m) => m.statusCommand));
  reportOptions(program.command('score').description(w('score')).argument(`[${v('路径', 'path')}]`, w('checkPath')), 'asOf')
    .option('--year <year>', w('year'))
    .option('--quarter <quarter>', w('quarter'))
    .option('--unit <ids...>', w('scoreUnit'))
    .option('--explain', w('explain'))
    .action(run((m) => m.scoreCommand));
  const report = program.command('report').description(w('report')).helpOption('-h, --help', w('help'));
  documentOptions(report.command('monthly').description(w('monthly')).argument(`[${v('路径', 'path')}]`, w('checkPath')).option('--month <month>', w('reportMonth'))).action(
    run((m) => m.monthlyCommand),
  );
  documentOptions(report.command('quarterly').description(w('quarterly')).argument(`[${v('路径', 'path')}]`, w('checkPath')).option('--quarter <quarter>', w('reportQuarter'))).action(
    run((m) => m.quarterlyCommand),
  );
  documentOptions(report.command('annual').description(w('annual')).argument(`[${v('路径', 'path')}]`, w('checkPath')).option('--year <year>', w('reportYear'))).action(
    run((m) => m.annualCommand),
  );
  reportOptions(report.command('experience').description(w('experience')).argument(`[${v('路径', 'path')}]`, w('checkPath')), 'asOf', 'experienceFormat').action(run((m) => m.experienceCommand));
}

/** ebz init and ebz new, with the flags that fill a file without questions. */
function addAuthoring(program: Command, { context, setExit, w, v }: Wiring): void {
  const { lang } = context;
  program
    .command('init')
    .description(w('init'))
    .argument(`[${v('文件夹', 'dir')}]`, w('initDir'))
    .option('--city <city>', lang === 'zh' ? '本市名称，如 乌海市' : 'the city, e.g. 乌海市')
    .option('--title <title>', lang === 'zh' ? '工作名称（默认：本市名称＋对标先进提升创建工作）' : 'the title (default from the city)')
    .option('--office <office>', lang === 'zh' ? '发文机关（默认：本市领导小组办公室）' : 'the issuing office (default from the city)')
    .option('--start <date>', lang === 'zh' ? '建标阶段开始日期，各阶段和截止日期据此推算（默认今天）' : 'start of the build phase; the schedule follows (default: today)')
    .helpOption('-h, --help', w('help'))
    .action(async (dir: string | undefined, options: { city?: string; title?: string; office?: string; start?: string }) => {
      const { initCommand } = await import('./init.js');
      setExit(await initCommand(dir, options, context));
    });

  const newOption = (flags: string, zh: string, en: string) => [flags, lang === 'zh' ? zh : en] as const;
  const newCommandSpec = program
    .command('new')
    .description(w('new'))
    .argument(`<${v('种类', 'kind')}>`, w('newKind'))
    .argument(`[${v('路径', 'path')}]`, w('newPath'))
    .option('--unit <id>', w('newUnit'))
    .option('--yes', w('yes'))
    .option('--force', w('newForce'))
    .helpOption('-h, --help', w('help'));
  const collect = (value: string, previous: string[] = []) => [...previous, value];
  for (const [flags, description, repeat] of [
    [...newOption('--id <id>', 'unit：单位标识', 'unit: id'), false],
    [...newOption('--name <name>', 'unit：单位名称', 'unit: name'), false],
    [...newOption('--kind <kind>', 'unit：单位类别', 'unit: kind'), false],
    [...newOption('--domain <domain>', 'unit：重点领域', 'unit: domain'), false],
    [...newOption('--leader <name,title>', 'unit：分管市领导（姓名,职务）', 'unit: leader in charge'), false],
    [...newOption('--principal <name,title>', 'unit：主要负责同志（姓名,职务）', 'unit: principal'), false],
    [...newOption('--contact <name,phone>', 'unit：联络人（姓名,电话）', 'unit: contact'), false],
    [...newOption('--submitted <date>', '报送日期（默认今天）', 'submission date (default: today)'), false],
    [...newOption('--region <region>', 'benchmark：学习对象地区', 'benchmark: region'), false],
    [...newOption('--counterpart <name>', 'benchmark：对口单位', 'benchmark: counterpart'), false],
    [...newOption('--category <category>', 'benchmark：对象类别', 'benchmark: category'), false],
    [...newOption('--indicator <id,name,unit,dir,base,bench,target>', 'benchmark：对标指标（标识,名称,计量单位,higher|lower,基期值,标杆值,目标值；可重复）', 'benchmark: an indicator (repeatable)'), true],
    [...newOption('--learning <text>', 'benchmark：学习内容（可重复）', 'benchmark: what to learn (repeatable)'), true],
    [...newOption('--approval-date <date>', '审签日期（默认报送日期）', 'approval date (default: submission)'), false],
    [...newOption('--contact-date <date>', 'research：建立联系日期', 'research: contact date'), false],
    [...newOption('--channel <text>', 'research：联系方式', 'research: channel'), false],
    [...newOption('--trip <date,place,people,findings>', 'research：走出去调研（日期,地点,人数,收获；可重复）', 'research: a trip (repeatable)'), true],
    [...newOption('--measure <id,title,office,person,deliverable,due[,indicator]>', 'plan：工作措施（标识,内容,责任科室,责任人,预期成果,完成时限[,对标指标]；可重复）', 'plan: a measure (repeatable)'), true],
    [...newOption('--exchange <type,count>', 'plan：人员交流计划（类型,计划次数；可重复）', 'plan: an exchange planned (repeatable)'), true],
    [...newOption('--month <YYYY-MM>', 'progress：报告月份', 'progress: the month'), false],
    [...newOption('--year <YYYY>', 'annual：总结年度', 'annual: the year'), false],
    [...newOption('--status <id,status[,percent]>', 'progress/annual：措施进展（标识,状态[,完成百分比]；可重复）', 'progress/annual: a measure status (repeatable)'), true],
  ] as const) {
    if (repeat) newCommandSpec.option(flags, description, collect);
    else newCommandSpec.option(flags, description);
  }
  newCommandSpec.action(async (kind: string, path: string | undefined, options) => {
    const { newCommand } = await import('./new.js');
    setExit(await newCommand(kind, path, options, context));
  });
}

/** ebz rules, explain and schema. */
function addCatalogue(program: Command, { context, setExit, w, v }: Wiring): void {
  program
    .command('rules')
    .description(w('rules'))
    .option('--format <format>', w('rulesFormat'))
    .helpOption('-h, --help', w('help'))
    .action(async (options: { format?: string }) => {
      const { rulesCommand } = await import('./catalogue.js');
      setExit(rulesCommand(options, context));
    });
  program
    .command('explain')
    .description(w('explainRule'))
    .argument(`<${v('规则', 'rule')}>`, w('ruleArg'))
    .helpOption('-h, --help', w('help'))
    .action(async (rule: string) => {
      const { explainCommand } = await import('./catalogue.js');
      setExit(explainCommand(rule, context));
    });
  program
    .command('schema')
    .description(w('schema'))
    .argument(`<${v('种类', 'kind')}>`, w('kindArg'))
    .option('--example', w('schemaExample'))
    .option('--json', w('schemaJson'))
    .helpOption('-h, --help', w('help'))
    .action(async (kind: string, options: { json?: boolean; example?: boolean }) => {
      const { schemaCommand } = await import('./catalogue.js');
      setExit(await schemaCommand(kind, options, context));
    });
}

/** The one stderr line when stdout cannot be written (a full disk, `>/dev/full`); EPIPE is no error. */
export function stdoutFailedLine(argv: readonly string[], env: NodeJS.ProcessEnv, code: string | undefined): string {
  return `ebz: ${t(languageOf(argv, env).lang, 'stdoutFailed', { code: code ?? 'EIO' })}\n`;
}

/** The commands that print help only when asked (-h, --help): the leaves of the command tree. */
const LEAF_COMMANDS = new Set(['check', 'status', 'score', 'init', 'new', 'rules', 'explain', 'schema']);
const REPORT_COMMANDS = new Set(['monthly', 'quarterly', 'annual', 'experience']);

/**
 * Whether this run may print help. A leaf command prints it only for -h or --help; its errors are one
 * line. Anything else may: no command, `report` alone, `help`, a command that does not exist.
 */
export function mayPrintHelp(argv: readonly string[]): boolean {
  if (argv.includes('--version') || argv.includes('-V')) return false;
  if (argv.includes('-h') || argv.includes('--help')) return true;
  const operands: string[] = [];
  for (let i = 0; i < argv.length && operands.length < 2; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') i++;
    else if (!arg.startsWith('-')) operands.push(arg);
  }
  const [command, sub] = operands;
  if (command === 'report') return sub === undefined || !REPORT_COMMANDS.has(sub);
  return command === undefined || !LEAF_COMMANDS.has(command);
}

/** Runs ebz with the given arguments; returns the exit code. Nothing else decides one. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const { lang, invalid } = languageOf(argv, io.env);
  // The sanitiser is small; loaded here, so the entry's static imports stay what start-up needs.
  const { MAX_VALUE_LENGTH, safeText } = await import('../render/text.js');
  // The one message a failed command leaves on stderr: one line wrapped to the width, no escapes, not endless.
  const fail = async (text: string): Promise<number> => {
    const { stderrText } = await import('./output.js');
    io.stderr.write(stderrText(io, safeText(text, MAX_VALUE_LENGTH), 'ebz: '));
    return 2;
  };
  if (invalid !== undefined) return fail(t(lang, 'badLang', { value: invalid }));
  // ebz reads on one thread: EBZ_THREADS, from older versions, is accepted and said to do nothing.
  if (io.env.EBZ_THREADS) io.stderr.write((await import('./output.js')).stderrText(io, t(lang, 'threadsIgnored')));
  const noColor = argv.includes('--no-color');
  let exitCode = 0;
  // Help is laid out by display width (string-width): loaded only for a run that may print help.
  const layout = mayPrintHelp(argv) ? await import('../render/wrap.js') : null;
  let commanderFailure: string | undefined;
  const program = buildProgram({ io, lang, noColor }, (code) => (exitCode = code), (text) => (commanderFailure = text), layout);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : commanderFailure === undefined ? 2 : fail(commanderFailure);
    if (error instanceof Error && error.name === 'ExitPromptError') return fail(t(lang, 'cancelled'));
    if (error instanceof EbzError) return fail(t(lang, error.messageId, error.data));
    const message = error instanceof Error ? error.message : String(error);
    if (io.env.EBZ_DEBUG && error instanceof Error && error.stack) io.stderr.write(error.stack + '\n');
    return fail(t(lang, 'internal', { message }));
  }
}
