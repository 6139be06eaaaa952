// Checks of a wizard's answers as they are typed: each returns true, or what is wrong in the user's language.
import { progressPeriods, progressStretchOf } from '../calendar/schedule.js';
import type { Campaign } from '../model/types.js';
import { isIsoDate, isIsoMonth, suggestIsoDate } from '../calendar/dates.js';
import type { Lang } from '../i18n/index.js';
import { asciiDigits, fullWidthNumber, hasFullWidthDigits, withoutPercentSign } from '../load/hints.js';
import { isPlaceholder } from '../rules/text.js';
import { NAME_WORDS } from './words.js';

export type Check = (value: string) => true | string;

const say = (lang: Lang, zh: string, en: string) => (lang === 'zh' ? zh : en);

export function dateCheck(lang: Lang): Check {
  return (value) => {
    if (isIsoDate(value.trim())) return true;
    if (hasFullWidthDigits(value)) {
      const ascii = suggestIsoDate(asciiDigits(value));
      if (ascii) return fullWidth(lang, value, ascii);
    }
    const suggestion = suggestIsoDate(value);
    return suggestion
      ? say(lang, `请写作 ${suggestion}（YYYY-MM-DD）。`, `Write ${suggestion} (YYYY-MM-DD).`)
      : say(lang, '请输入真实存在的日期，格式 YYYY-MM-DD，如 2022-01-04。', 'Enter a real date as YYYY-MM-DD, e.g. 2022-01-04.');
  };
}

export function monthCheck(lang: Lang): Check {
  return (value) => {
    if (isIsoMonth(value.trim())) return true;
    if (hasFullWidthDigits(value) && isIsoMonth(asciiDigits(value).trim())) return fullWidth(lang, value, asciiDigits(value).trim());
    return say(lang, '请输入月份，格式 YYYY-MM，如 2022-05。', 'Enter a month as YYYY-MM, e.g. 2022-05.');
  };
}

function fullWidth(lang: Lang, value: string, ascii: string): string {
  return say(lang, `“${value.trim()}”用了全角数字，请改用半角数字，写作 ${ascii}。`, `"${value.trim()}" uses full-width digits; write ${ascii} in ASCII digits.`);
}

/** What is wrong with a number typed as "85%" or "５", else undefined. */
function numberHint(lang: Lang, value: string): string | undefined {
  const number = withoutPercentSign(value);
  if (number !== undefined) return say(lang, `去掉 % 号，写作 ${number}。`, `Remove the % sign: write ${number}.`);
  const ascii = fullWidthNumber(value);
  return ascii === undefined ? undefined : fullWidth(lang, value, ascii);
}

/** The bounds a number must keep: `above` is a strict lower bound (a quantity is more than 0). */
export interface NumberRange {
  min?: number;
  max?: number;
  above?: number;
}

export function textCheck(lang: Lang): Check {
  return (value) => {
    if (!value.trim()) return say(lang, '此项不能为空。', 'This cannot be empty.');
    if (isPlaceholder(value)) return say(lang, `“${value.trim()}”是占位内容，请填写实际内容。`, `"${value.trim()}" is a placeholder; write the real content.`);
    return true;
  };
}

const NAME_SEPARATORS = ['：', ':', '，', ','];

/** A person's name: text, with no title after a colon and no second name after a comma. */
export function personNameCheck(lang: Lang): Check {
  return all(textCheck(lang), (value) => {
    const sign = NAME_SEPARATORS.find((s) => value.includes(s));
    if (sign === undefined) return true;
    const name = value.split(sign)[0]!.trim() || (lang === 'zh' ? '张三' : 'Zhang San');
    return NAME_WORDS.separator[lang].replace('{sign}', sign).replace('{name}', name);
  });
}

export function idCheck(lang: Lang, taken: readonly string[] = []): Check {
  return (value) => {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(value.trim())) return say(lang, '只能用小写字母、数字和连字符，如 gdp-growth。', 'Use lower-case letters, digits and hyphens, e.g. gdp-growth.');
    if (taken.includes(value.trim())) return say(lang, `“${value.trim()}”已经用过，请换一个。`, `"${value.trim()}" is already used; choose another.`);
    return true;
  };
}

/** A number as a clerk writes it: decimal digits, a sign and a point; never hex (0x10), exponents or Infinity. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

export function numberCheck(lang: Lang, { min, max, above }: NumberRange = {}): Check {
  return (value) => {
    const n = Number(value.trim());
    if (!DECIMAL.test(value.trim()) || !Number.isFinite(n)) return numberHint(lang, value) ?? say(lang, '请输入数字。', 'Enter a number.');
    if (min !== undefined && max !== undefined && (n < min || n > max)) return say(lang, `应在 ${min} 到 ${max} 之间。`, `Must be from ${min} to ${max}.`);
    if (above !== undefined && n <= above) return say(lang, `应大于 ${above}。`, `Must be more than ${above}.`);
    if (min !== undefined && n < min) return say(lang, `应不小于 ${min}。`, `Must be at least ${min}.`);
    if (max !== undefined && n > max) return say(lang, `应不大于 ${max}。`, `Must be at most ${max}.`);
    return true;
  };
}

/** A whole number of at least `min` and, when `max` is given, at most `max`. */
export function integerCheck(lang: Lang, min: number, max: number = Number.POSITIVE_INFINITY): Check {
  return (value) => {
    const n = Number(value.trim());
    if (DECIMAL.test(value.trim()) && Number.isInteger(n) && n >= min && n <= max) return true;
    const hint = value.trim() === '' || !Number.isFinite(n) ? numberHint(lang, value) : undefined;
    if (hint) return hint;
    return max === Number.POSITIVE_INFINITY
      ? say(lang, `请输入不小于 ${min} 的整数。`, `Enter a whole number of at least ${min}.`)
      : say(lang, `请输入 ${min} 到 ${max} 之间的整数。`, `Enter a whole number from ${min} to ${max}.`);
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

/** A month the progress schedule has a report for (a quarterly stretch: the quarter's last month). */
export function reportMonthCheck(campaign: Campaign, lang: Lang): Check {
  return (value) => {
    const month = value.trim();
    if (!isIsoMonth(month) || progressStretchOf(campaign, month)) return true;
    const before = progressPeriods(campaign, month).at(-1)?.month;
    return say(
      lang,
      `进展报送安排中没有 ${month} 这一期${before ? `；此前最近的一期是 ${before}（按季报送的以季末月份命名）` : ''}。`,
      `The progress schedule has no report for ${month}${before ? `; the latest before it is ${before} (quarterly reports are named by the quarter's last month)` : ''}.`,
    );
  };
}
