// SN book 4th ed. UP.2 Sequencing Rules Check Process and UP.2.1 Sequencing Rule Check Subprocess.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sequencingRulesCheckProcess } from '../../../../src/runtime/sequencing/checks/up-2-sequencing-rules-check.js';
import { attempted, completed, fixture, leaf, preRule, satisfied, seq, treeOf } from '../sequencing-request/fixture.js';

function rulesOf(fx: ReturnType<typeof fixture>, id: string) {
  return fx.get(id).sequencing.sequencingRules.preConditionRules;
}

test('UP.2: a rule whose condition is True gives its action', () => {
  const fx = fixture(treeOf(leaf('A1', seq(preRule('skip', 'satisfied')))));
  satisfied(fx, 'A1', true);
  assert.equal(sequencingRulesCheckProcess(fx.ws, fx.get('A1'), rulesOf(fx, 'A1')), 'skip');
});

test('UP.2: a False condition gives no action', () => {
  const fx = fixture(treeOf(leaf('A1', seq(preRule('skip', 'satisfied')))));
  satisfied(fx, 'A1', false);
  assert.equal(sequencingRulesCheckProcess(fx.ws, fx.get('A1'), rulesOf(fx, 'A1')), undefined);
});

test('UP.2.1: not(unknown) is unknown, so the rule does not fire (SX-12a)', () => {
  const fx = fixture(treeOf(leaf('A1', seq(preRule('skip', 'satisfied', 'not')))));
  assert.equal(sequencingRulesCheckProcess(fx.ws, fx.get('A1'), rulesOf(fx, 'A1')), undefined);
  satisfied(fx, 'A1', false);
  assert.equal(sequencingRulesCheckProcess(fx.ws, fx.get('A1'), rulesOf(fx, 'A1')), 'skip');
});

test('UP.2: with actions given, only rules with those actions are evaluated', () => {
  const fx = fixture(treeOf(leaf('A1', seq(preRule('disabled', 'always')))));
  const rules = rulesOf(fx, 'A1');
  assert.equal(sequencingRulesCheckProcess(fx.ws, fx.get('A1'), rules, ['skip']), undefined);
  assert.equal(sequencingRulesCheckProcess(fx.ws, fx.get('A1'), rules, ['skip', 'disabled']), 'disabled');
});

const twoRules = seq(`<imsss:sequencingRules>
  <imsss:preConditionRule><imsss:ruleConditions><imsss:ruleCondition condition="completed"/></imsss:ruleConditions>
    <imsss:ruleAction action="hiddenFromChoice"/></imsss:preConditionRule>
  <imsss:preConditionRule><imsss:ruleConditions><imsss:ruleCondition condition="attempted"/></imsss:ruleConditions>
    <imsss:ruleAction action="skip"/></imsss:preConditionRule>
</imsss:sequencingRules>`);

test('UP.2 step 1.2: rules are evaluated in document order, the first True one decides', () => {
  const fx = fixture(treeOf(leaf('A1', twoRules)));
  attempted(fx, 'A1');
  assert.equal(sequencingRulesCheckProcess(fx.ws, fx.get('A1'), rulesOf(fx, 'A1')), 'skip');
  completed(fx, 'A1', true);
  assert.equal(sequencingRulesCheckProcess(fx.ws, fx.get('A1'), rulesOf(fx, 'A1')), 'hiddenFromChoice');
});

function combined(combination: 'all' | 'any') {
  return seq(`<imsss:sequencingRules><imsss:preConditionRule>
    <imsss:ruleConditions conditionCombination="${combination}">
      <imsss:ruleCondition condition="satisfied"/><imsss:ruleCondition condition="completed"/>
    </imsss:ruleConditions><imsss:ruleAction action="skip"/></imsss:preConditionRule></imsss:sequencingRules>`);
}

test('UP.2.1 step 4: "all" needs every condition True; an unknown one keeps it from firing', () => {
  const fx = fixture(treeOf(leaf('A1', combined('all'))));
  satisfied(fx, 'A1', true);
  assert.equal(sequencingRulesCheckProcess(fx.ws, fx.get('A1'), rulesOf(fx, 'A1')), undefined);
  completed(fx, 'A1', true);
  assert.equal(sequencingRulesCheckProcess(fx.ws, fx.get('A1'), rulesOf(fx, 'A1')), 'skip');
});

test('UP.2.1 step 4: "any" fires when one condition is True though another is unknown (SX-04b)', () => {
  const fx = fixture(treeOf(leaf('A1', combined('any'))));
  assert.equal(sequencingRulesCheckProcess(fx.ws, fx.get('A1'), rulesOf(fx, 'A1')), undefined);
  satisfied(fx, 'A1', true);
  assert.equal(sequencingRulesCheckProcess(fx.ws, fx.get('A1'), rulesOf(fx, 'A1')), 'skip');
});
