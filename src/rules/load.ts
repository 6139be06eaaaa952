// Rules the loader reports while it reads: YAML syntax, duplicate keys, encoding, unknown files, schema.
import type { Lang, MessageData } from '../i18n/index.js';
import { lines, type LoaderRule } from './types.js';

export const yamlSyntax: LoaderRule = {
  id: 'yaml-syntax',
  scope: 'load',
  severity: 'error',
  clause: null,
  description: { zh: '文件不是有效的 YAML，无法读取。', en: 'The file is not valid YAML and cannot be read.' },
  messages: {
    syntax: { zh: 'YAML 格式错误，无法读取本文件（{code}）。请检查此处的缩进、冒号和引号。', en: 'YAML syntax error; the file cannot be read ({code}). Check the indentation, colons and quotes here.' },
    badIndent: { zh: '此处缩进不正确：同一层级的键应左对齐，下一层级应多缩进两个空格。', en: 'Wrong indentation here: keys of one level line up, the next level is indented two more spaces.' },
    tab: { zh: '第 {line} 行用制表符（Tab）缩进，YAML 只能用空格缩进。', en: 'Line {line} is indented with a tab; YAML indents with spaces only.' },
    missingChar: { zh: '此处缺少配对的括号或引号。', en: 'A closing bracket or quote is missing here.' },
    multilineKey: { zh: '此处缺少冒号“:”，或键跨了多行。每行应写作“键: 值”。', en: 'A colon ":" is missing here, or a key runs over several lines. Write each line as "key: value".' },
    unexpected: { zh: '此处有无法识别的内容，请检查冒号、短横线“-”和缩进。', en: 'Unexpected content here; check the colons, dashes "-" and indentation.' },
    badScalarStart: { zh: '此处的值以特殊字符开头，请给整个值加上引号。', en: 'The value here starts with a special character; put the whole value in quotes.' },
    missingAnchor: { zh: '此处引用了不存在的锚点（*别名）。', en: 'This alias (*name) refers to an anchor that does not exist.' },
    fullWidthColon: { zh: '第 {line} 行使用了中文冒号“：”，YAML 需要英文冒号“:”。', en: 'Line {line} uses the full-width colon "："; YAML needs ":".' },
    fullWidthSpace: { zh: '第 {line} 行有全角空格，YAML 只能用半角空格缩进和分隔。', en: 'Line {line} contains a full-width space; YAML needs ordinary spaces.' },
    multiDocument: { zh: '一个文件只能有一份 YAML 文档，请删去“---”分隔的其余部分或拆成多个文件。', en: 'A file holds one YAML document only; remove what follows the "---" separator or split the file.' },
    tooDeep: { zh: '文件中的括号或缩进嵌套层次过深，已拒绝读取。', en: 'The file nests brackets or indentation too deeply; it was not read.' },
    aliasLimit: { zh: '文件中别名（*引用）展开过多，已拒绝读取。', en: 'The file expands too many aliases (*references); it was not read.' },
    collectionKey: { zh: '此处用列表或映射作为键，键只能是文字，请改写为“键: 值”。', en: 'A list or mapping is used as a key here; a key must be text. Write "key: value".' },
    aliasExpansion: { zh: '文件中别名（*引用）展开后的内容过大，已拒绝读取。', en: 'The file\'s aliases (*references) expand to too much content; it was not read.' },
    tooLarge: { zh: '文件大小 {size} 字节，超过上限 {limit} 字节，未读取。', en: 'The file is {size} bytes, over the limit of {limit} bytes; it was not read.' },
    unreadable: { zh: '无法读取此文件，请检查文件权限。', en: 'This file cannot be read; check its permissions.' },
    folderUnreadable: {
      zh: '无法读取文件夹“{file}”，其中的文件均未检查，也不按未报送处理。请检查文件夹的权限。',
      en: 'The folder "{file}" cannot be read: none of its files were checked, nor counted as missing in this check. Check the folder\'s permissions.',
    },
    notRegular: { zh: '“{file}”不是普通文件（{type}），未读取。请放入真实的 YAML 文件。', en: '"{file}" is not a regular file ({type}); it was not read. Put a real YAML file there.' },
    link: { zh: '“{file}”是链接，不跟随读取。请放入真实的文件。', en: '"{file}" is a link; it is not followed. Put the real file there.' },
  },
  explain: {
    why: {
      zh: '文件无法读取时，其中的全部内容都无法核对，相当于未报送。',
      en: 'A file that cannot be read cannot be checked at all; it counts for nothing, as if it had not been submitted.',
    },
    fix: {
      zh: '按提示的行号检查：冒号用英文“:”且后跟一个空格；缩进只用空格，不用 Tab 和全角空格；同一层级的键左对齐；以特殊字符开头的值加引号。改正后重新运行 ebz check。',
      en: 'Go to the line given: use the ASCII colon ":" followed by a space; indent with spaces only, never tabs or full-width spaces; line up keys of one level; quote a value that starts with a special character. Then run ebz check again.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('unit: fgw', 'submitted：2022-02-14   # ← 中文冒号“：”'),
    right: lines('unit: fgw', 'submitted: 2022-02-14'),
  },
  localize(data: MessageData, lang: Lang): MessageData {
    return typeof data.type === 'string' ? { ...data, type: NOT_REGULAR[data.type]?.[lang] ?? data.type } : data;
  },
};

/** What stands under a file's name when it is not a regular file. */
const NOT_REGULAR: Record<string, { zh: string; en: string }> = {
  folder: { zh: '是文件夹', en: 'a folder' },
  fifo: { zh: '是命名管道', en: 'a named pipe' },
  socket: { zh: '是套接字', en: 'a socket' },
  device: { zh: '是设备', en: 'a device' },
  other: { zh: '不是文件', en: 'not a file' },
};

export const yamlDuplicateKey: LoaderRule = {
  id: 'yaml-duplicate-key',
  scope: 'load',
  severity: 'error',
  clause: null,
  description: { zh: '同一映射中重复出现同一个键。', en: 'A mapping repeats a key.' },
  messages: {
    duplicate: { zh: '键“{key}”重复出现，后一个会覆盖前一个。请删去或合并其中一个。', en: 'The key "{key}" appears twice; the second would override the first. Remove or merge one.' },
  },
  explain: {
    why: {
      zh: '同一个键写了两次，只有后一个生效，前一个内容会悄悄丢失，报送的与实际读取的不一致。',
      en: 'When a key is written twice only the second counts; the first is silently lost, so what was sent is not what is read.',
    },
    fix: {
      zh: '删去重复的键，或将两处内容合并为一处。多次修改同一项时，请在原处改写，不要另起一行。',
      en: 'Delete the repeated key, or merge the two into one. When revising an entry, change it in place rather than adding another line.',
    },
    file: 'units/fgw/benchmark.yaml',
    wrong: lines('unit: fgw', 'submitted: 2022-01-03', 'submitted: 2022-01-04   # ← 键重复'),
    right: lines('unit: fgw', 'submitted: 2022-01-03'),
  },
};

export const fileEncoding: LoaderRule = {
  id: 'file-encoding',
  scope: 'load',
  severity: 'warning',
  clause: null,
  messageSeverity: { undecodable: 'error' },
  description: { zh: '文件不是 UTF-8 编码（按 GB18030/GBK 读取），或无法识别编码。', en: 'The file is not UTF-8 (read as GB18030/GBK), or its encoding cannot be recognised.' },
  messages: {
    gb18030: { zh: '文件不是 UTF-8 编码，已按 GB18030/GBK 读取。请另存为 UTF-8 编码。', en: 'The file is not UTF-8; it was read as GB18030/GBK. Save it as UTF-8.' },
    undecodable: { zh: '无法识别文件编码，可能不是文本文件（如改了扩展名的 Word 文档）。请另存为 UTF-8 编码的 YAML 文件。', en: 'The encoding cannot be recognised; this may not be a text file (a Word document renamed, say). Save it as UTF-8 YAML.' },
  },
  explain: {
    why: {
      zh: '非 UTF-8 编码的文件在不同电脑上可能显示为乱码，单位名称、措施内容会读错。',
      en: 'A file not in UTF-8 may turn to mojibake on another computer, and unit names or measures may be misread.',
    },
    fix: {
      zh: '用编辑器将文件“另存为”UTF-8 编码（记事本选择“UTF-8”，WPS 选择“Unicode (UTF-8)”）后重新报送。如提示无法识别编码，请确认文件确为 YAML 文本，而非改了扩展名的 Word 或 Excel 文件。',
      en: 'Use "Save as" in the editor and choose UTF-8 (Notepad: "UTF-8"; WPS: "Unicode (UTF-8)"), then submit again. If the encoding cannot be recognised, make sure the file really is YAML text and not a Word or Excel file renamed.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('# ← 本文件以 GBK（ANSI）编码保存', 'unit: fgw', 'submitted: 2022-02-14'),
    right: lines('# 本文件以 UTF-8 编码保存', 'unit: fgw', 'submitted: 2022-02-14'),
  },
};

export const fileUnknown: LoaderRule = {
  id: 'file-unknown',
  scope: 'load',
  severity: 'warning',
  clause: null,
  description: { zh: '成员单位文件夹中有 ebz 不认识的文件或文件夹。', en: 'A unit folder holds a file or folder that ebz does not know.' },
  messages: {
    unknown: { zh: '不认识的文件“{file}”，未读取。成员单位文件夹只应有 unit.yaml、benchmark.yaml、research.yaml、plan.yaml 和 progress/、annual/ 文件夹。', en: 'Unknown file "{file}", not read. A unit folder holds only unit.yaml, benchmark.yaml, research.yaml, plan.yaml and the progress/ and annual/ folders.' },
    unknownFolder: { zh: '不认识的文件夹“{file}”，未读取。成员单位文件夹中只应有 progress/ 和 annual/ 两个文件夹。', en: 'Unknown folder "{file}", not read. A unit folder holds only the progress/ and annual/ folders.' },
    unknownPeriodFile: { zh: '不认识的文件“{file}”，未读取。月度进展应命名为 YYYY-MM.yaml，年度总结应命名为 YYYY.yaml。', en: 'Unknown file "{file}", not read. Progress files are named YYYY-MM.yaml, annual reviews YYYY.yaml.' },
    lookalike: { zh: '文件“{file}”未读取：应命名为“{suggestion}”。', en: 'The file "{file}" was not read: it should be named "{suggestion}".' },
    lookalikeNamed: {
      zh: '文件“{file}”应命名为“{suggestion}”，否则检查整个文件夹时不会读取它。这次按指定的文件读取并检查。',
      en: 'The file "{file}" should be named "{suggestion}"; a check of the whole folder does not read it. It was read and checked because it was named.',
    },
    recognised: {
      zh: '文件名“{file}”不是 ebz 认识的名称；按内容判断为{title}（{suggestion}），已按此检查。放入成员单位文件夹时请命名为 {suggestion}。',
      en: 'The name "{file}" is none ebz knows; by its content it is taken for {suggestion} ({title}) and checked as such. Name it {suggestion} in the unit folder.',
    },
    notAFolder: { zh: 'units/ 下的“{file}”不是文件夹，未读取。每个成员单位应有一个文件夹。', en: '"{file}" in units/ is not a folder and was not read. Each unit has a folder of its own.' },
    badUnitId: { zh: '文件夹名“{folder}”不是有效的单位标识（小写字母、数字和连字符），未读取。', en: 'The folder name "{folder}" is not a valid unit id (lower-case letters, digits and hyphens); it was not read.' },
    linkOutside: { zh: '“{file}”是指向对标创建工作文件夹以外的链接，未读取。', en: '"{file}" is a link that leads outside the campaign folder; it was not followed.' },
    brokenLink: { zh: '“{file}”是指向不存在的文件的链接，未读取。', en: '"{file}" is a link to nothing; it was not read.' },
  },
  explain: {
    why: {
      zh: 'ebz 只读取约定名称的文件，名称不对的文件不会被核对，其中内容等于未报送。',
      en: 'ebz reads only files with the agreed names; a file named otherwise is not checked, and what it holds counts as not submitted.',
    },
    fix: {
      zh: '按约定命名：unit.yaml、benchmark.yaml、research.yaml、plan.yaml，月度进展放在 progress/YYYY-MM.yaml，年度总结放在 annual/YYYY.yaml。删除重复的副本；Word、PDF 等原件另行存放，不放在成员单位文件夹中。',
      en: 'Use the agreed names: unit.yaml, benchmark.yaml, research.yaml, plan.yaml, progress reports as progress/YYYY-MM.yaml and annual reviews as annual/YYYY.yaml. Delete duplicate copies; keep Word or PDF originals elsewhere, not in the unit folder.',
    },
    file: 'units/fgw/',
    wrong: lines('# units/fgw/ 中的文件', '- unit.yaml', '- plan.yaml', '- plan (1).yaml   # ← 重复的副本', '- 方案.docx   # ← Word 原件'),
    right: lines('# units/fgw/ 中的文件', '- unit.yaml', '- plan.yaml', '# 方案.docx 等原件另行存放'),
  },
};

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '文本', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'a whole number' },
  object: { zh: '映射（键: 值）', en: 'a mapping (key: value)' },
  array: { zh: '列表（- 项）', en: 'a list (- item)' },
  boolean: { zh: 'true/false', en: 'true/false' },
  null: { zh: '空值', en: 'empty' },
};

