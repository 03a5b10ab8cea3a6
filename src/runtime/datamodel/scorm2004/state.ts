import type { CmiState, CommentState, InteractionState, LearnerPreferenceState, ObjectiveState, ScoreState, Scorm2004State } from './state-schema.js';

/** The state types are inferred from the schema (state-schema.ts). */
export type { CmiState, CommentState, InteractionState, LearnerPreferenceState, ObjectiveState, ScoreState, Scorm2004State };

/** RTE §4.2.13: the defaults of cmi.learner_preference. */
function defaultLearnerPreference(): LearnerPreferenceState {
  return { audio_level: '1', language: '', delivery_speed: '1', audio_captioning: '0' };
}

/** The run-time data of an attempt nobody has launched yet: every element at its RTE §4.2 default. */
export function newAttemptState(): Scorm2004State {
  return {
    cmi: {
      comments_from_learner: [],
      comments_from_lms: [],
      completion_status: 'unknown',
      credit: 'credit',
      entry: 'ab-initio',
      exit: '',
      interactions: [],
      learner_id: '',
      learner_name: '',
      learner_preference: defaultLearnerPreference(),
      mode: 'normal',
      objectives: [],
      score: {},
      success_status: 'unknown',
      time_limit_action: 'continue,no message',
      total_time: 'PT0H0M0S',
    },
    adl: { nav: { request: '_none_' } },
    lms: { attemptProgress: 'not-launched', completionStatusSetBySco: false, successStatusSetBySco: false },
  };
}
