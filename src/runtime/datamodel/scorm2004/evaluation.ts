import { parseReal } from '../types/real.js';
import type { CmiState } from './state.js';
import type { CompletionStatus, SuccessStatus } from './vocabularies.js';

/**
 * The statuses the LMS reports for cmi.completion_status and cmi.success_status, evaluated on
 * every GetValue from what the SCO set and the thresholds the LMS got from the manifest.
 * The sequencer reads the same evaluation when the attempt ends.
 */

/**
 * RTE §4.2.4.1 completion status evaluation:
 * - no cmi.completion_threshold: the value the SCO set (default "unknown");
 * - a threshold and cmi.progress_measure: "completed" when the measure reaches the threshold,
 *   else "incomplete", whatever the SCO set;
 * - a threshold but no progress measure: "unknown", whatever the SCO set (CTS DMB Act6).
 */
export function evaluateCompletionStatus(cmi: CmiState): CompletionStatus {
  const threshold = realOrUndefined(cmi.completion_threshold);
  if (threshold === undefined) return cmi.completion_status;
  const measure = realOrUndefined(cmi.progress_measure);
  if (measure === undefined) return 'unknown';
  return measure >= threshold ? 'completed' : 'incomplete';
}

/**
 * RTE §4.2.22.1 success status evaluation:
 * - no cmi.scaled_passing_score: the value the SCO set (default "unknown");
 * - a passing score and cmi.score.scaled: "passed" when the score reaches it, else "failed";
 * - a passing score but no scaled score: "unknown", whatever the SCO set.
 */
export function evaluateSuccessStatus(cmi: CmiState): SuccessStatus {
  const passingScore = realOrUndefined(cmi.scaled_passing_score);
  if (passingScore === undefined) return cmi.success_status;
  const scaled = realOrUndefined(cmi.score.scaled);
  if (scaled === undefined) return 'unknown';
  return scaled >= passingScore ? 'passed' : 'failed';
}

function realOrUndefined(value: string | undefined): number | undefined {
  return value === undefined ? undefined : parseReal(value);
}
