/**
 * SCORM 2004 4th ed. RTE §4.1.1.5 real(10,7): a real number.
 *
 * ADL's SampleRTE (RealRangeValidator) accepts whatever Java's Double.parseDouble accepts, and
 * ADL's CTS (DMI) checks only that decimal numbers pass and that `invalid`, `100,000.00`,
 * `34,000.00` and `3.1456200.045` fail. Precision is not enforced: DMI sets and reads back
 * `7.000099999887765544`. So we accept the decimal forms Java does:
 *
 * - an optional sign, `+` included (`+5`);
 * - digits with an optional fraction, a bare fraction (`.5`) or a bare point (`5.`);
 * - an optional exponent (`1e-7`): content built on JavaScript writes tiny numbers that way
 *   (`String(0.0000001)`), and ADL accepts them.
 *
 * We reject the rest of Java's grammar, which is no real number a SCORM author means: leading
 * or trailing whitespace, `NaN`, `Infinity`, hexadecimal floats and the `d`/`f` type suffixes.
 * Values that overflow a double (`1e999`) are not reals either.
 */

const REAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** The number `s` denotes, or undefined when `s` is not a real. */
export function parseReal(s: string): number | undefined {
  if (!REAL.test(s)) return undefined;
  const value = Number(s);
  return Number.isFinite(value) ? value : undefined;
}
