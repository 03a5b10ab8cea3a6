/**
 * SCORM 1.2 RTE §3.4 data type CMITimespan: a length of time, HHHH:MM:SS.SS, with two to four
 * digits of hours, two of minutes, two of seconds and optionally one or two decimal digits
 * (cmi.core.session_time, total_time, interactions' latency, student_data.max_time_allowed).
 *
 * The book fixes the shape but no ranges. ADL's checkTimespan accepts minutes up to 99 and does
 * not bound the seconds; since the value is a duration (not a clock reading) that carries
 * correctly when added, any two digits are accepted for minutes and seconds too.
 */

const TIMESPAN = /^(\d{2,4}):(\d{2}):(\d{2})(?:\.(\d{1,2}))?$/;

const HUNDREDTHS_PER_SECOND = 100;
const HUNDREDTHS_PER_MINUTE = 60 * HUNDREDTHS_PER_SECOND;
const HUNDREDTHS_PER_HOUR = 60 * HUNDREDTHS_PER_MINUTE;
/** 9999:59:59.99, the longest span the format can write. */
const LONGEST_SPAN = 9999 * HUNDREDTHS_PER_HOUR + 59 * HUNDREDTHS_PER_MINUTE + 5999;

export function isCMITimespan(value: string): boolean {
  return TIMESPAN.test(value);
}

/** The span in hundredths of a second, or undefined when `value` is not a CMITimespan. */
export function parseCMITimespan(value: string): number | undefined {
  const match = TIMESPAN.exec(value);
  if (match === null) return undefined;
  const [, hours = '0', minutes = '0', seconds = '0', fraction = ''] = match;
  // ".5" is five tenths: pad the fraction to hundredths before reading it.
  const hundredths = fraction === '' ? 0 : Number(fraction.padEnd(2, '0'));
  return (
    Number(hours) * HUNDREDTHS_PER_HOUR +
    Number(minutes) * HUNDREDTHS_PER_MINUTE +
    Number(seconds) * HUNDREDTHS_PER_SECOND +
    hundredths
  );
}

/**
 * Writes a span as HHHH:MM:SS.SS (four hour digits, the form of the book's total_time examples).
 * Spans past the longest the format can hold are written as that longest span.
 */
export function formatCMITimespan(hundredths: number): string {
  const span = Math.min(Math.max(0, Math.round(hundredths)), LONGEST_SPAN);
  const hours = Math.floor(span / HUNDREDTHS_PER_HOUR);
  const minutes = Math.floor((span % HUNDREDTHS_PER_HOUR) / HUNDREDTHS_PER_MINUTE);
  const seconds = Math.floor((span % HUNDREDTHS_PER_MINUTE) / HUNDREDTHS_PER_SECOND);
  const fraction = span % HUNDREDTHS_PER_SECOND;
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(fraction, 2)}`;
}

/**
 * The sum of two spans, written as HHHH:MM:SS.SS. An empty or malformed operand counts as no time
 * (a stored total that was never set, a session that reported none).
 */
export function addCMITimespans(a: string, b: string): string {
  return formatCMITimespan((parseCMITimespan(a) ?? 0) + (parseCMITimespan(b) ?? 0));
}

function pad(number: number, width: number): string {
  return String(number).padStart(width, '0');
}
