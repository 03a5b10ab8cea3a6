// SN book 4th ed. RB.1.2 a/b/c Objective Rollup (using measure, rules, default rules).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { objectiveRollupProcess } from '../../../../src/runtime/sequencing/rollup/rb-1-2-objective-rollup.js';
import { cluster, fixture, leaf, objective, rollupRule, satisfied, seq, track, type Fixture } from '../objectives/fixture.js';

function statusOf(f: Fixture, id: string): boolean | undefined {
  const primary = f.ws.tracking(f.get(id)).objectives[0]!;
  return primary.progressStatus ? primary.satisfiedStatus : undefined;
}

function rollUp(f: Fixture, id: string): boolean | undefined {
  objectiveRollupProcess(f.ws, f.get(id));
  return statusOf(f, id);
}

const threeChildren = leaf('A1') + leaf('A2') + leaf('A3');

test('default rules: every child satisfied makes the cluster satisfied', () => {
  const f = fixture(cluster('C', threeChildren));
  for (const id of ['A1', 'A2', 'A3']) satisfied(f, id, true);
  assert.equal(rollUp(f, 'C'), true);
});

test('default rules: every child known and one not satisfied makes the cluster not satisfied', () => {
  const f = fixture(cluster('C', threeChildren));
  satisfied(f, 'A1', true);
  satisfied(f, 'A2', false);
  satisfied(f, 'A3', true);
  assert.equal(rollUp(f, 'C'), false);
});

test('default rules: a child with unknown status leaves the cluster as it was', () => {
  const f = fixture(cluster('C', threeChildren));
  satisfied(f, 'A1', false);
  satisfied(f, 'A2', false);
  assert.equal(rollUp(f, 'C'), undefined);
  objective(f, 'C', { progressStatus: true, satisfiedStatus: true });
  assert.equal(rollUp(f, 'C'), true);
});

test('CTS RU-01ab: an empty <rollupRules/> means the default rules', () => {
  const f = fixture(cluster('C', threeChildren, seq('<imsss:rollupRules/>')));
  for (const id of ['A1', 'A2', 'A3']) satisfied(f, id, true);
  assert.equal(rollUp(f, 'C'), true);
});

test('rules of the activity replace the defaults: any child satisfied', () => {
  const f = fixture(cluster('C', threeChildren, seq(`<imsss:rollupRules>${rollupRule('satisfied', ['satisfied'], 'childActivitySet="any"')}</imsss:rollupRules>`)));
  satisfied(f, 'A2', true);
  assert.equal(rollUp(f, 'C'), true);
});

test('rules with only completion actions keep the default objective rules', () => {
  const f = fixture(cluster('C', threeChildren, seq(`<imsss:rollupRules>${rollupRule('completed', ['attempted'], 'childActivitySet="any"')}</imsss:rollupRules>`)));
  for (const id of ['A1', 'A2', 'A3']) satisfied(f, id, false);
  assert.equal(rollUp(f, 'C'), false);
});

test('a satisfied rule alone: no default not-satisfied rule is added', () => {
  const f = fixture(cluster('C', threeChildren, seq(`<imsss:rollupRules>${rollupRule('satisfied', ['satisfied'], 'childActivitySet="all"')}</imsss:rollupRules>`)));
  for (const id of ['A1', 'A2', 'A3']) satisfied(f, id, false);
  assert.equal(rollUp(f, 'C'), undefined);
});

test('satisfied prevails when both kinds of rules apply', () => {
  const rules = rollupRule('notSatisfied', ['attempted'], 'childActivitySet="any"') + rollupRule('satisfied', ['attempted'], 'childActivitySet="any"');
  const f = fixture(cluster('C', threeChildren, seq(`<imsss:rollupRules>${rules}</imsss:rollupRules>`)));
  satisfied(f, 'A1', false);
  assert.equal(rollUp(f, 'C'), true);
});

test('CTS RU-04aa: atLeastPercent 0.5 is not met by one child in three', () => {
  const rules = rollupRule('satisfied', ['satisfied', 'objectiveMeasureKnown'], 'childActivitySet="atLeastPercent" minimumPercent="0.5"');
  const f = fixture(cluster('C', threeChildren, seq(`<imsss:rollupRules>${rules}</imsss:rollupRules>`)));
  objective(f, 'A1', { measureStatus: true, normalizedMeasure: 0.75 });
  satisfied(f, 'A2', false);
  satisfied(f, 'A3', false);
  assert.equal(rollUp(f, 'C'), undefined, 'one in three; a satisfied rule of its own leaves no default not-satisfied rule');
  objective(f, 'A2', { measureStatus: true, normalizedMeasure: 0.1 });
  assert.equal(rollUp(f, 'C'), true, 'two in three');
});

