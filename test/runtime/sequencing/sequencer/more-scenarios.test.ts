// More CTS scenarios of ../shared/spec-notes/sequencing-scenarios.md, end to end: objectives
// and global objectives, rollup rules and considerations, cluster retry, choice of clusters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choice, cluster, CONTINUE, FLOW, leaf, PREVIOUS, rules, Scenario, START, treeOf } from './scenario-driver.js';

const skipIf = (condition: string) => rules({ pre: [{ when: [condition], action: 'skip' }] });
const objectives = (primary: string, others = '') => `<imsss:objectives>${primary}${others}</imsss:objectives>`;

test('S1 CM-01: plain flow with continue and previous', () => {
  const s = new Scenario(treeOf([leaf('A1'), leaf('A2'), leaf('A3')], FLOW));
  s.request(START);
  for (const request of [CONTINUE, CONTINUE, PREVIOUS, CONTINUE, PREVIOUS, PREVIOUS]) s.visit({}, request);
  assert.deepEqual(s.delivered, ['A1', 'A2', 'A3', 'A2', 'A3', 'A2', 'A1']);
});

test('S3 CM-02b: objectiveSetByContent=true keeps the objective unknown until the SCO says passed', () => {
  const a2 = `${skipIf('satisfied')}${objectives('<imsss:primaryObjective objectiveID="PRIMARYOBJ"/>', '<imsss:objective objectiveID="obj1"/>')}<imsss:deliveryControls objectiveSetByContent="true"/>`;
  const s = new Scenario(treeOf([leaf('A1'), leaf('A2', a2), leaf('A3')], FLOW));
  s.request(START);
  s.visit({}, CONTINUE);
  s.visit({}, CONTINUE);
  s.visit({}, PREVIOUS);
  s.visit({ success: 'passed' }, CONTINUE);
  s.visit({}, PREVIOUS);
  s.visit({}, CONTINUE);
  s.visit({}, PREVIOUS);
  assert.deepEqual(s.delivered, ['A1', 'A2', 'A3', 'A2', 'A3', 'A1', 'A3', 'A1']);
});

test('S5 CM-07e: stopForwardTraversal blocks choice into the cluster\'s subtree, not the cluster, not flow', () => {
  const tree = treeOf(
    [
      leaf('A1'),
      cluster('C2', [leaf('CaseTest'), cluster('C4', [leaf('A5'), leaf('A6')], `<imsss:controlMode flow="true"/>${rules({ pre: [{ when: ['always'], action: 'stopForwardTraversal' }] })}`)], '<imsss:controlMode flow="true" forwardOnly="true"/>'),
    ],
    '<imsss:controlMode flow="true"/>',
  );
  const s = new Scenario(tree);
  s.request(START);
  const toc = s.sequencer.tocAvailability();
  assert.deepEqual([toc.get('CaseTest'), toc.get('C4'), toc.get('A6')], ['enabled', 'enabled', 'disabled']);
  assert.equal(s.sequencer.isValid(CONTINUE), true);
  assert.equal(s.sequencer.isValid(PREVIOUS), false);
  s.visit({}, choice('CaseTest'));
  s.visit({}, CONTINUE);
  s.visit({}, choice('A6'));
  s.visit({}, choice('ORG'));
  assert.deepEqual(s.delivered, ['A1', 'CaseTest', 'A5', 'A6', 'A1']);
});

test('S10 CO-01: completion shared through adlseq:mapInfo makes the reader skip as completed', () => {
  const a1 = `${objectives('<imsss:primaryObjective objectiveID="PRIMARYOBJ_1"/>')}<adlseq:objectives><adlseq:objective objectiveID="PRIMARYOBJ_1"><adlseq:mapInfo targetObjectiveID="gObj-CO01" writeCompletionStatus="true"/></adlseq:objective></adlseq:objectives>`;
  const a2 = `${skipIf('completed')}${objectives('<imsss:primaryObjective objectiveID="PRIMARYOBJ_2"/>')}<adlseq:objectives><adlseq:objective objectiveID="PRIMARYOBJ_2"><adlseq:mapInfo targetObjectiveID="gObj-CO01"/></adlseq:objective></adlseq:objectives>`;
  const s = new Scenario(treeOf([leaf('A1', a1), leaf('A2', a2), leaf('A3')], FLOW));
  s.request(START);
  s.visit({ completion: 'completed' }, CONTINUE);
  assert.deepEqual(s.delivered, ['A1', 'A3']);
});

