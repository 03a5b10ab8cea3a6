/**
 * SCORM 1.2 RTE §3.4 data type CMISInteger: a signed integer (ADL's checkSInteger: -32768 to
 * 32768). The 1.2 elements of this type (student_preference audio, speed, text) narrow the range
 * further; {@link isCMISIntegerInRange} checks both.
 *
 * Digits with an optional leading minus sign only: no "+", no spaces, no decimal point.
 * (CMIInteger, the unsigned type, types no element a SCO can set in 1.2, so it has no check.)
 */

const SIGNED_INTEGER = /^-?\d+$/;
const SINTEGER_MIN = -32768;
const SINTEGER_MAX = 32768;

/** The number a CMISInteger names, or undefined when `value` is not one. */
export function parseCMISInteger(value: string): number | undefined {
  if (!SIGNED_INTEGER.test(value)) return undefined;
  const number = Number(value);
  return number >= SINTEGER_MIN && number <= SINTEGER_MAX ? number : undefined;
}

/** A CMISInteger whose value lies in [min, max]. */
export function isCMISIntegerInRange(value: string, min: number, max: number): boolean {
  const number = parseCMISInteger(value);
  return number !== undefined && number >= min && number <= max;
}
