import { isCMIDecimal } from './cmi-decimal.js';

/**
 * SCORM 1.2 RTE §3.4 data type CMIFeedback: a structured description of a student response,
 * whose format depends on the interaction's type (cmi.interactions.n.student_response and
 * cmi.interactions.n.correct_responses.n.pattern):
 *
 * - true-false: one of 0, 1, t, f. The first character carries the answer (the AICC reading the
 *   1.2 book takes this type from), so "true" and "false" are accepted as t and f.
 * - choice: one or more single characters (0–9, a–z) separated by commas, optionally enclosed in
 *   braces, e.g. "a", "a,c", "{a,c}" (past 26 possibilities the book sends content to the
 *   performance type).
 * - fill-in: an alphanumeric string (a CMIString255).
 * - numeric: a single number (a CMIDecimal).
 * - likert: a single character (0–9, a–z).
 * - matching: source.target pairs of single characters separated by commas, optionally in braces,
 *   e.g. "1.a,2.c" or "{1.a,2.c}".
 * - performance: an alphanumeric string of at most 255 characters.
 * - sequencing: single characters separated by commas, in order, e.g. "c,a,b".
 *
 * An empty value is accepted for every type: a question the learner left unanswered, or a likert
 * with no correct answer. While the interaction's type is not known (not set yet), a value is
 * held to the outer bound every format shares: at most 255 characters.
 *
 * ADL's 1.2 sample validator accepts anything here (checkFeedback returns true); these are the
 * book's formats.
 */

const FEEDBACK_MAX = 255;
const SINGLE = '[0-9a-z]';
const PAIR = `${SINGLE}\\.${SINGLE}`;

const TRUE_FALSE = /^[01tf]/;
const CHOICE = new RegExp(`^(?:${SINGLE}(?:,${SINGLE})*|\\{${SINGLE}(?:,${SINGLE})*\\})$`);
const LIKERT = new RegExp(`^${SINGLE}$`);
const MATCHING = new RegExp(`^(?:${PAIR}(?:,${PAIR})*|\\{${PAIR}(?:,${PAIR})*\\})$`);
const SEQUENCING = new RegExp(`^${SINGLE}(?:,${SINGLE})*$`);

/** Whether `value` is a CMIFeedback for an interaction of type `interactionType` ("" if unset). */
export function isCMIFeedback(value: string, interactionType: string): boolean {
  if (value === '') return true;
  if (value.length > FEEDBACK_MAX) return false;
  switch (interactionType) {
    case 'true-false':
      return TRUE_FALSE.test(value);
    case 'choice':
      return CHOICE.test(value);
    case 'likert':
      return LIKERT.test(value);
    case 'matching':
      return MATCHING.test(value);
    case 'sequencing':
      return SEQUENCING.test(value);
    case 'numeric':
      return isCMIDecimal(value);
    default:
      // fill-in, performance, and a type not set yet: any string within the bound.
      return true;
  }
}