const COMPARISONS: Record<string, { zh: string; en: string }> = {
  '>=': { zh: '不小于', en: 'at least' },
  '<=': { zh: '不大于', en: 'at most' },
  '>': { zh: '大于', en: 'more than' },
  '<': { zh: '小于', en: 'less than' },
};

/** How an item of a list is named in a message: 措施 m4, measure m4; by its place when it has no id. */
const ITEM_WORDS: Record<string, { zh: string; en: string }> = {
  measures: { zh: '措施', en: 'measure' },
  new_measures: { zh: '措施', en: 'measure' },
  indicators: { zh: '指标', en: 'indicator' },
  new_indicators: { zh: '指标', en: 'indicator' },
  members: { zh: '成员单位', en: 'member' },
  gaps: { zh: '差距弱项短板', en: 'gap' },
  trips: { zh: '调研', en: 'trip' },
  exchanges: { zh: '人员交流', en: 'exchange' },
  milestones: { zh: '节点', en: 'milestone' },
  revisions: { zh: '方案调整', en: 'revision' },
};

/** A field inside a list item, named through the item: title 措施 m4 的完成时限 (zh), key due of measure m4 (en). */
function itemField(data: MessageData, lang: Lang): MessageData {
  if (typeof data.itemList !== 'string') return {};
  const word = ITEM_WORDS[data.itemList]?.[lang] ?? (lang === 'zh' ? String(data.itemTitle ?? data.itemList) : data.itemList);
  const item = data.itemId ? `${word} ${data.itemId}` : lang === 'zh' ? `${word}第 ${data.itemNo} 项` : `${word} ${data.itemNo}`;
  const key = String(data.key ?? '');
  if (lang === 'zh') return { title: key === '' ? item : `${item}${data.itemId ? ' ' : ''}的${String(data.title ?? key)}`, key: key || String(data.itemList) };
  return { key: key === '' ? item : `${key} of ${item}` };
}

