import { checkReal } from './checks.js';
import { evaluateCompletionStatus, evaluateSuccessStatus } from './evaluation.js';
import { field, vocabularyField } from './leaves.js';
import type { CmiState } from './state.js';
import { readOnly, readWrite, type Leaf } from './tree.js';
import { completionStatuses, successStatuses, type CompletionStatus, type SuccessStatus } from './vocabularies.js';

/**
 * The SCO's progress and success: the statuses it reports, the measures behind them and the
 * manifest thresholds the LMS evaluates them against (RTE §4.2.4, §4.2.5, §4.2.18, §4.2.19,
 * §4.2.22). GetValue answers the evaluated statuses (evaluation.ts); the state keeps what was set,
 * and whether the SCO itself set it.
 */

export const statusElements = {
  /** RTE §4.2.4 cmi.completion_status (RW, default "unknown"), evaluated on GetValue. */
  completion_status: vocabularyField<CmiState, CompletionStatus>({
    access: readWrite,
    vocabulary: completionStatuses,
    read: evaluateCompletionStatus,
    store: (cmi, value, context) => {
      cmi.completion_status = value;
      context.state.lms.completionStatusSetBySco = !context.byLms;
    },
  }),
  /** RTE §4.2.5 cmi.completion_threshold (RO, real [0,1]); 403 when the manifest gives none. */
  completion_threshold: field<CmiState>({
    access: readOnly,
    read: (cmi) => cmi.completion_threshold,
    store: (cmi, value) => (cmi.completion_threshold = value),
    check: (value) => checkReal(value, { min: 0, max: 1 }),
  }),
  /** RTE §4.2.18 cmi.progress_measure (RW, real [0,1]). */
  progress_measure: field<CmiState>({
    access: readWrite,
    read: (cmi) => cmi.progress_measure,
    store: (cmi, value) => (cmi.progress_measure = value),
    check: (value) => checkReal(value, { min: 0, max: 1 }),
  }),
  /** RTE §4.2.19 cmi.scaled_passing_score (RO, real [-1,1]); 403 when the manifest gives none. */
  scaled_passing_score: field<CmiState>({
    access: readOnly,
    read: (cmi) => cmi.scaled_passing_score,
    store: (cmi, value) => (cmi.scaled_passing_score = value),
    check: (value) => checkReal(value, { min: -1, max: 1 }),
  }),
  /** RTE §4.2.22 cmi.success_status (RW, default "unknown"), evaluated on GetValue. */
  success_status: vocabularyField<CmiState, SuccessStatus>({
    access: readWrite,
    vocabulary: successStatuses,
    read: evaluateSuccessStatus,
    store: (cmi, value, context) => {
      cmi.success_status = value;
      context.state.lms.successStatusSetBySco = !context.byLms;
    },
  }),
} satisfies Record<string, Leaf<CmiState>>;
