// Numbers as a clerk wrote them: the value a spreadsheet's noise hides (10.500000001 → 10.5), and how
// many decimals an indicator is written with, so that reports print its values the same way.

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

/** The decimals a number is written with, its noise left out: 10.5 → 1, 92 → 0, 10.500000001 → 1. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const written = String(meantNumber(value) ?? value);
  if (/e/i.test(written)) return 0;
  return written.split('.')[1]?.length ?? 0;
}

/** The precision of an indicator: the most decimals among its baseline, benchmark and target as written. */
export function indicatorDecimals(indicator: { baseline?: number; benchmark?: number; target?: number }): number {
  return Math.max(0, ...[indicator.baseline, indicator.benchmark, indicator.target].filter((v): v is number => typeof v === 'number').map(decimalsOf));
}

/** A function that puts a value of the indicator at its precision: 10.500000001 → 10.5 for an indicator written 9.8, 12, 11.5. */
export function atIndicatorPrecision(indicator: { baseline?: number; benchmark?: number; target?: number }): (value: number) => number {
  const decimals = indicatorDecimals(indicator);
  return (value) => (Number.isFinite(value) ? rounded(value, decimals) : value);
}
