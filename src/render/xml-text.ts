// Data text for the XML inside docx and xlsx: what safeText lets through, less every character XML 1.0
// forbids (a lone surrogate, U+FFFE, U+FFFF) and every Unicode noncharacter, which would make the whole
// document unreadable; and the limits of a workbook (a cell, a page header), with the cut marked.
import { t, type Lang } from '../i18n/index.js';
import { safeText } from './text.js';

/** Outside XML 1.0's Char production, or a noncharacter (U+FDD0–U+FDEF, U+nFFFE, U+nFFFF). */
const NOT_XML = /[^\t\n\r\u{20}-\u{D7FF}\u{E000}-\u{FFFD}\u{10000}-\u{10FFFF}]|\p{Noncharacter_Code_Point}/gu;

/** Text any XML part can hold as character data: safeText, without the characters XML cannot carry. */
export function xmlText(text: string, max?: number): string {
  return safeText(String(text).replace(NOT_XML, ''), max);
}

/** Excel's limits: characters (UTF-16 units) in a cell, and in a page header or footer with its codes. */
export const EXCEL_CELL_MAX = 32_767;
export const EXCEL_HEADER_MAX = 255;

/** The longest start of `text` whose cost (UTF-16 units, or as `cost` counts them) fits `room`; whole characters. */
function fitting(text: string, room: number, cost: (char: string) => number = (c) => c.length): { kept: string; whole: boolean } {
  let used = 0;
  let kept = '';
  for (const char of text) {
    used += cost(char);
    if (used > room) return { kept, whole: false };
    kept += char;
  }
  return { kept, whole: true };
}

/** The longest start of `text` within `max` UTF-16 units that never splits a character in two. */
export function cutWhole(text: string, max: number): string {
  return fitting(text, max).kept;
}

/** `text` within `max` UTF-16 units; when cut, it ends with the marker "…（已截断）" / "… (truncated)". */
export function fitExcel(text: string, lang: Lang, max: number = EXCEL_CELL_MAX): string {
  if (text.length <= max) return text;
  const marker = t(lang, 'truncatedMark');
  return fitting(text, max - marker.length).kept + marker;
}

/** A centred page header of `title` (its & doubled, as Excel's codes need), within EXCEL_HEADER_MAX. */
export function excelHeader(title: string, lang: Lang): string {
  const cost = (c: string) => (c === '&' ? 2 : c.length);
  const code = '&C';
  const whole = fitting(title, EXCEL_HEADER_MAX - code.length, cost);
  const marker = t(lang, 'truncatedMark');
  const text = whole.whole ? whole.kept : fitting(title, EXCEL_HEADER_MAX - code.length - marker.length, cost).kept + marker;
  return code + text.replace(/&/g, '&&');
}
