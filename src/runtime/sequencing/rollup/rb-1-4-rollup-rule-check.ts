/**
 * Rollup Rule Check Subprocess — SN book 4th ed. RB.1.4, with RB.1.4.1 Evaluate Rollup
 * Conditions Subprocess and RB.1.4.2 Check Child for Rollup Subprocess.
 */
import type { PreConditionAction, RollupAction, RollupConsideration, RollupRule } from '../../package/sequencing/model.js';
import type { Activity } from '../activity-tree.js';
import { sequencingRulesCheckProcess } from '../checks/up-2-sequencing-rules-check.js';
import { rollupConditionValue } from '../objectives/condition-values.js';
import type { Trilean } from '../objectives/trilean.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';
import { readChildrenForRollup, type ChildReads, type ChildrenReads } from './rollup-reads.js';

const SKIP: readonly PreConditionAction[] = ['skip'];

/**
 * SN RB.1.4: whether one of `rules` with the given action applies to the activity, judged on
 * the children that contribute to it. `rules` are the activity's rollup rules, or the default
 * rules when it has none of that kind (RB.1.2 c, RB.1.3 c); `children`, its children as read
 * for this rollup.
 */
export function rollupRuleCheckSubprocess(
  ws: SequencingWorkspace,
  activity: Activity,
  rules: readonly RollupRule[],
  action: RollupAction,
  { children, reads }: ChildrenReads = readChildrenForRollup(ws, activity),
): boolean {
  // 1.1-1.2
  for (const rule of rules) {
    if (rule.action !== action) continue;
    // 1.2.1-1.2.2: the contributing children bag, kept as counts.
    let trueCount = 0;
    let falseCount = 0;
    let unknownCount = 0;
    for (let index = 0; index < children.length; index++) {
      const child = children[index]!;
      // 1.2.2.1
      if (!child.sequencing.deliveryControls.tracked) continue;
      // 1.2.2.1.1
      if (!checkChildForRollupSubprocess(ws, child, action)) continue;
      // 1.2.2.1.2
      const value = evaluateRollupConditionsSubprocess(ws, child, rule, reads[index]!);
      if (value === undefined) unknownCount++;
      else if (value) trueCount++;
      else falseCount++;
    }
    // 1.2.3-1.2.5
    if (childActivitySetIsMet(rule, trueCount, falseCount, unknownCount)) return true;
  }
  // 2
  return false;
}

/**
 * SN RB.1.4 step 1.2.4: the rule's Rollup Child Activity Set against the bag. All and None ask
 * that the bag hold only True (only False) values, which an empty bag does: CTS RU-11 expects a
 * cluster whose children are all untracked to meet an All rule, as ADL's sequencer has it. A
 * percentage of an empty bag is none at all.
 */
function childActivitySetIsMet(rule: RollupRule, trueCount: number, falseCount: number, unknownCount: number): boolean {
  const size = trueCount + falseCount + unknownCount;
  switch (rule.childActivitySet) {
    case 'all':
      return trueCount === size;
    case 'any':
      return trueCount > 0;
    case 'none':
      return falseCount === size;
    case 'atLeastCount':
      return trueCount >= rule.minimumCount;
    case 'atLeastPercent':
      return size > 0 && trueCount / size >= rule.minimumPercent;
  }
}

/**
 * SN RB.1.4.1: the rule's conditions on the child, each with its operator, combined by the
 * rule's condition combination in three-valued logic (see combineTrileans; inlined here to keep
 * rollup of wide clusters free of allocation).
 */
function evaluateRollupConditionsSubprocess(ws: SequencingWorkspace, child: Activity, rule: RollupRule, reads: ChildReads): Trilean {
  const { conditions } = rule;
  // 3
  if (conditions.length === 0) return undefined;
  const decisive = rule.conditionCombination === 'any';
  let unknown = false;
  // 2, 4
  for (const condition of conditions) {
    const value = rollupConditionValue(ws, child, condition, reads);
    if (value === decisive) return decisive;
    if (value === undefined) unknown = true;
  }
  return unknown ? undefined : !decisive;
}

/**
 * SN RB.1.4.2: whether the child takes part in its parent's rollup for this action: its Rollup
 * Objective Satisfied / Rollup Progress Completion, then its adlseq:rollupConsiderations
 * requiredFor… value (ifNotSuspended, ifAttempted, ifNotSkipped; always includes it).
 */
export function checkChildForRollupSubprocess(ws: SequencingWorkspace, child: Activity, action: RollupAction): boolean {
  const { rollupRules, rollupConsiderations } = child.sequencing;
  let consideration: RollupConsideration;
  // 2
  if (action === 'satisfied' || action === 'notSatisfied') {
    // 2.1
    if (!rollupRules.rollupObjectiveSatisfied) return false;
    consideration = action === 'satisfied' ? rollupConsiderations.requiredForSatisfied : rollupConsiderations.requiredForNotSatisfied;
  } else {
    // 3.1
    if (!rollupRules.rollupProgressCompletion) return false;
    consideration = action === 'completed' ? rollupConsiderations.requiredForCompleted : rollupConsiderations.requiredForIncomplete;
  }
  const tracking = ws.tracking(child);
  switch (consideration) {
    case 'always':
      return true;
    // 2.1.2, 3.1.2
    case 'ifNotSuspended':
      return tracking.activityProgressStatus && !(tracking.activityAttemptCount > 0 && tracking.isSuspended);
    // 2.1.3.1, 3.1.3.1
    case 'ifAttempted':
      return tracking.activityProgressStatus && tracking.activityAttemptCount > 0;
    // 2.1.3.2, 3.1.3.2: the child's skip pre-condition rules decide.
    case 'ifNotSkipped':
      return sequencingRulesCheckProcess(ws, child, child.sequencing.sequencingRules.preConditionRules, SKIP) === undefined;
  }
}
