/**
 * Whether an activity's own objective or progress information dates from before its parent's
 * current attempt and the parent says to use current attempt information only (SN book 4th ed.
 * §3.2.5 useCurrentAttemptObjectiveInfo, §3.2.6 useCurrentAttemptProgressInfo). Rollup then
 * leaves those local values out: they count as unknown, while values shared through objective
 * maps still read (ADL's reference sequencer: a "dirty" objective still reads its globals).
 */
import type { Activity } from '../activity-tree.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';

/** SN §3.2.5: the activity's local objective information counts as unknown in its parent's rollup. */
export function objectivesFromPriorAttempt(ws: SequencingWorkspace, activity: Activity): boolean {
  return ws.tracking(activity).objectivesFromPriorAttempt && activity.parent?.sequencing.controlMode.useCurrentAttemptObjectiveInfo === true;
}

/** SN §3.2.6: the activity's local attempt progress information counts as unknown in its parent's rollup. */
export function progressFromPriorAttempt(ws: SequencingWorkspace, activity: Activity): boolean {
  return ws.tracking(activity).progressFromPriorAttempt && activity.parent?.sequencing.controlMode.useCurrentAttemptProgressInfo === true;
}