function typeWords(ids: string, lang: Lang): string {
  return ids
    .split('|')
    .map((id) => TYPE_NAMES[id]?.[lang] ?? id)
    .join(lang === 'zh' ? '或' : ' or ');
}

export const schema: LoaderRule = {
  id: 'schema',
  scope: 'load',
  severity: 'error',
  clause: null,
  description: { zh: '文件内容不符合该类文件的格式（JSON Schema）：缺项、多项、类型或取值不对。', en: 'The file does not match the format (JSON Schema) of its kind: a field missing, unknown, of the wrong type or value.' },
  messages: {
    required: { zh: '缺少必填项“{title}”（{key}）。', en: 'Missing required field "{key}" ({title}).' },
    requiredAdd: { zh: '缺少必填项“{title}”（{key}）。请加入一行：{line}', en: 'Missing required field "{key}" ({title}). Add the line: {line}' },
    unknownKey: { zh: '不认识的键“{key}”。此处可用的键：{known}。', en: 'Unknown key "{key}". Keys allowed here: {known}.' },
    unknownKeySuggest: { zh: '不认识的键“{key}”，是否应为“{suggestion}”？', en: 'Unknown key "{key}"; did you mean "{suggestion}"?' },
    enumLabel: { zh: '“{value}”应写作 {suggestion}。', en: '"{value}" should be written {suggestion}.' },
    enum: { zh: '“{title}”的值“{value}”不在可选范围内，应为：{allowed}。', en: '"{value}" is not a valid {key}; use one of: {allowed}.' },
    type: { zh: '“{title}”应为{expected}，此处为{actual}。', en: '{key} should be {expected}, not {actual}.' },
    rootType: { zh: '文件内容应为{expected}，此处为{actual}。', en: 'The file should hold {expected}, not {actual}.' },
    dateForm: { zh: '{title}“{value}”格式不正确，应写作 {suggestion}。', en: '{key} "{value}" is not a date in YYYY-MM-DD form; write {suggestion}.' },
    dateInvalid: { zh: '{title}“{value}”不是真实存在的日期。', en: '{key} "{value}" is not a real date.' },
    dateUnreadable: { zh: '{title}“{value}”不是日期，应写作 YYYY-MM-DD，如 2022-01-04。', en: '{key} "{value}" is not a date; write it as YYYY-MM-DD, e.g. 2022-01-04.' },
    monthForm: { zh: '{title}“{value}”格式不正确，应写作 {suggestion}。', en: '{key} "{value}" is not a month in YYYY-MM form; write {suggestion}.' },
    monthUnreadable: { zh: '{title}“{value}”不是月份，应写作 YYYY-MM，如 2022-03。', en: '{key} "{value}" is not a month; write it as YYYY-MM, e.g. 2022-03.' },
    idPattern: { zh: '{title}“{value}”不符合要求：只能用小写字母、数字和连字符，且以字母或数字开头。', en: '{key} "{value}" may use only lower-case letters, digits and hyphens, starting with a letter or digit.' },
    pattern: { zh: '{title}“{value}”格式不正确。', en: '{key} "{value}" is not in the required form.' },
    emptyList: { zh: '“{title}”不能为空，至少填写一项。', en: '{key} must not be empty; give at least one.' },
    minItems: { zh: '“{title}”至少填写 {limit} 项。', en: '{key} needs at least {limit} items.' },
    emptyText: { zh: '“{title}”不能为空。', en: '{key} must not be empty.' },
    percentSign: { zh: '“{title}”写作了“{value}”：去掉 % 号，写作 {suggestion}。', en: '{key} is written "{value}": remove the % sign: write {suggestion}.' },
    fullWidthNumber: { zh: '“{title}”的值“{value}”用了全角数字，请改用半角数字，写作 {suggestion}。', en: '{key} "{value}" uses full-width digits; write {suggestion} in ASCII digits.' },
    fullWidthDate: { zh: '{title}“{value}”用了全角数字，请改用半角数字，写作 {suggestion}。', en: '{key} "{value}" uses full-width digits; write {suggestion} in ASCII digits.' },
    rangeBetween: { zh: '“{title}”的值 {value} 超出范围，应在 {min} 到 {max} 之间。', en: '{key} is {value}; it must be from {min} to {max}.' },
    range: { zh: '“{title}”的值 {value} 超出范围，应{comparison} {limit}。', en: '{key} is {value}; it must be {comparison} {limit}.' },
    notZero: { zh: '“{title}”不能为 0。', en: '{key} must not be 0.' },
    invalid: { zh: '“{title}”的值不符合要求。', en: '{key} has a value that is not allowed.' },
    notFinite: { zh: '“{title}”（{key}）的值 {value} 不是有限的数，请填写实际数值。', en: '{key} is {value}, which is not a finite number; write the actual number.' },
    tooManyKeys: { zh: '“{title}”（{key}）有 {count} 个键，超过上限 {limit} 个，未检查其内容。', en: '{key} has {count} keys, over the limit of {limit}; its content was not checked.' },
    tooManyItems: { zh: '“{title}”（{key}）有 {count} 项，超过上限 {limit} 项，未检查其内容。', en: '{key} has {count} items, over the limit of {limit}; its content was not checked.' },
    emptyFile: { zh: '文件为空（或只有注释），没有任何内容。', en: 'The file is empty (or holds only comments).' },
  },
  explain: {
    why: {
      zh: '格式不对的内容（缺项、键名写错、日期写法不统一）无法汇总统计，督查报告和评估会漏算或算错。',
      en: 'Content in the wrong form (a missing field, a misspelt key, a date written another way) cannot be tallied; supervision reports and scores would miss it or get it wrong.',
    },
    fix: {
      zh: '按提示补齐必填项、改正键名和取值。日期一律写作 YYYY-MM-DD（如 2022-06-30），月份写作 YYYY-MM。可运行 ebz schema 查看该类文件的完整格式，或用 ebz new 生成模板填写。',
      en: 'Add the missing field, or correct the key or value, as the message says. Write dates as YYYY-MM-DD (e.g. 2022-06-30) and months as YYYY-MM. Run ebz schema to see the full format of the file, or ebz new to start from a template.',
    },
    file: 'units/fgw/plan.yaml',
    wrong: lines('measures:', '  - id: m1', '    title: 建立重大项目储备库', '    due: 2022/6/30   # ← 应写作 2022-06-30'),
    right: lines('measures:', '  - id: m1', '    title: 建立重大项目储备库', '    due: 2022-06-30'),
  },
  localize(data: MessageData, lang: Lang): MessageData {
    const localized = { ...data, ...itemField(data, lang) };
    if (typeof data.expected === 'string') localized.expected = typeWords(data.expected, lang);
    if (typeof data.actual === 'string') localized.actual = typeWords(data.actual, lang);
    if (typeof data.comparison === 'string') localized.comparison = COMPARISONS[data.comparison]?.[lang] ?? data.comparison;
    return localized;
  },
};
