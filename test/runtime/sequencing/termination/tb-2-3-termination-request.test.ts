// SN book 4th ed. TB.2.3 Termination Request Process with TB.2.1 exit action rules and TB.2.2
// post-condition rules: the loop over exitParent, the requests post conditions return,
// suspendAll, abandon, and UP.3 Terminate Descendent Attempts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { terminationRequestProcess } from '../../../../src/runtime/sequencing/termination/tb-2-3-termination-request.js';
import { terminateDescendentAttemptsProcess } from '../../../../src/runtime/sequencing/termination/up-3-terminate-descendent-attempts.js';
import { cluster, CONTINUE, FLOW, leaf, rules, Scenario, START, treeOf } from '../sequencer/scenario-driver.js';

const post = (action: string, when = 'always') => rules({ post: [{ when: [when], action }] });

function at(tree: ReturnType<typeof treeOf>, target: string) {
  const s = new Scenario(tree);
  s.request({ type: 'choice', target });
  return { s, ws: s.sequencer.workspace() };
}

test('TB.2.3-1 without a current activity, TB.2.3-2 for exit of an inactive one', () => {
  const s = new Scenario(treeOf([leaf('A1'), leaf('A2')]));
  assert.deepEqual(terminationRequestProcess(s.sequencer.workspace(), 'exit'), { valid: false, exception: 'TB.2.3-1' });
  s.request({ type: 'choice', target: 'A1' });
  s.request({ type: 'abandon' });
  assert.deepEqual(terminationRequestProcess(s.sequencer.workspace(), 'exit'), { valid: false, exception: 'TB.2.3-2' });
});

test('TB.2.3 exit: a post-condition retry, continue or previous comes back as the sequencing request', () => {
  for (const action of ['retry', 'continue', 'previous']) {
    const { ws } = at(treeOf([leaf('A1', post(action)), leaf('A2')], FLOW.replace('choice="false"', '')), 'A1');
    assert.deepEqual(terminationRequestProcess(ws, 'exit'), { valid: true, sequencingRequest: action }, action);
  }
});

test('TB.2.3 exit: exitParent ends the parent\'s attempt and evaluates its post conditions in turn', () => {
  const tree = treeOf([cluster('C1', [leaf('A1', post('exitParent'))], post('continue')), leaf('A2')], '<imsss:controlMode flow="true"/>');
  const { ws } = at(tree, 'A1');
  assert.deepEqual(terminationRequestProcess(ws, 'exit'), { valid: true, sequencingRequest: 'continue' });
  assert.equal(ws.currentActivity?.id, 'C1');
  assert.equal(ws.tracking(ws.tree.get('C1')!).isActive, false);
});

test('TB.2.3-4: exitParent from the root is refused', () => {
  const tree = treeOf([leaf('A1', post('exitParent')), leaf('A2')], post('exitParent'));
  const { ws } = at(tree, 'A1');
  assert.deepEqual(terminationRequestProcess(ws, 'exit'), { valid: false, exception: 'TB.2.3-4' });
});

test('TB.2.3 exit: reaching the root with no retry ends the session with an exit request', () => {
  const tree = treeOf([leaf('A1', post('exitParent')), leaf('A2')]);
  const { ws } = at(tree, 'A1');
  assert.deepEqual(terminationRequestProcess(ws, 'exit'), { valid: true, sequencingRequest: 'exit' });
});

test('TB.2.3 exit: a post-condition exitAll ends every attempt, the root included', () => {
  const tree = treeOf([cluster('C1', [leaf('A1', post('exitAll'))]), leaf('A2')]);
  const { ws } = at(tree, 'A1');
  assert.deepEqual(terminationRequestProcess(ws, 'exit'), { valid: true, sequencingRequest: 'exit' });
  assert.equal(ws.currentActivity, ws.tree.root);
  for (const id of ['ORG', 'C1', 'A1']) assert.equal(ws.tracking(ws.tree.get(id)!).isActive, false, id);
});

test('TB.2.3 exit: retryAll is exit all followed by a retry of the root', () => {
  const tree = treeOf([cluster('C1', [leaf('A1', post('retryAll'))]), leaf('A2')]);
  const { ws } = at(tree, 'A1');
  assert.deepEqual(terminationRequestProcess(ws, 'exit'), { valid: true, sequencingRequest: 'retry' });
  assert.equal(ws.currentActivity, ws.tree.root);
});

test('TB.2.1: the first ancestor from the root whose exit rule fires becomes the Current Activity', () => {
  const exitRule = rules({ exit: [{ when: ['always'], action: 'exit' }] });
  const tree = treeOf([cluster('C1', [cluster('C2', [leaf('A1')], exitRule)], exitRule), leaf('A2')]);
  const { ws } = at(tree, 'A1');
  terminationRequestProcess(ws, 'exit');
  assert.equal(ws.currentActivity?.id, 'C1');
  for (const id of ['C1', 'C2', 'A1']) assert.equal(ws.tracking(ws.tree.get(id)!).isActive, false, id);
});

