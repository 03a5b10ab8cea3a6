// SN book 4th ed. NB.2.1 Navigation Request Process: each request's validity and the
// termination and sequencing requests it translates into, with the book's exception codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { navigationRequestProcess } from '../../../../src/runtime/sequencing/navigation/nb-2-1-navigation-request.js';
import type { NavigationRequest } from '../../../../src/runtime/sequencing/requests.js';
import { cluster, leaf, Scenario, START, treeOf } from '../sequencer/scenario-driver.js';

/** A flow course C1{A1, A2 (choiceExit=false cluster C3{A3})}, A4 under a choice=false cluster. */
function course() {
  return treeOf(
    [
      cluster('C1', [leaf('A1'), leaf('A2')], '<imsss:controlMode flow="true"/>'),
      cluster('C3', [leaf('A3')], '<imsss:controlMode choiceExit="false" flow="true"/>'),
      cluster('C4', [leaf('A4')], '<imsss:controlMode choice="false" flow="true" forwardOnly="true"/>'),
    ],
    '<imsss:controlMode flow="true"/>',
  );
}

function before(request: NavigationRequest) {
  const s = new Scenario(course());
  return navigationRequestProcess(s.sequencer.workspace(), request);
}

function during(deliveredVia: NavigationRequest, request: NavigationRequest) {
  const s = new Scenario(course());
  s.request(deliveredVia);
  return navigationRequestProcess(s.sequencer.workspace(), request);
}

const exception = (result: ReturnType<typeof before>) => (result.valid ? undefined : result.exception);

test('NB.2.1 start: valid before the session, NB.2.1-1 once begun', () => {
  assert.deepEqual(before(START), { valid: true, sequencingRequest: 'start' });
  assert.equal(exception(during(START, START)), 'NB.2.1-1');
});

test('NB.2.1 resumeAll: NB.2.1-3 without a suspended activity, NB.2.1-1 during a session', () => {
  assert.equal(exception(before({ type: 'resumeAll' })), 'NB.2.1-3');
  assert.equal(exception(during(START, { type: 'resumeAll' })), 'NB.2.1-1');
});

test('NB.2.1 continue: exit + continue in a flow cluster; NB.2.1-2 before, NB.2.1-4 without flow', () => {
  assert.deepEqual(during(START, { type: 'continue' }), { valid: true, terminationRequest: 'exit', sequencingRequest: 'continue' });
  assert.equal(exception(before({ type: 'continue' })), 'NB.2.1-2');
  const noFlow = new Scenario(treeOf([leaf('A1'), leaf('A2')]));
  noFlow.request({ type: 'choice', target: 'A1' });
  assert.equal(exception(navigationRequestProcess(noFlow.sequencer.workspace(), { type: 'continue' })), 'NB.2.1-4');
});

test('NB.2.1 previous: NB.2.1-5 in a forwardOnly cluster', () => {
  assert.deepEqual(during(START, { type: 'previous' }), { valid: true, terminationRequest: 'exit', sequencingRequest: 'previous' });
  assert.equal(exception(during({ type: 'choice', target: 'C4' }, { type: 'previous' })), 'NB.2.1-5');
});

test('NB.2.1 forward and backward are not supported: NB.2.1-7', () => {
  assert.equal(exception(during(START, { type: 'forward' })), 'NB.2.1-7');
  assert.equal(exception(during(START, { type: 'backward' })), 'NB.2.1-7');
});

test('NB.2.1 choice: the target must exist (NB.2.1-11), its parent must allow choice (NB.2.1-10)', () => {
  const result = during(START, { type: 'choice', target: 'A2' });
  assert.equal(result.valid && result.terminationRequest, 'exit');
  assert.equal(result.valid && result.target?.id, 'A2');
  assert.equal(exception(during(START, { type: 'choice', target: 'nope' })), 'NB.2.1-11');
  assert.equal(exception(during(START, { type: 'choice', target: '__proto__' })), 'NB.2.1-11');
  assert.equal(exception(during(START, { type: 'choice', target: 'A4' })), 'NB.2.1-10');
  assert.deepEqual(before({ type: 'choice', target: 'ORG' }).valid, true);
});

test('NB.2.1 choice: leaving an active choiceExit=false cluster is refused (NB.2.1-8), choosing inside it is not', () => {
  assert.equal(exception(during({ type: 'choice', target: 'A3' }, { type: 'choice', target: 'A1' })), 'NB.2.1-8');
  assert.equal(during({ type: 'choice', target: 'A3' }, { type: 'choice', target: 'A3' }).valid, true);
});

test('NB.2.1 jump: exit + jump to any existing target, whatever the control modes', () => {
  const result = during(START, { type: 'jump', target: 'A4' });
  assert.equal(result.valid && result.sequencingRequest, 'jump');
  assert.equal(exception(during(START, { type: 'jump', target: 'nope' })), 'NB.2.1-11');
});

test('NB.2.1 exit and abandon need an active current activity (NB.2.1-12); the "all" requests only a current one', () => {
  assert.deepEqual(during(START, { type: 'exit' }), { valid: true, terminationRequest: 'exit', sequencingRequest: 'exit' });
  assert.deepEqual(during(START, { type: 'abandon' }), { valid: true, terminationRequest: 'abandon', sequencingRequest: 'exit' });
  assert.deepEqual(during(START, { type: 'exitAll' }), { valid: true, terminationRequest: 'exitAll', sequencingRequest: 'exit' });
  assert.deepEqual(during(START, { type: 'abandonAll' }), { valid: true, terminationRequest: 'abandonAll', sequencingRequest: 'exit' });
  assert.deepEqual(during(START, { type: 'suspendAll' }), { valid: true, terminationRequest: 'suspendAll', sequencingRequest: 'exit' });
  for (const type of ['exit', 'exitAll', 'abandon', 'abandonAll', 'suspendAll'] as const) {
    assert.equal(exception(before({ type })), 'NB.2.1-2', type);
  }
  const s = new Scenario(course());
  s.request(START);
  s.request({ type: 'abandon' });
  assert.equal(exception(navigationRequestProcess(s.sequencer.workspace(), { type: 'exit' })), 'NB.2.1-12');
});

test('NB.2.1 an unknown request is NB.2.1-13', () => {
  assert.equal(exception(before({ type: 'bogus' } as unknown as NavigationRequest)), 'NB.2.1-13');
});


