// SN book 4th ed. UP.4 End Attempt Process: automatic completion and satisfaction of tracked
// leaves, cluster suspension, the attempt becoming inactive, durations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { endAttemptProcess } from '../../../../src/runtime/sequencing/termination/up-4-end-attempt.js';
import { cluster, leaf, runtimeReport, Scenario, treeOf } from '../sequencer/scenario-driver.js';

function delivered(sequencing = '') {
  const s = new Scenario(treeOf([cluster('C1', [leaf('A1', sequencing), leaf('A2')])]));
  s.request({ type: 'choice', target: 'A1' });
  const ws = s.sequencer.workspace();
  return { s, ws, a1: ws.tree.get('A1')!, c1: ws.tree.get('C1')! };
}

test('UP.4 1.1.1.1: a tracked leaf whose content set no completion ends completed', () => {
  const { ws, a1 } = delivered();
  endAttemptProcess(ws, a1);
  assert.equal(ws.tracking(a1).attemptProgressStatus, true);
  assert.equal(ws.tracking(a1).attemptCompletionStatus, true);
});

test('UP.4 1.1.1.2: its primary objective ends satisfied when the content set no success status (CM-02a)', () => {
  const { ws, a1 } = delivered();
  endAttemptProcess(ws, a1);
  assert.equal(ws.tracking(a1).objectives[0]!.progressStatus, true);
  assert.equal(ws.tracking(a1).objectives[0]!.satisfiedStatus, true);
});

test('UP.4 keeps what the content reported: incomplete and failed stay', () => {
  const { s, a1 } = delivered();
  s.sequencer.reportRuntime(runtimeReport('A1', { completion: 'incomplete', success: 'failed' }));
  const ws = s.sequencer.workspace();
  endAttemptProcess(ws, a1);
  assert.equal(ws.tracking(a1).attemptCompletionStatus, false);
  assert.equal(ws.tracking(a1).objectives[0]!.progressStatus, true);
  assert.equal(ws.tracking(a1).objectives[0]!.satisfiedStatus, false);
});

test('UP.4 a success status the content set to unknown is not replaced by satisfied (CM-15)', () => {
  const { s, a1 } = delivered();
  s.sequencer.reportRuntime(runtimeReport('A1', { success: 'unknown' }));
  const ws = s.sequencer.workspace();
  endAttemptProcess(ws, a1);
  assert.equal(ws.tracking(a1).objectives[0]!.progressStatus, false);
  assert.equal(ws.tracking(a1).attemptCompletionStatus, true);
});

test('UP.4 completionSetByContent / objectiveSetByContent turn the automatic values off', () => {
  const { ws, a1 } = delivered('<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"/>');
  endAttemptProcess(ws, a1);
  assert.equal(ws.tracking(a1).attemptProgressStatus, false);
  assert.equal(ws.tracking(a1).objectives[0]!.progressStatus, false);
});

test('UP.4 1.1: an untracked leaf gets no automatic values', () => {
  const { ws, a1 } = delivered('<imsss:deliveryControls tracked="false"/>');
  endAttemptProcess(ws, a1);
  assert.equal(ws.tracking(a1).attemptProgressStatus, false);
  assert.equal(ws.tracking(a1).isActive, false);
});

test('UP.4 1.1.1: a suspended leaf gets no automatic values', () => {
  const { s, a1 } = delivered();
  s.sequencer.reportRuntime(runtimeReport('A1', { exit: 'suspend' }));
  const ws = s.sequencer.workspace();
  endAttemptProcess(ws, a1);
  assert.equal(ws.tracking(a1).attemptProgressStatus, false);
  assert.equal(ws.tracking(a1).isSuspended, true);
});

test('UP.4 2: a cluster is suspended while one of its children is, and not otherwise', () => {
  const { s, a1, c1 } = delivered();
  s.sequencer.reportRuntime(runtimeReport('A1', { exit: 'suspend' }));
  const ws = s.sequencer.workspace();
  endAttemptProcess(ws, a1);
  endAttemptProcess(ws, c1);
  assert.equal(ws.tracking(c1).isSuspended, true);
  const other = delivered();
  endAttemptProcess(other.ws, other.a1);
  endAttemptProcess(other.ws, other.c1);
  assert.equal(other.ws.tracking(other.c1).isSuspended, false);
});

test('UP.4 3: the activity is no longer active, its absolute durations are closed from the clock', () => {
  const { s, a1 } = delivered();
  s.clock.time += 5000;
  const ws = s.sequencer.workspace();
  endAttemptProcess(ws, a1);
  assert.equal(ws.tracking(a1).isActive, false);
  assert.equal(ws.tracking(a1).attemptAbsoluteDuration, 5000);
  assert.equal(ws.tracking(a1).activityAbsoluteDuration, 5000);
  assert.equal(ws.tracking(a1).attemptStartedAt, null);
});

test('UP.4 4: rollup follows: the cluster of a completed, satisfied only child is completed and satisfied', () => {
  const s = new Scenario(treeOf([cluster('C1', [leaf('A1')]), leaf('A2')]));
  s.request({ type: 'choice', target: 'A1' });
  const ws = s.sequencer.workspace();
  endAttemptProcess(ws, ws.tree.get('A1')!);
  const c1 = ws.tracking(ws.tree.get('C1')!);
  assert.equal(c1.attemptCompletionStatus, true);
  assert.equal(c1.objectives[0]!.satisfiedStatus, true);
});

test('UP.4 a completion status the content set to unknown is not replaced by completed (CM-06)', () => {
  const { s, a1 } = delivered();
  s.sequencer.reportRuntime(runtimeReport('A1', { completion: 'unknown' }));
  const ws = s.sequencer.workspace();
  endAttemptProcess(ws, a1);
  assert.equal(ws.tracking(a1).attemptProgressStatus, false);
  assert.equal(ws.tracking(a1).objectives[0]!.satisfiedStatus, true);
});
