import { commonAncestor, type Activity } from '../activity-tree.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';

/**
 * Clear Suspended Activity Subprocess — SN book 4th ed. DB.2.1: delivering something else than
 * the suspended activity ends its suspension, up to the common ancestor, except for clusters
 * that still have a suspended child.
 */
export function clearSuspendedActivitySubprocess(ws: SequencingWorkspace, activity: Activity): void {
  const suspended = ws.suspendedActivity;
  // 1
  if (suspended === undefined) return;
  // 1.1
  const ancestor = commonAncestor(activity, suspended);
  // 1.2, 1.3 From the suspended activity up to the common ancestor, both included.
  for (let walk: Activity | undefined = suspended; walk !== undefined; walk = walk.parent) {
    const stillSuspended =
      walk.children.length > 0 && ws.availableChildren(walk).some((child) => ws.tracking(child).isSuspended);
    if (!stillSuspended && ws.tracking(walk).isSuspended) ws.edit(walk).isSuspended = false;
    if (walk === ancestor) break;
  }
  // 1.4
  ws.suspendedActivity = undefined;
}
