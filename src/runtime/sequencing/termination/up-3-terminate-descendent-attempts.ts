import { commonAncestor, type Activity } from '../activity-tree.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { endAttemptProcess } from './up-4-end-attempt.js';

/**
 * Terminate Descendent Attempts Process — SN book 4th ed. UP.3: ends the attempts of the
 * activities between the Current Activity and its common ancestor with `activity`, both excluded.
 */
export function terminateDescendentAttemptsProcess(ws: SequencingWorkspace, activity: Activity): void {
  const current = ws.currentActivity;
  if (current === undefined) return;
  // 1
  const ancestor = commonAncestor(current, activity);
  // 2 The path is empty when the Current Activity is the common ancestor itself.
  if (current === ancestor) return;
  // 3 From the Current Activity upwards, so that each rollup sees its children's attempts ended.
  for (let walk = current.parent; walk !== undefined && walk !== ancestor; walk = walk.parent) {
    endAttemptProcess(ws, walk);
  }
}
