/** SN book 4th ed. SB.2.1 Flow Tree Traversal Subprocess. */
import type { Activity } from '../activity-tree.js';
import type { SequencingException } from '../requests.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { terminateDescendentAttemptsProcess } from '../termination/up-3-terminate-descendent-attempts.js';
import { availableChildList, availablePosition, isLastInPreorder } from './available-children.js';
import type { TraversalDirection } from './traversal-direction.js';

export interface FlowTreeTraversalResult {
  /** The 'next' activity; undefined when the traversal found none. */
  readonly next?: Activity;
  /** The direction the traversal goes on in: Forward after entering a forwardOnly cluster backward. */
  readonly direction: TraversalDirection;
  readonly endSequencingSession?: boolean;
  readonly exception?: SequencingException;
}

/**
 * SN SB.2.1 Flow Tree Traversal Subprocess: one step of a preorder walk of the activity tree,
 * through Available Children, from `activity`.
 */
export function flowTreeTraversalSubprocess(
  ws: SequencingWorkspace,
  activity: Activity,
  direction: TraversalDirection,
  previousDirection: TraversalDirection | undefined,
  considerChildren: boolean,
): FlowTreeTraversalResult {
  // 1
  let reversedDirection = false;
  let from = activity;
  let traversalDirection = direction;
  const parent = from.parent;
  // 2: flowing forward inside a forwardOnly cluster that was entered backward, past its last
  // child: go back to its first child and leave the cluster backward (CTS SX-07e, CM-03a).
  if (previousDirection === 'backward' && parent !== undefined) {
    const siblings = availableChildList(ws, parent).children;
    if (siblings[siblings.length - 1] === from) {
      // 2.1-2.3
      traversalDirection = 'backward';
      from = siblings[0]!;
      reversedDirection = true;
    }
  }
  // 3
  if (traversalDirection === 'forward') {
    // 3.1
    if (isLastInPreorder(ws, from) || (from.parent === undefined && !considerChildren)) {
      // 3.1.1
      terminateDescendentAttemptsProcess(ws, ws.tree.root);
      // 3.1.2
      return { direction: traversalDirection, endSequencingSession: true };
    }
    // 3.2
    if (from.children.length === 0 || !considerChildren) {
      const fromParent = from.parent!;
      const siblings = availableChildList(ws, fromParent).children;
      const position = availablePosition(ws, from);
      // 3.2.1
      if (position === undefined || position === siblings.length - 1) {
        return flowTreeTraversalSubprocess(ws, fromParent, 'forward', undefined, false);
      }
      // 3.2.2
      return { next: siblings[position + 1]!, direction: traversalDirection };
    }
    // 3.3
    const children = availableChildList(ws, from).children;
    // 3.3.1
    if (children.length > 0) return { next: children[0]!, direction: traversalDirection };
    // 3.3.2
    return { direction: traversalDirection, exception: 'SB.2.1-2' };
  }
  // 4.1
  const fromParent = from.parent;
  if (fromParent === undefined) return { direction: traversalDirection, exception: 'SB.2.1-3' };
  // 4.2
  if (from.children.length === 0 || !considerChildren) {
    // 4.2.1
    if (!reversedDirection && fromParent.sequencing.controlMode.forwardOnly) {
      return { direction: traversalDirection, exception: 'SB.2.1-4' };
    }
    const position = availablePosition(ws, from);
    // 4.2.2
    if (position === undefined || position === 0) {
      return flowTreeTraversalSubprocess(ws, fromParent, 'backward', undefined, false);
    }
    // 4.2.3
    return { next: availableChildList(ws, fromParent).children[position - 1]!, direction: traversalDirection };
  }
  // 4.3
  const children = availableChildList(ws, from).children;
  if (children.length > 0) {
    // 4.3.1.1: a forwardOnly cluster is entered at its first child, and the walk turns forward.
    if (from.sequencing.controlMode.forwardOnly) return { next: children[0]!, direction: 'forward' };
    // 4.3.1.2
    return { next: children[children.length - 1]!, direction: 'backward' };
  }
  // 4.3.2
  return { direction: traversalDirection, exception: 'SB.2.1-2' };
}
