import * as z from 'zod/mini';
import { interactionTypes } from '../types/interaction-patterns.js';
import {
  audioCaptioningValues,
  completionStatuses,
  creditValues,
  entryValues,
  exitValues,
  modeValues,
  successStatuses,
  timeLimitActions,
} from './vocabularies.js';

/**
 * The run-time data of one SCORM 2004 learner attempt on one SCO: a plain JSON object, and its
 * zod/mini schema, loaded only when a saved state is read back (validation costs nothing on a
 * first launch).
 *
 * Every value is the exact characterstring that was set (GetValue returns it verbatim). An
 * optional property that is absent is an element whose value is not initialized: GetValue
 * answers 403 for it (RTE §3.1.7.6). Elements with a book default (RTE §4.2) always hold a value.
 * Array entries exist only once a SetValue stored a value in them: every objective and
 * interaction entry therefore has its id.
 */

/** RTE §4.2.20 cmi.score and §4.2.17 cmi.objectives.n.score. */
const scoreSchema = z.object({
  scaled: z.optional(z.string()),
  raw: z.optional(z.string()),
  min: z.optional(z.string()),
  max: z.optional(z.string()),
});
export type ScoreState = z.infer<typeof scoreSchema>;

/** RTE §4.2.2 cmi.comments_from_learner.n and §4.2.3 cmi.comments_from_lms.n. */
const commentSchema = z.object({
  comment: z.optional(z.string()),
  location: z.optional(z.string()),
  timestamp: z.optional(z.string()),
});
export type CommentState = z.infer<typeof commentSchema>;

/** RTE §4.2.17 cmi.objectives.n. */
const objectiveSchema = z.object({
  id: z.string(),
  score: scoreSchema,
  success_status: z.enum(successStatuses),
  completion_status: z.enum(completionStatuses),
  progress_measure: z.optional(z.string()),
  description: z.optional(z.string()),
});
export type ObjectiveState = z.infer<typeof objectiveSchema>;

const interactionTypeSchema = z.enum(interactionTypes);

/** RTE §4.2.9 cmi.interactions.n. */
const interactionSchema = z.object({
  id: z.string(),
  type: z.optional(interactionTypeSchema),
  objectives: z.array(z.object({ id: z.string() })),
  timestamp: z.optional(z.string()),
  correct_responses: z.array(z.object({ pattern: z.string() })),
  weighting: z.optional(z.string()),
  learner_response: z.optional(z.string()),
  result: z.optional(z.string()),
  latency: z.optional(z.string()),
  description: z.optional(z.string()),
});
export type InteractionState = z.infer<typeof interactionSchema>;

/** RTE §4.2.13 cmi.learner_preference. */
const learnerPreferenceSchema = z.object({
  audio_level: z.string(),
  language: z.string(),
  delivery_speed: z.string(),
  audio_captioning: z.enum(audioCaptioningValues),
});
export type LearnerPreferenceState = z.infer<typeof learnerPreferenceSchema>;

/** The cmi.* elements (RTE §4.2), named as the book names them. */
const cmiSchema = z.object({
  comments_from_learner: z.array(commentSchema),
  comments_from_lms: z.array(commentSchema),
  completion_status: z.enum(completionStatuses),
  completion_threshold: z.optional(z.string()),
  credit: z.enum(creditValues),
  entry: z.enum(entryValues),
  exit: z.enum(exitValues),
  interactions: z.array(interactionSchema),
  launch_data: z.optional(z.string()),
  learner_id: z.string(),
  learner_name: z.string(),
  learner_preference: learnerPreferenceSchema,
  location: z.optional(z.string()),
  max_time_allowed: z.optional(z.string()),
  mode: z.enum(modeValues),
  objectives: z.array(objectiveSchema),
  progress_measure: z.optional(z.string()),
  scaled_passing_score: z.optional(z.string()),
  score: scoreSchema,
  session_time: z.optional(z.string()),
  success_status: z.enum(successStatuses),
  suspend_data: z.optional(z.string()),
  time_limit_action: z.enum(timeLimitActions),
  total_time: z.string(),
});
export type CmiState = z.infer<typeof cmiSchema>;

/**
 * Where the attempt stands between sessions, for the LMS side (beginSession / endSession):
 * - `not-launched`: no session has begun yet;
 * - `in-session`: a session began and never ended (the content vanished without Terminate);
 * - `suspended`: the last session suspended the attempt (the next one resumes it);
 * - `ended`: the last session ended the attempt (the next launch begins a new one).
 */
const attemptProgressValues = ['not-launched', 'in-session', 'suspended', 'ended'] as const;

/** What the LMS keeps beside the data model elements. */
const lmsSchema = z.object({
  attemptProgress: z.enum(attemptProgressValues),
  /**
   * The SCO itself set cmi.completion_status / cmi.success_status in this attempt. The
   * sequencer's end-attempt rules need it: the End Attempt Process (SN book appendix C, UP.4)
   * must not overwrite a status the SCO reported (ADL SampleRTE `isPrimaryProgressSetBySCO` / `isPrimaryStatusSetBySCO`).
   */
  completionStatusSetBySco: z.boolean(),
  successStatusSetBySco: z.boolean(),
});

export const scorm2004StateSchema = z.object({
  cmi: cmiSchema,
  /** The adl.nav.* elements that are data; adl.nav.request_valid.* and adl.data.* live outside. */
  adl: z.object({ nav: z.object({ request: z.string() }) }),
  lms: lmsSchema,
});
export type Scorm2004State = z.infer<typeof scorm2004StateSchema>;

