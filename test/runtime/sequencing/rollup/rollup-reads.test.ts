// What a parent's rollup reads of each child, once per rollup of the parent (SN book 4th ed.
// RB.1.1 a/b, RB.1.4.1): the same values the rollup conditions read one at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rollupConditionValue } from '../../../../src/runtime/sequencing/objectives/condition-values.js';
import { writeObjectiveMaps } from '../../../../src/runtime/sequencing/objectives/objective-maps.js';
import { readChildrenForRollup } from '../../../../src/runtime/sequencing/rollup/rollup-reads.js';
import { cluster, completed, fixture, leaf, objective, satisfied, seq, track } from '../objectives/fixture.js';

const UNTRACKED = seq('<imsss:deliveryControls tracked="false"/>');
const primaryMap = (attributes: string) =>
  seq(`<imsss:objectives><imsss:primaryObjective objectiveID="P"><imsss:mapInfo targetObjectiveID="G" ${attributes}/></imsss:primaryObjective></imsss:objectives>`);

test('a child reads its objective through its maps, its completion and its completion amount', () => {
  const f = fixture(leaf('W', primaryMap('writeSatisfiedStatus="true"')) + cluster('C1', leaf('A1', primaryMap(''))));
  satisfied(f, 'W', true);
  writeObjectiveMaps(f.ws, f.get('W'));
  completed(f, 'A1', true);
  track(f, 'A1', { attemptCompletionAmountStatus: true, attemptCompletionAmount: 0.4 });
  const { children, reads } = readChildrenForRollup(f.ws, f.get('C1'));
  assert.deepEqual(children.map((child) => child.id), ['A1']);
  assert.equal(reads[0]!.objective.progressStatus, true);
  assert.equal(reads[0]!.objective.satisfiedStatus, true);
  assert.equal(reads[0]!.completed, true);
  assert.equal(reads[0]!.completionAmount, 0.4);
});

test('an untracked child reads as knowing nothing, as rollup conditions see it', () => {
  const f = fixture(cluster('C1', leaf('A1', UNTRACKED)));
  satisfied(f, 'A1', true);
  completed(f, 'A1', true);
  objective(f, 'A1', { measureStatus: true, normalizedMeasure: 0.5 });
  const { reads } = readChildrenForRollup(f.ws, f.get('C1'));
  assert.equal(reads[0]!.objective.progressStatus, false);
  assert.equal(reads[0]!.objective.measureStatus, false);
  assert.equal(reads[0]!.completed, undefined);
  assert.equal(reads[0]!.completionAmount, undefined);
  const child = f.get('A1');
  for (const condition of ['satisfied', 'objectiveStatusKnown', 'completed', 'activityProgressKnown'] as const) {
    assert.equal(
      rollupConditionValue(f.ws, child, { condition, operator: 'noOp' }, reads[0]),
      rollupConditionValue(f.ws, child, { condition, operator: 'noOp' }),
      condition,
    );
  }
});

test('objectives recorded before the parent\'s current attempt are left out (SN §3.2.5 useCurrentAttemptObjectiveInfo)', () => {
  const f = fixture(cluster('C1', leaf('A1')));
  satisfied(f, 'A1', true);
  track(f, 'A1', { objectivesFromPriorAttempt: true });
  const { reads } = readChildrenForRollup(f.ws, f.get('C1'));
  assert.equal(reads[0]!.objective.progressStatus, false);
});
