// SN book 4th ed. SB.2.6 Resume All, SB.2.10 Retry, SB.2.11 Exit, SB.2.13 Jump, and SB.2.12 Sequencing
// Request Process dispatching them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exitSequencingRequestProcess } from '../../../../src/runtime/sequencing/sequencing-request/sb-2-11-exit.js';
import { jumpSequencingRequestProcess } from '../../../../src/runtime/sequencing/sequencing-request/sb-2-13-jump.js';
import { resumeAllSequencingRequestProcess } from '../../../../src/runtime/sequencing/sequencing-request/sb-2-6-resume-all.js';
import { retrySequencingRequestProcess } from '../../../../src/runtime/sequencing/sequencing-request/sb-2-10-retry.js';
import { sequencingRequestProcess } from '../../../../src/runtime/sequencing/sequencing-request/sb-2-12-sequencing-request.js';
import { cluster, controlMode, currentAt, fixture, leaf, preRule, seq, treeOf } from './fixture.js';

const FLOW = seq(controlMode('flow="true"'));

/** root{flow, choice=false}: A1; C2{flow}[A3 pre[always → skip], A4]; A5 */
function course() {
  return fixture(treeOf(
    leaf('A1') + cluster('C2', leaf('A3', seq(preRule('skip', 'always'))) + leaf('A4'), FLOW) + leaf('A5') +
    seq(controlMode('flow="true" choice="false"')),
  ));
}

test('SB.2.6: resume all delivers the suspended activity', () => {
  const fx = course();
  fx.ws.suspendedActivity = fx.get('A4');
  assert.deepEqual(resumeAllSequencingRequestProcess(fx.ws), { deliveryRequest: fx.get('A4') });
});

test('SB.2.6 steps 1-2: resume all during a session, or with nothing suspended, is refused', () => {
  const fx = course();
  assert.deepEqual(resumeAllSequencingRequestProcess(fx.ws), { exception: 'SB.2.6-2' });
  fx.ws.suspendedActivity = fx.get('A4');
  currentAt(fx, 'A1');
  assert.deepEqual(resumeAllSequencingRequestProcess(fx.ws), { exception: 'SB.2.6-1' });
});

test('SB.2.10 step 4: retry of a leaf delivers it again', () => {
  const fx = course();
  currentAt(fx, 'A1');
  assert.deepEqual(retrySequencingRequestProcess(fx.ws), { deliveryRequest: fx.get('A1') });
});

test('SB.2.10 step 3: retry of a cluster flows into it again, skip rules applied (CTS RU-07a)', () => {
  const fx = course();
  currentAt(fx, 'C2');
  assert.deepEqual(retrySequencingRequestProcess(fx.ws), { deliveryRequest: fx.get('A4') });
});

test('SB.2.10 steps 1-2: retry without a Current Activity, or of an active one, is refused', () => {
  const fx = course();
  assert.deepEqual(retrySequencingRequestProcess(fx.ws), { exception: 'SB.2.10-1' });
  currentAt(fx, 'A1');
  fx.ws.edit(fx.get('A1')).isActive = true;
  assert.deepEqual(retrySequencingRequestProcess(fx.ws), { exception: 'SB.2.10-2' });
});

test('SB.2.10 step 3.2: retry of a cluster with nothing deliverable is SB.2.10-3', () => {
  const fx = fixture(treeOf(cluster('C1', leaf('A2', seq(preRule('disabled', 'always'))), FLOW) + FLOW));
  currentAt(fx, 'C1');
  assert.deepEqual(retrySequencingRequestProcess(fx.ws), { exception: 'SB.2.10-3' });
});

test('SB.2.11 step 3: exiting the root ends the sequencing session', () => {
  const fx = course();
  fx.ws.currentActivity = fx.tree.root;
  assert.deepEqual(exitSequencingRequestProcess(fx.ws), { endSequencingSession: true });
});

test('SB.2.11 step 4: exiting another activity leaves the session open', () => {
  const fx = course();
  currentAt(fx, 'A1');
  assert.deepEqual(exitSequencingRequestProcess(fx.ws), {});
});

test('SB.2.11 steps 1-2: exit without a Current Activity, or while it is active, is refused', () => {
  const fx = course();
  assert.deepEqual(exitSequencingRequestProcess(fx.ws), { exception: 'SB.2.11-1' });
  fx.ws.currentActivity = fx.tree.root;
  fx.ws.edit(fx.tree.root).isActive = true;
  assert.deepEqual(exitSequencingRequestProcess(fx.ws), { exception: 'SB.2.11-2' });
});

test('SB.2.13: jump delivers its target whatever skip rules and choice control say (CTS CM-03a)', () => {
  const fx = course();
  currentAt(fx, 'A5');
  assert.deepEqual(jumpSequencingRequestProcess(fx.ws, fx.get('A3')), { deliveryRequest: fx.get('A3') });
});

test('SB.2.13: jump may deliver the Current Activity again (CTS CM-03a)', () => {
  const fx = course();
  currentAt(fx, 'A4');
  assert.deepEqual(jumpSequencingRequestProcess(fx.ws, fx.get('A4')), { deliveryRequest: fx.get('A4') });
});

test('SB.2.13 step 1: jump before the session has begun is SB.2.13-1', () => {
  const fx = course();
  assert.deepEqual(jumpSequencingRequestProcess(fx.ws, fx.get('A4')), { exception: 'SB.2.13-1' });
});

test('SB.2.12: each sequencing request goes to its process', () => {
  const fx = course();
  assert.equal(sequencingRequestProcess(fx.ws, { type: 'start' }).deliveryRequest, fx.get('A1'));
  assert.equal(sequencingRequestProcess(fx.ws, { type: 'choice', target: fx.get('A5') }).exception, 'SB.2.9-4');
  currentAt(fx, 'A1');
  assert.equal(sequencingRequestProcess(fx.ws, { type: 'continue' }).deliveryRequest, fx.get('A4'));
  assert.equal(sequencingRequestProcess(fx.ws, { type: 'previous' }).exception, 'SB.2.1-3');
  assert.equal(sequencingRequestProcess(fx.ws, { type: 'retry' }).deliveryRequest, fx.get('A1'));
  assert.deepEqual(sequencingRequestProcess(fx.ws, { type: 'exit' }), {});
  assert.equal(sequencingRequestProcess(fx.ws, { type: 'jump', target: fx.get('A3') }).deliveryRequest, fx.get('A3'));
  assert.equal(sequencingRequestProcess(fx.ws, { type: 'resumeAll' }).exception, 'SB.2.6-1');
  assert.equal(sequencingRequestProcess(fx.ws, { type: 'start' }).exception, 'SB.2.5-1');
});

test('SB.2.12: a jump without a target is not a valid sequencing request (SB.2.12-1)', () => {
  const fx = course();
  currentAt(fx, 'A1');
  assert.deepEqual(sequencingRequestProcess(fx.ws, { type: 'jump' }), { exception: 'SB.2.12-1' });
});
