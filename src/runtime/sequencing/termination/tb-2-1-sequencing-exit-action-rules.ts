import type { Activity } from '../activity-tree.js';
import { sequencingRulesCheckProcess } from '../checks/up-2-sequencing-rules-check.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { terminateDescendentAttemptsProcess } from './up-3-terminate-descendent-attempts.js';
import { endAttemptProcess } from './up-4-end-attempt.js';

/**
 * Sequencing Exit Action Rules Subprocess — SN book 4th ed. TB.2.1: the exit rules of the
 * Current Activity's ancestors, from the root down to its parent; the first that fires ends the
 * attempts up to its activity, which becomes the Current Activity.
 */
export function sequencingExitActionRulesSubprocess(ws: SequencingWorkspace): void {
  const current = ws.currentActivity;
  if (current === undefined) return;
  // 1 The path from the root to the parent of the Current Activity, root first.
  const path: Activity[] = [];
  for (let walk = current.parent; walk !== undefined; walk = walk.parent) path.push(walk);
  // 2, 3
  let exitTarget: Activity | undefined;
  for (let index = path.length - 1; index >= 0; index--) {
    const activity = path[index]!;
    const rules = activity.sequencing.sequencingRules.exitConditionRules;
    if (rules.length > 0 && sequencingRulesCheckProcess(ws, activity, rules) !== undefined) {
      exitTarget = activity;
      break;
    }
  }
  // 4
  if (exitTarget !== undefined) {
    terminateDescendentAttemptsProcess(ws, exitTarget);
    endAttemptProcess(ws, exitTarget);
    ws.currentActivity = exitTarget;
  }
}
