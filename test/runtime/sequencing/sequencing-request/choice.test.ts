// SN book 4th ed. SB.2.9 Choice Sequencing Request Process, with SB.2.4 Choice Activity Traversal
// and SB.2.9.1/SB.2.9.2 Choice Flow, and the CTS cases of spec-notes (CM-07e, CM-15, CM-16).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choiceSequencingRequestProcess } from '../../../../src/runtime/sequencing/sequencing-request/sb-2-9-choice.js';
import { cluster, controlMode, currentAt, fixture, leaf, preRule, seq, treeOf, type Fixture } from './fixture.js';

function choose(fx: Fixture, id: string) {
  return choiceSequencingRequestProcess(fx.ws, fx.get(id));
}

/** CTS CM-07e's shape: root{flow}: A1; C2{flow, forwardOnly}[A3; C4{flow, pre[always → stopForwardTraversal]}[A5, A6]] */
function cm07e() {
  const c4 = cluster('C4', leaf('A5') + leaf('A6'), seq(controlMode('flow="true"') + preRule('stopForwardTraversal', 'always')));
  return fixture(treeOf(leaf('A1') + cluster('C2', leaf('A3') + c4, seq(controlMode('flow="true" forwardOnly="true"'))) + seq(controlMode('flow="true"'))));
}

test('SB.2.9 step 1: a target that does not exist is SB.2.9-1', () => {
  const fx = cm07e();
  assert.deepEqual(choiceSequencingRequestProcess(fx.ws, undefined), { exception: 'SB.2.9-1' });
});

test('SB.2.9 Case #3: before the session begins, a leaf is delivered by choice', () => {
  const fx = cm07e();
  assert.equal(choose(fx, 'A3').deliveryRequest, fx.get('A3'));
});

test('SB.2.9 Case #1: choosing the Current Activity delivers it again', () => {
  const fx = cm07e();
  currentAt(fx, 'A3');
  assert.equal(choose(fx, 'A3').deliveryRequest, fx.get('A3'));
});

test('SB.2.9 step 13: choosing a cluster flows into it (CTS CM-07e at A1: C4 selectable)', () => {
  const fx = cm07e();
  currentAt(fx, 'A1');
  assert.equal(choose(fx, 'C4').deliveryRequest, fx.get('A5'));
});

test('SB.2.4 step 1.2: stopForwardTraversal blocks choice into the subtree (CTS CM-07e at A1: A6 not selectable)', () => {
  const fx = cm07e();
  currentAt(fx, 'A1');
  assert.deepEqual(choose(fx, 'A6'), { exception: 'SB.2.4-1' });
  currentAt(fx, 'A3');
  assert.deepEqual(choose(fx, 'A5'), { exception: 'SB.2.4-1' });
});

test('SB.2.9 Case #5 backward: a forwardOnly cluster does not block choosing outside it (CTS CM-07e at A3: A1 selectable)', () => {
  const fx = cm07e();
  currentAt(fx, 'A3');
  assert.equal(choose(fx, 'A1').deliveryRequest, fx.get('A1'));
});

test('SB.2.9 Case #2: siblings inside the blocking cluster remain choosable (CTS CM-07e at A5: A6)', () => {
  const fx = cm07e();
  currentAt(fx, 'A5');
  assert.equal(choose(fx, 'A6').deliveryRequest, fx.get('A6'));
});

test('SB.2.9 Case #4: choosing the root flows to the first leaf (CTS CM-07e at A6)', () => {
  const fx = cm07e();
  currentAt(fx, 'A6');
  assert.equal(choiceSequencingRequestProcess(fx.ws, fx.tree.root).deliveryRequest, fx.get('A1'));
});

test('SB.2.4 step 2.1.1: choosing backward among siblings in a forwardOnly cluster is SB.2.4-2', () => {
  const fx = cm07e();
  // C4 is the Current Activity as after a choice of it that could deliver nothing (step 14).
  currentAt(fx, 'C4');
  assert.deepEqual(choose(fx, 'A3'), { exception: 'SB.2.4-2' });
});

test('SB.2.9 step 4: only the target parent\'s choice control matters (CTS CM-15)', () => {
  const fx = fixture(treeOf(
    cluster('C1', leaf('A2') + leaf('A3'), seq(controlMode('flow="true" choice="false"'))) +
    cluster('C4', leaf('A5') + leaf('A6')) + seq(controlMode('choice="false"')),
  ));
  assert.equal(choose(fx, 'A5').deliveryRequest, fx.get('A5'));
  assert.deepEqual(choose(fx, 'A2'), { exception: 'SB.2.9-4' });
});

test('SB.2.9 step 3.3: an activity hidden from choice, or below one, is SB.2.9-3', () => {
  const fx = fixture(treeOf(leaf('A1') + cluster('C2', leaf('A3'), seq(preRule('hiddenFromChoice', 'always')))));
  assert.deepEqual(choose(fx, 'A3'), { exception: 'SB.2.9-3' });
  assert.deepEqual(choose(fx, 'C2'), { exception: 'SB.2.9-3' });
});

test('SB.2.9 step 3.1: an activity left out by selection is SB.2.9-2', () => {
  const fx = fixture(treeOf(leaf('A1') + leaf('A2')));
  fx.ws.edit(fx.tree.root).availableChildren = ['A1'];
  assert.deepEqual(choose(fx, 'A2'), { exception: 'SB.2.9-2' });
});

