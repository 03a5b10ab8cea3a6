/**
 * What a parent's rollup reads of a child (SN book 4th ed. RB.1.1 a/b): the child's rolled-up
 * (primary) objective and its attempt's completion amount, leaving out the local values it
 * recorded before the parent's current attempt (see objectives/prior-attempt.ts).
 */
import type { Activity } from '../activity-tree.js';
import { attemptCompletionAmount, readObjective } from '../objectives/objective-maps.js';
import { objectivesFromPriorAttempt, progressFromPriorAttempt } from '../objectives/prior-attempt.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import type { ObjectiveProgress } from '../tracking-model.js';

/** The child's primary objective as its parent's rollup sees it. */
export function rolledUpObjectiveOf(ws: SequencingWorkspace, child: Activity): Readonly<ObjectiveProgress> {
  return readObjective(ws, child, 0, !objectivesFromPriorAttempt(ws, child));
}

/** The child's attempt completion amount as its parent's rollup sees it (undefined: unknown). */
export function rolledUpCompletionAmountOf(ws: SequencingWorkspace, child: Activity): number | undefined {
  return attemptCompletionAmount(ws, child, !progressFromPriorAttempt(ws, child));
}
