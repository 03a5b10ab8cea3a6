// SN book 4th ed. §3.4.2 / UP.2.1 (sequencing rule conditions) and §3.7.2 / RB.1.4.1 (rollup
// conditions): each condition's value for an activity, in three-valued logic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RollupCondition, RuleCondition, SequencingRuleCondition } from '../../../../src/runtime/package/sequencing/model.js';
import { rollupConditionValue, sequencingRuleConditionValue } from '../../../../src/runtime/sequencing/objectives/condition-values.js';
import { attempted, cluster, completed, fixture, leaf, objective, satisfied, seq, track, type Fixture } from './fixture.js';

function rule(condition: SequencingRuleCondition, extra: Partial<RuleCondition> = {}): RuleCondition {
  return { condition, operator: 'noOp', referencedObjective: undefined, measureThreshold: 0, ...extra };
}

function value(f: Fixture, id: string, condition: SequencingRuleCondition, extra: Partial<RuleCondition> = {}) {
  return sequencingRuleConditionValue(f.ws, f.get(id), rule(condition, extra));
}

const objectives = seq(`<imsss:objectives><imsss:primaryObjective objectiveID="P"/><imsss:objective objectiveID="O1"/></imsss:objectives>`);

test('CTS SX-12a: satisfied of an unattempted activity is Unknown, and not(satisfied) too', () => {
  const f = fixture(leaf('A1'));
  assert.equal(value(f, 'A1', 'satisfied'), undefined);
  assert.equal(value(f, 'A1', 'satisfied', { operator: 'not' }), undefined);
});

test('satisfied is the satisfied status once the status is known; not flips it', () => {
  const f = fixture(leaf('A1') + leaf('A2'));
  satisfied(f, 'A1', true);
  satisfied(f, 'A2', false);
  assert.equal(value(f, 'A1', 'satisfied'), true);
  assert.equal(value(f, 'A2', 'satisfied'), false);
  assert.equal(value(f, 'A2', 'satisfied', { operator: 'not' }), true);
});

test('objectiveStatusKnown and objectiveMeasureKnown are never Unknown', () => {
  const f = fixture(leaf('A1'));
  assert.equal(value(f, 'A1', 'objectiveStatusKnown'), false);
  assert.equal(value(f, 'A1', 'objectiveMeasureKnown', { operator: 'not' }), true);
  objective(f, 'A1', { measureStatus: true, normalizedMeasure: 0.2 });
  assert.equal(value(f, 'A1', 'objectiveMeasureKnown'), true);
});

test('CTS MS-02: measure comparisons are Unknown without a measure', () => {
  const f = fixture(leaf('A1'));
  assert.equal(value(f, 'A1', 'objectiveMeasureLessThan', { measureThreshold: 0.6 }), undefined);
  assert.equal(value(f, 'A1', 'objectiveMeasureGreaterThan', { measureThreshold: 0.6, operator: 'not' }), undefined);
});

test('measure comparisons are strict against the measure threshold', () => {
  const f = fixture(leaf('A1'));
  objective(f, 'A1', { measureStatus: true, normalizedMeasure: 0.45 });
  assert.equal(value(f, 'A1', 'objectiveMeasureLessThan', { measureThreshold: 0.6 }), true);
  assert.equal(value(f, 'A1', 'objectiveMeasureGreaterThan', { measureThreshold: 0.6 }), false);
  assert.equal(value(f, 'A1', 'objectiveMeasureGreaterThan', { measureThreshold: 0.45 }), false);
  assert.equal(value(f, 'A1', 'objectiveMeasureLessThan', { measureThreshold: 0.45 }), false);
});

test('referencedObjective reads the named objective; no reference reads the primary', () => {
  const f = fixture(leaf('A1', objectives));
  objective(f, 'A1', { progressStatus: true, satisfiedStatus: true }, 1);
  assert.equal(value(f, 'A1', 'satisfied', { referencedObjective: 'O1' }), true);
  assert.equal(value(f, 'A1', 'satisfied'), undefined);
  objective(f, 'A1', { progressStatus: true, satisfiedStatus: false }, 0);
  assert.equal(value(f, 'A1', 'satisfied', { referencedObjective: 'P' }), false);
});

test('an objective ID the activity does not have reads as nothing known', () => {
  const f = fixture(leaf('A1', objectives));
  objective(f, 'A1', { progressStatus: true, satisfiedStatus: true }, 0);
  assert.equal(value(f, 'A1', 'satisfied', { referencedObjective: 'nope' }), undefined);
  assert.equal(value(f, 'A1', 'objectiveStatusKnown', { referencedObjective: '__proto__' }), false);
});

