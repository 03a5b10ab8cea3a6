/**
 * SCORM 2004 4th ed. RTE §4.1.1.7 language_type: an RFC 1766 language tag whose primary subtag
 * is an ISO 639-1 or ISO 639-2 code and whose second subtag, if any, is an ISO 3166-1 country;
 * `i-` tags registered with IANA, and `x-` private tags, are language codes too. Case does not
 * matter. The algorithm is ADL's LangStringValidator, whose code lists we keep
 * (language-codes.ts), read without its substring-search slips:
 *
 * 1. The tag must be RFC 1766 syntax: a primary subtag of 1–8 letters, then `-`-separated
 *    subtags of 1–8 letters or digits. (ADL does not check subtags after the second; we do.)
 * 2. `x-…` (private use) is always a language code; `x` alone is not.
 * 3. A tag registered with IANA, or whose first two subtags are (`zh-Hans-CN`), is one.
 * 4. Any other `i-…` tag is not.
 * 5. Otherwise the primary subtag must be a two-letter ISO 639-1 code, a three-letter ISO
 *    639-2 code or an ISO 639-2 local-use code (`qaa`–`qtz`), and a second subtag, if present,
 *    a two-letter ISO 3166-1 code. ADL rejects three-letter and numeric regions (`es-419`) and
 *    leaves later subtags free (`en-GB-oed`).
 *
 * ADL's CTS (DMI) confirms: `exg`, `frl`, `sp` and `ruq-JM` fail; `ABK`, `AcE`, `EN`, `de-1901`,
 * `sgn-BE-fr`, `zh-min-nan`, `i-klingon` pass.
 *
 * "" is not a language code. cmi.learner_preference.language accepts "" nonetheless; that is
 * its caller's rule, not this type's.
 */

import { COUNTRIES, REGISTERED_TAGS, THREE_LETTER_LANGUAGES, TWO_LETTER_LANGUAGES } from './language-codes.js';

const RFC_1766_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const LOCAL_USE_LANGUAGE = /^q[a-t][a-z]$/;

/**
 * Content names the same few languages over and over (every description, every fill-in
 * response): answers are remembered, up to a bound so that invented codes cannot grow it.
 */
const answered = new Map<string, boolean>();
const ANSWERS_KEPT = 256;

export function isLanguageCode(s: string): boolean {
  let answer = answered.get(s);
  if (answer === undefined) {
    answer = checkLanguageCode(s);
    if (answered.size >= ANSWERS_KEPT) answered.clear();
    answered.set(s, answer);
  }
  return answer;
}

function checkLanguageCode(s: string): boolean {
  if (!RFC_1766_TAG.test(s)) return false;
  const subtags = s.toLowerCase().split('-');
  const primary = subtags[0] ?? '';
  if (primary === 'x') return subtags.length > 1;
  if (isRegistered(subtags)) return true;
  if (!isLanguage(primary)) return false;
  const region = subtags[1];
  return region === undefined || (region.length === 2 && COUNTRIES.has(region));
}

function isRegistered(subtags: readonly string[]): boolean {
  if (subtags.length < 2) return false;
  return REGISTERED_TAGS.has(subtags.join('-')) || REGISTERED_TAGS.has(`${subtags[0]}-${subtags[1]}`);
}

/** An ISO 639 code; `i` is not one, so unregistered `i-` tags fail here. */
function isLanguage(code: string): boolean {
  if (code.length === 2) return TWO_LETTER_LANGUAGES.has(code);
  return code.length === 3 && (THREE_LETTER_LANGUAGES.has(code) || LOCAL_USE_LANGUAGE.test(code));
}
