// CAM 4th ed. §5 <imsss:sequencingRules>; imsss_v1p0seqrule.xsd.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codes, parseChildren, xml } from './helpers.js';

const conditions = (attributes: Record<string, string>, ...conditionAttributes: Record<string, string>[]) =>
  xml('imsss:ruleConditions', attributes, ...conditionAttributes.map((condition) => xml('imsss:ruleCondition', condition)));
const action = (name: string) => xml('imsss:ruleAction', { action: name });

test('no sequencingRules gives three empty rule lists', () => {
  const { definition } = parseChildren();
  assert.deepEqual(definition.sequencingRules, { preConditionRules: [], exitConditionRules: [], postConditionRules: [] });
});

test('a rule condition defaults to operator noOp, no referenced objective, threshold 0, combination all', () => {
  const { definition, findings } = parseChildren(
    xml('imsss:sequencingRules', {}, xml('imsss:preConditionRule', {}, conditions({}, { condition: 'satisfied' }), action('skip'))),
  );
  assert.deepEqual(definition.sequencingRules.preConditionRules, [
    {
      conditionCombination: 'all',
      conditions: [{ condition: 'satisfied', operator: 'noOp', referencedObjective: undefined, measureThreshold: 0 }],
      action: 'skip',
    },
  ]);
  assert.deepEqual(findings, []);
});

test('pre, exit and post rules are kept apart and in document order', () => {
  const { definition } = parseChildren(
    xml(
      'imsss:sequencingRules',
      {},
      xml('imsss:preConditionRule', {}, conditions({}, { condition: 'always' }), action('disabled')),
      xml('imsss:preConditionRule', {}, conditions({}, { condition: 'attempted' }), action('hiddenFromChoice')),
      xml('imsss:exitConditionRule', {}, conditions({}, { condition: 'completed' }), action('exit')),
      xml('imsss:postConditionRule', {}, conditions({}, { condition: 'satisfied' }), action('retryAll')),
    ),
  );
  const rules = definition.sequencingRules;
  assert.deepEqual(rules.preConditionRules.map((rule) => rule.action), ['disabled', 'hiddenFromChoice']);
  assert.deepEqual(rules.exitConditionRules.map((rule) => rule.action), ['exit']);
  assert.deepEqual(rules.postConditionRules.map((rule) => rule.action), ['retryAll']);
});

test('operator, referencedObjective, measureThreshold and conditionCombination are read', () => {
  const { definition, findings } = parseChildren(
    xml(
      'imsss:sequencingRules',
      {},
      xml(
        'imsss:postConditionRule',
        {},
        conditions(
          { conditionCombination: 'any' },
          { condition: 'objectiveMeasureLessThan', measureThreshold: '-0.25', referencedObjective: ' obj-1 ' },
          { condition: 'completed', operator: 'not' },
        ),
        action('previous'),
      ),
    ),
    xml('imsss:objectives', {}, xml('imsss:primaryObjective', { objectiveID: 'obj-1' })),
  );
  const [rule] = definition.sequencingRules.postConditionRules;
  assert.equal(rule?.conditionCombination, 'any');
  assert.deepEqual(rule?.conditions, [
    { condition: 'objectiveMeasureLessThan', operator: 'noOp', referencedObjective: 'obj-1', measureThreshold: -0.25 },
    { condition: 'completed', operator: 'not', referencedObjective: undefined, measureThreshold: 0 },
  ]);
  assert.deepEqual(findings, []);
});

test('an action outside the rule kind\'s vocabulary leaves the rule out, an error', () => {
  // `exit` is an exit-condition action, not a post-condition one.
  const { definition, findings } = parseChildren(
    xml('imsss:sequencingRules', {}, xml('imsss:postConditionRule', {}, conditions({}, { condition: 'always' }), action('exit'))),
  );
  assert.deepEqual(definition.sequencingRules.postConditionRules, []);
  assert.deepEqual(codes(findings), ['error sequencing.invalid-token']);
  assert.equal(findings[0]?.path, 'manifest/organizations/organization[O]/item[I]/sequencing/sequencingRules/postConditionRule[1]');
});

test('a condition outside the vocabulary leaves the whole rule out, an error', () => {
  const { definition, findings } = parseChildren(
    xml(
      'imsss:sequencingRules',
      {},
      xml('imsss:preConditionRule', {}, conditions({}, { condition: 'satisfied' }, { condition: 'passed' }), action('skip')),
    ),
  );
  assert.deepEqual(definition.sequencingRules.preConditionRules, []);
  assert.deepEqual(codes(findings), ['error sequencing.invalid-token']);
});

test('a rule without ruleAction is left out, an error', () => {
  const { definition, findings } = parseChildren(
    xml('imsss:sequencingRules', {}, xml('imsss:preConditionRule', {}, conditions({}, { condition: 'satisfied' }))),
  );
  assert.deepEqual(definition.sequencingRules.preConditionRules, []);
  assert.deepEqual(codes(findings), ['error sequencing.missing-part']);
});

test('a rule without conditions is ignored with a warning, as ADL ignores it', () => {
  const { definition, findings } = parseChildren(
    xml('imsss:sequencingRules', {}, xml('imsss:exitConditionRule', {}, action('exit'))),
  );
  assert.deepEqual(definition.sequencingRules.exitConditionRules, []);
  assert.deepEqual(codes(findings), ['warning sequencing.rule-without-conditions']);
});

test('a measureThreshold outside [-1, 1] or not a number is a warning and 0 is used', () => {
  const { definition, findings } = parseChildren(
    xml(
      'imsss:sequencingRules',
      {},
      xml(
        'imsss:preConditionRule',
        {},
        conditions(
          {},
          { condition: 'objectiveMeasureGreaterThan', measureThreshold: '1.5' },
          { condition: 'objectiveMeasureGreaterThan', measureThreshold: 'high' },
        ),
        action('skip'),
      ),
    ),
  );
  assert.deepEqual(definition.sequencingRules.preConditionRules[0]?.conditions.map((condition) => condition.measureThreshold), [0, 0]);
  assert.deepEqual(codes(findings), ['warning sequencing.out-of-range', 'warning sequencing.invalid-number']);
});

test('an invalid operator or conditionCombination is a warning and the default is used', () => {
  const { definition, findings } = parseChildren(
    xml(
      'imsss:sequencingRules',
      {},
      xml('imsss:preConditionRule', {}, conditions({ conditionCombination: 'or' }, { condition: 'attempted', operator: 'NOT' }), action('skip')),
    ),
  );
  const [rule] = definition.sequencingRules.preConditionRules;
  assert.equal(rule?.conditionCombination, 'all');
  assert.equal(rule?.conditions[0]?.operator, 'noOp');
  assert.deepEqual(codes(findings), ['warning sequencing.invalid-token', 'warning sequencing.invalid-token']);
});

test('a referencedObjective the activity does not declare is a warning', () => {
  const { findings } = parseChildren(
    xml(
      'imsss:sequencingRules',
      {},
      xml('imsss:preConditionRule', {}, conditions({}, { condition: 'satisfied', referencedObjective: 'nowhere' }), action('skip')),
    ),
  );
  assert.deepEqual(codes(findings), ['warning sequencing.unknown-referenced-objective']);
});
