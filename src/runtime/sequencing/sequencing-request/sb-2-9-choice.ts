/** SN book 4th ed. SB.2.9 Choice Sequencing Request Process. */
import type { PreConditionAction } from '../../package/sequencing/model.js';
import { commonAncestor, isAncestorOrSelf, type Activity } from '../activity-tree.js';
import { sequencingRulesCheckProcess } from '../checks/up-2-sequencing-rules-check.js';
import type { SequencingException } from '../requests.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { endAttemptProcess } from '../termination/up-4-end-attempt.js';
import { terminateDescendentAttemptsProcess } from '../termination/up-3-terminate-descendent-attempts.js';
import { availableChildList, availablePosition, isForwardOf } from './available-children.js';
import { choiceActivityTraversalSubprocess } from './sb-2-4-choice-activity-traversal.js';
import { choiceFlowSubprocess } from './sb-2-9-1-choice-flow.js';
import { flowSubprocess } from './sb-2-3-flow.js';
import type { SequencingRequestResult } from './sequencing-request-result.js';

const HIDDEN_FROM_CHOICE: readonly PreConditionAction[] = ['hiddenFromChoice'];

/** SN SB.2.9 Choice Sequencing Request Process: the target, or the first deliverable leaf of it. */
export function choiceSequencingRequestProcess(ws: SequencingWorkspace, target: Activity | undefined): SequencingRequestResult {
  // 1
  if (target === undefined) return { exception: 'SB.2.9-1' };
  // 2-3: every activity from the root to the target is available and not hidden from choice.
  const refused = pathRefusal(ws, target);
  if (refused !== undefined) return { exception: refused };
  // 4
  if (target.parent !== undefined && !target.parent.sequencing.controlMode.choice) return { exception: 'SB.2.9-4' };
  const current = ws.currentActivity;
  // 5-6
  const ancestor = current === undefined ? ws.tree.root : commonAncestor(current, target);
  const exception = reachability(ws, current, target, ancestor);
  if (exception !== undefined) return { exception };
  // 12
  if (target.children.length === 0) return { deliveryRequest: target };
  // 13
  const flow = flowSubprocess(ws, target, 'forward', true);
  // 15
  if (flow.deliverable) return { deliveryRequest: flow.activity };
  // 14: nothing in the chosen cluster can be delivered; the learner is left at the cluster.
  // Without a Current Activity there is no attempt to end (ADL's reference sequencer moves
  // nothing then either).
  if (current !== undefined) {
    // 14.1-14.3
    terminateDescendentAttemptsProcess(ws, ancestor);
    endAttemptProcess(ws, ancestor);
    ws.currentActivity = target;
  }
  // 14.4
  return { exception: 'SB.2.9-9' };
}

/** Steps 2-3: the exception when an activity on the path from the root to the target refuses the choice. */
function pathRefusal(ws: SequencingWorkspace, target: Activity): SequencingException | undefined {
  // Walked from the target up; the book walks down, but each activity's test is independent.
  for (let activity: Activity | undefined = target; activity !== undefined; activity = activity.parent) {
    // 3.1
    if (activity.parent !== undefined && availablePosition(ws, activity) === undefined) return 'SB.2.9-2';
    // 3.2-3.3
    const rules = activity.sequencing.sequencingRules.preConditionRules;
    if (rules.length > 0 && sequencingRulesCheckProcess(ws, activity, rules, HIDDEN_FROM_CHOICE) !== undefined) {
      return 'SB.2.9-3';
    }
  }
  return undefined;
}

