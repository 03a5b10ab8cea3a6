import { isCMIString4096 } from '../types/cmi-string.js';
import { element, type WriteContext } from './element.js';

/**
 * SCORM 1.2 RTE §3.4.4 cmi.suspend_data: a CMIString4096 the SCO keeps between sessions.
 * With `leniency.scorm12LongSuspendData` longer values are kept too: Storyline, Captivate and
 * other tools routinely write more than 4096 characters, and a strict LMS loses the learner's place.
 */
function isSuspendDataValue(value: string, context: WriteContext): boolean {
  return context.leniency.scorm12LongSuspendData === true || isCMIString4096(value);
}

export const suspendData = element({
  name: 'cmi.suspend_data',
  access: 'read-write',
  accepts: isSuspendDataValue,
  read: (state) => state.suspend_data,
  write: (state, _n, _m, value) => {
    state.suspend_data = value;
  },
});

/** SCORM 1.2 RTE §3.4.4 cmi.launch_data: read-only, from the manifest's adlcp:datafromlms. */
export const launchData = element({
  name: 'cmi.launch_data',
  access: 'read-only',
  accepts: isCMIString4096,
  read: (state) => state.launch_data,
  write: (state, _n, _m, value) => {
    state.launch_data = value;
  },
});
