/**
 * How a call step's expected `ret` is compared with what the run-time answered
 * (scorm-trace/1, "match").
 *
 * The duration parser is the harness's own, independent of the run-time's, so that a replay
 * checks the run-time's arithmetic instead of repeating it.
 */
import type { MatchKind } from './trace-schema.js';

export function matches(kind: MatchKind, expected: string, actual: string): boolean {
  switch (kind) {
    case 'exact': return actual === expected;
    case 'set': return sameMembers(expected, actual);
    case 'number': return sameNumber(expected, actual);
    case 'duration': return sameDuration(expected, actual);
    case 'nonempty': return actual !== '';
    case 'any': return true;
  }
}

/** `_children` answers: the same comma-separated names, in any order, each as often. */
function sameMembers(expected: string, actual: string): boolean {
  const left = expected.split(',').sort();
  const right = actual.split(',').sort();
  return left.length === right.length && left.every((name, i) => name === right[i]);
}

const decimal = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Equal as decimal numbers: "0.5" = "0.50" = ".5". */
function sameNumber(expected: string, actual: string): boolean {
  return decimal.test(expected) && decimal.test(actual) && Number(expected) === Number(actual);
}

function sameDuration(expected: string, actual: string): boolean {
  const left = parseDuration(expected);
  const right = parseDuration(actual);
  if (left === undefined || right === undefined) return expected === actual;
  return left.months === right.months && left.hundredths === right.hundredths;
}

/**
 * A length of time: whole months (years count 12) apart from the rest, because a month has no
 * fixed length; everything from days down in hundredths of a second, the precision of both
 * versions' time types.
 */
export interface Duration {
  months: number;
  hundredths: number;
}

/** Either version's notation: SCORM 2004 timeinterval or SCORM 1.2 CMITimespan. */
export function parseDuration(text: string): Duration | undefined {
  return parseTimeInterval(text) ?? parseTimespan(text);
}

const timeInterval =
  /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?=\d)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * SCORM 2004 4th ed. RTE book, data type timeinterval (second,10,2): the ISO 8601 duration
 * `P[yY][mM][dD][T[hH][nM][s[.s]S]]`; at least one component, and a `T` only before one.
 */
function parseTimeInterval(text: string): Duration | undefined {
  const parts = timeInterval.exec(text);
  if (parts === null || text === 'P') return undefined;
  const [, years, months, days, hours, minutes, seconds] = parts;
  const wholeMinutes = (whole(days) * 24 + whole(hours)) * 60 + whole(minutes);
  return {
    months: whole(years) * 12 + whole(months),
    hundredths: wholeMinutes * 6000 + toHundredths(seconds),
  };
}

const timespan = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/;

/**
 * SCORM 1.2 RTE book, data type CMITimespan: `HHHH:MM:SS.SS`, two to four hour digits,
 * optional hundredths.
 */
function parseTimespan(text: string): Duration | undefined {
  const parts = timespan.exec(text);
  if (parts === null) return undefined;
  const [, hours, minutes, seconds] = parts;
  const wholeMinutes = whole(hours) * 60 + whole(minutes);
  return { months: 0, hundredths: wholeMinutes * 6000 + toHundredths(seconds) };
}

function whole(digits: string | undefined): number {
  return digits === undefined ? 0 : Number(digits);
}

function toHundredths(seconds: string | undefined): number {
  return seconds === undefined ? 0 : Math.round(Number(seconds) * 100);
}
