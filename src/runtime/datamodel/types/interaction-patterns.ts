/**
 * SCORM 2004 4th ed. RTE §4.2.9: cmi.interactions.n.type, and the syntax of
 * cmi.interactions.n.correct_responses.n.pattern (§4.2.9.1) and
 * cmi.interactions.n.learner_response (§4.2.9.2) for each type.
 *
 * Where the book leaves room, ADL's SampleRTE (SCORM_2004_DMElement.handleCorrectResponses /
 * handleLearnerResponse, InteractionValidator) decides, and ADL's CTS (DMI) confirms. The
 * per-type rules live in interaction-response-*.ts.
 */

import { isCharacterString } from './characterstring.js';
import {
  isFillInPattern,
  isFillInResponse,
  isLongFillInPattern,
  isLongFillInResponse,
} from './interaction-response-fill-in.js';
import {
  isChoiceValue,
  isLikertValue,
  isSequencingValue,
  sameChoices,
} from './interaction-response-identifiers.js';
import { isNumericPattern, isNumericResponse } from './interaction-response-numeric.js';
import {
  isMatchingPattern,
  isMatchingResponse,
  isPerformancePattern,
  isPerformanceResponse,
} from './interaction-response-records.js';

/** RTE §4.2.9.2 cmi.interactions.n.type: the ten interaction types. */
export const interactionTypes = [
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'likert',
  'matching',
  'performance',
  'sequencing',
  'numeric',
  'other',
] as const;

export type InteractionType = (typeof interactionTypes)[number];

const INTERACTION_TYPES: ReadonlySet<string> = new Set<InteractionType>(interactionTypes);

/** The cmi.interactions.n.type vocabulary (DMI: `other-fill-in`, `true`, `""` fail). */
export function isInteractionType(s: string): s is InteractionType {
  return INTERACTION_TYPES.has(s);
}

/** Whether `pattern` is a valid cmi.interactions.n.correct_responses.n.pattern for `type`. */
export function isCorrectResponsePattern(type: InteractionType, pattern: string): boolean {
  switch (type) {
    case 'true-false':
      return isTrueFalse(pattern);
    case 'choice':
      return isChoiceValue(pattern);
    case 'fill-in':
      return isFillInPattern(pattern);
    case 'long-fill-in':
      return isLongFillInPattern(pattern);
    case 'likert':
      return isLikertValue(pattern);
    case 'matching':
      return isMatchingPattern(pattern);
    case 'performance':
      return isPerformancePattern(pattern);
    case 'sequencing':
      return isSequencingValue(pattern);
    case 'numeric':
      return isNumericPattern(pattern);
    case 'other':
      return isCharacterString(pattern);
  }
}

/**
 * Whether `value` is a valid cmi.interactions.n.learner_response for `type`. It differs from
 * the pattern syntax in that no type takes `{case_matters=…}` or `{order_matters=…}`, a
 * matching response may be blank, and a numeric response is one real, not a range.
 */
export function isLearnerResponse(type: InteractionType, value: string): boolean {
  switch (type) {
    case 'true-false':
      return isTrueFalse(value);
    case 'choice':
      return isChoiceValue(value);
    case 'fill-in':
      return isFillInResponse(value);
    case 'long-fill-in':
      return isLongFillInResponse(value);
    case 'likert':
      return isLikertValue(value);
    case 'matching':
      return isMatchingResponse(value);
    case 'performance':
      return isPerformanceResponse(value);
    case 'sequencing':
      return isSequencingValue(value);
    case 'numeric':
      return isNumericResponse(value);
    case 'other':
      return isCharacterString(value);
  }
}

/**
 * The most correct_responses patterns an interaction of `type` accepts; a SetValue of pattern
 * n ≥ this limit fails with 351. true-false, likert, numeric and other take exactly one
 * (ADL: SPM 1, "maximum"). For the other types ADL's SPM (choice 10; fill-in, long-fill-in,
 * matching, performance, sequencing 5) is a floor that only logs a warning, so they take any
 * number, bounded only by the player's own array limit.
 */
export function correctResponseLimit(type: InteractionType): number {
  switch (type) {
    case 'true-false':
    case 'likert':
    case 'numeric':
    case 'other':
      return 1;
    default:
      return Number.POSITIVE_INFINITY;
  }
}

/**
 * Whether patterns `a` and `b` of an interaction of `type` are duplicates under the rule that a
 * SetValue of a pattern equal to another index's pattern fails with 351. Only choice and
 * sequencing patterns must be distinct (ADL: mIsUnique): choice patterns are equal as sets
 * (`a[,]b` duplicates `b[,]a`), sequencing patterns as sequences. For every other type this is
 * false: ADL accepts repeated patterns there (DMI sets `""` as fill-in patterns 0 to 4).
 */
export function samePattern(type: InteractionType, a: string, b: string): boolean {
  if (type === 'choice') return sameChoices(a, b);
  if (type === 'sequencing') return a === b;
  return false;
}

function isTrueFalse(value: string): boolean {
  return value === 'true' || value === 'false';
}
