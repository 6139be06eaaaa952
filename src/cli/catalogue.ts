// `ebz rules`, `ebz explain RULE`, `ebz schema KIND`: the catalogue and the formats, from their one source.
import { fill, severityWord, t, type Lang } from '../i18n/index.js';
import { nearest } from '../load/validate.js';
import { EbzError } from '../model/errors.js';
import { fileKindOf } from './kinds.js';
import { schemas } from '../model/schemas.generated.js';
import { renderRulesMd } from '../render/rules.js';
import { DEFAULT_WIDTH, displayWidth, padEnd, terminalWidth, textTable, wrapParagraph } from '../render/layout.js';
import { CLAUSES } from '../rules/clauses.js';
import { RULES, RULES_BY_ID } from '../rules/index.js';
import type { CommandContext } from './context.js';
import { parseFormat } from './check.js';


export function rulesCommand(options: { format?: string }, { io, lang }: CommandContext): number {
  const format = parseFormat(options.format, ['text', 'json', 'md'] as const, 'text');
  if (format === 'json') {
    const list = RULES.map((r) => ({ id: r.id, severity: r.severity, clause: r.clause, description: r.description[lang] }));
    io.stdout.write(JSON.stringify(list, null, 2) + '\n');
  } else if (format === 'md') {
    io.stdout.write(renderRulesMd(lang));
  } else {
    io.stdout.write(rulesText(lang, terminalWidth(io.stdout, io.env)).join('\n') + '\n');
  }
  return 0;
}

/**
 * The catalogue for a terminal: one row per rule where the description fits beside id, severity and
 * clause; on a narrower terminal, the description wrapped on the lines under them.
 */
export function rulesText(lang: Lang, width: number): string[] {
  const rows = RULES.map((rule) => [rule.id, severityWord(rule.severity, lang), rule.clause ?? '—', rule.description[lang]]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => displayWidth(r[i]!))));
  const lead = widths.reduce((a, b) => a + b + 2, 0);
  if (width - lead >= MIN_DESCRIPTION) {
    const header = (['colRule', 'colSeverity', 'colClause', 'colWhat'] as const).map((id) => t(lang, id));
    return textTable(header.map((label) => ({ label })), rows.map((r) => r.map((text) => ({ text }))), width);
  }
  return rows.flatMap(([id, severity, clause, description]) => [
    [padEnd(id!, widths[0]!), padEnd(severity!, widths[1]!), clause].join('  '),
    ...wrapParagraph(description!, width, '    '),
  ]);
}

/** Narrower than this, a rule's description goes under its id. */
const MIN_DESCRIPTION = 40;

const WORDS = {
  what: { zh: '检查内容', en: 'What it checks' },
  basis: { zh: '依据', en: 'Basis' },
  dataFormat: { zh: '数据格式要求（不对应实施方案的具体条款）。', en: 'The data format (no clause of the plan).' },
  why: { zh: '为什么', en: 'Why' },
  fix: { zh: '怎样改', en: 'How to fix' },
  example: { zh: '示例（{file}）', en: 'Example ({file})' },
  wrong: { zh: '错误写法', en: 'Wrong' },
  right: { zh: '正确写法', en: 'Right' },
  off: { zh: '调整级别：在 campaign.yaml 中写 rules: {{id}: warning}（error | warning | info | off）。', en: 'Change its severity in campaign.yaml: rules: {{id}: warning} (error | warning | info | off).' },
} as const;

/** What `ebz explain` prints: prose wrapped to the width, the YAML examples as they are (to copy). */
export function explainText(id: string, lang: Lang, width = DEFAULT_WIDTH): string {
  const rule = RULES_BY_ID.get(id)!;
  const explanation = rule.explain;
  const w = (key: keyof typeof WORDS, data = {}) => fill(WORDS[key][lang], data);
  const prose = (text: string, indent = '  ') => wrapParagraph(text, width, indent);
  const indent = (text: string) => text.trimEnd().split('\n').flatMap((line) => yamlLine(`    ${line}`, width));
  const basis = rule.clause
    ? rule.clause.split(/,\s*/).flatMap((clause) => prose(`${clause} ${lang === 'zh' ? `“${CLAUSES[clause]?.zh ?? ''}”` : `"${CLAUSES[clause]?.en ?? ''}"`}`))
    : prose(w('dataFormat'));
  const colon = lang === 'zh' ? '：' : ':';
  const severity = severityWord(rule.severity, lang);
  const header = lang === 'zh' ? `${rule.id}（${[severity, rule.clause].filter(Boolean).join('，')}）` : `${rule.id} (${[severity, rule.clause].filter(Boolean).join(', ')})`;
  return [
    ...prose(header, ''),
    '',
    `${w('what')}${colon}`,
    ...prose(rule.description[lang]),
    `${w('basis')}${colon}`,
    ...basis,
    `${w('why')}${colon}`,
    ...prose(explanation.why[lang]),
    `${w('fix')}${colon}`,
    ...prose(explanation.fix[lang]),
    `${w('example', { file: explanation.file })}${colon}`,
    `  ${w('wrong')}${colon}`,
    ...indent(explanation.wrong),
    `  ${w('right')}${colon}`,
    ...indent(explanation.right),
    '',
    ...prose(w('off', { id: rule.id }), ''),
    '',
  ].join('\n');
}

/**
 * A line of a YAML example that fits the width and stays valid YAML: a flow mapping breaks after its
 * commas, continued further in; a trailing `# ←` comment goes on a line of its own when it must.
 */
export function yamlLine(line: string, width: number): string[] {
  if (displayWidth(line) <= width) return [line];
  const comment = /\s+(#.*)$/.exec(line);
  const code = comment ? line.slice(0, comment.index) : line;
  const lead = /^\s*(?:- )?/.exec(code)![0].length;
  const continued = ' '.repeat(lead + 2);
  const lines: string[] = [];
  let current = '';
  for (const piece of code.split(/(?<=, )/)) {
    if (current && displayWidth(current + piece) > width) {
      lines.push(current.trimEnd());
      current = continued + piece;
    } else current += piece;
  }
  lines.push(current.trimEnd());
  if (comment) {
    const last = `${lines.at(-1)!}   ${comment[1]}`;
    if (displayWidth(last) <= width) lines[lines.length - 1] = last;
    else lines.push(`${' '.repeat(lead)}${comment[1]}`);
  }
  return lines;
}

export function explainCommand(typed: string, { io, lang }: CommandContext): number {
  const id = typed.trim().toLowerCase();
  if (!RULES_BY_ID.has(id)) {
    const suggestion = nearest(id, [...RULES_BY_ID.keys()]);
    throw suggestion ? new EbzError('unknownRuleSuggest', { id, suggestion }) : new EbzError('unknownRule', { id });
  }
  io.stdout.write(explainText(id, lang, terminalWidth(io.stdout, io.env)));
  return 0;
}

/** `ebz schema KIND`: a filled example file to copy; with --json, the JSON Schema (for editors). */
export async function schemaCommand(typed: string, options: { json?: boolean; example?: boolean }, { io }: CommandContext): Promise<number> {
  const kind = fileKindOf(typed, Object.keys(schemas) as (keyof typeof schemas)[]);
  if (options.json && options.example) throw new EbzError('schemaJsonOrExample');
  if (options.json) {
    io.stdout.write(JSON.stringify(schemas[kind], null, 2) + '\n');
    return 0;
  }
  const { exampleOf } = await import('./schema-examples.js');
  io.stdout.write(exampleOf(kind));
  return 0;
}
