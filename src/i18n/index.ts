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

const SEVERITY_WORD = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' } as const;

/** 错误 / 警告 / 提示 — the one word for a severity in every output. */
export function severityWord(severity: keyof typeof SEVERITY_WORD, lang: Lang): string {
  return t(lang, SEVERITY_WORD[severity]);
}

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export type { MessageId };
