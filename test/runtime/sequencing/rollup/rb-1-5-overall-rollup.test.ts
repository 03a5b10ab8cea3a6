// SN book 4th ed. RB.1.5 Overall Rollup Process: rollup along the activity path to the root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overallRollupProcess } from '../../../../src/runtime/sequencing/rollup/rb-1-5-overall-rollup.js';
import { readObjective, writeObjectiveMaps } from '../../../../src/runtime/sequencing/objectives/objective-maps.js';
import { sequencingRuleConditionValue } from '../../../../src/runtime/sequencing/objectives/condition-values.js';
import { cluster, completed, fixture, leaf, objective, satisfied, seq, track } from '../objectives/fixture.js';

test('rollup climbs from the activity to the root', () => {
  const f = fixture(cluster('C1', cluster('C2', leaf('A3'))) + leaf('A4'));
  satisfied(f, 'A3', true);
  completed(f, 'A3', true);
  overallRollupProcess(f.ws, f.get('A3'));
  for (const id of ['C2', 'C1']) {
    assert.equal(f.ws.tracking(f.get(id)).objectives[0]!.satisfiedStatus, true, id);
    assert.equal(f.ws.tracking(f.get(id)).attemptCompletionStatus, true, id);
  }
  assert.equal(f.ws.tracking(f.tree.root).objectives[0]!.progressStatus, false, 'A4 is still unknown');
});

test('activities off the path are not rolled up', () => {
  const f = fixture(cluster('C1', leaf('A2')) + cluster('C3', leaf('A4')));
  satisfied(f, 'A2', true);
  satisfied(f, 'A4', true);
  overallRollupProcess(f.ws, f.get('A2'));
  assert.equal(f.ws.tracking(f.get('C3')).objectives[0]!.progressStatus, false);
});

test('measure, then satisfaction by that measure, in one pass (CTS MS-02 numbers)', () => {
  const weight = (w: number) => seq(`<imsss:rollupRules objectiveMeasureWeight="${w}"/>`);
  const f = fixture(cluster('C2', leaf('A3', weight(0.75)) + leaf('A4', weight(0.25)) + leaf('A5', weight(0.25)),
    seq(`<imsss:objectives><imsss:primaryObjective satisfiedByMeasure="true"><imsss:minNormalizedMeasure>0.5</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives>`)));
  objective(f, 'A3', { measureStatus: true, normalizedMeasure: 0.25 });
  objective(f, 'A4', { measureStatus: true, normalizedMeasure: 1 });
  objective(f, 'A5', { measureStatus: true, normalizedMeasure: 0.5 });
  overallRollupProcess(f.ws, f.get('A5'));
  const c2 = f.get('C2');
  assert.equal(f.ws.tracking(c2).objectives[0]!.satisfiedStatus, false);
  assert.equal(sequencingRuleConditionValue(f.ws, c2, { condition: 'objectiveMeasureLessThan', operator: 'noOp', referencedObjective: undefined, measureThreshold: 0.6 }), true);
});

test('CTS CT-02: completion measure, then completion by that measure, in one pass', () => {
  const pw = (w: number) => `<adlcp:completionThreshold progressWeight="${w}"/>`;
  const f = fixture(leaf('A1') + cluster('C2', leaf('A3', pw(0.75)) + leaf('A4', pw(0.25)) + leaf('A5', pw(0.25)),
    '<adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.5"/>') + leaf('A6'));
  for (const [id, amount] of [['A3', 0.25], ['A4', 1], ['A5', 0.5]] as const) {
    completed(f, id, true);
    track(f, id, { attemptCompletionAmountStatus: true, attemptCompletionAmount: amount });
  }
  overallRollupProcess(f.ws, f.get('A5'));
  assert.equal(f.ws.tracking(f.get('C2')).attemptProgressStatus, true);
  assert.equal(f.ws.tracking(f.get('C2')).attemptCompletionStatus, false);
});

test('a cluster\'s rolled-up status is shared through its write map', () => {
  const f = fixture(cluster('C1', leaf('A2'), seq(`<imsss:objectives><imsss:primaryObjective objectiveID="P">
    <imsss:mapInfo targetObjectiveID="G" writeSatisfiedStatus="true"/></imsss:primaryObjective></imsss:objectives>`)) +
    leaf('A3', seq(`<imsss:objectives><imsss:primaryObjective objectiveID="Q"><imsss:mapInfo targetObjectiveID="G"/></imsss:primaryObjective></imsss:objectives>`)));
  satisfied(f, 'A2', true);
  overallRollupProcess(f.ws, f.get('A2'));
  assert.equal(f.ws.globalObjective('G')?.satisfiedStatus, true);
  assert.equal(readObjective(f.ws, f.get('A3'), 0).satisfiedStatus, true);
});

