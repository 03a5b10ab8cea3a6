import {
  checkCharacterString,
  checkLocalizedString,
  checkLongIdentifier,
  checkTimeInterval,
} from './checks.js';
import { field, vocabularyField } from './leaves.js';
import type { CmiState } from './state.js';
import { readOnly, readWrite, writeOnly, type Leaf } from './tree.js';
import {
  creditValues,
  entryValues,
  exitValues,
  modeValues,
  timeLimitActions,
  type Credit,
  type Entry,
  type Exit,
  type Mode,
  type TimeLimitAction,
} from './vocabularies.js';

/**
 * The learner, the launch and the session: who is learning, how the LMS launched the SCO, where
 * the SCO left off, and the time spent (RTE §4.2). Characterstring SPMs (location 1000,
 * suspend_data 64000, launch_data 4000) are floors the LMS must store at least, never limits:
 * ADL's SampleRTE accepts longer values, so only the player's own limits.maxValueLength applies.
 */
export const learnerSessionElements = {
  /** RTE §4.2.6 cmi.credit (RO, default "credit"). */
  credit: vocabularyField<CmiState, Credit>({
    access: readOnly,
    vocabulary: creditValues,
    read: (cmi) => cmi.credit,
    store: (cmi, value) => (cmi.credit = value),
  }),
  /** RTE §4.2.7 cmi.entry (RO): set by the LMS when the session begins (lifecycle.ts). */
  entry: vocabularyField<CmiState, Entry>({
    access: readOnly,
    vocabulary: entryValues,
    read: (cmi) => cmi.entry,
    store: (cmi, value) => (cmi.entry = value),
  }),
  /** RTE §4.2.8 cmi.exit (WO, default ""). */
  exit: vocabularyField<CmiState, Exit>({
    access: writeOnly,
    vocabulary: exitValues,
    read: (cmi) => cmi.exit,
    store: (cmi, value) => (cmi.exit = value),
  }),
  /** RTE §4.2.10 cmi.launch_data (RO, adlcp:dataFromLMS); 403 when the manifest gives none. */
  launch_data: field<CmiState>({
    access: readOnly,
    read: (cmi) => cmi.launch_data,
    store: (cmi, value) => (cmi.launch_data = value),
    check: checkCharacterString,
  }),
  /** RTE §4.2.11 cmi.learner_id (RO, long identifier). */
  learner_id: field<CmiState>({
    access: readOnly,
    read: (cmi) => cmi.learner_id,
    store: (cmi, value) => (cmi.learner_id = value),
    check: checkLongIdentifier,
  }),
  /** RTE §4.2.12 cmi.learner_name (RO, localized string, SPM 250). */
  learner_name: field<CmiState>({
    access: readOnly,
    read: (cmi) => cmi.learner_name,
    store: (cmi, value) => (cmi.learner_name = value),
    check: (value) => checkLocalizedString(value, 250),
  }),
  /** RTE §4.2.14 cmi.location (RW, characterstring, SPM 1000). */
  location: field<CmiState>({
    access: readWrite,
    read: (cmi) => cmi.location,
    store: (cmi, value) => (cmi.location = value),
    check: checkCharacterString,
  }),
  /** RTE §4.2.15 cmi.max_time_allowed (RO, timeinterval); 403 when the manifest gives none. */
  max_time_allowed: field<CmiState>({
    access: readOnly,
    read: (cmi) => cmi.max_time_allowed,
    store: (cmi, value) => (cmi.max_time_allowed = value),
    check: checkTimeInterval,
  }),
  /** RTE §4.2.16 cmi.mode (RO, default "normal"). */
  mode: vocabularyField<CmiState, Mode>({
    access: readOnly,
    vocabulary: modeValues,
    read: (cmi) => cmi.mode,
    store: (cmi, value) => (cmi.mode = value),
  }),
  /** RTE §4.2.21 cmi.session_time (WO, timeinterval): folded into total_time when the session ends. */
  session_time: field<CmiState>({
    access: writeOnly,
    read: (cmi) => cmi.session_time,
    store: (cmi, value) => (cmi.session_time = value),
    check: checkTimeInterval,
  }),
  /** RTE §4.2.23 cmi.suspend_data (RW, characterstring, SPM 64000). */
  suspend_data: field<CmiState>({
    access: readWrite,
    read: (cmi) => cmi.suspend_data,
    store: (cmi, value) => (cmi.suspend_data = value),
    check: checkCharacterString,
  }),
  /** RTE §4.2.24 cmi.time_limit_action (RO, adlcp:timeLimitAction, default "continue,no message"). */
  time_limit_action: vocabularyField<CmiState, TimeLimitAction>({
    access: readOnly,
    vocabulary: timeLimitActions,
    read: (cmi) => cmi.time_limit_action,
    store: (cmi, value) => (cmi.time_limit_action = value),
  }),
  /** RTE §4.2.25 cmi.total_time (RO, default "PT0H0M0S"): the attempt's accumulated session times. */
  total_time: field<CmiState>({
    access: readOnly,
    read: (cmi) => cmi.total_time,
    store: (cmi, value) => (cmi.total_time = value),
    check: checkTimeInterval,
  }),
} satisfies Record<string, Leaf<CmiState>>;
