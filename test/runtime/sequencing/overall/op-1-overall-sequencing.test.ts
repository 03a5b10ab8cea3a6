// SN book 4th ed. OP.1 Overall Sequencing Process: each process's outcome decides whether the
// next runs; the request a termination returns replaces the pending one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overallSequencingProcess } from '../../../../src/runtime/sequencing/overall/op-1-overall-sequencing.js';
import { CONTINUE, FLOW, leaf, rules, Scenario, START, treeOf } from '../sequencer/scenario-driver.js';

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
