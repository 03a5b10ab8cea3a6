/**
 * SCORM 2004 4th ed. RTE §4.2.9.1 and §4.2.9.2: fill-in and long-fill-in values. Checks as
 * ADL's SampleRTE makes them (SCORM_2004_DMElement delimiters + InteractionValidator),
 * confirmed by ADL's CTS (DMI).
 */

import { isBooleanDelimiter, readDelimiters } from './interaction-delimiters.js';
import { isLanguageCode } from './language.js';
import { isCharacterString } from './characterstring.js';
import { parseLocalizedString } from './localized-string.js';

const COMMA = '[,]';
const MATCH_STRING_SPM = 250;
const LONG_MATCH_STRING_SPM = 4000;
const FILL_IN_PATTERN_DELIMITERS = ['case_matters', 'order_matters'] as const;
const LONG_FILL_IN_PATTERN_DELIMITERS = ['case_matters', 'lang'] as const;

/**
 * fill-in pattern: optional `{case_matters=true|false}` and `{order_matters=true|false}`, in
 * either order, then a fill-in response. Any other delimiter value fails (DMI:
 * `{order_matters=invalid}z`, `{case_matters=true-false}z`).
 */
export function isFillInPattern(pattern: string): boolean {
  const { values, rest } = readDelimiters(pattern, FILL_IN_PATTERN_DELIMITERS);
  return values.every(isBooleanDelimiter) && isFillInResponse(rest);
}

/**
 * fill-in response: `[,]`-separated match texts, each a localized string (its own optional
 * `{lang=…}`, validated: DMI `{lang=frl}z` fails). Match texts may be empty: `""` and `[,]`
 * pass (DMI). The book's 10 match texts of 250 characters are SPMs: ADL warns past them.
 */
export function isFillInResponse(response: string): boolean {
  return response.split(COMMA).every((text) => parseLocalizedString(text, MATCH_STRING_SPM) !== undefined);
}

/**
 * long-fill-in pattern: optional `{case_matters=true|false}` and `{lang=…}` delimiters, in
 * either order (DMI: `{lang=eng}{case_matters=true}…` passes), then any characterstring.
 */
export function isLongFillInPattern(pattern: string): boolean {
  const { values, rest } = readDelimiters(pattern, LONG_FILL_IN_PATTERN_DELIMITERS);
  const [caseMatters, lang] = values;
  const validLang = lang === undefined || isLanguageCode(lang);
  return isBooleanDelimiter(caseMatters) && validLang && isCharacterString(rest);
}

/** long-fill-in response: a localized string; its 4000-character SPM is a floor. */
export function isLongFillInResponse(response: string): boolean {
  return parseLocalizedString(response, LONG_MATCH_STRING_SPM) !== undefined;
}
