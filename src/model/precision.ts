// Numbers as a clerk wrote them: the value a spreadsheet's noise hides (10.500000001 → 10.5), which is
// what the number-noise rule names and what reports print.

/** The most decimals a number a person wrote has; more than this is a spreadsheet's binary noise. */
const MAX_WRITTEN_DECIMALS = 6;

/** `value` rounded to `decimals` places, exactly as a person would write it. */
function rounded(value: number, decimals: number): number {
  return Number(value.toFixed(decimals));
}

/**
 * The number meant when `value` carries spreadsheet noise (10.500000001, 0.30000000000000004): the
 * value with at most six decimals whose difference from it lies a million times below its last digit.
 * Undefined for a number written as meant (3.14159265 is not noise).
 */
export function meantNumber(value: number): number | undefined {
  if (!Number.isFinite(value) || Number.isInteger(value)) return undefined;
  for (let decimals = 0; decimals <= MAX_WRITTEN_DECIMALS; decimals++) {
    const meant = rounded(value, decimals);
    if (meant !== value && Math.abs(value - meant) <= 10 ** -(decimals + 6) * Math.max(1, Math.abs(meant))) return meant;
  }
  return undefined;
}

/**
 * A value as a report prints it: its noise left out (10.500000001 → 10.5), and every digit the clerk
 * wrote kept (90.5 stays 90.5 beside a target of 95: a report never rounds a figure a unit sent).
 */
export function asWritten(value: number): number {
  return meantNumber(value) ?? value;
}
