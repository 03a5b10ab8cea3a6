import type { Activity } from '../activity-tree.js';
import type { SequencingException } from '../requests.js';
import { objectiveDefinitions, type SequencingWorkspace } from '../sequencing-workspace.js';
import { initialObjectiveProgress } from '../tracking-model.js';
import { terminateDescendentAttemptsProcess } from '../termination/up-3-terminate-descendent-attempts.js';
import { clearSuspendedActivitySubprocess } from './db-2-1-clear-suspended-activity.js';

export type ContentDeliveryResult =
  | { readonly valid: true }
  | { readonly valid: false; readonly exception: SequencingException };

/**
 * Content Delivery Environment Process — SN book 4th ed. DB.2: ends what must end, begins (or
 * resumes) the attempts on the path from the root to the activity, and makes it current.
 */
export function contentDeliveryEnvironmentProcess(ws: SequencingWorkspace, activity: Activity): ContentDeliveryResult {
  const current = ws.currentActivity;
  // 1 Nothing is delivered while the Current Activity's attempt is still going on.
  if (current !== undefined && ws.tracking(current).isActive) return { valid: false, exception: 'DB.2-1' };
  // 2
  if (activity !== ws.suspendedActivity) clearSuspendedActivitySubprocess(ws, activity);
  // 3
  terminateDescendentAttemptsProcess(ws, activity);
  // 4, 5 From the root down to the activity.
  const path: Activity[] = [];
  for (let walk: Activity | undefined = activity; walk !== undefined; walk = walk.parent) path.push(walk);
  for (let index = path.length - 1; index >= 0; index--) {
    const walk = path[index]!;
    // 5.1
    if (ws.tracking(walk).isActive) continue;
    // 5.1.1
    if (walk.sequencing.deliveryControls.tracked) {
      if (ws.tracking(walk).isSuspended) ws.edit(walk).isSuspended = false;
      else beginNewAttempt(ws, walk);
    }
    // 5.1.2
    ws.edit(walk).isActive = true;
  }
  // 6, 7
  ws.currentActivity = activity;
  ws.suspendedActivity = undefined;
  return { valid: true };
}

/**
 * DB.2 step 5.1.1.2: a new attempt. The count goes up, what the previous attempt recorded of
 * the activity's own progress and objectives is reset (SN §4.2.3: attempt information is per
 * attempt), and what its descendants recorded is marked as coming from an earlier attempt, which
 * rollup then reads as unknown when useCurrentAttemptObjectiveInfo / ProgressInfo say so.
 */
function beginNewAttempt(ws: SequencingWorkspace, activity: Activity): void {
  const tracking = ws.edit(activity);
  tracking.activityAttemptCount += 1;
  tracking.activityProgressStatus = true;
  tracking.attemptProgressStatus = false;
  tracking.attemptCompletionStatus = false;
  tracking.attemptCompletionAmountStatus = false;
  tracking.attemptCompletionAmount = 0;
  tracking.attemptAbsoluteDuration = 0;
  tracking.attemptExperiencedDuration = 0;
  tracking.attemptStartedAt = ws.environment.clock.now();
  tracking.objectivesFromPriorAttempt = false;
  tracking.progressFromPriorAttempt = false;
  tracking.completionStatusSetByContent = false;
  tracking.successStatusSetByContent = false;
  const count = objectiveDefinitions(activity).length;
  for (let index = 0; index < count; index++) tracking.objectives[index] = initialObjectiveProgress();
  if (activity.children.length > 0) markDescendantsFromPriorAttempt(ws, activity);
}

/** Only attempted activities have something recorded, and an unattempted one has no attempted descendants. */
function markDescendantsFromPriorAttempt(ws: SequencingWorkspace, activity: Activity): void {
  for (const child of activity.children) {
    const tracking = ws.tracking(child);
    if (!tracking.activityProgressStatus) continue;
    if (!tracking.objectivesFromPriorAttempt || !tracking.progressFromPriorAttempt) {
      const edited = ws.edit(child);
      edited.objectivesFromPriorAttempt = true;
      edited.progressFromPriorAttempt = true;
    }
    if (child.children.length > 0) markDescendantsFromPriorAttempt(ws, child);
  }
}
