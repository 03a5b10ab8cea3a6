/** SN book 4th ed. SR.2 Randomize Children Process. */
import type { Activity } from '../activity-tree.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';

/**
 * SN SR.2 Randomize Children Process: reorders the activity's Available Children at random when
 * reorderChildren is set. Timing `once` reorders a single time (remembered by
 * `randomizationDone`); `onEachNewAttempt` each time it is called (see SR.1 for when).
 */
export function randomizeChildrenProcess(ws: SequencingWorkspace, activity: Activity): void {
  // 1
  if (activity.children.length === 0) return;
  // 2
  const tracking = ws.tracking(activity);
  if (tracking.isSuspended || tracking.isActive) return;
  const { randomizationTiming, reorderChildren } = activity.sequencing.randomizationControls;
  // 3
  if (randomizationTiming === 'never') return;
  // 4.1: once, before the activity's first attempt.
  if (randomizationTiming === 'once' && (tracking.randomizationDone || tracking.activityProgressStatus)) return;
  const edited = ws.edit(activity);
  edited.randomizationDone = true;
  // 4.1.1, 5.1
  if (!reorderChildren) return;
  // 4.1.1.1, 5.1.1: a Fisher–Yates shuffle of the available children.
  const order = ws.availableChildren(activity).map((child) => child.id);
  for (let index = order.length - 1; index > 0; index--) {
    const pick = Math.floor(ws.environment.random() * (index + 1));
    const swapped = order[pick]!;
    order[pick] = order[index]!;
    order[index] = swapped;
  }
  edited.availableChildren = order;
}
