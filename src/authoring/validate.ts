// Checks of a wizard's answers as they are typed: each returns true, or what is wrong in the user's language.
import { isIsoDate, isIsoMonth, suggestIsoDate } from '../calendar/dates.js';
import type { Lang } from '../i18n/index.js';
import { isPlaceholder } from '../rules/text.js';

export type Check = (value: string) => true | string;

const say = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);

export function dateCheck(lang: Lang): Check {
  return (value) => {
    if (isIsoDate(value.trim())) return true;
    const suggestion = suggestIsoDate(value);
    return suggestion
      ? say(lang, `请写作 ${suggestion}（YYYY-MM-DD）。`, `Write ${suggestion} (YYYY-MM-DD).`)
      : say(lang, '请输入真实存在的日期，格式 YYYY-MM-DD，如 2022-01-04。', 'Enter a real date as YYYY-MM-DD, e.g. 2022-01-04.');
  };
}

export function monthCheck(lang: Lang): Check {
  return (value) => (isIsoMonth(value.trim()) ? true : say(lang, '请输入月份，格式 YYYY-MM，如 2022-05。', 'Enter a month as YYYY-MM, e.g. 2022-05.'));
}

export function textCheck(lang: Lang): Check {
  return (value) => {
    if (!value.trim()) return say(lang, '此项不能为空。', 'This cannot be empty.');
    if (isPlaceholder(value)) return say(lang, `“${value.trim()}”是占位内容，请填写实际内容。`, `"${value.trim()}" is a placeholder; write the real content.`);
    return true;
  };
}

export function idCheck(lang: Lang, taken: readonly string[] = []): Check {
  return (value) => {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(value.trim())) return say(lang, '只能用小写字母、数字和连字符，如 gdp-growth。', 'Use lower-case letters, digits and hyphens, e.g. gdp-growth.');
    if (taken.includes(value.trim())) return say(lang, `“${value.trim()}”已经用过，请换一个。`, `"${value.trim()}" is already used; choose another.`);
    return true;
  };
}

export function numberCheck(lang: Lang, min = -Infinity, max = Infinity): Check {
  return (value) => {
    const n = Number(value.trim());
    if (value.trim() === '' || !Number.isFinite(n)) return say(lang, '请输入数字。', 'Enter a number.');
    if (n < min || n > max) return say(lang, `请输入 ${min} 到 ${max} 之间的数字。`, `Enter a number from ${min} to ${max}.`);
    return true;
  };
}

export function integerCheck(lang: Lang, min: number): Check {
  return (value) => {
    const n = Number(value.trim());
    return Number.isInteger(n) && n >= min ? true : say(lang, `请输入不小于 ${min} 的整数。`, `Enter a whole number of at least ${min}.`);
  };
}

/** Passes when every check passes; the first complaint otherwise. */
export function all(...checks: Check[]): Check {
  return (value) => {
    for (const check of checks) {
      const result = check(value);
      if (result !== true) return result;
    }
    return true;
  };
}
