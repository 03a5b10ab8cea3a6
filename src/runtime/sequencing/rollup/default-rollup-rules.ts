/**
 * The rollup rules an activity has when it defines none of a kind (SN book 4th ed. RB.1.2 c
 * Objective Rollup Using Default Process, RB.1.3 c Activity Progress Rollup Using Default
 * Process; SN §4.6.5). Not Satisfied and Incomplete come first so that Satisfied and Completed,
 * evaluated after them, prevail.
 */
import type { RollupAction, RollupCondition, RollupRule, RollupRuleCondition } from '../../package/sequencing/model.js';

function allChildren(condition: RollupRuleCondition, action: RollupAction): RollupRule {
  const only: RollupCondition = Object.freeze({ condition, operator: 'noOp' });
  return Object.freeze({
    childActivitySet: 'all',
    minimumCount: 0,
    minimumPercent: 0,
    conditionCombination: 'any',
    conditions: Object.freeze([only]),
    action,
  });
}

/** All contributing children's objective status known → not satisfied; all satisfied → satisfied. */
export const DEFAULT_OBJECTIVE_ROLLUP_RULES: readonly RollupRule[] = Object.freeze([
  allChildren('objectiveStatusKnown', 'notSatisfied'),
  allChildren('satisfied', 'satisfied'),
]);

/** All contributing children's attempt progress known → incomplete; all completed → completed. */
export const DEFAULT_PROGRESS_ROLLUP_RULES: readonly RollupRule[] = Object.freeze([
  allChildren('activityProgressKnown', 'incomplete'),
  allChildren('completed', 'completed'),
]);
