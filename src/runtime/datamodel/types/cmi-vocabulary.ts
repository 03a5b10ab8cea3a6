/**
 * SCORM 1.2 RTE §3.4 data type CMIVocabulary: the restricted vocabularies of the 1.2 data model,
 * each a closed set of exact, case-sensitive tokens. The lists match ADL's 1.2 validator
 * (DataModelValidator.build…List), "" included where it lists "".
 */

/** cmi.core.lesson_status and cmi.objectives.n.status. */
export const STATUS_VOCABULARY: ReadonlySet<string> = new Set([
  'passed',
  'completed',
  'failed',
  'incomplete',
  'browsed',
  'not attempted',
]);

/** cmi.core.exit. */
export const EXIT_VOCABULARY: ReadonlySet<string> = new Set(['', 'time-out', 'suspend', 'logout']);

/** cmi.core.credit. */
export const CREDIT_VOCABULARY: ReadonlySet<string> = new Set(['credit', 'no-credit']);

/** cmi.core.entry. */
export const ENTRY_VOCABULARY: ReadonlySet<string> = new Set(['', 'ab-initio', 'resume']);

/** cmi.core.lesson_mode. */
export const MODE_VOCABULARY: ReadonlySet<string> = new Set(['normal', 'review', 'browse']);

/** cmi.student_data.time_limit_action ("" while the manifest gives none). */
export const TIME_LIMIT_ACTION_VOCABULARY: ReadonlySet<string> = new Set([
  '',
  'exit,message',
  'exit,no message',
  'continue,message',
  'continue,no message',
]);

/** cmi.interactions.n.type. */
export const INTERACTION_TYPE_VOCABULARY: ReadonlySet<string> = new Set([
  'true-false',
  'choice',
  'fill-in',
  'matching',
  'performance',
  'likert',
  'sequencing',
  'numeric',
]);

/** cmi.interactions.n.result, besides a CMIDecimal. */
export const RESULT_VOCABULARY: ReadonlySet<string> = new Set([
  'correct',
  'wrong',
  'unanticipated',
  'neutral',
]);
