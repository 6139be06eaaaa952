// The rule catalogue as a Markdown table, from the registry: for `ebz rules --format md` and the README.
import { severityWord, type Lang } from '../i18n/index.js';
import { RULES } from '../rules/index.js';

const HEADER = { zh: '| 规则 | 级别 | 条款 | 检查内容 |', en: '| Rule | Severity | Clause | What it checks |' };

export function renderRulesMd(lang: Lang): string {
  const rows = RULES.map((rule) => `| \`${rule.id}\` | ${severityWord(rule.severity, lang)} | ${rule.clause ?? '—'} | ${rule.description[lang].replace(/\|/g, '\\|')} |`);
  return [HEADER[lang], '|---|---|---|---|', ...rows].join('\n') + '\n';
}
