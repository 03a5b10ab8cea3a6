/**
 * SCORM 2004 4th ed. RTE §4.1.1.1 characterstring: a string of ISO/IEC 10646 characters.
 *
 * A JavaScript string is a sequence of UTF-16 code units; the only sequences that name no ISO
 * 10646 character are unpaired surrogates (a high surrogate not followed by a low one, or a low
 * one not preceded by a high one). Everything else, "" included, is a characterstring.
 *
 * The element's SPM never makes a value invalid: SPMs are floors an LMS must store at least,
 * and ADL's SampleRTE only logs a warning past them (SPMRangeValidator → SPM_EXCEEDED).
 */

const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isCharacterString(s: string): boolean {
  return !UNPAIRED_SURROGATE.test(s);
}
