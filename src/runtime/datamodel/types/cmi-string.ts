/**
 * SCORM 1.2 RTE §3.4 data types CMIString255 and CMIString4096: any characters, at most 255 or
 * 4096 of them. Lengths are counted in UTF-16 code units, as ADL's 1.2 validators count them
 * (Java `String.length()` in DataModelValidator.checkString255 / checkString4096).
 */

export const CMI_STRING_255_MAX = 255;
export const CMI_STRING_4096_MAX = 4096;

export function isCMIString255(value: string): boolean {
  return value.length <= CMI_STRING_255_MAX;
}

export function isCMIString4096(value: string): boolean {
  return value.length <= CMI_STRING_4096_MAX;
}
