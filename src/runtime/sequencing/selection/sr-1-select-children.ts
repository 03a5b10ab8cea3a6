/** SN book 4th ed. SR.1 Select Children Process. */
import type { Activity } from '../activity-tree.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';

/**
 * SN SR.1 Select Children Process: chooses selectCount of the activity's children at random,
 * keeping their manifest order, into its Available Children.
 *
 * Timing `once` selects a single time (remembered by `selectionDone`, so a resumed session keeps
 * its selection). The book leaves `onEachNewAttempt` undefined; as ADL's reference sequencer does,
 * it selects anew each time it is called, which is at the start of the session and when the
 * cluster's attempt ends (ADLSequencer prepareClusters and endAttempt). A selectCount of 0, or
 * one not smaller than the number of children, selects them all, as ADL's doSelection reads it.
 */
export function selectChildrenProcess(ws: SequencingWorkspace, activity: Activity): void {
  // 1
  if (activity.children.length === 0) return;
  // 2: never while an attempt on the activity is under way or suspended.
  const tracking = ws.tracking(activity);
  if (tracking.isSuspended || tracking.isActive) return;
  const { selectionTiming, selectCount } = activity.sequencing.randomizationControls;
  // 3
  if (selectionTiming === 'never') return;
  // 4: once, before the activity's first attempt.
  if (selectionTiming === 'once' && (tracking.selectionDone || tracking.activityProgressStatus)) return;
  // 4.1.1 / 5
  const edited = ws.edit(activity);
  edited.selectionDone = true;
  const children = activity.children;
  if (selectCount === undefined || selectCount === 0 || selectCount >= children.length) {
    edited.availableChildren = null;
    return;
  }
  // 4.1.1.2: a partial Fisher–Yates shuffle draws selectCount distinct positions.
  const positions = children.map((_, index) => index);
  for (let drawn = 0; drawn < selectCount; drawn++) {
    const pick = drawn + Math.floor(ws.environment.random() * (positions.length - drawn));
    const chosen = positions[pick]!;
    positions[pick] = positions[drawn]!;
    positions[drawn] = chosen;
  }
  // 4.1.1.2.2: the selected children keep their relative order from the activity tree.
  const selected = positions.slice(0, selectCount).sort((a, b) => a - b);
  // 4.1.1.3
  edited.availableChildren = selected.map((index) => children[index]!.id);
}
