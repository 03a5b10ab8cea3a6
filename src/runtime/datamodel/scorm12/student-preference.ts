import { isCMISIntegerInRange } from '../types/cmi-sinteger.js';
import { isCMIString255 } from '../types/cmi-string.js';
import { element, group, type ElementNode } from './element.js';
import type { Scorm12State } from './state.js';

type PreferenceKey = keyof Scorm12State['student_preference'];

function preferenceElement(key: PreferenceKey, accepts: ElementNode['accepts']): ElementNode {
  return element({
    name: `cmi.student_preference.${key}`,
    access: 'read-write',
    accepts,
    read: (state) => state.student_preference[key],
    write: (state, _n, _m, value) => {
      state.student_preference[key] = value;
    },
  });
}

/**
 * SCORM 1.2 RTE §3.4.4 cmi.student_preference, all read/write:
 * audio a CMISInteger in -1..100 (-1 off, 0 no change, 1..100 volume), language a CMIString255,
 * speed a CMISInteger in -100..100, text a CMISInteger in -1..1 (off, no change, on).
 */
export const studentPreferenceGroup = group(
  'cmi.student_preference',
  {
    audio: preferenceElement('audio', (value) => isCMISIntegerInRange(value, -1, 100)),
    language: preferenceElement('language', isCMIString255),
    speed: preferenceElement('speed', (value) => isCMISIntegerInRange(value, -100, 100)),
    text: preferenceElement('text', (value) => isCMISIntegerInRange(value, -1, 1)),
  },
  { listsChildren: true },
);
