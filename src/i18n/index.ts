// Message catalogues and the one formatter every user-facing string goes through.
import { messages, type MessageId } from './messages.js';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export interface Localized {
  zh: string;
  en: string;
}

export type MessageData = Record<string, string | number | null | undefined>;

/** Fills `{name}` placeholders; an unknown placeholder is left as written so a gap is visible. */
export function fill(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data[name];
    return value === undefined || value === null ? whole : String(value);
  });
}

export function t(lang: Lang, id: MessageId, data?: MessageData): string {
  return fill(messages[id][lang], data);
}

/** A data value in one message or cell is at most this long; the rest is cut and marked "…". */
export const MAX_VALUE_LENGTH = 500;

/** Cuts text longer than `max` characters (code points) to `max - 1` and "…". */
export function shorten(text: string, max: number = MAX_VALUE_LENGTH): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, Math.max(0, max - 1)).join('') + '…';
}

const SEVERITY_WORD = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

/** 错误 / 警告 / 提示 — the one word for a severity in every output. */
export function severityWord(severity: keyof typeof SEVERITY_WORD, lang: Lang): string {
  return t(lang, SEVERITY_WORD[severity]);
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export type { MessageId };
