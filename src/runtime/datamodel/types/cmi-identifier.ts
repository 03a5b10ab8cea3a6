/**
 * SCORM 1.2 RTE §3.4 data type CMIIdentifier: "an alpha-numeric group of characters with no
 * white space or unprintable characters in it", at most 255 characters.
 *
 * ADL's 1.2 validator (checkIdentifier) rejects a blank identifier, one longer than 255 and one
 * containing a space; the book also excludes other white space and unprintable (control)
 * characters, so those are refused as well. Punctuation is allowed: real identifiers such as
 * "Scene1_Slide3" or "urn:x:q-1" are common and nothing in the book forbids them.
 */

const IDENTIFIER_FORBIDDEN = /[\s\u0000-\u001F\u007F-\u009F]/;

export function isCMIIdentifier(value: string): boolean {
  return value.length > 0 && value.length <= 255 && !IDENTIFIER_FORBIDDEN.test(value);
}
