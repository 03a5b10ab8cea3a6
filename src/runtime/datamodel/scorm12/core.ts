import { isCMIIdentifier } from '../types/cmi-identifier.js';
import { isCMIString255 } from '../types/cmi-string.js';
import { isCMITimespan } from '../types/cmi-timespan.js';
import {
  CREDIT_VOCABULARY,
  ENTRY_VOCABULARY,
  EXIT_VOCABULARY,
  MODE_VOCABULARY,
  STATUS_VOCABULARY,
} from '../types/cmi-vocabulary.js';
import { element, group, type Access, type ElementNode, type WriteContext } from './element.js';
import { scoreGroup } from './score.js';
import type { Scorm12State } from './state.js';

type CoreKey = Exclude<keyof Scorm12State['core'], 'score'>;

function coreElement(key: CoreKey, access: Access, accepts: ElementNode['accepts']): ElementNode {
  return element({
    name: `cmi.core.${key}`,
    access,
    accepts,
    read: (state) => state.core[key],
    write: (state, _n, _m, value) => {
      state.core[key] = value;
    },
  });
}

/**
 * SCORM 1.2 RTE §3.4.4 cmi.core.lesson_status: a Status vocabulary token, but never
 * "not attempted" from the content: that value belongs to the LMS, which sets it before the
 * first launch (ADL's CMICore.performSet answers 405 for it; the LMS side may still write it).
 */
function isLessonStatusValue(value: string, context: WriteContext): boolean {
  return STATUS_VOCABULARY.has(value) && (context.byLms || value !== 'not attempted');
}

/** SCORM 1.2 RTE §3.4.4 cmi.core: the data every LMS must furnish. Members in the book's order. */
export const coreGroup = group(
  'cmi.core',
  {
    student_id: coreElement('student_id', 'read-only', isCMIIdentifier),
    student_name: coreElement('student_name', 'read-only', isCMIString255),
    lesson_location: coreElement('lesson_location', 'read-write', isCMIString255),
    credit: coreElement('credit', 'read-only', (value) => CREDIT_VOCABULARY.has(value)),
    lesson_status: coreElement('lesson_status', 'read-write', isLessonStatusValue),
    entry: coreElement('entry', 'read-only', (value) => ENTRY_VOCABULARY.has(value)),
    score: scoreGroup(
      'cmi.core.score',
      (state) => state.core.score,
      (state) => state.core.score,
    ),
    total_time: coreElement('total_time', 'read-only', isCMITimespan),
    lesson_mode: coreElement('lesson_mode', 'read-only', (value) => MODE_VOCABULARY.has(value)),
    exit: coreElement('exit', 'write-only', (value) => EXIT_VOCABULARY.has(value)),
    session_time: coreElement('session_time', 'write-only', isCMITimespan),
  },
  { listsChildren: true },
);
