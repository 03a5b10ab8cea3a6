import { Scorm2004Error } from '../../api/error-codes.js';
import { checkLanguageOrEmpty, checkReal } from './checks.js';
import { field, vocabularyField } from './leaves.js';
import type { CmiState, LearnerPreferenceState } from './state.js';
import { nodes, readWrite, type Group } from './tree.js';
import { audioCaptioningValues } from './vocabularies.js';

/**
 * RTE §4.2.13 cmi.learner_preference: the learner's settings, each with a default
 * (audio_level 1, language "", delivery_speed 1, audio_captioning 0). audio_level and
 * delivery_speed are reals ≥ 0 (407 below); language is a language code or "" (no preference).
 */
export const learnerPreferenceGroup: Group<CmiState, LearnerPreferenceState> = {
  kind: 'group',
  select: (cmi) => cmi.learner_preference,
  childrenKeyword: 'audio_level,language,delivery_speed,audio_captioning',
  missingKeywordError: Scorm2004Error.GeneralGetFailure,
  children: nodes<LearnerPreferenceState>({
    audio_level: field({
      access: readWrite,
      read: (preference) => preference.audio_level,
      store: (preference, value) => (preference.audio_level = value),
      check: (value) => checkReal(value, { min: 0 }),
    }),
    language: field({
      access: readWrite,
      read: (preference) => preference.language,
      store: (preference, value) => (preference.language = value),
      check: checkLanguageOrEmpty,
    }),
    delivery_speed: field({
      access: readWrite,
      read: (preference) => preference.delivery_speed,
      store: (preference, value) => (preference.delivery_speed = value),
      check: (value) => checkReal(value, { min: 0 }),
    }),
    audio_captioning: vocabularyField({
      access: readWrite,
      vocabulary: audioCaptioningValues,
      read: (preference) => preference.audio_captioning,
      store: (preference, value) => (preference.audio_captioning = value),
    }),
  }),
};