/** Steps 7-11, the five cases of the book: the exception when the target cannot be reached from the Current Activity. */
function reachability(
  ws: SequencingWorkspace,
  current: Activity | undefined,
  target: Activity,
  ancestor: Activity,
): SequencingException | undefined {
  // 7 Case #1: the Current Activity is chosen again.
  if (current === target) return undefined;
  // 8 Case #2: a sibling of the Current Activity.
  if (current !== undefined && current.parent !== undefined && current.parent === target.parent) {
    return siblingCase(ws, current, target);
  }
  // 9 Case #3: the target is forward, below the Current Activity (or the session has not begun).
  if (current === undefined || current === ancestor) {
    // Choosing the root before the session has begun starts at the root, as ADL's reference
    // sequencer allows, where the book's empty path would give SB.2.9-5.
    if (current === undefined && target === ancestor) return undefined;
    return descendingPath(ws, ancestor, target, true);
  }
  // 10 Case #4: the target is an ancestor of the Current Activity.
  if (target === ancestor) {
    // 10.1-10.3: every activity left on the way up, except the target, must allow choice exit.
    for (let activity: Activity = current; activity !== target; activity = activity.parent!) {
      if (!activity.sequencing.controlMode.choiceExit) return 'SB.2.9-7';
    }
    return undefined;
  }
  // 11 Case #5: the target is in another branch below the common ancestor.
  return otherBranchCase(ws, current, target, ancestor);
}

/** Step 8 (Case #2). */
function siblingCase(ws: SequencingWorkspace, current: Activity, target: Activity): SequencingException | undefined {
  const list = availableChildList(ws, current.parent!);
  const from = list.positions.get(current);
  const to = list.positions.get(target);
  // 8.1.1-8.1.2: the Current Activity is no longer among the available children: nothing to traverse.
  if (from === undefined || to === undefined) return 'SB.2.9-5';
  // 8.1.3-8.1.4
  const direction = to > from ? 'forward' : 'backward';
  const step = to > from ? 1 : -1;
  // 8.1.5: from the Current Activity to the target, the target excluded.
  for (let index = from; index !== to; index += step) {
    const refused = choiceActivityTraversalSubprocess(ws, list.children[index]!, direction);
    if (refused !== undefined) return refused;
  }
  return undefined;
}

/**
 * Steps 9.1 and 11.6-11.9: the path from the common ancestor down to the target, exclusive of the
 * target. Forward, each activity must let the traversal pass (SB.2.4) and none but the common
 * ancestor may be prevented from activation when it is not active; backward (Case #5 only), the
 * target is included and only prevent activation is checked.
 */
function descendingPath(ws: SequencingWorkspace, ancestor: Activity, target: Activity, forward: boolean): SequencingException | undefined {
  const path: Activity[] = [];
  for (let activity = forward ? target.parent : target; activity !== undefined && activity !== ancestor; activity = activity.parent) {
    path.push(activity);
  }
  path.push(ancestor);
  path.reverse();
  for (const activity of path) {
    if (forward) {
      const refused = choiceActivityTraversalSubprocess(ws, activity, 'forward');
      if (refused !== undefined) return refused;
    }
    if (activity !== ancestor && activity.sequencing.constrainedChoiceConsiderations.preventActivation && !ws.tracking(activity).isActive) {
      return 'SB.2.9-6';
    }
  }
  return undefined;
}

/** Step 11 (Case #5). */
function otherBranchCase(ws: SequencingWorkspace, current: Activity, target: Activity, ancestor: Activity): SequencingException | undefined {
  // 11.1-11.4: leaving the Current Activity's branch, up to the common ancestor excluded.
  let constrained: Activity | undefined;
  for (let activity: Activity = current; activity !== ancestor; activity = activity.parent!) {
    // 11.4.1
    if (!activity.sequencing.controlMode.choiceExit) return 'SB.2.9-7';
    // 11.4.2: the deepest activity that constrains choice, the Current Activity's own constraint
    // left out: ADL's reference sequencer looks for it from the Current Activity's parent up
    // (ADLSequencer.doSequencingRequest, Choice Case #5), and the CTS expects a leaf that
    // constrains choice to leave its parent's next activity choosable (CM-07d, Activity 13 → 15).
    if (constrained === undefined && activity !== current && activity.sequencing.constrainedChoiceConsiderations.constrainChoice) {
      constrained = activity;
    }
  }
  // 11.5: a constrained activity allows only its logical next (or previous) activity and what is in it.
  if (constrained !== undefined) {
    const direction = isForwardOf(ws, target, constrained) ? 'forward' : 'backward';
    const consider = choiceFlowSubprocess(ws, constrained, direction);
    // 11.5.5
    if (!isAncestorOrSelf(consider, target) && target !== constrained) return 'SB.2.9-8';
  }
  // 11.6-11.9
  return descendingPath(ws, ancestor, target, isForwardOf(ws, target, current));
}
