// SN book 4th ed. SB.2.1 Flow Tree Traversal, SB.2.2 Flow Activity Traversal, SB.2.3 Flow, and the
// requests built on them: SB.2.5 Start, SB.2.7 Continue, SB.2.8 Previous.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { continueSequencingRequestProcess } from '../../../../src/runtime/sequencing/sequencing-request/sb-2-7-continue.js';
import { previousSequencingRequestProcess } from '../../../../src/runtime/sequencing/sequencing-request/sb-2-8-previous.js';
import { startSequencingRequestProcess } from '../../../../src/runtime/sequencing/sequencing-request/sb-2-5-start.js';
import { flowTreeTraversalSubprocess } from '../../../../src/runtime/sequencing/sequencing-request/sb-2-1-flow-tree-traversal.js';
import { cluster, controlMode, currentAt, fixture, leaf, preRule, satisfied, seq, treeOf } from './fixture.js';

const FLOW = seq(controlMode('flow="true"'));
const FORWARD_ONLY = seq(controlMode('flow="true" forwardOnly="true"'));

/** root{flow}: C1{flow}[A2, A3]; A4 */
function simple(a3 = '', a4 = '') {
  return fixture(treeOf(cluster('C1', leaf('A2') + leaf('A3', a3), FLOW) + leaf('A4', a4) + FLOW));
}

/** CTS CM-03a's shape: root{flow}: C1{flow}[A2, A3]; C4{flow, forwardOnly}[A5, A6, A7]; A8 */
function withForwardOnly(childSequencing = '') {
  return fixture(treeOf(
    cluster('C1', leaf('A2') + leaf('A3'), FLOW) +
    cluster('C4', leaf('A5', childSequencing) + leaf('A6', childSequencing) + leaf('A7', childSequencing), FORWARD_ONLY) +
    leaf('A8') + FLOW,
  ));
}

test('SB.2.5: start flows from the root into the first leaf', () => {
  const fx = simple();
  assert.equal(startSequencingRequestProcess(fx.ws).deliveryRequest, fx.get('A2'));
});

test('SB.2.5 step 1: start when the session has begun is refused with SB.2.5-1', () => {
  const fx = simple();
  currentAt(fx, 'A2');
  assert.deepEqual(startSequencingRequestProcess(fx.ws), { exception: 'SB.2.5-1' });
});

test('SB.2.2 step 1: start into a root without flow is refused with SB.2.2-1', () => {
  const fx = fixture(treeOf(leaf('A1') + leaf('A2')));
  assert.equal(startSequencingRequestProcess(fx.ws).exception, 'SB.2.2-1');
});

test('SB.2.7: continue goes to the next leaf, across the end of a cluster', () => {
  const fx = simple();
  currentAt(fx, 'A2');
  assert.equal(continueSequencingRequestProcess(fx.ws).deliveryRequest, fx.get('A3'));
  currentAt(fx, 'A3');
  assert.equal(continueSequencingRequestProcess(fx.ws).deliveryRequest, fx.get('A4'));
});

test('SB.2.1 step 3.1: continue from the last leaf ends the sequencing session and the root attempt', () => {
  const fx = simple();
  currentAt(fx, 'A4');
  fx.ws.edit(fx.tree.root).isActive = true;
  const result = continueSequencingRequestProcess(fx.ws);
  assert.equal(result.deliveryRequest, undefined);
  assert.equal(result.endSequencingSession, true);
  assert.equal(fx.ws.tracking(fx.tree.root).isActive, false);
});

test('SB.2.7 steps 1-2: continue without a Current Activity or flow in its parent is refused', () => {
  const fx = fixture(treeOf(leaf('A1') + leaf('A2')));
  assert.deepEqual(continueSequencingRequestProcess(fx.ws), { exception: 'SB.2.7-1' });
  currentAt(fx, 'A1');
  assert.deepEqual(continueSequencingRequestProcess(fx.ws), { exception: 'SB.2.7-2' });
});

test('SB.2.2 step 3: a skipped activity is passed over (CTS CM-02a)', () => {
  const fx = simple(seq(preRule('skip', 'satisfied')));
  satisfied(fx, 'A3', true);
  currentAt(fx, 'A2');
  assert.equal(continueSequencingRequestProcess(fx.ws).deliveryRequest, fx.get('A4'));
});

test('SB.2.2 / UP.2.1: not(unknown) does not skip an activity never attempted (CTS SX-12a)', () => {
  const fx = simple(seq(preRule('skip', 'satisfied', 'not')));
  currentAt(fx, 'A2');
  assert.equal(continueSequencingRequestProcess(fx.ws).deliveryRequest, fx.get('A3'));
});

