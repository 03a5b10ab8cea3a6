// SN book 4th ed. RB.1.3 a/b/c Activity Progress Rollup (using measure, rules, default rules).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { activityProgressRollupProcess } from '../../../../src/runtime/sequencing/rollup/rb-1-3-activity-progress-rollup.js';
import { attempted, cluster, completed, fixture, leaf, rollupRule, satisfied, seq, track, type Fixture } from '../objectives/fixture.js';

function progressOf(f: Fixture, id: string): boolean | undefined {
  const tracking = f.ws.tracking(f.get(id));
  return tracking.attemptProgressStatus ? tracking.attemptCompletionStatus : undefined;
}

function rollUp(f: Fixture, id: string): boolean | undefined {
  activityProgressRollupProcess(f.ws, f.get(id));
  return progressOf(f, id);
}

const threeChildren = leaf('A1') + leaf('A2') + leaf('A3');

test('default rules: every child completed makes the cluster completed', () => {
  const f = fixture(cluster('C', threeChildren));
  for (const id of ['A1', 'A2', 'A3']) completed(f, id, true);
  assert.equal(rollUp(f, 'C'), true);
});

test('default rules: every child\'s progress known and one incomplete makes the cluster incomplete', () => {
  const f = fixture(cluster('C', threeChildren));
  completed(f, 'A1', true);
  completed(f, 'A2', true);
  completed(f, 'A3', false);
  assert.equal(rollUp(f, 'C'), false);
});

test('default rules: a child with unknown progress leaves the cluster as it was', () => {
  const f = fixture(cluster('C', threeChildren));
  completed(f, 'A1', true);
  completed(f, 'A2', true);
  attempted(f, 'A3');
  assert.equal(rollUp(f, 'C'), undefined);
});

test('CTS RU-03a: atLeastCount 1 of [attempted and not completed] → completed', () => {
  const rules = rollupRule('completed', ['attempted', 'not:completed'], 'childActivitySet="atLeastCount" minimumCount="1"', 'all');
  const f = fixture(cluster('C', threeChildren, seq(`<imsss:rollupRules>${rules}</imsss:rollupRules>`)));
  completed(f, 'A1', true);
  completed(f, 'A2', true);
  assert.equal(rollUp(f, 'C'), undefined);
  completed(f, 'A3', false);
  assert.equal(rollUp(f, 'C'), true);
});

test('CTS RU-11: all children untracked meet "all children not objectiveStatusKnown → completed"', () => {
  const untracked = seq('<imsss:deliveryControls tracked="false"/>');
  const rules = rollupRule('completed', ['not:objectiveStatusKnown'], 'childActivitySet="all"');
  const f = fixture(cluster('C2', leaf('A3', untracked) + leaf('A4', untracked) + leaf('A5', untracked), seq(`<imsss:rollupRules>${rules}</imsss:rollupRules>`)));
  satisfied(f, 'A3', true);
  assert.equal(rollUp(f, 'C2'), true);
});

test('completion rules of the activity replace the default completion rules only', () => {
  const rules = rollupRule('incomplete', ['attempted'], 'childActivitySet="any"');
  const f = fixture(cluster('C', threeChildren, seq(`<imsss:rollupRules>${rules}</imsss:rollupRules>`)));
  for (const id of ['A1', 'A2', 'A3']) completed(f, id, true);
  assert.equal(rollUp(f, 'C'), false, 'no default completed rule');
});

test('CTS CT-07: with completedByMeasure the completion rules are set aside', () => {
  const rules = rollupRule('completed', ['attempted'], 'childActivitySet="atLeastPercent" minimumPercent="0.5"');
  const f = fixture(cluster('C2', threeChildren, `<adlcp:completionThreshold completedByMeasure="true"/>${seq(`<imsss:rollupRules>${rules}</imsss:rollupRules>`)}`));
  for (const id of ['A1', 'A2', 'A3']) attempted(f, id);
  track(f, 'C2', { attemptCompletionAmountStatus: true, attemptCompletionAmount: 0.34375 });
  assert.equal(rollUp(f, 'C2'), false);
});

test('CTS CT-02: completedByMeasure compares the completion amount with minProgressMeasure', () => {
  const f = fixture(cluster('C2', threeChildren, '<adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.5"/>'));
  for (const id of ['A1', 'A2', 'A3']) completed(f, id, true);
  track(f, 'C2', { attemptCompletionAmountStatus: true, attemptCompletionAmount: 0.45 });
  assert.equal(rollUp(f, 'C2'), false, 'rules aside: 0.45 < 0.5');
  track(f, 'C2', { attemptCompletionAmount: 0.5 });
  assert.equal(rollUp(f, 'C2'), true);
  track(f, 'C2', { attemptCompletionAmountStatus: false });
  assert.equal(rollUp(f, 'C2'), undefined);
});

test('a leaf completed by measure takes its completion from its amount', () => {
  const f = fixture(leaf('A1', '<adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.8"/>'));
  completed(f, 'A1', true);
  track(f, 'A1', { attemptCompletionAmountStatus: true, attemptCompletionAmount: 0.7 });
  assert.equal(rollUp(f, 'A1'), false);
});

test('a leaf not completed by measure keeps the completion its content gave it', () => {
  const f = fixture(leaf('A1'));
  completed(f, 'A1', false);
  assert.equal(rollUp(f, 'A1'), false);
});
