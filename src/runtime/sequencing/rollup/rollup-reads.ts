/**
 * What a parent's rollup reads of a child (SN book 4th ed. RB.1.1 a/b, RB.1.4.1): the child's
 * rolled-up (primary) objective, its attempt's completion and completion amount, leaving out the
 * local values it recorded before the parent's current attempt (see objectives/prior-attempt.ts).
 *
 * The children do not change while their parent rolls up (RB.1.5 step 3 edits only the parent,
 * and shares its values only after), so each child is read once per rollup of its parent and
 * every sub-process of that rollup uses the same reads.
 */
import type { Activity } from '../activity-tree.js';
import type { RollupReads } from '../objectives/condition-values.js';
import { attemptCompleted, attemptCompletionAmount, readObjectiveInto } from '../objectives/objective-maps.js';
import { objectivesFromPriorAttempt, progressFromPriorAttempt } from '../objectives/prior-attempt.js';
import type { Trilean } from '../objectives/trilean.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { initialObjectiveProgress, type ObjectiveProgress } from '../tracking-model.js';

export interface ChildReads extends RollupReads {
  objective: Readonly<ObjectiveProgress>;
  /** Where the objective is derived when maps or satisfaction by measure apply (see readObjectiveInto). */
  readonly derived: ObjectiveProgress;
  completed: Trilean;
  /** Attempt Completion Amount; undefined when unknown. */
  completionAmount: number | undefined;
}

/** An activity's available children with, at the same index, what its rollup reads of each (`reads` may be longer). */
export interface ChildrenReads {
  readonly children: readonly Activity[];
  readonly reads: readonly ChildReads[];
}

/** Reused from one rollup to the next, so that reading wide clusters allocates nothing. */
const pool: ChildReads[] = [];

const NOTHING_KNOWN: Readonly<ObjectiveProgress> = Object.freeze(initialObjectiveProgress());

/**
 * Reads each of the activity's available children for its rollup. What it returns is valid
 * until the next call: use it within one rollup of the activity. A child that is not tracked
 * reads as knowing nothing, as rollup conditions see it (condition-values.ts).
 */
export function readChildrenForRollup(ws: SequencingWorkspace, activity: Activity): ChildrenReads {
  const children = ws.availableChildren(activity);
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    let reads = pool[index];
    if (reads === undefined) {
      reads = { objective: NOTHING_KNOWN, derived: initialObjectiveProgress(), completed: undefined, completionAmount: undefined };
      pool.push(reads);
    }
    if (child.sequencing.deliveryControls.tracked) {
      reads.objective = readObjectiveInto(reads.derived, ws, child, 0, !objectivesFromPriorAttempt(ws, child));
      const withProgress = !progressFromPriorAttempt(ws, child);
      reads.completed = attemptCompleted(ws, child, withProgress);
      reads.completionAmount = attemptCompletionAmount(ws, child, withProgress);
    } else {
      reads.objective = NOTHING_KNOWN;
      reads.completed = undefined;
      reads.completionAmount = undefined;
    }
  }
  return { children, reads: pool };
}
