import { IMSSS } from '../namespaces.js';
import { childElement, childElements, type XmlElement } from '../xml/xml-tree.js';
import {
  atSize,
  readBoolean,
  readDecimal,
  readNonNegativeInteger,
  readRequiredToken,
  readToken,
  report,
  within,
  type ParseContext,
} from './attribute-values.js';
import { SequencingFinding } from './finding-codes.js';
import {
  DEFAULT_ROLLUP_RULES as DEFAULTS,
  type ChildActivitySet,
  type RollupAction,
  type RollupCondition,
  type RollupRule,
  type RollupRuleCondition,
  type RollupRules,
} from './model.js';
import { COMBINATIONS, OPERATORS } from './sequencing-rules.js';

// The vocabularies of imsss_v1p0util.xsd.
const CHILD_ACTIVITY_SETS: ReadonlySet<ChildActivitySet> = new Set(['all', 'any', 'none', 'atLeastCount', 'atLeastPercent']);
const CONDITIONS: ReadonlySet<RollupRuleCondition> = new Set([
  'satisfied',
  'objectiveStatusKnown',
  'objectiveMeasureKnown',
  'completed',
  'activityProgressKnown',
  'attempted',
  'attemptLimitExceeded',
  'timeLimitExceeded',
  'outsideAvailableTimeRange',
]);
const ACTIONS: ReadonlySet<RollupAction> = new Set(['satisfied', 'notSatisfied', 'completed', 'incomplete']);

/** percentType and weightType, imsss_v1p0util.xsd. */
const FRACTION_RANGE = [0, 1] as const;

/** CAM 4th ed. §5 <imsss:rollupRules> (imsss_v1p0rollup.xsd), SN book §3 Rollup Rule Description and Rollup Controls. */
export function parseRollupRules(element: XmlElement | undefined, context: ParseContext): RollupRules {
  if (element === undefined) return DEFAULTS;
  const ruleElements = childElements(element, IMSSS, 'rollupRule');
  const rules: RollupRule[] = [];
  for (let index = 0; index < ruleElements.length; index += 1) {
    const rule = parseRollupRule(ruleElements[index]!, within(context, 'rollupRule', index + 1));
    if (rule !== undefined) rules.push(rule);
  }
  return {
    rollupObjectiveSatisfied: readBoolean(element, 'rollupObjectiveSatisfied', DEFAULTS.rollupObjectiveSatisfied, context),
    rollupProgressCompletion: readBoolean(element, 'rollupProgressCompletion', DEFAULTS.rollupProgressCompletion, context),
    objectiveMeasureWeight: readDecimal(element, 'objectiveMeasureWeight', FRACTION_RANGE, DEFAULTS.objectiveMeasureWeight, context),
    rules: atSize(rules),
  };
}

function parseRollupRule(element: XmlElement, context: ParseContext): RollupRule | undefined {
  const conditionsElement = childElement(element, IMSSS, 'rollupConditions');
  const actionElement = childElement(element, IMSSS, 'rollupAction');
  const conditionElements = conditionsElement === undefined ? [] : childElements(conditionsElement, IMSSS, 'rollupCondition');
  if (conditionsElement === undefined || conditionElements.length === 0 || actionElement === undefined) {
    const missing = actionElement === undefined ? '<rollupAction>' : 'rollup conditions';
    report(context, element, SequencingFinding.missingPart, 'error', `<rollupRule> has no ${missing}; the rule is left out.`);
    return undefined;
  }
  const action = readRequiredToken(actionElement, 'action', ACTIONS, context, 'the rule');
  // At its size: the model keeps it, and a rule's conditions are all read or the rule is left out.
  const conditions = new Array<RollupCondition>(conditionElements.length);
  for (let index = 0; index < conditionElements.length; index += 1) {
    const conditionElement = conditionElements[index]!;
    const condition = readRequiredToken(conditionElement, 'condition', CONDITIONS, context, 'the rule');
    if (condition === undefined) return undefined;
    conditions[index] = { condition, operator: readToken(conditionElement, 'operator', OPERATORS, 'noOp', context) };
  }
  if (action === undefined) return undefined;
  return {
    childActivitySet: readToken(element, 'childActivitySet', CHILD_ACTIVITY_SETS, 'all', context),
    minimumCount: readNonNegativeInteger(element, 'minimumCount', 0, context),
    minimumPercent: readDecimal(element, 'minimumPercent', FRACTION_RANGE, 0, context),
    // imsss_v1p0rollup.xsd: `any` here, where sequencing rule conditions default to `all`.
    conditionCombination: readToken(conditionsElement, 'conditionCombination', COMBINATIONS, 'any', context),
    conditions,
    action,
  };
}
