// runtime-report.ts: the RTE data model's values at Terminate onto the tracking model
// (SN book 4th ed. §4.2, RTE book §4.2 mapping).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { leaf, Scenario, treeOf, runtimeReport, type Report } from './scenario-driver.js';

function reported(sequencing: string, report: Report, extra = '') {
  const s = new Scenario(treeOf([leaf('A1', sequencing, '', extra), leaf('A2')]));
  s.request({ type: 'choice', target: 'A1' });
  s.sequencer.reportRuntime(runtimeReport('A1', report));
  return s.sequencer.state;
}

test('cmi.completion_status: completed, incomplete, and "not attempted" as incomplete (ADL)', () => {
  for (const [status, completed] of [['completed', true], ['incomplete', false], ['not attempted', false]] as const) {
    const a1 = reported('', { completion: status }).activities['A1']!;
    assert.deepEqual([a1.attemptProgressStatus, a1.attemptCompletionStatus], [true, completed], status);
  }
});

test('a status the content never set leaves the attempt as it began', () => {
  const a1 = reported('', {}).activities['A1']!;
  assert.deepEqual([a1.attemptProgressStatus, a1.objectives[0]!.progressStatus, a1.objectives[0]!.measureStatus], [false, false, false]);
});

test('satisfiedByMeasure: score.scaled against minNormalizedMeasure decides, over the content\'s success status', () => {
  const byMeasure = '<imsss:objectives><imsss:primaryObjective satisfiedByMeasure="true"><imsss:minNormalizedMeasure>0.6</imsss:minNormalizedMeasure></imsss:primaryObjective></imsss:objectives>';
  assert.equal(reported(byMeasure, { success: 'failed', scaled: 0.7 }).activities['A1']!.objectives[0]!.satisfiedStatus, true);
  assert.equal(reported(byMeasure, { success: 'passed', scaled: 0.5 }).activities['A1']!.objectives[0]!.satisfiedStatus, false);
});

test('a measure-based completion threshold decides completion from cmi.progress_measure', () => {
  const threshold = '<adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.6"/>';
  const low = reported('', { completion: 'completed', progress: 0.5 }, threshold).activities['A1']!;
  assert.deepEqual([low.attemptCompletionStatus, low.attemptCompletionAmountStatus, low.attemptCompletionAmount], [false, true, 0.5]);
  assert.equal(reported('', { progress: 0.6 }, threshold).activities['A1']!.attemptCompletionStatus, true);
});

test('cmi.exit = suspend suspends the SCO\'s activity; session time adds to the experienced durations', () => {
  const a1 = reported('', { exit: 'suspend', sessionTime: 1500 }).activities['A1']!;
  assert.deepEqual([a1.isSuspended, a1.attemptExperiencedDuration, a1.activityExperiencedDuration], [true, 1500, 1500]);
});

test('the primary objective\'s values are written to the global objectives its maps name', () => {
  const mapped = '<imsss:objectives><imsss:primaryObjective objectiveID="P"><imsss:mapInfo targetObjectiveID="g" writeSatisfiedStatus="true" writeNormalizedMeasure="true"/></imsss:primaryObjective></imsss:objectives>';
  const global = reported(mapped, { success: 'passed', scaled: 0.8 }).globalObjectives['g']!;
  assert.deepEqual([global.progressStatus, global.satisfiedStatus, global.measureStatus, global.normalizedMeasure], [true, true, true, 0.8]);
});

test('an objective the content sets back to unknown is forgotten in the global objectives it writes (OB-17a, SX-11b)', () => {
  const objective = (id: string, map: string) => `<imsss:objective objectiveID="${id}"><imsss:mapInfo targetObjectiveID="g" ${map}/></imsss:objective>`;
  const extended = '<adlseq:objectives><adlseq:objective objectiveID="o"><adlseq:mapInfo targetObjectiveID="g" writeCompletionStatus="true"/></adlseq:objective></adlseq:objectives>';
  const writer = `<imsss:objectives><imsss:primaryObjective/>${objective('o', 'writeSatisfiedStatus="true"')}</imsss:objectives>${extended}`;
  const s = new Scenario(treeOf([leaf('A1', writer), leaf('A2', writer)]));
  const entry = (successStatus: string, completionStatus: string) => ({
    id: 'o', successStatus, completionStatus, scoreScaled: undefined, scoreRaw: undefined, scoreMin: undefined, scoreMax: undefined, progressMeasure: undefined,
  });
  s.request({ type: 'choice', target: 'A1' });
  s.visit({ objectives: [entry('passed', 'completed')] }, { type: 'choice', target: 'A2' });
  assert.deepEqual([s.sequencer.state.globalObjectives['g']!.progressStatus, s.sequencer.state.globalObjectives['g']!.completionStatus], [true, 'completed']);
  s.sequencer.reportRuntime(runtimeReport('A2', { objectives: [entry('unknown', 'unknown')] }));
  const global = s.sequencer.state.globalObjectives['g']!;
  assert.deepEqual([global.progressStatus, global.completionStatus], [false, 'unknown']);
});

test('the primary objective\'s status set through cmi.objectives keeps End Attempt from satisfying it (OB-17b)', () => {
  const primary = '<imsss:objectives><imsss:primaryObjective objectiveID="P"><imsss:mapInfo targetObjectiveID="g" writeSatisfiedStatus="true"/></imsss:primaryObjective></imsss:objectives>';
  const s = new Scenario(treeOf([leaf('A1', primary), leaf('A2', primary)], '<imsss:controlMode flow="true"/>'));
  s.request({ type: 'choice', target: 'A1' });
  s.visit({ success: 'failed' }, { type: 'continue' });
  const entry = { id: 'P', successStatus: 'unknown', completionStatus: 'unknown', scoreScaled: undefined, scoreRaw: undefined, scoreMin: undefined, scoreMax: undefined, progressMeasure: undefined };
  s.visit({ objectives: [entry] }, { type: 'exitAll' });
  assert.equal(s.sequencer.state.activities['A2']!.objectives[0]!.progressStatus, false);
  assert.equal(s.sequencer.state.globalObjectives['g']!.progressStatus, false);
});
