/** SN book 4th ed. SB.2.2 Flow Activity Traversal Subprocess. */
import type { PreConditionAction } from '../../package/sequencing/model.js';
import type { Activity } from '../activity-tree.js';
import { checkActivityProcess } from '../checks/up-5-check-activity.js';
import { sequencingRulesCheckProcess } from '../checks/up-2-sequencing-rules-check.js';
import type { SequencingException } from '../requests.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { flowTreeTraversalSubprocess } from './sb-2-1-flow-tree-traversal.js';
import type { TraversalDirection } from './traversal-direction.js';

export interface FlowActivityTraversalResult {
  readonly deliverable: boolean;
  /** The activity identified for delivery, or the one where the traversal stopped. */
  readonly activity: Activity;
  readonly endSequencingSession?: boolean;
  readonly exception?: SequencingException;
}

const SKIP: readonly PreConditionAction[] = ['skip'];

/**
 * SN SB.2.2 Flow Activity Traversal Subprocess: from `activity`, passes over skipped activities
 * and into clusters until a leaf that can be delivered. The book's recursions (steps 3.3 and
 * 6.3) are tail calls; they are a loop here so that a flow over thousands of skipped siblings
 * neither grows the stack nor costs more than one step per activity.
 */
export function flowActivityTraversalSubprocess(
  ws: SequencingWorkspace,
  activity: Activity,
  direction: TraversalDirection,
  previousDirection: TraversalDirection | undefined,
): FlowActivityTraversalResult {
  let candidate = activity;
  let traversalDirection = direction;
  let previous = previousDirection;
  for (;;) {
    // 1
    const parent = candidate.parent;
    if (parent !== undefined && !parent.sequencing.controlMode.flow) {
      return { deliverable: false, activity: candidate, exception: 'SB.2.2-1' };
    }
    // 2
    const rules = candidate.sequencing.sequencingRules.preConditionRules;
    if (rules.length > 0 && sequencingRulesCheckProcess(ws, candidate, rules, SKIP) !== undefined) {
      // 3.1
      const step = flowTreeTraversalSubprocess(ws, candidate, traversalDirection, previous, false);
      // 3.2
      if (step.next === undefined) {
        return { deliverable: false, activity: candidate, endSequencingSession: step.endSequencingSession, exception: step.exception };
      }
      // 3.3.1: the walk reversed out of a forwardOnly cluster entered backward; it goes on backward.
      if (previous === 'backward' && step.direction === 'backward') {
        traversalDirection = 'backward';
        previous = undefined;
      }
      // 3.3.2: otherwise in the same direction, remembering the previous one.
      candidate = step.next;
      continue;
    }
    // 4-5
    if (checkActivityProcess(ws, candidate)) return { deliverable: false, activity: candidate, exception: 'SB.2.2-2' };
    // 7
    if (candidate.children.length === 0) return { deliverable: true, activity: candidate };
    // 6.1
    const step = flowTreeTraversalSubprocess(ws, candidate, traversalDirection, undefined, true);
    // 6.2
    if (step.next === undefined) {
      return { deliverable: false, activity: candidate, endSequencingSession: step.endSequencingSession, exception: step.exception };
    }
    // 6.3.1: entering a forwardOnly cluster backward turned the walk forward.
    if (traversalDirection === 'backward' && step.direction === 'forward') {
      traversalDirection = 'forward';
      previous = 'backward';
    } else {
      // 6.3.2
      previous = undefined;
    }
    candidate = step.next;
  }
}
