// Numbers as a document counts its parts: 一、二、…十三 in Chinese, 1, 2, … 13 in English.
import type { Lang } from './index.js';

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 13 → 十三, 21 → 二十一 (1–99; beyond that, the figures). */
export function sayOrdinal(n: number, lang: Lang): string {
  if (lang !== 'zh' || !Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`}${DIGITS[ones]}`;
}
