// Terminal text helpers: the one sanitiser of data text (safeText for every line-based output, mdText
// for Markdown); display width and padding live in layout.ts.
import { MAX_VALUE_LENGTH, shorten } from '../i18n/index.js';

export { MAX_VALUE_LENGTH };

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)|[@-Z\\-_])/g;
// C0 and C1 controls (line breaks and tabs included), the line and paragraph separators, and every
// bidirectional mark, embedding, override and isolate (which can make a line read in another order).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Data text as it may safely reach a terminal or any line-based output: one line (line breaks and tabs
 * become spaces), no escape sequences, no control or bidi characters, at most `max` characters.
 * Every renderer and every stderr line passes data through this one function.
 */
export function safeText(text: string, max: number = Number.POSITIVE_INFINITY): string {
  const flat = String(text)
    .replace(ANSI, '')
    .replace(/\r\n|[\t\n\r\v\f\u0085\u2028\u2029]/g, ' ')
    .replace(CONTROL, '');
  return shorten(flat, max);
}

/**
 * Data text made inert in Markdown: one line (safeText), then every character that could start a
 * link, image, emphasis, code, HTML, entity, table cell or strike-through escaped, and a line start
 * that would make a heading, quote, list or rule escaped too. A bare `scheme://` is broken with a
 * zero-width space so no renderer turns it into a link.
 */
export function mdText(text: string): string {
  return safeText(text)
    .replace(/[\\`*_[\]|~!]/g, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
    .replace(/^(\s*)([#=+-]|\d+[.)])/, '$1\\$2')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}\u200b.`);
}

