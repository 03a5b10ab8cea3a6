/**
 * SCORM 2004 4th ed. RTE §4.1.1.7 localized_string_type: a characterstring that may start with
 * a `{lang=<language_type>}` delimiter naming its language (default `en`).
 *
 * The delimiter is recognised as ADL's SampleRTE recognises it (RequestToken + the element's
 * `lang` delimiter): the value must start with `{lang=` and the code runs to the first `}`.
 * - A value that does not start with `{lang=`, or has no `}`, is all text: `{foo=bar}x`,
 *   `{lang=en` and "" are valid texts without a language.
 * - A delimiter with an invalid code makes the whole value invalid: `{lang=}` (DMI: 406),
 *   `{lang=frl}z`.
 * - Anything after the delimiter is text, another `{lang=…}` included.
 */

import { isCharacterString } from './characterstring.js';
import { isLanguageCode } from './language.js';

const LANG_DELIMITER = '{lang=';

export interface LocalizedString {
  /** The language code as written, or undefined when the value names none (meaning `en`). */
  lang: string | undefined;
  text: string;
}

/**
 * The language and text of `s`, or undefined when `s` is not a localized string.
 *
 * `spm` is the element's smallest permitted maximum for the text (250 for descriptions, 4000
 * for comments). It never fails a value: an SPM is a floor the LMS must store at least, and
 * ADL accepts longer text with a warning. It is part of the signature so that callers state the
 * element's SPM where they parse it.
 */
export function parseLocalizedString(s: string, spm: number): LocalizedString | undefined {
  if (!s.startsWith(LANG_DELIMITER)) return textOnly(s);
  const close = s.indexOf('}', LANG_DELIMITER.length);
  if (close < 0) return textOnly(s);
  const lang = s.slice(LANG_DELIMITER.length, close);
  const text = s.slice(close + 1);
  if (!isLanguageCode(lang) || !isCharacterString(text)) return undefined;
  return { lang, text };
}

function textOnly(s: string): LocalizedString | undefined {
  return isCharacterString(s) ? { lang: undefined, text: s } : undefined;
}
