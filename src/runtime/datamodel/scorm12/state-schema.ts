import * as z from 'zod/mini';
import {
  CREDIT_VOCABULARY,
  ENTRY_VOCABULARY,
  EXIT_VOCABULARY,
  INTERACTION_TYPE_VOCABULARY,
  MODE_VOCABULARY,
  STATUS_VOCABULARY,
  TIME_LIMIT_ACTION_VOCABULARY,
} from '../types/cmi-vocabulary.js';

/**
 * The run-time data of one SCORM 1.2 SCO for one learner, as plain JSON.
 *
 * This file is the zod/mini schema of that data, loaded only when a saved state is read back, so
 * that validation costs nothing on a first launch.
 * Keys are the book's element names (SCORM 1.2 RTE §3.4.4), so `state.core.lesson_location` is
 * `cmi.core.lesson_location`. Every value is the exact string last stored ("" when never set):
 * 1.2 has no "not initialized" state, GetValue of an unset element answers "".
 */

/** A vocabulary-valued string: a saved value outside the vocabulary is named on load. */
function member(vocabulary: ReadonlySet<string>) {
  return z.enum([...vocabulary] as [string, ...string[]]);
}

/** Like {@link member}, or "" where the element is empty until first set. */
function memberOrEmpty(vocabulary: ReadonlySet<string>) {
  return z.enum([...new Set(['', ...vocabulary])] as [string, ...string[]]);
}

const scoreSchema = z.object({ raw: z.string(), min: z.string(), max: z.string() });

const objectiveSchema = z.object({
  id: z.string(),
  score: scoreSchema,
  status: memberOrEmpty(STATUS_VOCABULARY),
});

const interactionSchema = z.object({
  id: z.string(),
  objectives: z.array(z.object({ id: z.string() })),
  time: z.string(),
  type: memberOrEmpty(INTERACTION_TYPE_VOCABULARY),
  correct_responses: z.array(z.object({ pattern: z.string() })),
  weighting: z.string(),
  student_response: z.string(),
  result: z.string(),
  latency: z.string(),
});

export const scorm12StateSchema = z.object({
  core: z.object({
    student_id: z.string(),
    student_name: z.string(),
    lesson_location: z.string(),
    credit: member(CREDIT_VOCABULARY),
    lesson_status: member(STATUS_VOCABULARY),
    entry: member(ENTRY_VOCABULARY),
    score: scoreSchema,
    total_time: z.string(),
    lesson_mode: member(MODE_VOCABULARY),
    exit: member(EXIT_VOCABULARY),
    session_time: z.string(),
  }),
  suspend_data: z.string(),
  launch_data: z.string(),
  comments: z.string(),
  comments_from_lms: z.string(),
  objectives: z.array(objectiveSchema),
  student_data: z.object({
    mastery_score: z.string(),
    max_time_allowed: z.string(),
    time_limit_action: member(TIME_LIMIT_ACTION_VOCABULARY),
  }),
  student_preference: z.object({
    audio: z.string(),
    language: z.string(),
    speed: z.string(),
    text: z.string(),
  }),
  interactions: z.array(interactionSchema),
});

export type Scorm12State = z.infer<typeof scorm12StateSchema>;
