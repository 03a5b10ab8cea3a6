import type { Activity } from '../activity-tree.js';
import { completionThresholdOf } from '../objectives/completion-threshold.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { readChildrenForRollup, type ChildrenReads } from './rollup-reads.js';

/**
 * Completion Measure Rollup Process — SN book 4th ed. RB.1.1 b. The activity's Attempt
 * Completion Amount takes the mean of its tracked children's completion amounts, weighted by
 * each child's adlcp:completionThreshold progressWeight (1.0 without one); children without a
 * known amount count in the weights but add nothing.
 */
export function completionMeasureRollupProcess(
  ws: SequencingWorkspace,
  activity: Activity,
  { children, reads }: ChildrenReads = readChildrenForRollup(ws, activity),
): void {
  // 1-3
  let totalWeightedMeasure = 0;
  let validData = false;
  let countedMeasures = 0;
  // 4
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    // 4.1
    if (!child.sequencing.deliveryControls.tracked) continue;
    const weight = completionThresholdOf(child)?.progressWeight ?? 1;
    // 4.1.1
    countedMeasures += weight;
    // 4.1.2
    const amount = reads[index]!.completionAmount;
    if (amount !== undefined) {
      totalWeightedMeasure += amount * weight;
      validData = true;
    }
  }
  // 5-6
  if (validData && countedMeasures > 0) setAmount(ws, activity, true, totalWeightedMeasure / countedMeasures);
  else setAmount(ws, activity, false, 0);
}

/** Sets the attempt completion amount, copying the record only when it changes. */
function setAmount(ws: SequencingWorkspace, activity: Activity, known: boolean, amount: number): void {
  const current = ws.tracking(activity);
  if (current.attemptCompletionAmountStatus === known && (!known || current.attemptCompletionAmount === amount)) return;
  const tracking = ws.edit(activity);
  tracking.attemptCompletionAmountStatus = known;
  if (known) tracking.attemptCompletionAmount = amount;
}
