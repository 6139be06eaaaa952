// The rule catalogue as a Markdown table, from the registry: for `ebz rules --format md` and the README.
import type { Lang } from '../i18n/index.js';
import { RULES } from '../rules/index.js';

const SEVERITY = { error: { zh: '错误', en: 'error' }, warning: { zh: '警告', en: 'warning' }, info: { zh: '提示', en: 'info' } };
const HEADER = { zh: '| 规则 | 级别 | 条款 | 检查内容 |', en: '| Rule | Severity | Clause | What it checks |' };

export function renderRulesMd(lang: Lang): string {
  const rows = RULES.map((rule) => `| \`${rule.id}\` | ${SEVERITY[rule.severity][lang]} | ${rule.clause ?? '—'} | ${rule.description[lang].replace(/\|/g, '\\|')} |`);
  return [HEADER[lang], '|---|---|---|---|', ...rows].join('\n') + '\n';
}