test('S12 MS-02: weighted measure rollup (0.45) below the threshold skips the cluster on previous', () => {
  const weight = (w: number) => `<imsss:rollupRules objectiveMeasureWeight="${w}"/>`;
  const c2 = `${FLOW}${skipIf('objectiveMeasureLessThan:0.6')}`;
  const s = new Scenario(treeOf([leaf('A1'), cluster('C2', [leaf('A3', weight(0.75)), leaf('A4', weight(0.25)), leaf('A5', weight(0.25))], c2), leaf('A6')], FLOW));
  s.request(START);
  s.visit({}, CONTINUE);
  s.visit({ scaled: 0.25 }, CONTINUE);
  s.visit({ scaled: 1 }, CONTINUE);
  s.visit({ scaled: 0.5 }, CONTINUE);
  s.visit({}, PREVIOUS);
  assert.deepEqual(s.delivered, ['A1', 'A3', 'A4', 'A5', 'A6', 'A1']);
});

test('S13 OB-01a: satisfaction written to a global objective is read by another activity\'s skip rule', () => {
  const a1 = objectives('<imsss:primaryObjective objectiveID="PRIMARYOBJ_1"><imsss:mapInfo targetObjectiveID="gObj-OB01a" writeSatisfiedStatus="true"/></imsss:primaryObjective>');
  const a2 = `${skipIf('satisfied')}${objectives('<imsss:primaryObjective objectiveID="P2"><imsss:mapInfo targetObjectiveID="gObj-OB01a"/></imsss:primaryObjective>')}`;
  const s = new Scenario(treeOf([leaf('A1', a1), leaf('A2', a2), leaf('A3')], FLOW));
  s.request(START);
  s.visit({ success: 'passed' }, CONTINUE);
  assert.deepEqual(s.delivered, ['A1', 'A3']);
});

test('S15 RU-03a: atLeastCount rollup completes the cluster, whose exit and post conditions override the SCO\'s previous', () => {
  const rollup = '<imsss:rollupRules><imsss:rollupRule childActivitySet="atLeastCount" minimumCount="1"><imsss:rollupConditions conditionCombination="all"><imsss:rollupCondition condition="attempted"/><imsss:rollupCondition operator="not" condition="completed"/></imsss:rollupConditions><imsss:rollupAction action="completed"/></imsss:rollupRule></imsss:rollupRules>';
  const c2 = `${FLOW}${rules({ exit: [{ when: ['completed'], action: 'exit' }], post: [{ when: ['completed'], action: 'previous' }] })}${rollup}`;
  const s = new Scenario(treeOf([leaf('A1'), cluster('C2', [leaf('A3'), leaf('A4'), leaf('A5')], c2), leaf('A6')], FLOW));
  s.request(START);
  s.visit({}, CONTINUE);
  s.visit({ completion: 'completed' }, CONTINUE);
  s.visit({}, CONTINUE);
  s.visit({ completion: 'incomplete' }, PREVIOUS);
  assert.deepEqual(s.delivered, ['A1', 'A3', 'A4', 'A5', 'A1']);
});

test('S16 RU-07a: a cluster retried after NOT satisfied; attempt limits skip; considerations exclude skipped children', () => {
  const c2 = `${FLOW}${rules({ exit: [{ when: ['completed'], action: 'exit' }], post: [{ when: ['not satisfied'], action: 'retry' }] })}`;
  const a3 = `${skipIf('attemptLimitExceeded')}<imsss:limitConditions attemptLimit="1"/><imsss:rollupRules rollupProgressCompletion="false"/><adlseq:rollupConsiderations requiredForSatisfied="ifNotSkipped" requiredForNotSatisfied="ifNotSkipped"/>`;
  const a4 = `${skipIf('always')}<adlseq:rollupConsiderations requiredForSatisfied="ifAttempted" requiredForNotSatisfied="ifAttempted" requiredForCompleted="ifAttempted"/>`;
  const s = new Scenario(treeOf([leaf('A1'), cluster('C2', [leaf('A3', a3), leaf('A4', a4), leaf('A5')], c2), leaf('A6')], FLOW));
  s.request(START);
  s.visit({}, CONTINUE);
  s.visit({ success: 'failed' }, CONTINUE);
  s.visit({ success: 'failed' }, CONTINUE);
  s.visit({ success: 'failed' }, CONTINUE);
  s.visit({ success: 'passed' }, CONTINUE);
  assert.deepEqual(s.delivered, ['A1', 'A3', 'A5', 'A5', 'A5', 'A6']);
});

