import type { Activity } from '../activity-tree.js';
import { writeObjectiveMaps } from '../objectives/objective-maps.js';
import { overallRollupProcess } from '../rollup/rb-1-5-overall-rollup.js';
import { randomizeChildrenProcess } from '../selection/sr-2-randomize-children.js';
import { selectChildrenProcess } from '../selection/sr-1-select-children.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';

/**
 * End Attempt Process — SN book 4th ed. UP.4.
 *
 * Besides the book's steps: the attempt's absolute duration is closed from the clock (SN §4.2.3),
 * and, as ADL's reference sequencer does, a cluster whose attempt really ends draws its
 * children again when its selection or randomization timing is onEachNewAttempt.
 */
export function endAttemptProcess(ws: SequencingWorkspace, activity: Activity): void {
  // 1
  if (activity.children.length === 0) {
    const delivery = activity.sequencing.deliveryControls;
    const tracking = ws.tracking(activity);
    // 1.1, 1.1.1
    if (delivery.tracked && !tracking.isSuspended) {
      let objectivesChanged = false;
      // 1.1.1.1 The content did not say whether it is complete: it is, by having been used.
      if (
        !delivery.completionSetByContent &&
        !tracking.attemptProgressStatus &&
        !tracking.completionStatusSetByContent
      ) {
        const edited = ws.edit(activity);
        edited.attemptProgressStatus = true;
        edited.attemptCompletionStatus = true;
      }
      // 1.1.1.2 Likewise for the primary objective, unless the content set its status itself.
      const primary = tracking.objectives[0];
      if (
        !delivery.objectiveSetByContent &&
        primary !== undefined &&
        !primary.progressStatus &&
        !tracking.successStatusSetByContent
      ) {
        const edited = ws.edit(activity).objectives[0]!;
        edited.progressStatus = true;
        edited.satisfiedStatus = true;
        objectivesChanged = true;
      }
      if (objectivesChanged) writeObjectiveMaps(ws, activity);
    }
  } else {
    // 2 A cluster stays suspended while any of its children is.
    const suspended = ws.availableChildren(activity).some((child) => ws.tracking(child).isSuspended);
    if (ws.tracking(activity).isSuspended !== suspended) ws.edit(activity).isSuspended = suspended;
  }
  // 3
  const tracking = ws.edit(activity);
  tracking.isActive = false;
  if (tracking.attemptStartedAt !== null) {
    const elapsed = Math.max(0, ws.environment.clock.now() - tracking.attemptStartedAt);
    tracking.attemptAbsoluteDuration = elapsed;
    tracking.activityAbsoluteDuration += elapsed;
    tracking.attemptStartedAt = null;
  }
  if (activity.children.length > 0 && !tracking.isSuspended) {
    selectChildrenProcess(ws, activity);
    randomizeChildrenProcess(ws, activity);
  }
  // 4
  overallRollupProcess(ws, activity);
}
