/** SN book 4th ed. SB.2.9.1 Choice Flow Subprocess and SB.2.9.2 Choice Flow Tree Traversal Subprocess. */
import type { Activity } from '../activity-tree.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { availableChildList, availablePosition, isLastInPreorder } from './available-children.js';
import type { TraversalDirection } from './traversal-direction.js';

/**
 * SN SB.2.9.1 Choice Flow Subprocess: the activity a constrained choice may move to from
 * `activity` (its next or previous sibling, or an ancestor's), or `activity` itself when there is none.
 */
export function choiceFlowSubprocess(ws: SequencingWorkspace, activity: Activity, direction: TraversalDirection): Activity {
  // 1-3
  return choiceFlowTreeTraversalSubprocess(ws, activity, direction) ?? activity;
}

/** SN SB.2.9.2 Choice Flow Tree Traversal Subprocess: no rules, no control modes, no descending into clusters. */
function choiceFlowTreeTraversalSubprocess(
  ws: SequencingWorkspace,
  activity: Activity,
  direction: TraversalDirection,
): Activity | undefined {
  const parent = activity.parent;
  // 1.1, 2.1
  if (parent === undefined) return undefined;
  if (direction === 'forward' && isLastInPreorder(ws, activity)) return undefined;
  const siblings = availableChildList(ws, parent).children;
  const position = availablePosition(ws, activity);
  if (direction === 'forward') {
    // 1.2
    if (position === undefined || position === siblings.length - 1) return choiceFlowTreeTraversalSubprocess(ws, parent, 'forward');
    // 1.3
    return siblings[position + 1];
  }
  // 2.2
  if (position === undefined || position === 0) return choiceFlowTreeTraversalSubprocess(ws, parent, 'backward');
  // 2.3
  return siblings[position - 1];
}
