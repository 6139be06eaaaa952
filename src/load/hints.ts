// What a clerk's input method puts into a number or a date: full-width digits (５, ２０２２-０１-０３) and a % sign.

const FULL_WIDTH = /[\uFF10-\uFF19\uFF0B\uFF0D\uFF0E\uFF05\uFF0F]/;

/** True when the text holds a full-width digit or the full-width + - . % / that goes with one. */
export function hasFullWidthDigits(text: string): boolean {
  return /[\uFF10-\uFF19]/.test(text);
}

/** The text with full-width digits and + - . % / written as ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(new RegExp(FULL_WIDTH.source, 'g'), (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/** "85%" or "８５％": the number meant without its % sign, else undefined. */
export function withoutPercentSign(text: string): string | undefined {
  const match = /^\s*(\S+?)\s*%\s*$/.exec(asciiDigits(text));
  return match && NUMBER.test(match[1]!) ? String(Number(match[1])) : undefined;
}

/** "５" or "１２.５": the number in ASCII digits, when full-width digits are all that is wrong. */
export function fullWidthNumber(text: string): string | undefined {
  if (!hasFullWidthDigits(text)) return undefined;
  const ascii = asciiDigits(text).trim();
  return NUMBER.test(ascii) ? String(Number(ascii)) : undefined;
}
