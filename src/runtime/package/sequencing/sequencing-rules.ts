import { IMSSS } from '../namespaces.js';
import { attributeValue, childElement, childElements, type XmlElement } from '../xml/xml-tree.js';
import {
  atSize,
  readDecimal,
  readIdentifier,
  readRequiredToken,
  readToken,
  report,
  within,
  type ParseContext,
} from './attribute-values.js';
import { SequencingFinding } from './finding-codes.js';
import { declares, MEASURE_RANGE, type ActivityObjectives } from './objectives.js';
import {
  DEFAULT_SEQUENCING_RULES,
  type ConditionCombination,
  type ConditionOperator,
  type ExitConditionAction,
  type PostConditionAction,
  type PreConditionAction,
  type RuleCondition,
  type SequencingRule,
  type SequencingRuleCondition,
  type SequencingRules,
} from './model.js';

// The vocabularies of imsss_v1p0util.xsd and imsss_v1p0seqrule.xsd.
export const COMBINATIONS: ReadonlySet<ConditionCombination> = new Set(['all', 'any']);
export const OPERATORS: ReadonlySet<ConditionOperator> = new Set(['not', 'noOp']);
const CONDITIONS: ReadonlySet<SequencingRuleCondition> = new Set([
  'satisfied',
  'objectiveStatusKnown',
  'objectiveMeasureKnown',
  'objectiveMeasureGreaterThan',
  'objectiveMeasureLessThan',
  'completed',
  'activityProgressKnown',
  'attempted',
  'attemptLimitExceeded',
  'timeLimitExceeded',
  'outsideAvailableTimeRange',
  'always',
]);
const PRE_CONDITION_ACTIONS: ReadonlySet<PreConditionAction> = new Set(['skip', 'disabled', 'hiddenFromChoice', 'stopForwardTraversal']);
const EXIT_CONDITION_ACTIONS: ReadonlySet<ExitConditionAction> = new Set(['exit']);
const POST_CONDITION_ACTIONS: ReadonlySet<PostConditionAction> = new Set([
  'exitParent',
  'exitAll',
  'retry',
  'retryAll',
  'continue',
  'previous',
]);

/**
 * CAM 4th ed. §5 <imsss:sequencingRules> (imsss_v1p0seqrule.xsd), SN book §3 Sequencing Rule
 * Description. `objectives`: the activity's, which conditions' referencedObjective must name.
 */
export function parseSequencingRules(element: XmlElement | undefined, context: ParseContext, objectives: ActivityObjectives): SequencingRules {
  if (element === undefined) return DEFAULT_SEQUENCING_RULES;
  return {
    preConditionRules: parseRules(element, 'preConditionRule', PRE_CONDITION_ACTIONS, context, objectives),
    exitConditionRules: parseRules(element, 'exitConditionRule', EXIT_CONDITION_ACTIONS, context, objectives),
    postConditionRules: parseRules(element, 'postConditionRule', POST_CONDITION_ACTIONS, context, objectives),
  };
}

function parseRules<Action extends string>(
  parent: XmlElement,
  localName: string,
  actions: ReadonlySet<Action>,
  context: ParseContext,
  objectives: ActivityObjectives,
): SequencingRule<Action>[] {
  const elements = childElements(parent, IMSSS, localName);
  const rules: SequencingRule<Action>[] = [];
  for (let index = 0; index < elements.length; index += 1) {
    const rule = parseRule(elements[index]!, actions, within(context, localName, index + 1), objectives);
    if (rule !== undefined) rules.push(rule);
  }
  return atSize(rules);
}

function parseRule<Action extends string>(
  element: XmlElement,
  actions: ReadonlySet<Action>,
  context: ParseContext,
  objectives: ActivityObjectives,
): SequencingRule<Action> | undefined {
  const conditionsElement = childElement(element, IMSSS, 'ruleConditions');
  const conditionElements = conditionsElement === undefined ? [] : childElements(conditionsElement, IMSSS, 'ruleCondition');
  const actionElement = childElement(element, IMSSS, 'ruleAction');
  if (conditionsElement === undefined || conditionElements.length === 0) {
    const action = actionElement === undefined ? undefined : attributeValue(actionElement, 'action');
    report(context, element, SequencingFinding.ruleWithoutConditions, 'warning',
      `<${element.localName}>${action === undefined ? '' : ` (action "${action}")`} has no rule conditions; the rule is ignored.`);
    return undefined;
  }
  if (actionElement === undefined) {
    report(context, element, SequencingFinding.missingPart, 'error', `<${element.localName}> has no <ruleAction>; the rule is left out.`);
    return undefined;
  }
  const action = readRequiredToken(actionElement, 'action', actions, context, 'the rule');
  // At its size: the model keeps it, and a rule's conditions are all read or the rule is left out.
  const conditions = new Array<RuleCondition>(conditionElements.length);
  for (let index = 0; index < conditionElements.length; index += 1) {
    const conditionElement = conditionElements[index]!;
    // A rule missing one of its conditions would fire when its author did not mean it to.
    const condition = readRequiredToken(conditionElement, 'condition', CONDITIONS, context, 'the rule');
    if (condition === undefined) return undefined;
    // CAM 4th ed. §5, <ruleCondition>: referencedObjective is an objectiveID of the same activity.
    const referencedObjective = readIdentifier(conditionElement, 'referencedObjective');
    if (referencedObjective !== undefined && !declares(objectives, referencedObjective)) {
      report(context, conditionElement, SequencingFinding.unknownReferencedObjective, 'warning',
        `A rule condition references objective "${referencedObjective}", which this activity does not declare.`);
    }
    conditions[index] = {
      condition,
      operator: readToken(conditionElement, 'operator', OPERATORS, 'noOp', context),
      referencedObjective,
      measureThreshold: readDecimal(conditionElement, 'measureThreshold', MEASURE_RANGE, 0, context),
    };
  }
  if (action === undefined) return undefined;
  return {
    conditionCombination: readToken(conditionsElement, 'conditionCombination', COMBINATIONS, 'all', context),
    conditions,
    action,
  };
}