test('a child read through a global map rolls up with the shared value', () => {
  const f = fixture(cluster('C1', leaf('A2', seq(`<imsss:objectives><imsss:primaryObjective objectiveID="P">
    <imsss:mapInfo targetObjectiveID="G"/></imsss:primaryObjective></imsss:objectives>`))));
  Object.assign(f.ws.editGlobalObjective('G'), { progressStatus: true, satisfiedStatus: true });
  overallRollupProcess(f.ws, f.get('A2'));
  assert.equal(f.ws.tracking(f.get('C1')).objectives[0]!.satisfiedStatus, true);
  assert.equal(f.ws.tracking(f.get('C1')).objectives[0]!.progressStatus, true);
});

test('rollup of a wide tree stays fast (5,000 children: the best of five rollups under 20 ms)', () => {
  const children = Array.from({ length: 5000 }, (_, index) => leaf(`A${index}`)).join('');
  const f = fixture(cluster('C', children));
  for (let index = 0; index < 5000; index++) {
    satisfied(f, `A${index}`, true);
    completed(f, `A${index}`, true);
  }
  // Warm up, then time a few runs: the best one shows the cost without GC or compilation pauses.
  for (let run = 0; run < 5; run++) overallRollupProcess(f.ws, f.get('A0'));
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    overallRollupProcess(f.ws, f.get('A0'));
    best = Math.min(best, performance.now() - start);
  }
  assert.equal(f.ws.tracking(f.get('C')).attemptCompletionStatus, true);
  assert.ok(best < 20, `${best} ms`);
});

const writes = (target: string, index = '') =>
  seq(`<imsss:objectives><imsss:primaryObjective objectiveID="P"/><imsss:objective objectiveID="O${index}">` +
    `<imsss:mapInfo targetObjectiveID="${target}" writeSatisfiedStatus="true"/></imsss:objective></imsss:objectives>`);
const reads = (target: string) =>
  seq(`<imsss:objectives><imsss:primaryObjective objectiveID="P"><imsss:mapInfo targetObjectiveID="${target}"/></imsss:primaryObjective></imsss:objectives>`);

test('CTS RU-16: clusters off the path whose children read what the path wrote are rolled up, to the root', () => {
  const f = fixture(leaf('A1', writes('G')) + cluster('C2', cluster('C3', leaf('A4', reads('G')))) + leaf('A5'));
  satisfied(f, 'A1', true);
  objective(f, 'A1', { progressStatus: true, satisfiedStatus: true }, 1);
  writeObjectiveMaps(f.ws, f.get('A1'));
  overallRollupProcess(f.ws, f.get('A1'));
  assert.equal(f.ws.tracking(f.get('C3')).objectives[0]!.satisfiedStatus, true);
  assert.equal(f.ws.tracking(f.get('C2')).objectives[0]!.satisfiedStatus, true);
});

test('CTS CO-03: a completion shared through adlseq:mapInfo rolls up the readers\' parent', () => {
  const writesCompletion = seq(`<imsss:objectives><imsss:primaryObjective objectiveID="P"/></imsss:objectives>
    <adlseq:objectives><adlseq:objective objectiveID="P"><adlseq:mapInfo targetObjectiveID="G" writeCompletionStatus="true"/></adlseq:objective></adlseq:objectives>`);
  const readsCompletion = seq(`<imsss:objectives><imsss:primaryObjective objectiveID="P"/></imsss:objectives>
    <adlseq:objectives><adlseq:objective objectiveID="P"><adlseq:mapInfo targetObjectiveID="G"/></adlseq:objective></adlseq:objectives>`);
  const f = fixture(leaf('A1', writesCompletion) + cluster('C2', leaf('A3', readsCompletion)));
  completed(f, 'A1', true);
  writeObjectiveMaps(f.ws, f.get('A1'));
  overallRollupProcess(f.ws, f.get('A1'));
  assert.equal(f.ws.tracking(f.get('C2')).attemptProgressStatus, true);
  assert.equal(f.ws.tracking(f.get('C2')).attemptCompletionStatus, true);
});

test('a reader that is not among its parent\'s available children does not roll its parent up', () => {
  const f = fixture(leaf('A1', writes('G')) + cluster('C2', leaf('A3', reads('G')) + leaf('A4')));
  satisfied(f, 'A1', true);
  objective(f, 'A1', { progressStatus: true, satisfiedStatus: true }, 1);
  track(f, 'C2', { availableChildren: ['A4'] });
  satisfied(f, 'A4', true);
  writeObjectiveMaps(f.ws, f.get('A1'));
  overallRollupProcess(f.ws, f.get('A1'));
  assert.equal(f.ws.tracking(f.get('C2')).objectives[0]!.progressStatus, false);
});