test('completed is the attempt completion status, Unknown until the attempt progress is known', () => {
  const f = fixture(leaf('A1'));
  attempted(f, 'A1');
  assert.equal(value(f, 'A1', 'completed'), undefined);
  assert.equal(value(f, 'A1', 'completed', { operator: 'not' }), undefined);
  completed(f, 'A1', false);
  assert.equal(value(f, 'A1', 'completed'), false);
  assert.equal(value(f, 'A1', 'completed', { operator: 'not' }), true);
});

test('activityProgressKnown is the attempt progress status, not the activity progress status', () => {
  const f = fixture(leaf('A1'));
  attempted(f, 'A1');
  assert.equal(value(f, 'A1', 'activityProgressKnown'), false);
  completed(f, 'A1', true);
  assert.equal(value(f, 'A1', 'activityProgressKnown'), true);
});

test('attempted needs the activity progress status and an attempt', () => {
  const f = fixture(leaf('A1'));
  assert.equal(value(f, 'A1', 'attempted'), false);
  track(f, 'A1', { activityProgressStatus: true });
  assert.equal(value(f, 'A1', 'attempted'), false);
  track(f, 'A1', { activityAttemptCount: 1 });
  assert.equal(value(f, 'A1', 'attempted'), true);
});

test('attemptLimitExceeded once the attempts reach the limit; never without a limit', () => {
  const f = fixture(leaf('A1', seq('<imsss:limitConditions attemptLimit="2"/>')) + leaf('A2'));
  attempted(f, 'A1');
  assert.equal(value(f, 'A1', 'attemptLimitExceeded'), false);
  track(f, 'A1', { activityAttemptCount: 2 });
  assert.equal(value(f, 'A1', 'attemptLimitExceeded'), true);
  track(f, 'A2', { activityProgressStatus: true, activityAttemptCount: 50 });
  assert.equal(value(f, 'A2', 'attemptLimitExceeded'), false);
});

test('timeLimitExceeded counts an attempt in progress up to now', () => {
  const f = fixture(leaf('A1', seq('<imsss:limitConditions attemptAbsoluteDurationLimit="PT1M"/>')));
  track(f, 'A1', { attemptStartedAt: f.clock.time });
  f.clock.time += 59_000;
  assert.equal(value(f, 'A1', 'timeLimitExceeded'), false);
  f.clock.time += 1_000;
  assert.equal(value(f, 'A1', 'timeLimitExceeded'), true);
});

test('timeLimitExceeded reads the reported experienced duration of the activity', () => {
  const f = fixture(leaf('A1', seq('<imsss:limitConditions activityExperiencedDurationLimit="PT10S"/>')) + leaf('A2'));
  track(f, 'A1', { activityExperiencedDuration: 9_990 });
  assert.equal(value(f, 'A1', 'timeLimitExceeded'), false);
  track(f, 'A1', { activityExperiencedDuration: 10_000 });
  assert.equal(value(f, 'A1', 'timeLimitExceeded'), true);
  track(f, 'A2', { activityExperiencedDuration: 1e12 });
  assert.equal(value(f, 'A2', 'timeLimitExceeded'), false);
});

test('outsideAvailableTimeRange before the begin time and after the end time', () => {
  const f = fixture(leaf('A1', seq('<imsss:limitConditions beginTimeLimit="2026-01-01T10:00:00Z" endTimeLimit="2026-01-01T12:00:00Z"/>')));
  f.clock.time = Date.UTC(2026, 0, 1, 9, 59);
  assert.equal(value(f, 'A1', 'outsideAvailableTimeRange'), true);
  f.clock.time = Date.UTC(2026, 0, 1, 11);
  assert.equal(value(f, 'A1', 'outsideAvailableTimeRange'), false);
  f.clock.time = Date.UTC(2026, 0, 1, 12, 1);
  assert.equal(value(f, 'A1', 'outsideAvailableTimeRange'), true);
});

test('always is True, not always False', () => {
  const f = fixture(leaf('A1'));
  assert.equal(value(f, 'A1', 'always'), true);
  assert.equal(value(f, 'A1', 'always', { operator: 'not' }), false);
});

test('an untracked activity knows nothing of its objectives and progress', () => {
  const f = fixture(leaf('A1', seq('<imsss:deliveryControls tracked="false"/>')));
  satisfied(f, 'A1', true);
  completed(f, 'A1', true);
  assert.equal(value(f, 'A1', 'satisfied'), undefined);
  assert.equal(value(f, 'A1', 'completed'), undefined);
  assert.equal(value(f, 'A1', 'attempted'), true);
});

