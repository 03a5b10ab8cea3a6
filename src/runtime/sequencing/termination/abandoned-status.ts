import type { Activity } from '../activity-tree.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { forgetObjectiveValue } from './forget-objective-values.js';

/**
 * Forgets what the content of an abandoned attempt reported: its completion and its primary
 * objective's satisfaction and measure, locally and in the global objectives it wrote them to.
 * The book's abandon only deactivates the activity, but the run-time data reached the tracking
 * model at Terminate, before the request; ADL's reference sequencer discards it on abandon and
 * abandonAll, and the CTS expects it (SX-04a, SX-04b: an abandoned, passed activity is not
 * skipped afterwards, even through a global objective).
 */
export function discardAbandonedStatus(ws: SequencingWorkspace, activity: Activity): void {
  const tracking = ws.edit(activity);
  tracking.attemptProgressStatus = false;
  tracking.attemptCompletionStatus = false;
  tracking.completionStatusSetByContent = false;
  tracking.successStatusSetByContent = false;
  forgetObjectiveValue(ws, activity, 0, 'satisfaction');
  forgetObjectiveValue(ws, activity, 0, 'measure');
}
