import type { Scorm12State } from './state-schema.js';

/** The run-time data of one SCORM 1.2 SCO (its schema is in state-schema.ts). */
export type { Scorm12State };
export type Scorm12Score = Scorm12State['core']['score'];
export type Scorm12Objective = Scorm12State['objectives'][number];
export type Scorm12Interaction = Scorm12State['interactions'][number];

export function emptyScore(): Scorm12Score {
  return { raw: '', min: '', max: '' };
}

export function emptyObjective(): Scorm12Objective {
  return { id: '', score: emptyScore(), status: '' };
}

export function emptyInteraction(): Scorm12Interaction {
  return {
    id: '',
    objectives: [],
    time: '',
    type: '',
    correct_responses: [],
    weighting: '',
    student_response: '',
    result: '',
    latency: '',
  };
}

/**
 * The data of a SCO nobody has launched yet. SCORM 1.2 RTE §3.4.4: lesson_status starts as
 * "not attempted", total_time as 0000:00:00.00, lesson_mode as "normal" (the default mode) and
 * entry as "ab-initio" (a first launch). The learner and credit are filled in at launch.
 */
export function newScorm12State(): Scorm12State {
  return {
    core: {
      student_id: '',
      student_name: '',
      lesson_location: '',
      credit: 'credit',
      lesson_status: 'not attempted',
      entry: 'ab-initio',
      score: emptyScore(),
      total_time: '0000:00:00.00',
      lesson_mode: 'normal',
      exit: '',
      session_time: '',
    },
    suspend_data: '',
    launch_data: '',
    comments: '',
    comments_from_lms: '',
    objectives: [],
    student_data: { mastery_score: '', max_time_allowed: '', time_limit_action: '' },
    student_preference: { audio: '', language: '', speed: '', text: '' },
    interactions: [],
  };
}
