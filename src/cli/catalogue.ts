// `ebz rules`, `ebz explain RULE`, `ebz schema KIND`: the catalogue and the formats, from their one source.
import { fill, severityWord, type Lang } from '../i18n/index.js';
import { nearest } from '../load/validate.js';
import { EbzError } from '../model/errors.js';
import { schemas } from '../model/schemas.generated.js';
import { renderRulesMd } from '../render/rules.js';
import { displayWidth, padEnd } from '../render/text.js';
import { CLAUSES } from '../rules/clauses.js';
import { EXPLANATIONS } from '../rules/explain.js';
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
    const idWidth = Math.max(...RULES.map((r) => r.id.length));
    const sevWidth = Math.max(...RULES.map((r) => displayWidth(severityWord(r.severity, lang))));
    const clauseWidth = Math.max(...RULES.map((r) => displayWidth(r.clause ?? '—')));
    const lines = RULES.map((rule) => `${padEnd(rule.id, idWidth)}  ${padEnd(severityWord(rule.severity, lang), sevWidth)}  ${padEnd(rule.clause ?? '—', clauseWidth)}  ${rule.description[lang]}`);
    io.stdout.write(lines.join('\n') + '\n');
  }
  return 0;
}

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

export function explainText(id: string, lang: Lang): string {
  const rule = RULES_BY_ID.get(id)!;
  const explanation = EXPLANATIONS[id]!;
  const w = (key: keyof typeof WORDS, data = {}) => fill(WORDS[key][lang], data);
  const indent = (text: string) => text.trimEnd().split('\n').map((line) => `    ${line}`).join('\n');
  const basis = rule.clause
    ? rule.clause
        .split(/,\s*/)
        .map((clause) => `  ${clause} ${lang === 'zh' ? `“${CLAUSES[clause]?.zh ?? ''}”` : `"${CLAUSES[clause]?.en ?? ''}"`}`)
        .join('\n')
    : `  ${w('dataFormat')}`;
  const colon = lang === 'zh' ? '：' : ':';
  const severity = severityWord(rule.severity, lang);
  const header = lang === 'zh' ? `${rule.id}（${[severity, rule.clause].filter(Boolean).join('，')}）` : `${rule.id} (${[severity, rule.clause].filter(Boolean).join(', ')})`;
  return [
    header,
    '',
    `${w('what')}${colon}`,
    `  ${rule.description[lang]}`,
    `${w('basis')}${colon}`,
    basis,
    `${w('why')}${colon}`,
    `  ${explanation.why[lang]}`,
    `${w('fix')}${colon}`,
    `  ${explanation.fix[lang]}`,
    `${w('example', { file: explanation.file })}${colon}`,
    `  ${w('wrong')}${colon}`,
    indent(explanation.wrong),
    `  ${w('right')}${colon}`,
    indent(explanation.right),
    '',
    w('off', { id: rule.id }),
    '',
  ].join('\n');
}

export function explainCommand(id: string, { io, lang }: CommandContext): number {
  if (!RULES_BY_ID.has(id)) {
    const suggestion = nearest(id, [...RULES_BY_ID.keys()]);
    throw suggestion ? new EbzError('unknownRuleSuggest', { id, suggestion }) : new EbzError('unknownRule', { id });
  }
  io.stdout.write(explainText(id, lang));
  return 0;
}

export function schemaCommand(kind: string, { io }: CommandContext): number {
  const kinds = Object.keys(schemas);
  if (!(kind in schemas)) {
    const suggestion = nearest(kind, kinds);
    throw suggestion ? new EbzError('badKindSuggest', { value: kind, suggestion }) : new EbzError('badKind', { value: kind, allowed: kinds.join(', ') });
  }
  io.stdout.write(JSON.stringify(schemas[kind as keyof typeof schemas], null, 2) + '\n');
  return 0;
}
