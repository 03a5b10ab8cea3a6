import { isCMITimespan } from '../types/cmi-timespan.js';
import { TIME_LIMIT_ACTION_VOCABULARY } from '../types/cmi-vocabulary.js';
import { element, group, type ElementNode } from './element.js';
import { isScoreValue } from './score.js';
import type { Scorm12State } from './state.js';

type StudentDataKey = keyof Scorm12State['student_data'];

function studentDataElement(key: StudentDataKey, accepts: ElementNode['accepts']): ElementNode {
  return element({
    name: `cmi.student_data.${key}`,
    access: 'read-only',
    accepts,
    read: (state) => state.student_data[key],
    write: (state, _n, _m, value) => {
      state.student_data[key] = value;
    },
  });
}

/**
 * SCORM 1.2 RTE §3.4.4 cmi.student_data: what the manifest tells the SCO, all read-only and all
 * "" when the manifest says nothing. mastery_score (adlcp:masteryscore) is a score on the 0–100
 * scale of cmi.core.score.raw; max_time_allowed (adlcp:maxtimeallowed) a CMITimespan;
 * time_limit_action (adlcp:timelimitaction) its vocabulary.
 */
export const studentDataGroup = group(
  'cmi.student_data',
  {
    mastery_score: studentDataElement('mastery_score', isScoreValue),
    max_time_allowed: studentDataElement(
      'max_time_allowed',
      (value) => value === '' || isCMITimespan(value),
    ),
    time_limit_action: studentDataElement('time_limit_action', (value) =>
      TIME_LIMIT_ACTION_VOCABULARY.has(value),
    ),
  },
  { listsChildren: true },
);