test('SN §3.10.1: an objective satisfied by measure takes its status from the measure', () => {
  const f = fixture(leaf('A1', seq(`<imsss:objectives><imsss:primaryObjective satisfiedByMeasure="true">
    <imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives>`)));
  objective(f, 'A1', { progressStatus: true, satisfiedStatus: false });
  assert.equal(value(f, 'A1', 'satisfied'), undefined, 'no measure, no status');
  objective(f, 'A1', { measureStatus: true, normalizedMeasure: 0.7 });
  assert.equal(value(f, 'A1', 'satisfied'), true);
  objective(f, 'A1', { measureStatus: true, normalizedMeasure: 0.69 });
  assert.equal(value(f, 'A1', 'satisfied'), false);
});

test('RB.1.2 a: while active, satisfaction by measure waits unless measureSatisfactionIfActive', () => {
  const byMeasure = `<imsss:objectives><imsss:primaryObjective satisfiedByMeasure="true"/></imsss:objectives>`;
  const f = fixture(
    leaf('A1', seq(`${byMeasure}<adlseq:rollupConsiderations measureSatisfactionIfActive="false"/>`)) +
    leaf('A2', seq(byMeasure)),
  );
  for (const id of ['A1', 'A2']) {
    track(f, id, { isActive: true });
    objective(f, id, { measureStatus: true, normalizedMeasure: 1 });
  }
  assert.equal(value(f, 'A1', 'satisfied'), undefined);
  assert.equal(value(f, 'A2', 'satisfied'), true);
});

const rollupSatisfied: RollupCondition = { condition: 'satisfied', operator: 'noOp' };
const rollupCompleted: RollupCondition = { condition: 'completed', operator: 'noOp' };

test('rollup: objective information from before the parent\'s current attempt counts as unknown', () => {
  const f = fixture(cluster('C1', leaf('A2')) + cluster('C3', leaf('A4'), seq('<imsss:controlMode useCurrentAttemptObjectiveInfo="false"/>')));
  for (const id of ['A2', 'A4']) {
    satisfied(f, id, true);
    track(f, id, { objectivesFromPriorAttempt: true });
  }
  assert.equal(rollupConditionValue(f.ws, f.get('A2'), rollupSatisfied), undefined);
  assert.equal(rollupConditionValue(f.ws, f.get('A4'), rollupSatisfied), true);
  assert.equal(sequencingRuleConditionValue(f.ws, f.get('A2'), rule('satisfied')), true, 'sequencing rules still see it');
});

test('rollup: progress from before the parent\'s current attempt counts as unknown', () => {
  const f = fixture(cluster('C1', leaf('A2')) + cluster('C3', leaf('A4'), seq('<imsss:controlMode useCurrentAttemptProgressInfo="false"/>')));
  for (const id of ['A2', 'A4']) {
    completed(f, id, true);
    track(f, id, { progressFromPriorAttempt: true });
  }
  assert.equal(rollupConditionValue(f.ws, f.get('A2'), rollupCompleted), undefined);
  assert.equal(rollupConditionValue(f.ws, f.get('A4'), rollupCompleted), true);
});

test('rollup: the not operator keeps Unknown', () => {
  const f = fixture(leaf('A1'));
  assert.equal(rollupConditionValue(f.ws, f.get('A1'), { condition: 'satisfied', operator: 'not' }), undefined);
  satisfied(f, 'A1', false);
  assert.equal(rollupConditionValue(f.ws, f.get('A1'), { condition: 'satisfied', operator: 'not' }), true);
});

test('rollup: a child\'s shared status still reads when its local one dates from a prior attempt', () => {
  const f = fixture(cluster('C1', leaf('A2', seq(`<imsss:objectives><imsss:primaryObjective objectiveID="P">
    <imsss:mapInfo targetObjectiveID="G"/></imsss:primaryObjective></imsss:objectives>`))));
  satisfied(f, 'A2', false);
  track(f, 'A2', { objectivesFromPriorAttempt: true });
  assert.equal(rollupConditionValue(f.ws, f.get('A2'), rollupSatisfied), undefined);
  Object.assign(f.ws.editGlobalObjective('G'), { progressStatus: true, satisfiedStatus: true });
  assert.equal(rollupConditionValue(f.ws, f.get('A2'), rollupSatisfied), true);
});
