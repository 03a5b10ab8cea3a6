import { isCMIIdentifier } from '../types/cmi-identifier.js';
import { STATUS_VOCABULARY } from '../types/cmi-vocabulary.js';
import { array, element, group } from './element.js';
import { scoreGroup } from './score.js';
import { emptyObjective, type Scorm12Objective, type Scorm12State } from './state.js';

/** The objective at n, created when n is the next index (the resolver has checked n ≤ _count). */
function objectiveAt(state: Scorm12State, n: number): Scorm12Objective {
  return (state.objectives[n] ??= emptyObjective());
}

/**
 * SCORM 1.2 RTE §3.4.4 cmi.objectives: the SCO's objectives, entries created in index order.
 * id is a CMIIdentifier, score as cmi.core.score, status the lesson_status vocabulary
 * ("not attempted" included: only cmi.core.lesson_status keeps that value for the LMS).
 */
export const objectivesArray = array(
  'cmi.objectives',
  group(
    'cmi.objectives.n',
    {
      id: element({
        name: 'cmi.objectives.n.id',
        access: 'read-write',
        accepts: isCMIIdentifier,
        read: (state, n) => state.objectives[n]?.id ?? '',
        write: (state, n, _m, value) => {
          objectiveAt(state, n).id = value;
        },
      }),
      score: scoreGroup(
        'cmi.objectives.n.score',
        (state, n) => state.objectives[n]?.score,
        (state, n) => objectiveAt(state, n).score,
      ),
      status: element({
        name: 'cmi.objectives.n.status',
        access: 'read-write',
        accepts: (value) => STATUS_VOCABULARY.has(value),
        read: (state, n) => state.objectives[n]?.status ?? '',
        write: (state, n, _m, value) => {
          objectiveAt(state, n).status = value;
        },
      }),
    },
    { listsChildren: false },
  ),
  { listsChildren: true, length: (state) => state.objectives.length },
);
