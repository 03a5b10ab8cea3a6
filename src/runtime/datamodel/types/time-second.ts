/**
 * SCORM 2004 4th ed. RTE §4.1.1.6 time(second,10,2): a point in time,
 * `YYYY[-MM[-DD[Thh[:mm[:ss[.s[s][TZD]]]]]]]` with TZD = `Z` | `±hh` | `±hh:mm`.
 *
 * Rules as ADL's SampleRTE (DateTimeValidator) applies them and ADL's CTS (DMI) checks them:
 * - the year is 1970–2038 (DMI: `1969`, `2039`, `22004` fail);
 * - every field has exactly two digits (`2004-4`, `T9`, `:045` fail) and its calendar range:
 *   month 01–12, day within that month of that year (leap years count), hour 00–23,
 *   minute and second 00–59 (`T24`, `:60` fail);
 * - the fraction of a second has one or two digits (`58.025` fails);
 * - a time zone may only follow the fraction of a second (`09:45Z`, `09:45:58Z`, `T15+03` fail);
 *   its hour is 00–23 and its minute 00–59 (`+24`, `+05:60` fail). ADL also takes a lowercase
 *   `z`, and so do we.
 */

const TIME_SECOND =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2})(?::(\d{2})(?:\.\d{1,2}(?:[Zz]|[+-](\d{2})(?::(\d{2}))?)?)?)?)?)?)?)?$/;

const FIRST_YEAR = 1970;
const LAST_YEAR = 2038;

export function isTimeSecond(s: string): boolean {
  const match = TIME_SECOND.exec(s);
  if (match === null) return false;
  const [, year, month, day, hour, minute, second, zoneHour, zoneMinute] = match;
  const y = Number(year);
  if (y < FIRST_YEAR || y > LAST_YEAR) return false;
  if (month !== undefined && !inRange(month, 1, 12)) return false;
  if (day !== undefined && !inRange(day, 1, daysInMonth(y, Number(month)))) return false;
  return (
    (hour === undefined || inRange(hour, 0, 23)) &&
    (minute === undefined || inRange(minute, 0, 59)) &&
    (second === undefined || inRange(second, 0, 59)) &&
    (zoneHour === undefined || inRange(zoneHour, 0, 23)) &&
    (zoneMinute === undefined || inRange(zoneMinute, 0, 59))
  );
}

function inRange(digits: string, min: number, max: number): boolean {
  const n = Number(digits);
  return n >= min && n <= max;
}

/** Days in `month` (1–12) of the Gregorian `year`. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
