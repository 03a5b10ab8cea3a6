// SN book 4th ed. OP.1 Overall Sequencing Process: each process's outcome decides whether the
// next runs; the request a termination returns replaces the pending one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overallSequencingProcess } from '../../../../src/runtime/sequencing/overall/op-1-overall-sequencing.js';
import { CONTINUE, EXIT_ALL, FLOW, leaf, rules, Scenario, START, treeOf } from '../sequencer/scenario-driver.js';

test('OP.1 1.2: an invalid navigation request stops before termination', () => {
  const s = new Scenario(treeOf([leaf('A1'), leaf('A2')], FLOW));
  const ws = s.sequencer.workspace();
  assert.deepEqual(overallSequencingProcess(ws, CONTINUE), { exception: 'NB.2.1-2', deliver: undefined, endSession: false });
});

test('OP.1 1.3: a failed termination stops before sequencing (exitParent from the root: TB.2.3-4)', () => {
  const s = new Scenario(treeOf([leaf('A1', rules({ post: [{ when: ['always'], action: 'exitParent' }] })), leaf('A2')], `${FLOW}${rules({ post: [{ when: ['always'], action: 'exitParent' }] })}`));
  s.request(START);
  const ws = s.sequencer.workspace();
  assert.equal(overallSequencingProcess(ws, CONTINUE).exception, 'TB.2.3-4');
});

test('OP.1 1.4: the delivered activity becomes current and active', () => {
  const s = new Scenario(treeOf([leaf('A1'), leaf('A2')], FLOW));
  const ws = s.sequencer.workspace();
  const result = overallSequencingProcess(ws, START);
  assert.equal(result.deliver?.id, 'A1');
  assert.equal(ws.currentActivity?.id, 'A1');
  assert.equal(ws.tracking(result.deliver!).isActive, true);
});

test('OP.1 a request without a sequencing request delivers nothing and keeps the session (abandon)', () => {
  const s = new Scenario(treeOf([leaf('A1'), leaf('A2')], FLOW));
  s.request(START);
  const ws = s.sequencer.workspace();
  assert.deepEqual(overallSequencingProcess(ws, { type: 'abandon' }), { exception: undefined, deliver: undefined, endSession: false });
  assert.equal(ws.currentActivity?.id, 'A1');
});

test('OP.1 the end of the sequencing session leaves no current activity', () => {
  const s = new Scenario(treeOf([leaf('A1'), leaf('A2')], FLOW));
  s.request(START);
  const ws = s.sequencer.workspace();
  assert.equal(overallSequencingProcess(ws, { type: 'exitAll' }).endSession, true);
  assert.equal(ws.currentActivity, undefined);
});

/** A1 shares its satisfaction through global objective G; the organization's objectivesGlobalToSystem as given. */
function sharing(globalToSystem: boolean, rootSequencing = FLOW, a1Sequencing = '', a2Sequencing = '') {
  const map = '<imsss:objectives><imsss:primaryObjective objectiveID="P"><imsss:mapInfo targetObjectiveID="G" writeSatisfiedStatus="true"/></imsss:primaryObjective></imsss:objectives>';
  const tree = treeOf([leaf('A1', a1Sequencing + map), leaf('A2', a2Sequencing)], rootSequencing, `adlseq:objectivesGlobalToSystem="${globalToSystem}"`);
  const s = new Scenario(tree);
  s.request(START);
  s.visit({ success: 'passed' }, CONTINUE);
  assert.equal(s.sequencer.state.globalObjectives['G']?.progressStatus, true, 'A1 shared its status');
  return s;
}

test('OP.1 1.4.3: with objectivesGlobalToSystem false, a session that ends with the root not suspended clears the course attempt\'s global objectives (ADL sequencingEngine.jsp, CTS OB-03b)', () => {
  const s = sharing(false);
  s.visit({}, EXIT_ALL);
  assert.equal(s.sequencer.state.globalObjectives['G']?.progressStatus, false);
});

test('OP.1 1.4.3: a session ended by suspendAll keeps the course attempt\'s global objectives', () => {
  const s = sharing(false);
  s.visit({}, { type: 'suspendAll' });
  assert.equal(s.sequencer.state.globalObjectives['G']?.progressStatus, true);
});

test('OP.1 1.4.3: with objectivesGlobalToSystem true the global objectives outlive the session', () => {
  const s = sharing(true);
  s.visit({}, EXIT_ALL);
  assert.equal(s.sequencer.state.globalObjectives['G']?.progressStatus, true);
});

test('OP.1 1.3: a retry of the root clears the course attempt\'s global objectives before the retry flows (ADL doTerminationRequest, CTS RU-13d)', () => {
  const retryRoot = `${FLOW}${rules({ post: [{ when: ['always'], action: 'retry' }] })}`;
  const skipWhenSatisfied = rules({ pre: [{ when: ['satisfied'], action: 'skip' }] });
  const exitParent = rules({ post: [{ when: ['always'], action: 'exitParent' }] });
  // A1 would be skipped while G says satisfied; A2 leaves the root, whose post condition retries it.
  const s = sharing(false, retryRoot, skipWhenSatisfied, exitParent);
  assert.equal(s.visit({}, CONTINUE).deliver?.id, 'A1');
});
