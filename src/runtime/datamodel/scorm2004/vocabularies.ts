/**
 * The state vocabularies of the SCORM 2004 4th ed. run-time data model (RTE §4.2), in the
 * book's spelling. Each list is the complete set of values SetValue accepts for its element.
 */

/** RTE §4.2.4 cmi.completion_status (also cmi.objectives.n.completion_status, §4.2.17). */
export const completionStatuses = ['completed', 'incomplete', 'not attempted', 'unknown'] as const;
export type CompletionStatus = (typeof completionStatuses)[number];

/** RTE §4.2.22 cmi.success_status (also cmi.objectives.n.success_status, §4.2.17). */
export const successStatuses = ['passed', 'failed', 'unknown'] as const;
export type SuccessStatus = (typeof successStatuses)[number];

/** RTE §4.2.6 cmi.credit. */
export const creditValues = ['credit', 'no-credit'] as const;
export type Credit = (typeof creditValues)[number];

/** RTE §4.2.7 cmi.entry. */
export const entryValues = ['ab-initio', 'resume', ''] as const;
export type Entry = (typeof entryValues)[number];

/** RTE §4.2.8 cmi.exit. */
export const exitValues = ['time-out', 'suspend', 'logout', 'normal', ''] as const;
export type Exit = (typeof exitValues)[number];

/** RTE §4.2.16 cmi.mode. */
export const modeValues = ['browse', 'normal', 'review'] as const;
export type Mode = (typeof modeValues)[number];

/** RTE §4.2.24 cmi.time_limit_action. */
export const timeLimitActions = [
  'exit,message',
  'continue,message',
  'exit,no message',
  'continue,no message',
] as const;
export type TimeLimitAction = (typeof timeLimitActions)[number];

/** RTE §4.2.13 cmi.learner_preference.audio_captioning. */
export const audioCaptioningValues = ['-1', '0', '1'] as const;
export type AudioCaptioning = (typeof audioCaptioningValues)[number];

/** RTE §4.2.9 cmi.interactions.n.result: these words, or a real number. */
export const interactionResultWords = ['correct', 'incorrect', 'unanticipated', 'neutral'] as const;

/** Whether `value` is one of `vocabulary`, narrowing it to the vocabulary's type. */
export function isOneOf<const T extends string>(vocabulary: readonly T[], value: string): value is T {
  return (vocabulary as readonly string[]).includes(value);
}
