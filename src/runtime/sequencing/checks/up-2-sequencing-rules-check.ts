/**
 * SN book 4th ed. UP.2 Sequencing Rules Check Process and UP.2.1 Sequencing Rule Check
 * Subprocess: the first rule of a set whose combined condition is True gives its action.
 */
import type { SequencingRule } from '../../package/sequencing/model.js';
import type { Activity } from '../activity-tree.js';
import { sequencingRuleConditionValue } from '../objectives/condition-values.js';
import { combineTrileans, type Trilean } from '../objectives/trilean.js';
import type { SequencingWorkspace } from '../sequencing-workspace.js';

/**
 * SN UP.2 Sequencing Rules Check Process. `rules` is one of the activity's rule lists in document
 * order; `actions`, when given, keeps only the rules with one of those actions (the book's
 * "the set of Sequencing Rules for the activity that have any of the specified Rule Actions").
 */
export function sequencingRulesCheckProcess<A extends string>(
  ws: SequencingWorkspace,
  activity: Activity,
  rules: readonly SequencingRule<A>[],
  actions?: readonly A[],
): A | undefined {
  // 1.2: rules are evaluated in their original order; the first that evaluates to True decides.
  for (const rule of rules) {
    if (actions !== undefined && !actions.includes(rule.action)) continue;
    // 1.2.2: only True fires; False and unknown leave the rule without effect.
    if (sequencingRuleCheckSubprocess(ws, activity, rule) === true) return rule.action;
  }
  // 2
  return undefined;
}

/** SN UP.2.1 Sequencing Rule Check Subprocess. */
function sequencingRuleCheckSubprocess(
  ws: SequencingWorkspace,
  activity: Activity,
  rule: SequencingRule<string>,
): Trilean {
  const { conditions } = rule;
  // 3: an empty bag is unknown (the package reader drops rules without conditions, so this is defensive).
  if (conditions.length === 0) return undefined;
  // 2: each condition's value, its operator (not) applied by R's condition evaluation.
  const bag: Trilean[] = new Array<Trilean>(conditions.length);
  for (let index = 0; index < conditions.length; index++) {
    bag[index] = sequencingRuleConditionValue(ws, activity, conditions[index]!);
  }
  // 4
  return combineTrileans(bag, rule.conditionCombination);
}