test('B2 SX-06: "not attempted" counts as incomplete for a retry; a post continue beats the SCO\'s previous', () => {
  const a2 = rules({ post: [{ when: ['completed'], action: 'continue' }, { when: ['not completed'], action: 'retry' }] });
  const s = new Scenario(treeOf([leaf('A1'), leaf('A2', a2), leaf('A3')], FLOW));
  s.request(START);
  s.visit({}, CONTINUE);
  s.visit({ completion: 'not attempted' }, CONTINUE);
  s.visit({ completion: 'completed' }, PREVIOUS);
  assert.deepEqual(s.delivered, ['A1', 'A2', 'A2', 'A3']);
});

test('B5 CM-04b: choosing a cluster flows into it, skipping what its rules skip', () => {
  const tree = treeOf(
    [
      cluster('C1', [leaf('A2'), leaf('A3')], '<imsss:controlMode flow="true"/>'),
      cluster('C4', [leaf('A5'), leaf('A6'), leaf('A7')]),
      cluster('C8', [leaf('A9'), cluster('C10', [cluster('C11', [leaf('A12'), leaf('A13')], `<imsss:controlMode flow="true"/>${skipIf('attempted')}`), leaf('A14')], '<imsss:controlMode flow="true"/>')]),
      leaf('A15'),
    ],
    '<imsss:controlMode flow="true"/>',
  );
  const s = new Scenario(tree);
  s.request(START);
  for (const target of ['C11', 'C10', 'ORG', 'A15', 'A6']) s.visit({}, choice(target));
  assert.equal(s.visit({}, { type: 'exitAll' }).endSession, true);
  assert.deepEqual(s.delivered, ['A2', 'A12', 'A14', 'A2', 'A15', 'A6']);
});

test('B6 RU-04aa: atLeastPercent rollup (1 of 3 < 50%) leaves the cluster unsatisfied, so flow goes on', () => {
  const rollup = '<imsss:rollupRules><imsss:rollupRule childActivitySet="atLeastPercent" minimumPercent="0.5"><imsss:rollupConditions conditionCombination="any"><imsss:rollupCondition condition="satisfied"/><imsss:rollupCondition condition="objectiveMeasureKnown"/></imsss:rollupConditions><imsss:rollupAction action="satisfied"/></imsss:rollupRule></imsss:rollupRules>';
  const c2 = `${FLOW}${rules({ exit: [{ when: ['satisfied'], action: 'exit' }], post: [{ when: ['satisfied'], action: 'previous' }] })}${rollup}`;
  const s = new Scenario(treeOf([leaf('A1'), cluster('C2', [leaf('A3'), leaf('A4'), leaf('A5')], c2), leaf('A6')], FLOW));
  s.request(START);
  s.visit({}, CONTINUE);
  s.visit({ completion: 'incomplete', scaled: 0.75 }, CONTINUE);
  s.visit({ completion: 'completed', success: 'failed' }, CONTINUE);
  s.visit({ success: 'failed' }, CONTINUE);
  assert.deepEqual(s.delivered, ['A1', 'A3', 'A4', 'A5', 'A6']);
});

test('S11 CT-02: weighted completion measure (0.45) under the cluster\'s threshold makes it incomplete, skipped on previous', () => {
  const threshold = (weight: number) => `<adlcp:completionThreshold progressWeight="${weight}"/>`;
  const c2 = `${FLOW}${skipIf('not completed')}`;
  const items = [
    leaf('A1'),
    cluster('C2', [leaf('A3', '', '', threshold(0.75)), leaf('A4', '', '', threshold(0.25)), leaf('A5', '', '', threshold(0.25))], c2)
      .replace('<title>C2</title>', '<title>C2</title><adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.5"/>'),
    leaf('A6'),
  ];
  const s = new Scenario(treeOf(items, FLOW));
  s.request(START);
  s.visit({}, CONTINUE);
  s.visit({ progress: 0.25 }, CONTINUE);
  s.visit({ progress: 1 }, CONTINUE);
  s.visit({ progress: 0.5 }, CONTINUE);
  s.visit({}, PREVIOUS);
  assert.deepEqual(s.delivered, ['A1', 'A3', 'A4', 'A5', 'A6', 'A1']);
});