test('TB.2.3 suspendAll: the current activity is remembered, it and its ancestors suspended and inactive', () => {
  const { ws } = at(treeOf([cluster('C1', [leaf('A1')]), leaf('A2')]), 'A1');
  assert.deepEqual(terminationRequestProcess(ws, 'suspendAll'), { valid: true, sequencingRequest: 'exit' });
  assert.equal(ws.suspendedActivity?.id, 'A1');
  assert.equal(ws.currentActivity, ws.tree.root);
  for (const id of ['ORG', 'C1', 'A1']) {
    assert.equal(ws.tracking(ws.tree.get(id)!).isSuspended, true, id);
    assert.equal(ws.tracking(ws.tree.get(id)!).isActive, false, id);
  }
});

test('TB.2.3 suspendAll after abandon suspends from the parent; from the inactive root it is TB.2.3-3', () => {
  const { s, ws } = at(treeOf([cluster('C1', [leaf('A1')]), leaf('A2')]), 'A1');
  void ws;
  s.request({ type: 'abandon' });
  const after = s.sequencer.workspace();
  assert.equal(terminationRequestProcess(after, 'suspendAll').valid, true);
  assert.equal(after.suspendedActivity?.id, 'C1');
  const root = s.sequencer.workspace();
  root.currentActivity = root.tree.root;
  root.edit(root.tree.root).isActive = false;
  root.edit(root.tree.root).isSuspended = false;
  assert.deepEqual(terminationRequestProcess(root, 'suspendAll'), { valid: false, exception: 'TB.2.3-3' });
});

test('TB.2.3 abandon: inactive, nothing the content reported is kept, no sequencing request', () => {
  const { s } = at(treeOf([leaf('A1'), leaf('A2')]), 'A1');
  s.sequencer.reportRuntime({ activityId: 'A1', completionStatus: 'completed', successStatus: 'passed', completionStatusSet: true, successStatusSet: true, scoreScaled: 1, scoreRaw: undefined, scoreMin: undefined, scoreMax: undefined, progressMeasure: undefined, objectives: [], sessionTime: 0, exit: '' });
  const ws = s.sequencer.workspace();
  assert.deepEqual(terminationRequestProcess(ws, 'abandon'), { valid: true });
  const a1 = ws.tracking(ws.tree.get('A1')!);
  assert.deepEqual([a1.isActive, a1.attemptProgressStatus, a1.objectives[0]!.progressStatus, a1.objectives[0]!.measureStatus], [false, false, false, false]);
});

test('TB.2.3 abandonAll: every activity on the path inactive, the session exits', () => {
  const { ws } = at(treeOf([cluster('C1', [leaf('A1')]), leaf('A2')]), 'A1');
  assert.deepEqual(terminationRequestProcess(ws, 'abandonAll'), { valid: true, sequencingRequest: 'exit' });
  for (const id of ['ORG', 'C1', 'A1']) assert.equal(ws.tracking(ws.tree.get(id)!).isActive, false, id);
});

test('UP.3 ends the attempts between the Current Activity and the common ancestor, both excluded', () => {
  const { ws } = at(treeOf([cluster('C1', [cluster('C2', [leaf('A1')])]), leaf('A2')]), 'A1');
  terminateDescendentAttemptsProcess(ws, ws.tree.get('C1')!);
  const active = (id: string) => ws.tracking(ws.tree.get(id)!).isActive;
  assert.deepEqual([active('A1'), active('C2'), active('C1'), active('ORG')], [true, false, true, true]);
});

test('post conditions are not evaluated on a suspended current activity (TB.2.2 step 1)', () => {
  const s = new Scenario(treeOf([leaf('A1', post('exitAll')), leaf('A2')], '<imsss:controlMode flow="true"/>'));
  s.request(START);
  const result = s.visit({ exit: 'suspend' }, CONTINUE);
  assert.equal(result.deliver?.id, 'A2');
});

test('TB.2.3 exitAll keeps the suspension of a SCO that asked for it (cmi.exit = suspend): its clusters stay suspended and its next delivery resumes its attempt (ADL TER_EXITALL, CTS OB-03b)', () => {
  const s = new Scenario(treeOf([cluster('C1', [leaf('A1'), leaf('A2')]), leaf('A3')]));
  s.request({ type: 'choice', target: 'A1' });
  s.visit({ exit: 'suspend' }, { type: 'exitAll' });
  for (const id of ['ORG', 'C1', 'A1']) assert.equal(s.sequencer.state.activities[id]!.isSuspended, true, id);
  s.request({ type: 'choice', target: 'A1' });
  for (const id of ['ORG', 'C1', 'A1']) assert.equal(s.sequencer.state.activities[id]!.activityAttemptCount, 1, id);
});
