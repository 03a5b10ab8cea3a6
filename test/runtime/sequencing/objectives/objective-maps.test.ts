// SN book 4th ed. §3.10.2 objective maps (imsss:mapInfo) and the 4th edition's adlseq:mapInfo:
// reading shared (global) objectives and writing local values out to them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  attemptCompleted,
  attemptCompletionAmount,
  readObjective,
  writeObjectiveMaps,
} from '../../../../src/runtime/sequencing/objectives/objective-maps.js';
import { completed, fixture, leaf, objective, satisfied, seq, track } from './fixture.js';

function primaryMap(attributes: string): string {
  return `<imsss:objectives><imsss:primaryObjective objectiveID="P"><imsss:mapInfo targetObjectiveID="G" ${attributes}/>` +
    `</imsss:primaryObjective></imsss:objectives>`;
}

function extendedMap(attributes: string): string {
  return `<imsss:objectives><imsss:primaryObjective objectiveID="P"/></imsss:objectives>` +
    `<adlseq:objectives><adlseq:objective objectiveID="P"><adlseq:mapInfo targetObjectiveID="G" ${attributes}/>` +
    `</adlseq:objective></adlseq:objectives>`;
}

test('an objective without maps reads as its local record', () => {
  const f = fixture(leaf('A1'));
  satisfied(f, 'A1', true);
  assert.equal(readObjective(f.ws, f.get('A1'), 0), f.ws.tracking(f.get('A1')).objectives[0]);
});

test('CTS OB-01a: a satisfied status written by A1 is read by A2', () => {
  const f = fixture(leaf('A1', seq(primaryMap('writeSatisfiedStatus="true"'))) + leaf('A2', seq(primaryMap(''))));
  satisfied(f, 'A1', true);
  writeObjectiveMaps(f.ws, f.get('A1'));
  const seen = readObjective(f.ws, f.get('A2'), 0);
  assert.equal(seen.progressStatus, true);
  assert.equal(seen.satisfiedStatus, true);
});

test('a read map takes the global\'s unknown over the local value (ADL SeqObjectiveTracking, globals made at registration; CTS CM-13)', () => {
  const f = fixture(leaf('A1', seq(primaryMap(''))));
  satisfied(f, 'A1', true);
  objective(f, 'A1', { measureStatus: true, normalizedMeasure: 0.3 });
  const seen = readObjective(f.ws, f.get('A1'), 0);
  assert.equal(seen.progressStatus, false);
  assert.equal(seen.measureStatus, false);
});

test('a known global overrides the local value it is read into', () => {
  const f = fixture(leaf('A1', seq(primaryMap(''))));
  satisfied(f, 'A1', false);
  Object.assign(f.ws.editGlobalObjective('G'), { progressStatus: true, satisfiedStatus: true, measureStatus: true, normalizedMeasure: 0.9 });
  const seen = readObjective(f.ws, f.get('A1'), 0);
  assert.equal(seen.satisfiedStatus, true);
  assert.equal(seen.normalizedMeasure, 0.9);
  assert.equal(f.ws.tracking(f.get('A1')).objectives[0]!.satisfiedStatus, false, 'the local record is unchanged');
});

test('read flags set to false keep the global out', () => {
  const f = fixture(leaf('A1', seq(primaryMap('readSatisfiedStatus="false" readNormalizedMeasure="false"'))));
  Object.assign(f.ws.editGlobalObjective('G'), { progressStatus: true, satisfiedStatus: true, measureStatus: true, normalizedMeasure: 0.9 });
  const seen = readObjective(f.ws, f.get('A1'), 0);
  assert.equal(seen.progressStatus, false);
  assert.equal(seen.measureStatus, false);
});

test('a satisfied-by-measure objective judges a shared measure', () => {
  const f = fixture(leaf('A1', seq(`<imsss:objectives><imsss:primaryObjective objectiveID="P" satisfiedByMeasure="true">
    <imsss:minNormalizedMeasure>0.5</imsss:minNormalizedMeasure><imsss:mapInfo targetObjectiveID="G"/></imsss:primaryObjective></imsss:objectives>`)));
  Object.assign(f.ws.editGlobalObjective('G'), { measureStatus: true, normalizedMeasure: 0.6 });
  assert.equal(readObjective(f.ws, f.get('A1'), 0).satisfiedStatus, true);
});

