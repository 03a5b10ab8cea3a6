import { isCMIDecimal } from '../types/cmi-decimal.js';
import { isCMIFeedback } from '../types/cmi-feedback.js';
import { isCMIIdentifier } from '../types/cmi-identifier.js';
import { isCMIString255 } from '../types/cmi-string.js';
import { isCMITime } from '../types/cmi-time.js';
import { isCMITimespan } from '../types/cmi-timespan.js';
import { INTERACTION_TYPE_VOCABULARY, RESULT_VOCABULARY } from '../types/cmi-vocabulary.js';
import { array, element, group, type ElementNode, type WriteContext } from './element.js';
import { emptyInteraction, type Scorm12Interaction, type Scorm12State } from './state.js';

/** The interaction at n, created when n is the next index (the resolver has checked n ≤ _count). */
function interactionAt(state: Scorm12State, n: number): Scorm12Interaction {
  return (state.interactions[n] ??= emptyInteraction());
}

/**
 * A response is checked against the type its interaction has when it is set ("" if none yet);
 * with `leniency.scorm12FreeFormResponses` any CMIString255 is kept.
 */
function isFeedbackForEntry(value: string, context: WriteContext, state: Scorm12State, n: number): boolean {
  if (context.leniency.scorm12FreeFormResponses === true) return isCMIString255(value);
  return isCMIFeedback(value, state.interactions[n]?.type ?? '');
}

type InteractionKey = Exclude<keyof Scorm12Interaction, 'objectives' | 'correct_responses'>;

/** Every interaction element is write-only: the SCO records, the LMS keeps (SCORM 1.2 RTE §3.4.4). */
function interactionElement(key: InteractionKey, accepts: ElementNode['accepts']): ElementNode {
  return element({
    name: `cmi.interactions.n.${key}`,
    access: 'write-only',
    accepts,
    read: (state, n) => state.interactions[n]?.[key] ?? '',
    write: (state, n, _m, value) => {
      interactionAt(state, n)[key] = value;
    },
  });
}

const interactionObjectives = array(
  'cmi.interactions.n.objectives',
  group(
    'cmi.interactions.n.objectives.m',
    {
      id: element({
        name: 'cmi.interactions.n.objectives.m.id',
        access: 'write-only',
        accepts: isCMIIdentifier,
        read: (state, n, m) => state.interactions[n]?.objectives[m]?.id ?? '',
        write: (state, n, m, value) => {
          (interactionAt(state, n).objectives[m] ??= { id: '' }).id = value;
        },
      }),
    },
    { listsChildren: false },
  ),
  { listsChildren: false, length: (state, n) => state.interactions[n]?.objectives.length ?? 0 },
);

const correctResponses = array(
  'cmi.interactions.n.correct_responses',
  group(
    'cmi.interactions.n.correct_responses.m',
    {
      pattern: element({
        name: 'cmi.interactions.n.correct_responses.m.pattern',
        access: 'write-only',
        accepts: isFeedbackForEntry,
        read: (state, n, m) => state.interactions[n]?.correct_responses[m]?.pattern ?? '',
        write: (state, n, m, value) => {
          (interactionAt(state, n).correct_responses[m] ??= { pattern: '' }).pattern = value;
        },
      }),
    },
    { listsChildren: false },
  ),
  {
    listsChildren: false,
    length: (state, n) => state.interactions[n]?.correct_responses.length ?? 0,
  },
);

/**
 * SCORM 1.2 RTE §3.4.4 cmi.interactions: write-only records of the learner's interactions, in
 * index order; only `_children` and the `_count`s are readable. Members in the book's order.
 */
export const interactionsArray = array(
  'cmi.interactions',
  group(
    'cmi.interactions.n',
    {
      id: interactionElement('id', isCMIIdentifier),
      objectives: interactionObjectives,
      time: interactionElement('time', isCMITime),
      type: interactionElement('type', (value) => INTERACTION_TYPE_VOCABULARY.has(value)),
      correct_responses: correctResponses,
      weighting: interactionElement('weighting', isCMIDecimal),
      student_response: interactionElement('student_response', isFeedbackForEntry),
      result: interactionElement(
        'result',
        (value) => RESULT_VOCABULARY.has(value) || isCMIDecimal(value),
      ),
      latency: interactionElement('latency', isCMITimespan),
    },
    { listsChildren: false },
  ),
  { listsChildren: true, length: (state) => state.interactions.length },
);
