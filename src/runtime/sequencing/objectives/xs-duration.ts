/**
 * XML Schema Part 2 §3.2.6 duration, as the limit conditions of the sequencing definition write
 * them (imsss:limitConditions attemptAbsoluteDurationLimit and the like, SN book 4th ed. §3.5).
 * Years and months have no fixed length; they count as ADL's reference implementation counts
 * them (ADLDuration / DurationValidator): a year 365 days, a month 2 628 029 seconds.
 */

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const MS_PER_YEAR = 31_536_000_000;
const MS_PER_MONTH = 2_628_029_000;
const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
const MS_PER_MINUTE = 60_000;

/** The duration in milliseconds, or undefined when `text` is not a non-negative xs:duration. */
export function parseXsDuration(text: string): number | undefined {
  const match = DURATION.exec(text);
  // `P` alone and a `T` with no time field after it are not durations.
  if (match === null || text.length === 1 || text.endsWith('T')) return undefined;
  const [, years, months, days, hours, minutes, seconds] = match;
  return (
    count(years) * MS_PER_YEAR +
    count(months) * MS_PER_MONTH +
    count(days) * MS_PER_DAY +
    count(hours) * MS_PER_HOUR +
    count(minutes) * MS_PER_MINUTE +
    Math.round(count(seconds) * 1000)
  );
}

function count(field: string | undefined): number {
  return field === undefined ? 0 : Number(field);
}
