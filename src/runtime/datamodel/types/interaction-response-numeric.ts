/**
 * SCORM 2004 4th ed. RTE §4.2.9.1 and §4.2.9.2: numeric values, and the numeric ranges that
 * performance step answers may hold. Checks as ADL's SampleRTE makes them
 * (InteractionValidator), confirmed by ADL's CTS (DMI).
 */

import { parseReal } from './real.js';

const RANGE = '[:]';

/**
 * numeric pattern: `min[:]max`, either bound empty for "no bound", both reals, min ≤ max.
 * ADL requires the `[:]`: a bare `5` is not a numeric pattern. DMI: `300[:]1.5`, `30[:]-4500`,
 * `100,000.00` and `invalid` fail.
 */
export function isNumericPattern(pattern: string): boolean {
  return isNumericRange(pattern);
}

/** numeric response: a single real (DMI: `-400[:]-500.00` and `4000.003a` fail). */
export function isNumericResponse(response: string): boolean {
  return parseReal(response) !== undefined;
}

/** `min[:]max` with one separator, empty or real bounds, min ≤ max. */
export function isNumericRange(value: string): boolean {
  const separator = value.indexOf(RANGE);
  if (separator < 0 || value.includes(RANGE, separator + RANGE.length)) return false;
  const min = bound(value.slice(0, separator));
  const max = bound(value.slice(separator + RANGE.length));
  if (min === undefined || max === undefined) return false;
  return min === null || max === null || min <= max;
}

/** An empty bound is null ("no bound"); a real is its number; anything else undefined. */
function bound(text: string): number | null | undefined {
  return text === '' ? null : parseReal(text);
}
