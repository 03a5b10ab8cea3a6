/** SN book 4th ed. SB.2.3 Flow Subprocess. */
import type { Activity } from '../activity-tree.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { flowActivityTraversalSubprocess, type FlowActivityTraversalResult } from './sb-2-2-flow-activity-traversal.js';
import { flowTreeTraversalSubprocess } from './sb-2-1-flow-tree-traversal.js';
import type { TraversalDirection } from './traversal-direction.js';

/** SN SB.2.3 Flow Subprocess: the next deliverable activity in `direction` from `activity`. */
export function flowSubprocess(
  ws: SequencingWorkspace,
  activity: Activity,
  direction: TraversalDirection,
  considerChildren: boolean,
): FlowActivityTraversalResult {
  // 1-2
  const step = flowTreeTraversalSubprocess(ws, activity, direction, undefined, considerChildren);
  // 3
  if (step.next === undefined) {
    return { deliverable: false, activity, endSequencingSession: step.endSequencingSession, exception: step.exception };
  }
  // 4
  return flowActivityTraversalSubprocess(ws, step.next, direction, undefined);
}
