// General messages: command errors, notes, campaign.yaml problems and the words of the output.
import { periodWords } from './period-words.js';

export const messages = {
  ...periodWords,
  // command errors (exit 2)
  pathNotFound: { zh: '路径不存在：{path}', en: 'No such file or folder: {path}' },
  unitFolderNotFound: {
    zh: '没有成员单位文件夹“{path}”。units/ 下有：{units}。成员单位文件夹以单位标识命名；也可在对标创建工作文件夹中用 --unit 写单位简称，如 ebz check --unit 工信局。',
    en: 'There is no unit folder "{path}". units/ holds: {units}. Unit folders are named by unit id; or, in the campaign folder, give the short name with --unit, e.g. ebz check --unit 工信局.',
  },
  notAUnitFolder: {
    zh: '“{path}”不是成员单位文件夹，其中没有 ebz 检查的内容。请指定对标创建工作文件夹，或 units/ 下的成员单位文件夹：{units}。',
    en: '"{path}" is not a unit folder; ebz checks nothing in it. Give the campaign folder, or a unit folder under units/: {units}.',
  },
  unknownFileKind: {
    zh: '无法判断“{path}”是哪一种材料：文件名不是 ebz 认识的名称，内容也不像其中任何一种。ebz 认识的文件：{known}。',
    en: 'Cannot tell what "{path}" is: its name is none ebz knows, and its content matches none of them. The files ebz knows: {known}.',
  },
  monthNoReport: {
    zh: '注意：进展报送安排中没有 {month} 的进展报告（已不在报送期间，或按季报送、报告以季末月命名）；报告照常生成。',
    en: 'Note: the progress schedule has no report for {month} (outside the reporting stretches, or reports are quarterly and named by the quarter\'s last month); the report is produced all the same.',
  },
  monthOutsideOpen: {
    zh: '注意：{month} 早于月度进展的第一个月 {first}，没有应报的月度进展；报告照常生成。',
    en: 'Note: {month} is before the first month of progress reports, {first}; no progress report is due for it. The report is produced all the same.',
  },
  periodBeforeCampaign: {
    zh: '注意：{period} 在对标创建工作开始（{start}）之前，没有可统计的内容；报告照常生成。',
    en: 'Note: {period} is before the campaign starts ({start}); there is nothing to count. The report is produced all the same.',
  },
  yearBeforeAnnual: {
    zh: '注意：年度总结从 {first} 年度开始，{year} 年度没有应报的年度总结；报告照常生成。',
    en: 'Note: annual reviews start with {first}; none is due for {year}. The report is produced all the same.',
  },
  notACampaign: {
    zh: '“{path}”不是对标创建工作文件夹：ebz 查找 campaign.yaml、units/ 文件夹，或成员单位的 unit.yaml、benchmark.yaml、research.yaml、plan.yaml、progress/、annual/，这里都没有。请指定对标创建工作文件夹、成员单位文件夹或单个文件。',
    en: '"{path}" is not a campaign folder: ebz looks for campaign.yaml, a units/ folder, or a unit\'s unit.yaml, benchmark.yaml, research.yaml, plan.yaml, progress/ or annual/, and finds none here. Give a campaign folder, a unit folder or one file.',
  },
  campaignInvalid: { zh: 'campaign.yaml 有误，无法据此检查：{where}：{message}', en: 'campaign.yaml is wrong; nothing can be judged against it: {where}: {message}' },
  campaignInvalidMore: {
    zh: 'campaign.yaml 有误，无法据此检查：{where}：{message}（另有 {more} 处问题）',
    en: 'campaign.yaml is wrong; nothing can be judged against it: {where}: {message} (and {more} more)',
  },
  badDate: { zh: '{option} 的值“{value}”不是日期，应写作 YYYY-MM-DD。', en: '{option} "{value}" is not a date; write YYYY-MM-DD.' },
  badDateSuggest: { zh: '{option} 的值“{value}”格式不正确，应写作 {suggestion}。', en: '{option} "{value}" is not in YYYY-MM-DD form; write {suggestion}.' },
  badLang: { zh: '不支持的语言“{value}”，可选：zh、en。', en: 'Unsupported language "{value}"; use zh or en.' },
  badFormat: { zh: '不支持的输出格式“{value}”，可选：{allowed}。', en: 'Unsupported format "{value}"; use one of: {allowed}.' },
  unknownUnit: { zh: '没有成员单位“{unit}”。已有：{hint}。请写单位标识、全称或简称。', en: 'There is no unit "{unit}". Known: {hint}. Give a unit id, full name or short name.' },
  unknownUnitSuggest: { zh: '没有成员单位“{unit}”，是否应为“{suggestion}”？', en: 'There is no unit "{unit}"; did you mean "{suggestion}"?' },
  knownUnits: { zh: '已有：{units}。', en: 'Known: {units}.' },
  initNotFolder: { zh: '“{path}”是文件，不是文件夹，无法在其中新建对标创建工作。', en: '"{path}" is a file, not a folder; a campaign cannot be created in it.' },
  initUnitsNotFolder: { zh: '“{dir}”中的 units 不是文件夹，未新建。请先移走或改名。', en: 'units in "{dir}" is not a folder; nothing was created. Move or rename it first.' },
  initCampaignLink: { zh: '“{dir}”中的 campaign.yaml 是链接（可能指向不存在的文件），未覆盖。请先删除或修复该链接。', en: 'campaign.yaml in "{dir}" is a link (perhaps to nothing); it was not replaced. Remove or repair the link first.' },
  stdoutFailed: { zh: '无法写入标准输出（{code}），输出不完整。', en: 'Could not write to standard output ({code}); the output is incomplete.' },
  threadsIgnored: { zh: '提示：环境变量 EBZ_THREADS 已不起作用（ebz 只用一个线程读取文件），可以删除。', en: 'Note: EBZ_THREADS no longer does anything (ebz reads files on one thread); it can be removed.' },
  yearOutOfRange: { zh: '{option} 的值“{value}”超出支持的年份范围（{first}—{last} 年）。', en: '{option} "{value}" is outside the supported years, {first}–{last}.' },
  badMonth: { zh: '--month 的值“{value}”不是月份，应写作 YYYY-MM，如 2022-05。', en: '--month "{value}" is not a month; write YYYY-MM, e.g. 2022-05.' },
  badQuarter: { zh: '--quarter 的值“{value}”不是季度，应写作 YYYY-Qn，如 2022-Q2。', en: '--quarter "{value}" is not a quarter; write YYYY-Qn, e.g. 2022-Q2.' },
  periodConflict: { zh: '--year 与 --quarter 只能指定一个。', en: 'Give --year or --quarter, not both.' },
  badYear: { zh: '--year 的值“{value}”不是年份，应写作四位数字，如 2022。', en: '--year "{value}" is not a year; write four digits, e.g. 2022.' },
  badOutputExtension: { zh: '无法从文件名“{file}”判断输出格式，请用 --format 指定，或使用扩展名 {allowed}。', en: 'Cannot tell the format from "{file}"; give --format, or use one of {allowed}.' },
  outputInCampaign: { zh: '不能把报告写入成员单位文件夹（{file}），请换一个位置。', en: 'A report cannot be written into a unit folder ({file}); choose another place.' },
  outputInCampaignRoot: {
    zh: '不能把报告写入活动文件夹 {root}（{file}）：该文件夹中的文件由 ebz 读取。请换一个位置，如活动文件夹之外的文件夹。',
    en: 'A report cannot be written inside the campaign folder {root} ({file}): ebz reads the files there. Choose a place outside it.',
  },
  outputNotRegular: {
    zh: '“{file}”不是普通文件（而是管道、设备、文件夹或指向它们的链接），不能替换，未写入任何内容。请换一个文件名，或先把它移走。',
    en: '"{file}" is not a regular file (it is a pipe, device, folder or a link to one) and cannot be replaced; nothing was written. Choose another file name, or move it away first.',
  },
  outputFolderMissing: { zh: '文件“{file}”所在的文件夹不存在。', en: 'The folder of "{file}" does not exist.' },
  outputFailed: { zh: '无法写入文件“{file}”（{reason}）。', en: 'Could not write "{file}" ({reason}).' },
  badFlag: { zh: '{option} 的值“{value}”有误：{problem}', en: '{option} "{value}": {problem}' },
  schemaJsonOrExample: { zh: '--json 与 --example 只能指定一个。', en: 'Give --json or --example, not both.' },
  badKind: { zh: '不认识的文件种类“{value}”，可选：{allowed}。', en: 'Unknown kind "{value}"; use one of: {allowed}.' },
  badKindSuggest: { zh: '不认识的文件种类“{value}”，是否应为“{suggestion}”？', en: 'Unknown kind "{value}"; did you mean "{suggestion}"?' },
  needUnit: { zh: '请用 --unit 指定成员单位，或在成员单位文件夹中运行。', en: 'Name the unit with --unit, or run it inside the unit folder.' },
  fileExists: { zh: '文件“{file}”已存在，未覆盖。如确需覆盖请加 --force（原文件备份到 .ebz/backups/）。', en: '"{file}" exists and was not overwritten. Add --force to replace it (the old file is kept under .ebz/backups/).' },
  backedUp: { zh: '原文件已备份到 {file}', en: 'The old file is kept as {file}' },
  campaignExists: { zh: '“{dir}”中已有 campaign.yaml，未做任何改动。', en: '"{dir}" already holds a campaign.yaml; nothing was changed.' },
  cancelled: { zh: '已取消，未写入任何文件。', en: 'Cancelled; nothing was written.' },
  newWritten: { zh: '已写入 {file}。检查结果：', en: 'Written: {file}. Check:' },
  newFileExists: {
    zh: '“{file}”已存在，未提问，也未写入。如需重写，请加 --force（原文件将另存到 .ebz/backups/）。',
    en: '"{file}" exists; nothing was asked or written. Add --force to rewrite it (the old file is kept under .ebz/backups/).',
  },
  newBackedUp: { zh: '原文件已另存为 {file}。', en: 'The old file is kept as {file}.' },
  newMemberAdded: { zh: '已将“{name}”（{id}）加入 campaign.yaml 的成员单位名单（members），原 campaign.yaml 已另存于 .ebz/backups/。', en: 'Added {name} ({id}) to the roster in campaign.yaml (members); the old campaign.yaml is kept under .ebz/backups/.' },
  newMemberByHand: { zh: 'campaign.yaml 的成员单位名单（members）不是逐行列出的，无法自动加入。请在 members 下加入：{line}', en: 'The roster in campaign.yaml (members) is not a list of lines, so the new member cannot be added to it. Add under members: {line}' },
  newNoTerminal: {
    zh: '不在终端中运行（输入或输出不是终端），未提问：已按命令行参数和已有资料写入 {file}，未给出的内容写作“待补充”，请补全后再报送。要逐项填写，请在终端中运行；确认不提问请加 --yes。',
    en: 'Not run in a terminal (input or output is not one), so nothing was asked: {file} was written from the options and what the campaign knows, with 待补充 where nothing was given; fill it in before sending. Run in a terminal to be asked; add --yes to say no questions are wanted.',
  },
  initDone: {
    zh: '已在 {dir} 建立对标创建工作：campaign.yaml、units/、.ebz/schemas/（{schemas} 个格式文件）。\n下一步：ebz new unit {dir} 添加成员单位；用 VS Code 打开该文件夹可获得中文提示和补全（需安装 YAML 扩展）。',
    en: 'Created a campaign in {dir}: campaign.yaml, units/, .ebz/schemas/ ({schemas} schemas).\nNext: ebz new unit {dir} to add a unit; open the folder in VS Code (with the YAML extension) for completion and Chinese help.',
  },
  initSettingsKept: {
    zh: '提示：{file} 已存在，未改动。如需编辑器提示，请在其中加入 "yaml.schemas"（见 ebz 的 README）。',
    en: 'Note: {file} exists and was left as it is. For editor help add "yaml.schemas" to it (see the README).',
  },
  initSeedDefaults: {
    zh: '未给出 --city、--title、--office、--start，也不在终端中运行：已按鄂尔多斯市实施方案的原样设置（{start} 起）写入 campaign.yaml。其他城市请删除后加 --city 和 --start 重新运行。',
    en: 'No --city, --title, --office or --start, and not run in a terminal: campaign.yaml holds the Ordos plan as it is (from {start}). For another city, delete it and run again with --city and --start.',
  },
  initSchedule: { zh: '{city}：建标阶段自 {start} 开始，建标材料 {benchmark} 前报送，对标创建工作方案 {plan} 前报送。', en: '{city}: the build phase starts on {start}; benchmarks are due by {benchmark}, plans by {plan}.' },
  initBadStart: { zh: '--start 的值“{value}”有误：请写作 YYYY-MM-DD，在 2000-01-01 到 {latest} 之间，如 2025-03-01。', en: '--start "{value}": write a date YYYY-MM-DD from 2000-01-01 to {latest}, e.g. 2025-03-01.' },
  newDraftKept: {
    zh: '已停下，未写入文件；已填的回答保存在 {draft}，再次运行 ebz new {kind} 即可接着填写。',
    en: 'Stopped; no file was written. The answers so far are kept in {draft}: run ebz new {kind} again to carry on.',
  },
  newNeedDomain: {
    zh: '不提问新建成员单位（--yes，或不在终端中）时，须用 --domain 指定重点领域（它决定评分权重），如 --domain talent。可选：{domains}',
    en: 'A new unit written without questions (--yes, or not in a terminal) needs --domain (it sets the scoring weights), e.g. --domain talent. One of: {domains}',
  },
  unknownRule: { zh: '没有规则“{id}”（ebz rules 列出全部规则）。', en: 'There is no rule "{id}" (ebz rules lists them).' },
  unknownRuleSuggest: { zh: '没有规则“{id}”，是否应为“{suggestion}”？', en: 'There is no rule "{id}"; did you mean "{suggestion}"?' },
  binaryToTerminal: {
    zh: '{format} 文件不能显示在终端上，请用 --output 指定文件名，如 --output {example}。',
    en: 'A {format} file cannot be shown on a terminal; name a file with --output, e.g. --output {example}.',
  },
  written: { zh: '已写入 {file}', en: 'Written: {file}' },
  internal: { zh: '内部错误：{message}。请将此信息和所用命令报告给维护人员。', en: 'Internal error: {message}. Please report it with the command you ran.' },

  // campaign.yaml problems
  campaignTimezone: { zh: '时区“{value}”无效，应为 IANA 时区名，如 Asia/Shanghai。', en: 'Unknown timezone "{value}"; use an IANA name such as Asia/Shanghai.' },
  campaignPhaseOrder: { zh: '阶段日期顺序不对：{after} 早于 {before}。', en: 'Phase dates out of order: {after} comes before {before}.' },
  campaignDeadlineOrder: { zh: '截止日期顺序不对：{after} 早于 {before}。', en: 'Deadlines out of order: {after} comes before {before}.' },
  campaignStretchOrder: { zh: '进展报送的各段应依次排列、互不重叠：首个报送月份 {first} 应晚于上一段的最后报送月份 {last}（上一段持续报送时须先写明 last）。', en: 'Progress stretches must follow one another without overlap: the first month {first} must come after the previous stretch\'s last month {last} (give the previous stretch a `last`).' },
  campaignQuarterMonth: { zh: '按季报送的首个报送月份 {first} 应为季度的最后一个月（03、06、09 或 12）。', en: 'A quarterly stretch must start on a quarter\'s last month (03, 06, 09 or 12), not {first}.' },
  campaignMonthOrder: { zh: '最后报送月份 {last} 早于首个报送月份 {first}。', en: 'The last progress month {last} comes before the first, {first}.' },
  campaignWeightSum: { zh: '五项赋分权重合计为 {sum}，应为 100。', en: 'The five weights sum to {sum}; they must sum to 100.' },
  campaignDomainWeightSum: { zh: '领域“{domain}”调整后的赋分权重合计为 {sum}，应为 100。', en: 'The weights of domain "{domain}" sum to {sum} after its overrides; they must sum to 100.' },
  campaignUnknownDomain: { zh: '“{domain}”不是 domains 中的重点领域。', en: '"{domain}" is not one of the domains.' },
  campaignMemberRepeated: { zh: '成员单位名单中单位标识“{id}”出现了两次。每个成员单位只列一次。', en: 'The roster lists the unit id "{id}" twice. List each member once.' },
  campaignGradeOrder: { zh: '等次应按最低得分从高到低排列。', en: 'Grades must be listed from the highest minimum score down.' },
  campaignUnknownRule: { zh: 'rules 中的“{id}”不是规则标识（ebz rules 列出全部规则）。', en: '"{id}" under rules is not a rule id (ebz rules lists them).' },
  campaignUnknownRuleSuggest: { zh: 'rules 中的“{id}”不是规则标识，是否应为“{suggestion}”？', en: '"{id}" under rules is not a rule id; did you mean "{suggestion}"?' },

  // notes
  defaultCampaign: {
    zh: '提示：未找到 campaign.yaml，按内置的鄂尔多斯市默认设置（ebz init 所写内容）检查。',
    en: 'Note: no campaign.yaml found; checking against the embedded Ordos default (what ebz init writes).',
  },
  holidayDataMissing: {
    zh: '提示：未内置 {years} 年的节假日安排（内置至 {last} 年），这些年份的报送截止日遇休息日只按周末顺延。可在 campaign.yaml 的 calendar.holidays 和 calendar.workdays 中补充。',
    en: 'Note: no holiday arrangement for {years} is built in (the table ends with {last}); due dates in those years move past weekends only. Add their days under calendar.holidays and calendar.workdays in campaign.yaml.',
  },
  cacheInCampaign: {
    zh: '提示：缓存文件夹 {dir} 位于材料文件夹之内，本次不使用缓存，也不向材料文件夹写入任何文件。请将 EBZ_CACHE_DIR 设为材料文件夹以外的位置。',
    en: 'Note: the cache folder {dir} lies inside the campaign folder; no cache is used this time and nothing is written into the campaign. Set EBZ_CACHE_DIR to a folder outside it.',
  },

  // output words
  severityError: { zh: '错误', en: 'error' },
  severityWarning: { zh: '警告', en: 'warning' },
  severityInfo: { zh: '提示', en: 'info' },
  noProblems: { zh: '✓ 未发现问题（{units} 个成员单位，{files} 个文件，截至 {asOf}）。', en: '✓ No problems ({units} unit(s), {files} file(s), as of {asOf}).' },
  summary: {
    zh: '✖ {total} 个问题（错误 {errors}，警告 {warnings}，提示 {infos}）：{units} 个成员单位，{files} 个文件，截至 {asOf}。',
    en: '✖ {total} problem(s) ({errors} errors, {warnings} warnings, {infos} infos) in {units} unit(s), {files} file(s), as of {asOf}.',
  },
  summaryInfoOnly: {
    zh: '✓ 没有错误和警告，提示 {infos} 条（{units} 个成员单位，{files} 个文件，截至 {asOf}）。',
    en: '✓ No errors or warnings; {infos} info(s) ({units} unit(s), {files} file(s), as of {asOf}).',
  },
  findingsGrouped: {
    zh: '{where}：“{rule}”类问题共 {total} 条，以上只列出前 {shown} 条；--format json 列出全部。',
    en: '{where}: {total} findings of {rule} in all; only the first {shown} are listed above. --format json lists them all.',
  },
  unknownFilesGrouped: {
    zh: '{where} 下有 {total} 个无关文件或文件夹，以上只列出前 {shown} 个；--format json 列出全部。',
    en: '{where} holds {total} files or folders ebz does not know; only the first {shown} are listed above. --format json lists them all.',
  },
  mdTitle: { zh: '检查结果：{campaign}（截至 {asOf}）', en: 'Check results: {campaign} (as of {asOf})' },
  colFile: { zh: '文件', en: 'File' },
  colPlace: { zh: '位置', en: 'Line' },
  colSeverity: { zh: '级别', en: 'Severity' },
  colMessage: { zh: '问题', en: 'Problem' },
  colRule: { zh: '规则', en: 'Rule' },
  colClause: { zh: '条款', en: 'Clause' },
  colWhat: { zh: '检查内容', en: 'What it checks' },
  truncatedMark: { zh: '…（已截断）', en: '… (truncated)' },
  explainAllTitle: { zh: '各成员单位得分明细', en: 'Every term of each unit\'s score' },
} as const;

export type MessageId = keyof typeof messages;
