/**
 * SCORM 1.2 RTE §3.4 data type CMIDecimal: "a number that may have a decimal point. If not
 * preceded by a minus sign, the number is presumed to be positive" (examples: 2, 2.2, -2.2).
 *
 * Only that notation is accepted: no "+", no exponent, no surrounding spaces, none of the
 * "NaN" / "Infinity" / "1e3" spellings that Java's `new Double(…)` in ADL's validator lets
 * through by accident.
 */

const DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** The number a CMIDecimal names, or undefined when `value` is not a CMIDecimal. */
export function parseCMIDecimal(value: string): number | undefined {
  return DECIMAL.test(value) ? Number(value) : undefined;
}

export function isCMIDecimal(value: string): boolean {
  return DECIMAL.test(value);
}

/** A CMIDecimal whose value lies in [min, max]. */
export function isCMIDecimalInRange(value: string, min: number, max: number): boolean {
  const number = parseCMIDecimal(value);
  return number !== undefined && number >= min && number <= max;
}