test('write maps share measure and satisfaction with every global they name', () => {
  const f = fixture(leaf('A1', seq(`<imsss:objectives><imsss:primaryObjective objectiveID="P">
    <imsss:mapInfo targetObjectiveID="G1" writeSatisfiedStatus="true"/>
    <imsss:mapInfo targetObjectiveID="G2" writeNormalizedMeasure="true"/></imsss:primaryObjective></imsss:objectives>`)));
  satisfied(f, 'A1', false);
  objective(f, 'A1', { measureStatus: true, normalizedMeasure: -0.25 });
  writeObjectiveMaps(f.ws, f.get('A1'));
  assert.equal(f.ws.globalObjective('G1')?.progressStatus, true);
  assert.equal(f.ws.globalObjective('G1')?.satisfiedStatus, false);
  assert.equal(f.ws.globalObjective('G1')?.measureStatus, false);
  assert.equal(f.ws.globalObjective('G2')?.normalizedMeasure, -0.25);
  assert.equal(f.ws.globalObjective('G2')?.progressStatus, false);
});

test('an unknown local value writes nothing: it never erases what another activity shared', () => {
  const f = fixture(leaf('A1', seq(primaryMap('writeSatisfiedStatus="true" writeNormalizedMeasure="true"'))));
  Object.assign(f.ws.editGlobalObjective('G'), { progressStatus: true, satisfiedStatus: true });
  writeObjectiveMaps(f.ws, f.get('A1'));
  assert.equal(f.ws.globalObjective('G')?.satisfiedStatus, true);
});

test('without write flags nothing is created', () => {
  const f = fixture(leaf('A1', seq(primaryMap(''))));
  satisfied(f, 'A1', true);
  writeObjectiveMaps(f.ws, f.get('A1'));
  assert.equal(f.ws.globalObjective('G'), undefined);
});

test('CTS CO-01: a completion written by A1 makes A2 completed', () => {
  const f = fixture(leaf('A1', seq(extendedMap('writeCompletionStatus="true"'))) + leaf('A2', seq(extendedMap(''))));
  completed(f, 'A1', true);
  writeObjectiveMaps(f.ws, f.get('A1'));
  assert.equal(f.ws.globalObjective('G')?.completionStatus, 'completed');
  assert.equal(attemptCompleted(f.ws, f.get('A2')), true);
});

test('readCompletionStatus false keeps the shared completion out', () => {
  const f = fixture(leaf('A2', seq(extendedMap('readCompletionStatus="false"'))));
  f.ws.editGlobalObjective('G').completionStatus = 'completed';
  assert.equal(attemptCompleted(f.ws, f.get('A2')), undefined);
});

test('an unknown shared completion leaves the local attempt progress', () => {
  const f = fixture(leaf('A2', seq(extendedMap(''))));
  f.ws.editGlobalObjective('G');
  completed(f, 'A2', false);
  assert.equal(attemptCompleted(f.ws, f.get('A2')), false);
});

test('CTS SX-11a: scores, completion and progress are read field by field', () => {
  const f = fixture(leaf('A2', seq(extendedMap('readMaxScore="false" readCompletionStatus="false" readProgressMeasure="false"'))));
  Object.assign(f.ws.editGlobalObjective('G'), { rawScore: 2000, minScore: -4.008, maxScore: 11000, completionStatus: 'incomplete', progressMeasure: 0.66 });
  const seen = readObjective(f.ws, f.get('A2'), 0);
  assert.equal(seen.rawScore, 2000);
  assert.equal(seen.minScore, -4.008);
  assert.equal(seen.maxScore, null);
  assert.equal(seen.completionStatus, 'unknown');
  assert.equal(seen.progressMeasure, null);
});

