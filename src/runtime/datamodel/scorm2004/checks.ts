import { Scorm2004Error } from '../../api/error-codes.js';
import { isCharacterString } from '../types/characterstring.js';
import { isLongIdentifier } from '../types/identifier.js';
import { isLanguageCode } from '../types/language.js';
import { parseLocalizedString } from '../types/localized-string.js';
import { parseReal } from '../types/real.js';
import { isTimeSecond } from '../types/time-second.js';
import { isTimeInterval } from '../types/timeinterval.js';
import type { Failure } from './tree.js';

/**
 * Value checks shared by the elements: each answers the SetValue failure for a value that is not
 * of the element's data type (406, RTE §3.1.7.6) or outside its range (407), or undefined.
 */

export function typeMismatch(reason: string): Failure {
  return { error: Scorm2004Error.DataModelElementTypeMismatch, reason };
}

export function outOfRange(reason: string): Failure {
  return { error: Scorm2004Error.DataModelElementValueOutOfRange, reason };
}

export function generalSetFailure(reason: string): Failure {
  return { error: Scorm2004Error.GeneralSetFailure, reason };
}

/** A value quoted for a diagnostic, shortened so diagnostics stay well under 255 characters. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
}

/** RTE §4.1.1.1 characterstring. */
export function checkCharacterString(value: string): Failure | undefined {
  return isCharacterString(value) ? undefined : typeMismatch('the value holds an unpaired UTF-16 surrogate, which is no ISO 10646 character');
}

/** The range a real element accepts; a missing bound is open. */
export interface RealRange {
  readonly min?: number;
  readonly max?: number;
}

/** RTE §4.1.1.5 real(10,7), with the element's range (407 outside it). */
export function checkReal(value: string, range: RealRange = {}): Failure | undefined {
  const number = parseReal(value);
  if (number === undefined) return typeMismatch(`${quote(value)} is not a real number`);
  if ((range.min !== undefined && number < range.min) || (range.max !== undefined && number > range.max)) {
    return outOfRange(`${quote(value)} is outside the range ${describeRange(range)}`);
  }
  return undefined;
}

function describeRange(range: RealRange): string {
  if (range.max === undefined) return `[${range.min}, ∞)`;
  return `[${range.min ?? '-∞'}, ${range.max}]`;
}

/** RTE §4.1.1.6 time(second,10,2). */
export function checkTimeSecond(value: string): Failure | undefined {
  return isTimeSecond(value) ? undefined : typeMismatch(`${quote(value)} is not a time(second,10,2) such as 2004-07-25T03:00:00.5Z`);
}

/** RTE §4.1.1.4 timeinterval(second,10,2). */
export function checkTimeInterval(value: string): Failure | undefined {
  return isTimeInterval(value) ? undefined : typeMismatch(`${quote(value)} is not a timeinterval(second,10,2) such as PT1H5M30.5S`);
}

/** RTE §4.1.1.7 localized_string_type(spm): `{lang=xx}text` or plain text. */
export function checkLocalizedString(value: string, spm: number): Failure | undefined {
  if (!isCharacterString(value)) return checkCharacterString(value);
  return parseLocalizedString(value, spm) === undefined
    ? typeMismatch(`${quote(value)} is not a localized string: {lang=<language code>} then text`)
    : undefined;
}

/** RTE §4.1.1.3 long_identifier_type(4000). */
export function checkLongIdentifier(value: string): Failure | undefined {
  if (isLongIdentifier(value)) return undefined;
  return typeMismatch(`${quote(value)} is not a long identifier (a URI, no spaces; urn: values must be valid URNs)`);
}

/** RTE §4.1.1 language_type, where the element also accepts "" (no preference). */
export function checkLanguageOrEmpty(value: string): Failure | undefined {
  if (value === '' || isLanguageCode(value)) return undefined;
  return typeMismatch(`${quote(value)} is not a language code (ISO 639 with optional subtags)`);
}

/** A vocabulary check: a failure naming the accepted words. */
export function vocabularyMismatch(value: string, vocabulary: readonly string[]): Failure {
  return typeMismatch(`${quote(value)} is not one of ${vocabulary.map((word) => JSON.stringify(word)).join(', ')}`);
}