test('atLeastCount counts True children only', () => {
  const rules = rollupRule('satisfied', ['satisfied'], 'childActivitySet="atLeastCount" minimumCount="2"');
  const f = fixture(cluster('C', threeChildren, seq(`<imsss:rollupRules>${rules}</imsss:rollupRules>`)));
  satisfied(f, 'A1', true);
  assert.equal(rollUp(f, 'C'), undefined);
  satisfied(f, 'A3', true);
  assert.equal(rollUp(f, 'C'), true);
});

test('none: every contributing child False; an Unknown one prevents it', () => {
  const rules = rollupRule('notSatisfied', ['satisfied'], 'childActivitySet="none"');
  const f = fixture(cluster('C', threeChildren, seq(`<imsss:rollupRules>${rules}</imsss:rollupRules>`)));
  satisfied(f, 'A1', false);
  satisfied(f, 'A2', false);
  assert.equal(rollUp(f, 'C'), undefined);
  satisfied(f, 'A3', false);
  assert.equal(rollUp(f, 'C'), false);
});

test('rule conditions combine with all in three-valued logic', () => {
  const rules = rollupRule('satisfied', ['attempted', 'not:satisfied'], 'childActivitySet="any"', 'all');
  const f = fixture(cluster('C', threeChildren, seq(`<imsss:rollupRules>${rules}</imsss:rollupRules>`)));
  track(f, 'A1', { activityProgressStatus: true, activityAttemptCount: 1 });
  assert.equal(rollUp(f, 'C'), undefined, 'attempted and not(unknown) is unknown');
  satisfied(f, 'A1', false);
  assert.equal(rollUp(f, 'C'), true);
});

test('no contributing child: an all rule holds for the empty bag, an any rule does not', () => {
  const any = rollupRule('notSatisfied', ['satisfied'], 'childActivitySet="any"') + rollupRule('satisfied', ['satisfied'], 'childActivitySet="any"');
  const f = fixture(
    cluster('C1', leaf('A1', seq('<imsss:deliveryControls tracked="false"/>'))) +
    cluster('C2', leaf('A2', seq('<imsss:deliveryControls tracked="false"/>')), seq(`<imsss:rollupRules>${any}</imsss:rollupRules>`)),
  );
  assert.equal(rollUp(f, 'C1'), true, 'both default rules hold; satisfied prevails');
  assert.equal(rollUp(f, 'C2'), undefined);
});

const byMeasure = `<imsss:objectives><imsss:primaryObjective satisfiedByMeasure="true">
  <imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives>`;

test('RB.1.2 a: a cluster satisfied by measure compares its measure, rules aside', () => {
  const f = fixture(cluster('C', threeChildren, seq(byMeasure)));
  for (const id of ['A1', 'A2', 'A3']) satisfied(f, id, true);
  objective(f, 'C', { measureStatus: true, normalizedMeasure: 0.59 });
  assert.equal(rollUp(f, 'C'), false);
  objective(f, 'C', { measureStatus: true, normalizedMeasure: 0.6 });
  assert.equal(rollUp(f, 'C'), true);
  objective(f, 'C', { measureStatus: false });
  assert.equal(rollUp(f, 'C'), undefined);
});

test('RB.1.2 a: an active cluster waits for its measure unless measureSatisfactionIfActive', () => {
  const f = fixture(
    cluster('C1', leaf('A1'), seq(`${byMeasure}<adlseq:rollupConsiderations measureSatisfactionIfActive="false"/>`)) +
    cluster('C2', leaf('A2'), seq(byMeasure)),
  );
  for (const id of ['C1', 'C2']) {
    track(f, id, { isActive: true });
    objective(f, id, { measureStatus: true, normalizedMeasure: 0.9 });
  }
  assert.equal(rollUp(f, 'C1'), undefined);
  assert.equal(rollUp(f, 'C2'), true);
  track(f, 'C1', { isActive: false });
  assert.equal(rollUp(f, 'C1'), true);
});

test('a leaf not satisfied by measure keeps the status its content gave it', () => {
  const f = fixture(leaf('A1'));
  satisfied(f, 'A1', false);
  assert.equal(rollUp(f, 'A1'), false);
});