test('SB.2.2 step 3.2: skipping past the last activity ends the session', () => {
  const fx = simple('', seq(preRule('skip', 'always')));
  currentAt(fx, 'A3');
  const result = continueSequencingRequestProcess(fx.ws);
  assert.equal(result.deliveryRequest, undefined);
  assert.equal(result.endSequencingSession, true);
});

test('SB.2.2 step 5: a disabled activity stops the flow with SB.2.2-2', () => {
  const fx = simple(seq(preRule('disabled', 'always')));
  currentAt(fx, 'A2');
  assert.deepEqual(continueSequencingRequestProcess(fx.ws), { endSequencingSession: undefined, exception: 'SB.2.2-2' });
});

test('SB.2.2 step 5: an activity past its attempt limit stops the flow', () => {
  const fx = simple(seq('<imsss:limitConditions attemptLimit="1"/>'));
  currentAt(fx, 'A3');
  currentAt(fx, 'A2');
  assert.equal(continueSequencingRequestProcess(fx.ws).exception, 'SB.2.2-2');
});

test('SB.2.8: previous goes to the leaf before, across the start of a cluster', () => {
  const fx = simple();
  currentAt(fx, 'A4');
  assert.equal(previousSequencingRequestProcess(fx.ws).deliveryRequest, fx.get('A3'));
  currentAt(fx, 'A3');
  assert.equal(previousSequencingRequestProcess(fx.ws).deliveryRequest, fx.get('A2'));
});

test('SB.2.1 step 4.1: previous from the first leaf walks back to the root: SB.2.1-3', () => {
  const fx = simple();
  currentAt(fx, 'A2');
  assert.deepEqual(previousSequencingRequestProcess(fx.ws), { exception: 'SB.2.1-3' });
});

test('SB.2.1 step 4.3.1.1: previous into a forwardOnly cluster enters at its first child (CTS CM-03a)', () => {
  const fx = withForwardOnly();
  currentAt(fx, 'A8');
  assert.equal(previousSequencingRequestProcess(fx.ws).deliveryRequest, fx.get('A5'));
});

test('SB.2.1 step 4.2.1: previous inside a forwardOnly cluster is refused with SB.2.1-4', () => {
  const fx = withForwardOnly();
  currentAt(fx, 'A6');
  assert.deepEqual(previousSequencingRequestProcess(fx.ws), { exception: 'SB.2.1-4' });
});

test('SB.2.1 step 2: entering a forwardOnly cluster backward, skipped children turn the walk forward', () => {
  const fx = withForwardOnly(seq(preRule('skip', 'satisfied')));
  satisfied(fx, 'A5', true);
  currentAt(fx, 'A8');
  assert.equal(previousSequencingRequestProcess(fx.ws).deliveryRequest, fx.get('A6'));
});

test('SB.2.1 step 2: when every child of a forwardOnly cluster is skipped, previous leaves it backward', () => {
  const fx = withForwardOnly(seq(preRule('skip', 'always')));
  currentAt(fx, 'A8');
  assert.equal(previousSequencingRequestProcess(fx.ws).deliveryRequest, fx.get('A3'));
});

test('SB.2.1: stopForwardTraversal does not stop flow into a cluster (CTS CM-07e)', () => {
  const fx = fixture(treeOf(leaf('A1') + cluster('C2', leaf('A3') + leaf('A4'), seq(controlMode('flow="true"') + preRule('stopForwardTraversal', 'always'))) + FLOW));
  currentAt(fx, 'A1');
  assert.equal(continueSequencingRequestProcess(fx.ws).deliveryRequest, fx.get('A3'));
});

test('SB.2.1 step 3.3.2: entering a cluster with no available children is SB.2.1-2', () => {
  const fx = simple();
  fx.ws.edit(fx.get('C1')).availableChildren = [];
  const result = flowTreeTraversalSubprocess(fx.ws, fx.get('C1'), 'forward', undefined, true);
  assert.deepEqual(result, { direction: 'forward', exception: 'SB.2.1-2' });
});

test('SB.2.1: flow follows Available Children, not manifest order', () => {
  const fx = simple();
  fx.ws.edit(fx.get('C1')).availableChildren = ['A3', 'A2'];
  assert.equal(startSequencingRequestProcess(fx.ws).deliveryRequest, fx.get('A3'));
  currentAt(fx, 'A2');
  assert.equal(continueSequencingRequestProcess(fx.ws).deliveryRequest, fx.get('A4'));
});
