/** SN book 4th ed. SB.2.4 Choice Activity Traversal Subprocess. */
import type { PreConditionAction } from '../../package/sequencing/model.js';
import type { Activity } from '../activity-tree.js';
import { sequencingRulesCheckProcess } from '../checks/up-2-sequencing-rules-check.js';
import type { SequencingException } from '../requests.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import type { TraversalDirection } from './traversal-direction.js';

const STOP_FORWARD_TRAVERSAL: readonly PreConditionAction[] = ['stopForwardTraversal'];

/**
 * SN SB.2.4 Choice Activity Traversal Subprocess: whether a choice may pass `activity` on its
 * way to the target; undefined when it may, else the exception.
 */
export function choiceActivityTraversalSubprocess(
  ws: SequencingWorkspace,
  activity: Activity,
  direction: TraversalDirection,
): SequencingException | undefined {
  // 1
  if (direction === 'forward') {
    const rules = activity.sequencing.sequencingRules.preConditionRules;
    // 1.1-1.2
    if (rules.length > 0 && sequencingRulesCheckProcess(ws, activity, rules, STOP_FORWARD_TRAVERSAL) !== undefined) {
      return 'SB.2.4-1';
    }
    // 1.3
    return undefined;
  }
  // 2.1, 2.2
  if (activity.parent === undefined) return 'SB.2.4-3';
  // 2.1.1
  if (activity.parent.sequencing.controlMode.forwardOnly) return 'SB.2.4-2';
  // 2.3
  return undefined;
}
