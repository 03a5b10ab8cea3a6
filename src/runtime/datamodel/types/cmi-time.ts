/**
 * SCORM 1.2 RTE §3.4 data type CMITime: "a chronological point in a 24 hour clock", HH:MM:SS
 * with optional hundredths, HH:MM:SS.SS (cmi.interactions.n.time).
 *
 * Hours 00–23, minutes and seconds 00–59, one or two decimal digits. (ADL's checkTime is looser,
 * accepting hour 24 and minute 60 and not checking the seconds' range; a 24-hour clock point has
 * neither, so the book's reading is kept.)
 */

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,2})?$/;

export function isCMITime(value: string): boolean {
  return TIME.test(value);
}
