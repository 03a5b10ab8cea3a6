// SN book 4th ed. RB.1.4.2 Check Child for Rollup Subprocess: which children take part in rollup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkChildForRollupSubprocess } from '../../../../src/runtime/sequencing/rollup/rb-1-4-rollup-rule-check.js';
import { objectiveRollupProcess } from '../../../../src/runtime/sequencing/rollup/rb-1-2-objective-rollup.js';
import { attempted, cluster, fixture, leaf, satisfied, seq, track } from '../objectives/fixture.js';

function considerations(attributes: string): string {
  return `<adlseq:rollupConsiderations ${attributes}/>`;
}

test('rollupObjectiveSatisfied false keeps a child out of satisfied and not-satisfied rules only', () => {
  const f = fixture(cluster('C', leaf('A1', seq('<imsss:rollupRules rollupObjectiveSatisfied="false"/>'))));
  const child = f.get('A1');
  assert.equal(checkChildForRollupSubprocess(f.ws, child, 'satisfied'), false);
  assert.equal(checkChildForRollupSubprocess(f.ws, child, 'notSatisfied'), false);
  assert.equal(checkChildForRollupSubprocess(f.ws, child, 'completed'), true);
});

test('rollupProgressCompletion false keeps a child out of completed and incomplete rules only', () => {
  const f = fixture(cluster('C', leaf('A1', seq('<imsss:rollupRules rollupProgressCompletion="false"/>'))));
  const child = f.get('A1');
  assert.equal(checkChildForRollupSubprocess(f.ws, child, 'completed'), false);
  assert.equal(checkChildForRollupSubprocess(f.ws, child, 'incomplete'), false);
  assert.equal(checkChildForRollupSubprocess(f.ws, child, 'satisfied'), true);
});

test('ifAttempted: only a child with an attempt contributes', () => {
  const f = fixture(cluster('C', leaf('A1', seq(considerations('requiredForSatisfied="ifAttempted"')))));
  const child = f.get('A1');
  assert.equal(checkChildForRollupSubprocess(f.ws, child, 'satisfied'), false);
  assert.equal(checkChildForRollupSubprocess(f.ws, child, 'notSatisfied'), true, 'each action has its own consideration');
  attempted(f, 'A1');
  assert.equal(checkChildForRollupSubprocess(f.ws, child, 'satisfied'), true);
});

test('ifNotSuspended: an attempted suspended child does not contribute, nor an unattempted one', () => {
  const f = fixture(cluster('C', leaf('A1', seq(considerations('requiredForCompleted="ifNotSuspended"')))));
  const child = f.get('A1');
  assert.equal(checkChildForRollupSubprocess(f.ws, child, 'completed'), false);
  attempted(f, 'A1');
  assert.equal(checkChildForRollupSubprocess(f.ws, child, 'completed'), true);
  track(f, 'A1', { isSuspended: true });
  assert.equal(checkChildForRollupSubprocess(f.ws, child, 'completed'), false);
});

test('ifNotSkipped: a child whose skip pre-condition rule fires does not contribute', () => {
  const skipIfAttempted = `<imsss:sequencingRules><imsss:preConditionRule><imsss:ruleConditions>
    <imsss:ruleCondition condition="attempted"/></imsss:ruleConditions><imsss:ruleAction action="skip"/>
    </imsss:preConditionRule></imsss:sequencingRules>`;
  const f = fixture(cluster('C', leaf('A1', seq(skipIfAttempted + considerations('requiredForIncomplete="ifNotSkipped"')))));
  const child = f.get('A1');
  assert.equal(checkChildForRollupSubprocess(f.ws, child, 'incomplete'), true);
  attempted(f, 'A1');
  assert.equal(checkChildForRollupSubprocess(f.ws, child, 'incomplete'), false);
});

test('ifNotSkipped: other pre-condition actions do not exclude', () => {
  const disabledAlways = `<imsss:sequencingRules><imsss:preConditionRule><imsss:ruleConditions>
    <imsss:ruleCondition condition="always"/></imsss:ruleConditions><imsss:ruleAction action="disabled"/>
    </imsss:preConditionRule></imsss:sequencingRules>`;
  const f = fixture(cluster('C', leaf('A1', seq(disabledAlways + considerations('requiredForSatisfied="ifNotSkipped"')))));
  assert.equal(checkChildForRollupSubprocess(f.ws, f.get('A1'), 'satisfied'), true);
});

test('CTS RU-07a: a skipped child left out lets the others decide the cluster', () => {
  const limitAndSkip = `<imsss:sequencingRules><imsss:preConditionRule><imsss:ruleConditions>
    <imsss:ruleCondition condition="attemptLimitExceeded"/></imsss:ruleConditions><imsss:ruleAction action="skip"/>
    </imsss:preConditionRule></imsss:sequencingRules><imsss:limitConditions attemptLimit="1"/>`;
  const f = fixture(cluster('C2',
    leaf('A3', seq(limitAndSkip + considerations('requiredForSatisfied="ifNotSkipped" requiredForNotSatisfied="ifNotSkipped"'))) +
    leaf('A4', seq(considerations('requiredForSatisfied="ifAttempted" requiredForNotSatisfied="ifAttempted" requiredForCompleted="ifAttempted"'))) +
    leaf('A5')));
  satisfied(f, 'A3', false);
  satisfied(f, 'A5', true);
  objectiveRollupProcess(f.ws, f.get('C2'));
  const primary = f.ws.tracking(f.get('C2')).objectives[0]!;
  assert.equal(primary.progressStatus, true);
  assert.equal(primary.satisfiedStatus, true);
});
