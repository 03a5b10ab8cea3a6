/**
 * SCORM 2004 4th ed. RTE §4.1.1.4 timeinterval(second,10,2): a duration in the ISO 8601 form
 * `P[nY][nM][nD][T[nH][nM][n[.n]S]]`, used by cmi.session_time, cmi.total_time and
 * cmi.interactions.n.latency.
 *
 * Syntax as ADL's SampleRTE (DurationValidator) checks it and ADL's CTS (DMI) confirms:
 * - every designator is optional but the value is not empty: `P` and `PT` alone fail;
 * - a `T` must be followed by at least one time field (`P1Y6M14DT` fails) and the time fields
 *   need the `T` (`P1Y6M14D4H15M6.34S` fails);
 * - numbers may have leading zeros (`P01Y6M14DT4H015M06.34S` passes);
 * - only seconds have a fraction, of one or two digits.
 *
 * Values, for comparing and adding durations, follow ADL's DurationValidator.numSec: a year is
 * 365 days (31 536 000 s), a month 2 628 029 s (30.417 days), a day 86 400 s.
 */

const TIME_INTERVAL =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d{1,2}))?S)?)?$/;

const SECONDS_PER_YEAR = 31_536_000;
const SECONDS_PER_MONTH = 2_628_029;
const SECONDS_PER_DAY = 86_400;
const SECONDS_PER_HOUR = 3_600;
const SECONDS_PER_MINUTE = 60;

/**
 * The duration `s` denotes in hundredths of a second, or undefined when `s` is not a
 * timeinterval. Durations past 2^53 hundredths (about 2.8 million years) lose precision.
 */
export function parseTimeInterval(s: string): number | undefined {
  const match = TIME_INTERVAL.exec(s);
  if (match === null || !hasAField(s)) return undefined;
  const [, years, months, days, hours, minutes, seconds, fraction] = match;
  const wholeSeconds =
    count(years) * SECONDS_PER_YEAR +
    count(months) * SECONDS_PER_MONTH +
    count(days) * SECONDS_PER_DAY +
    count(hours) * SECONDS_PER_HOUR +
    count(minutes) * SECONDS_PER_MINUTE +
    count(seconds);
  const hundredths = fraction === undefined ? 0 : Number(fraction.padEnd(2, '0'));
  return wholeSeconds * 100 + hundredths;
}

export function isTimeInterval(s: string): boolean {
  return TIME_INTERVAL.test(s) && hasAField(s);
}

/**
 * The timeinterval for `cs` hundredths of a second, printed the way ADL's SampleRTE prints
 * cmi.total_time (DMTimeUtility.add): seconds carry into minutes, minutes into hours, hours
 * into days (never into months or years), fields that are zero are left out, and a fraction
 * of a second always has two digits. PT1M plus PT01H059M020S prints `PT2H20S`; 36.05 hours
 * print `P1DT12H3M`; zero prints `PT0H0M0S`, ADL's initial cmi.total_time.
 * A fractional count is rounded; a negative or non-finite one prints as zero.
 */
export function formatTimeInterval(cs: number): string {
  const total = cs > 0 && Number.isFinite(cs) ? Math.round(cs) : 0;
  if (total === 0) return 'PT0H0M0S';
  const hundredths = total % 100;
  const totalSeconds = Math.floor(total / 100);
  const seconds = totalSeconds % 60;
  const totalMinutes = Math.floor(totalSeconds / 60);
  const minutes = totalMinutes % 60;
  const totalHours = Math.floor(totalMinutes / 60);
  const hours = totalHours % 24;
  const days = Math.floor(totalHours / 24);

  let text = days > 0 ? `P${days}D` : 'P';
  if (hours > 0 || minutes > 0 || seconds > 0 || hundredths > 0) text += 'T';
  if (hours > 0) text += `${hours}H`;
  if (minutes > 0) text += `${minutes}M`;
  if (hundredths > 0) text += `${seconds}.${String(hundredths).padStart(2, '0')}S`;
  else if (seconds > 0) text += `${seconds}S`;
  return text;
}

/** ADL's rule that the value does not end in a bare designator: `P`, `PT` and `…T` fail. */
function hasAField(s: string): boolean {
  const last = s.charCodeAt(s.length - 1);
  return last !== 0x50 /* P */ && last !== 0x54 /* T */;
}

function count(digits: string | undefined): number {
  return digits === undefined ? 0 : Number(digits);
}