test('scores and the primary objective\'s progress are written through adlseq:mapInfo', () => {
  const f = fixture(leaf('A1', seq(extendedMap('writeRawScore="true" writeMinScore="true" writeMaxScore="true" writeProgressMeasure="true"'))));
  objective(f, 'A1', { rawScore: 7, minScore: 1, maxScore: null });
  track(f, 'A1', { attemptCompletionAmountStatus: true, attemptCompletionAmount: 0.8 });
  writeObjectiveMaps(f.ws, f.get('A1'));
  const shared = f.ws.globalObjective('G')!;
  assert.deepEqual([shared.rawScore, shared.minScore, shared.maxScore, shared.progressMeasure], [7, 1, null, 0.8]);
});

test('attemptCompletionAmount reads a shared progress measure, else the attempt\'s', () => {
  const f = fixture(leaf('A1', seq(extendedMap(''))));
  assert.equal(attemptCompletionAmount(f.ws, f.get('A1')), undefined);
  track(f, 'A1', { attemptCompletionAmountStatus: true, attemptCompletionAmount: 0.2 });
  assert.equal(attemptCompletionAmount(f.ws, f.get('A1')), 0.2);
  f.ws.editGlobalObjective('G').progressMeasure = 0.7;
  assert.equal(attemptCompletionAmount(f.ws, f.get('A1')), 0.7);
});

test('SN §3.14: completedByMeasure judges the completion amount against minProgressMeasure', () => {
  const f = fixture(leaf('A1', '<adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.5"/>'));
  completed(f, 'A1', true);
  assert.equal(attemptCompleted(f.ws, f.get('A1')), undefined, 'no amount, no completion');
  track(f, 'A1', { attemptCompletionAmountStatus: true, attemptCompletionAmount: 0.49 });
  assert.equal(attemptCompleted(f.ws, f.get('A1')), false);
  track(f, 'A1', { attemptCompletionAmount: 0.5 });
  assert.equal(attemptCompleted(f.ws, f.get('A1')), true);
});

test('CTS CO-02b: the primary objective record\'s completion is shared over the attempt\'s automatic one', () => {
  const f = fixture(leaf('A1', seq(extendedMap('writeCompletionStatus="true"'))));
  completed(f, 'A1', true);
  objective(f, 'A1', { completionStatus: 'incomplete' });
  writeObjectiveMaps(f.ws, f.get('A1'));
  assert.equal(f.ws.globalObjective('G')?.completionStatus, 'incomplete');
  assert.equal(attemptCompleted(f.ws, f.get('A1')), false);
});

test('CTS CO-04c: completed by measure without a progress measure shares no completion', () => {
  const f = fixture(leaf('A1', `<adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0"/>${seq(extendedMap('writeCompletionStatus="true"'))}`));
  completed(f, 'A1', true);
  objective(f, 'A1', { completionStatus: 'completed' });
  writeObjectiveMaps(f.ws, f.get('A1'));
  assert.equal(f.ws.globalObjective('G'), undefined);
});

test('CTS CO-09: a progress measure reported on the primary objective decides completion by measure', () => {
  const f = fixture(leaf('A2', '<adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.4"/>'));
  objective(f, 'A2', { progressMeasure: 0.4 });
  assert.equal(attemptCompletionAmount(f.ws, f.get('A2')), 0.4);
  assert.equal(attemptCompleted(f.ws, f.get('A2')), true);
});

test('each read of an objective through maps is a record of its own: a later read leaves it unchanged', () => {
  const reads = (target: string) =>
    seq(`<imsss:objectives><imsss:primaryObjective objectiveID="P"><imsss:mapInfo targetObjectiveID="${target}"/></imsss:primaryObjective></imsss:objectives>`);
  const f = fixture(leaf('A1', seq(primaryMap('writeSatisfiedStatus="true"'))) + leaf('A2', reads('G')) + leaf('A3', reads('H')));
  satisfied(f, 'A1', true);
  writeObjectiveMaps(f.ws, f.get('A1'));
  const first = readObjective(f.ws, f.get('A2'), 0);
  const second = readObjective(f.ws, f.get('A3'), 0);
  assert.equal(second.progressStatus, false);
  assert.equal(first.progressStatus, true);
  assert.equal(first.satisfiedStatus, true);
});
