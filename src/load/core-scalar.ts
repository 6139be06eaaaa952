// A plain YAML scalar as the `yaml` package's core schema (YAML 1.2) reads it, and which keys it reads as
// their own text: what the fast path (fast-parse.ts) needs to resolve null, booleans, numbers and keys
// as the exact path does.
import { FAST_LIMITS } from './limits.js';

// The `yaml` package's core schema (yaml/dist/schema/core), in its order: the first test that matches wins.
const CORE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
const CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const CORE_INT_OCT = /^0o[0-7]+$/;
const CORE_INT = /^[-+]?[0-9]+$/;
const CORE_INT_HEX = /^0x[0-9a-fA-F]+$/;
const CORE_FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const CORE_FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const CORE_FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** A plain scalar that is no core value: a string. */
export const NOT_CORE: unique symbol = Symbol('not a core scalar');
/** Only digits, and a date: the commonest plain scalars that start with a digit, each settled by one test. */
const DIGITS = /^[0-9]+$/;
const DATE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

/**
 * The value of a plain scalar as the yaml package's core schema reads it, or NOT_CORE. The first
 * character says which of the patterns can match at all (most plain scalars are words and need none):
 * a letter only null or a boolean, `~` only null, a digit, sign or dot only the numbers.
 */
export function coreValue(text: string): unknown {
  if (text.length === 0) return null;
  const c = text.charCodeAt(0);
  switch (c) {
    case 0x6e: case 0x4e: // n N
      return CORE_NULL.test(text) ? null : NOT_CORE;
    case 0x74: case 0x54: case 0x66: case 0x46: // t T f F
      return CORE_BOOL.test(text) ? c === 0x74 || c === 0x54 : NOT_CORE;
    case 0x7e: // ~
      return text.length === 1 ? null : NOT_CORE;
  }
  const digit = c >= 0x30 && c <= 0x39;
  if (!digit && c !== 0x2b && c !== 0x2d && c !== 0x2e) return NOT_CORE;
  // A digit first: all digits is CORE_INT's (an octal or hex needs a letter), a date is no number.
  if (digit && DIGITS.test(text)) return parseInt(text, 10);
  if (digit && DATE.test(text)) return NOT_CORE;
  if (CORE_INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (CORE_INT.test(text)) return parseInt(text, 10);
  if (CORE_INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (CORE_FLOAT_NAN.test(text)) {
    return text.slice(-3).toLowerCase() === 'nan' ? NaN : text[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (CORE_FLOAT_EXP.test(text) || CORE_FLOAT.test(text)) return parseFloat(text);
  return NOT_CORE;
}

/**
 * A key yaml reads as this same text: not too long, no core value (`null:`, `True:`, `1.0:`), not
 * `__proto__`, nothing a flow or a quote would change.
 */
export function plainKey(key: string): boolean {
  return key.length <= FAST_LIMITS.keyLength && key !== '__proto__' && coreValue(key) === NOT_CORE && !/[[\]{},"'#:]|^\s|\s$/.test(key);
}