test('SB.2.9 Case #4: an ancestor without choiceExit keeps the learner below it (SB.2.9-7)', () => {
  const fx = fixture(treeOf(cluster('C1', leaf('A2') + cluster('C3', leaf('A4'), seq(controlMode('choiceExit="false"'))))));
  currentAt(fx, 'A4');
  assert.deepEqual(choose(fx, 'C1'), { exception: 'SB.2.9-7' });
});

test('SB.2.9 Case #5: an ancestor without choiceExit keeps the learner in its branch (SB.2.9-7)', () => {
  const fx = fixture(treeOf(cluster('C1', leaf('A2'), seq(controlMode('choiceExit="false"'))) + leaf('A3')));
  currentAt(fx, 'A2');
  assert.deepEqual(choose(fx, 'A3'), { exception: 'SB.2.9-7' });
});

/** root: C1{constrainChoice}[A1, A2]; C2[A3, A4]; C3[A5] */
function constrained() {
  return fixture(treeOf(
    cluster('C1', leaf('A1') + leaf('A2'), seq('<adlseq:constrainedChoiceConsiderations constrainChoice="true"/>')) +
    cluster('C2', leaf('A3') + leaf('A4')) + cluster('C3', leaf('A5')),
  ));
}

test('SB.2.9 step 11.5: constrainChoice allows the next activity in flow and what is inside it', () => {
  const fx = constrained();
  currentAt(fx, 'A1');
  assert.equal(choose(fx, 'A4').deliveryRequest, fx.get('A4'));
});

test('SB.2.9 step 11.5.5: constrainChoice refuses targets further away with SB.2.9-8', () => {
  const fx = constrained();
  currentAt(fx, 'A1');
  assert.deepEqual(choose(fx, 'A5'), { exception: 'SB.2.9-8' });
});

test('SB.2.9 Case #5: the Current Activity\'s own constrainChoice is left out, its parent\'s decides (ADL Choice Case #5, CTS CM-07d)', () => {
  const constrain = seq('<adlseq:constrainedChoiceConsiderations constrainChoice="true"/>');
  // C1[C2{constrainChoice}[A3{constrainChoice}, A4], A5]: from A3, C2's next activity is A5.
  const fx = fixture(treeOf(cluster('C1', cluster('C2', leaf('A3', constrain) + leaf('A4'), constrain) + leaf('A5'))));
  currentAt(fx, 'A3');
  assert.equal(choose(fx, 'A5').deliveryRequest, fx.get('A5'));
});

test('SB.2.9: constrainChoice does not restrict choices among the constrained activity\'s own children (CTS CM-16)', () => {
  const fx = fixture(treeOf(leaf('A1') + leaf('A2') + leaf('A3') + seq('<adlseq:constrainedChoiceConsiderations constrainChoice="true"/>')));
  currentAt(fx, 'A2');
  assert.equal(choose(fx, 'A3').deliveryRequest, fx.get('A3'));
  currentAt(fx, 'A3');
  assert.equal(choose(fx, 'A1').deliveryRequest, fx.get('A1'));
});

test('SB.2.9 step 11.8.1.3: preventActivation refuses entering an inactive cluster\'s descendents (SB.2.9-6)', () => {
  const fx = fixture(treeOf(leaf('A1') + cluster('C2', leaf('A3') + leaf('A4'), seq(controlMode('flow="true"') + '<adlseq:constrainedChoiceConsiderations preventActivation="true"/>'))));
  currentAt(fx, 'A1');
  assert.deepEqual(choose(fx, 'A4'), { exception: 'SB.2.9-6' });
  assert.equal(choose(fx, 'C2').deliveryRequest, fx.get('A3'));
  currentAt(fx, 'A3');
  assert.equal(choose(fx, 'A4').deliveryRequest, fx.get('A4'));
});

test('SB.2.9 step 14: a chosen cluster with nothing to deliver leaves the learner at it (SB.2.9-9)', () => {
  const fx = fixture(treeOf(leaf('A1') + cluster('C2', leaf('A3'))));
  currentAt(fx, 'A1');
  assert.deepEqual(choose(fx, 'C2'), { exception: 'SB.2.9-9' });
  assert.equal(fx.ws.currentActivity, fx.get('C2'));
});

test('SB.2.9.1 backward: constrainChoice allows the previous activity in flow, not the one before it', () => {
  const fx = fixture(treeOf(
    cluster('C1', leaf('A1')) + cluster('C2', leaf('A2')) +
    cluster('C3', leaf('A3'), seq('<adlseq:constrainedChoiceConsiderations constrainChoice="true"/>')),
  ));
  currentAt(fx, 'A3');
  assert.equal(choose(fx, 'A2').deliveryRequest, fx.get('A2'));
  assert.deepEqual(choose(fx, 'A1'), { exception: 'SB.2.9-8' });
});

test('SB.2.9: choosing the root before the session begins starts at its first leaf, as ADL allows', () => {
  const fx = cm07e();
  assert.equal(choiceSequencingRequestProcess(fx.ws, fx.tree.root).deliveryRequest, fx.get('A1'));
});
