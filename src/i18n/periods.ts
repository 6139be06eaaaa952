// Periods, dates and documents as a reader says them: 2022年7月, 2022年第三季度, 2022年8月6日, “2022年7月月度进展”.
import type { Lang } from './index.js';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const QUARTERS_ZH = ['一', '二', '三', '四'];

function parts(iso: string): number[] {
  return iso.split('-').map(Number);
}

/** 2022-08-06 → 2022年8月6日 (en: 6 Aug 2022). Anything that is not an ISO date is returned as it is. */
export function sayDate(iso: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const [y, m, d] = parts(iso) as [number, number, number];
  return lang === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** 2022-07 → 2022年7月 (en: Jul 2022). */
export function sayMonth(month: string, lang: Lang): string {
  if (!/^\d{4}-\d{2}$/.test(month)) return month;
  const [y, m] = parts(month) as [number, number];
  return lang === 'zh' ? `${y}年${m}月` : `${MONTHS_EN[m - 1]} ${y}`;
}

/** 2022-Q3 → 2022年第三季度 (en: Q3 2022). */
export function sayQuarter(quarter: string, lang: Lang): string {
  const m = /^(\d{4})-Q([1-4])$/.exec(quarter);
  if (!m) return quarter;
  return lang === 'zh' ? `${m[1]}年第${QUARTERS_ZH[Number(m[2]) - 1]}季度` : `Q${m[2]} ${m[1]}`;
}

/** 2022 → 2022年度 (en: 2022). */
export function sayYear(year: number | string, lang: Lang): string {
  return lang === 'zh' ? `${year}年度` : String(year);
}

const FIXED_DOCUMENTS = {
  benchmark: { zh: '建标材料', en: 'benchmark' },
  research: { zh: '对标调研材料', en: 'research record' },
  plan: { zh: '对标创建工作方案', en: 'plan' },
} as const;

/** The months a progress report covers: its own month, or the three months of a quarterly stretch's report. */
export interface Covers {
  first: string;
  last: string;
}

/** Three months as a reader says them: 2025年第一季度 (en: Q1 2025), or 2023年2月至2023年4月 off the calendar's quarters. */
function sayMonths({ first, last }: Covers, lang: Lang): string {
  const [y, m] = parts(last) as [number, number];
  if (m % 3 === 0 && first === `${y}-${String(m - 2).padStart(2, '0')}`) return sayQuarter(`${y}-Q${m / 3}`, lang);
  return lang === 'zh' ? `${sayMonth(first, lang)}至${sayMonth(last, lang)}` : `${sayMonth(first, lang)}–${sayMonth(last, lang)}`;
}

/**
 * A document by name from its key and, for progress, the months it covers: `progress:2022-07` →
 * 2022年7月月度进展, a quarterly `progress:2025-03` → 2025年第一季度进展, `annual:2022` → 2022年度总结.
 */
export function documentName(key: string, lang: Lang, covers?: Covers): string {
  if (key in FIXED_DOCUMENTS) return FIXED_DOCUMENTS[key as keyof typeof FIXED_DOCUMENTS][lang];
  const [kind, period = ''] = key.split(':');
  if (kind === 'progress' && covers && covers.first !== covers.last) {
    return lang === 'zh' ? `${sayMonths(covers, lang)}进展` : `progress report for ${sayMonths(covers, lang)}`;
  }
  if (kind === 'progress') return lang === 'zh' ? `${sayMonth(period, lang)}月度进展` : `progress report for ${sayMonth(period, lang)}`;
  if (kind === 'annual') return lang === 'zh' ? `${period}年度总结` : `annual review of ${period}`;
  return key;
}

const FIXED_LABELS = {
  benchmark: { zh: '建标', en: 'Benchmark' },
  research: { zh: '调研', en: 'Research' },
  plan: { zh: '方案', en: 'Plan' },
} as const;

/** A document's short name, for a column: 建标, 2022年7月, 2025年第一季度, 2022年度. */
export function documentLabel(key: string, lang: Lang, covers?: Covers): string {
  if (key in FIXED_LABELS) return FIXED_LABELS[key as keyof typeof FIXED_LABELS][lang];
  const [kind, period = ''] = key.split(':');
  if (kind === 'annual') return lang === 'zh' ? `${period}年度` : `${period} review`;
  return covers && covers.first !== covers.last ? sayMonths(covers, lang) : sayMonth(period, lang);
}
