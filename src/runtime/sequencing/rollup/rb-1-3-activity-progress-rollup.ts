/**
 * Activity Progress Rollup Process — SN book 4th ed. RB.1.3 a (using measure), RB.1.3 b (using
 * rules) and RB.1.3 c (using the default rules): by measure when adlcp:completionThreshold says
 * completedByMeasure, else by the activity's completed / incomplete rollup rules, else by the
 * default ones.
 */
import type { RollupRule } from '../../package/sequencing/model.js';
import type { Activity } from '../activity-tree.js';
import { completionThresholdOf } from '../objectives/completion-threshold.js';
import { attemptCompletionAmount } from '../objectives/objective-maps.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { DEFAULT_PROGRESS_ROLLUP_RULES } from './default-rollup-rules.js';
import { rollupRuleCheckSubprocess } from './rb-1-4-rollup-rule-check.js';
import { readChildrenForRollup, type ChildrenReads } from './rollup-reads.js';

/**
 * SN RB.1.5 step 3.3: the appropriate activity progress rollup for the activity. `children` are
 * its children as read for this rollup, when the caller has read them already.
 */
export function activityProgressRollupProcess(ws: SequencingWorkspace, activity: Activity, children?: ChildrenReads): void {
  const threshold = completionThresholdOf(activity);
  if (threshold !== undefined && threshold.completedByMeasure) {
    activityProgressRollupUsingMeasureProcess(ws, activity, threshold.minProgressMeasure);
    return;
  }
  // Only clusters have rules to apply: a leaf's completion is what its content and UP.4 recorded.
  if (activity.children.length === 0) return;
  const { rules } = activity.sequencing.rollupRules;
  const hasProgressRules = rules.some((rule) => rule.action === 'completed' || rule.action === 'incomplete');
  activityProgressRollupUsingRulesProcess(
    ws,
    activity,
    hasProgressRules ? rules : DEFAULT_PROGRESS_ROLLUP_RULES,
    children ?? readChildrenForRollup(ws, activity),
  );
}

/**
 * SN RB.1.3 a: completion from the Attempt Completion Amount against adlcp:minProgressMeasure;
 * unknown without an amount.
 */
function activityProgressRollupUsingMeasureProcess(ws: SequencingWorkspace, activity: Activity, minProgressMeasure: number): void {
  const amount = attemptCompletionAmount(ws, activity);
  if (amount === undefined) setProgress(ws, activity, false, false);
  else setProgress(ws, activity, true, amount >= minProgressMeasure);
}

/**
 * SN RB.1.3 b (and c with the default rules): Incomplete rules, then Completed rules, each
 * setting the attempt's completion when it applies; when neither applies it stays as it was.
 */
function activityProgressRollupUsingRulesProcess(
  ws: SequencingWorkspace,
  activity: Activity,
  rules: readonly RollupRule[],
  children: ChildrenReads,
): void {
  if (rollupRuleCheckSubprocess(ws, activity, rules, 'incomplete', children)) setProgress(ws, activity, true, false);
  if (rollupRuleCheckSubprocess(ws, activity, rules, 'completed', children)) setProgress(ws, activity, true, true);
}

/** Sets Attempt Progress Status and Attempt Completion Status, copying the record only when they change. */
function setProgress(ws: SequencingWorkspace, activity: Activity, known: boolean, completed: boolean): void {
  const current = ws.tracking(activity);
  if (current.attemptProgressStatus === known && (!known || current.attemptCompletionStatus === completed)) return;
  const tracking = ws.edit(activity);
  tracking.attemptProgressStatus = known;
  if (known) tracking.attemptCompletionStatus = completed;
}
