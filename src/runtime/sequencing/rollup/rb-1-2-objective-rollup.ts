/**
 * Objective Rollup Process — SN book 4th ed. RB.1.2 a (using measure), RB.1.2 b (using rules)
 * and RB.1.2 c (using the default rules), chosen as SN §4.6.5 says: by measure when the
 * rolled-up (primary) objective is satisfied by measure, else by the activity's satisfied /
 * not satisfied rollup rules, else by the default ones.
 */
import type { RollupRule } from '../../package/sequencing/model.js';
import type { Activity } from '../activity-tree.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { DEFAULT_OBJECTIVE_ROLLUP_RULES } from './default-rollup-rules.js';
import { rollupRuleCheckSubprocess } from './rb-1-4-rollup-rule-check.js';
import { readChildrenForRollup, type ChildrenReads } from './rollup-reads.js';

/**
 * SN RB.1.5 step 3.2: the appropriate objective rollup for the activity. `children` are its
 * children as read for this rollup, when the caller has read them already.
 */
export function objectiveRollupProcess(ws: SequencingWorkspace, activity: Activity, children?: ChildrenReads): void {
  if (activity.sequencing.primaryObjective.satisfiedByMeasure) {
    objectiveRollupUsingMeasureProcess(ws, activity);
    return;
  }
  // Only clusters have rules to apply: a leaf's status is what its content and UP.4 recorded.
  if (activity.children.length === 0) return;
  const { rules } = activity.sequencing.rollupRules;
  const hasObjectiveRules = rules.some((rule) => rule.action === 'satisfied' || rule.action === 'notSatisfied');
  objectiveRollupUsingRulesProcess(
    ws,
    activity,
    hasObjectiveRules ? rules : DEFAULT_OBJECTIVE_ROLLUP_RULES,
    children ?? readChildrenForRollup(ws, activity),
  );
}

/**
 * SN RB.1.2 a: the rolled-up objective's status from its normalized measure against its
 * Minimum Normalized Measure; unknown without a measure, and unknown while the activity is
 * active unless adlseq:measureSatisfactionIfActive.
 */
function objectiveRollupUsingMeasureProcess(ws: SequencingWorkspace, activity: Activity): void {
  const objective = ws.tracking(activity).objectives[0];
  if (objective === undefined) return;
  // 3.1.1
  if (!objective.measureStatus) {
    setStatus(ws, activity, false, false);
    return;
  }
  // 3.1.2.1
  if (!ws.tracking(activity).isActive || activity.sequencing.rollupConsiderations.measureSatisfactionIfActive) {
    setStatus(ws, activity, true, objective.normalizedMeasure >= activity.sequencing.primaryObjective.minNormalizedMeasure);
    return;
  }
  // 3.1.2.2
  setStatus(ws, activity, false, false);
}

/**
 * SN RB.1.2 b (and c with the default rules): Not Satisfied rules, then Satisfied rules, each
 * setting the status when it applies; when neither applies the status stays as it was.
 */
function objectiveRollupUsingRulesProcess(
  ws: SequencingWorkspace,
  activity: Activity,
  rules: readonly RollupRule[],
  children: ChildrenReads,
): void {
  // 4.1-4.2
  if (rollupRuleCheckSubprocess(ws, activity, rules, 'notSatisfied', children)) setStatus(ws, activity, true, false);
  // 4.3-4.4
  if (rollupRuleCheckSubprocess(ws, activity, rules, 'satisfied', children)) setStatus(ws, activity, true, true);
}

/** Sets the primary objective's progress and satisfied status, copying the record only when it changes. */
function setStatus(ws: SequencingWorkspace, activity: Activity, known: boolean, satisfied: boolean): void {
  const current = ws.tracking(activity).objectives[0];
  if (current === undefined) return;
  if (current.progressStatus === known && (!known || current.satisfiedStatus === satisfied)) return;
  const objective = ws.edit(activity).objectives[0]!;
  objective.progressStatus = known;
  if (known) objective.satisfiedStatus = satisfied;
}
