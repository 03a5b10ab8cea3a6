// SN book 4th ed. DB.1.1 Delivery Request Process, DB.2 Content Delivery Environment Process
// and DB.2.1 Clear Suspended Activity Subprocess.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deliveryRequestProcess } from '../../../../src/runtime/sequencing/delivery/db-1-1-delivery-request.js';
import { contentDeliveryEnvironmentProcess } from '../../../../src/runtime/sequencing/delivery/db-2-content-delivery-environment.js';
import { cluster, leaf, rules, Scenario, treeOf } from '../sequencer/scenario-driver.js';

const tree = () => treeOf([cluster('C1', [leaf('A1'), leaf('A2')]), leaf('A3', rules({ pre: [{ when: ['always'], action: 'disabled' }] }))]);

test('DB.1.1-1: a cluster is not delivered', () => {
  const ws = new Scenario(tree()).sequencer.workspace();
  assert.deepEqual(deliveryRequestProcess(ws, ws.tree.get('C1')!), { valid: false, exception: 'DB.1.1-1' });
});

test('DB.1.1-3: a leaf that is disabled (or below a disabled ancestor) is not delivered', () => {
  const ws = new Scenario(tree()).sequencer.workspace();
  assert.deepEqual(deliveryRequestProcess(ws, ws.tree.get('A3')!), { valid: false, exception: 'DB.1.1-3' });
  assert.deepEqual(deliveryRequestProcess(ws, ws.tree.get('A1')!), { valid: true });
});

test('DB.2 begins an attempt on every activity of the path: counted, attempted, active, current', () => {
  const s = new Scenario(tree());
  s.request({ type: 'choice', target: 'A1' });
  const state = s.sequencer.state;
  for (const id of ['ORG', 'C1', 'A1']) {
    assert.equal(state.activities[id]!.activityAttemptCount, 1, id);
    assert.equal(state.activities[id]!.activityProgressStatus, true, id);
    assert.equal(state.activities[id]!.isActive, true, id);
  }
  assert.equal(state.currentActivity, 'A1');
  assert.equal(state.activities['A1']!.attemptStartedAt, s.clock.time);
});

test('DB.2-1: nothing is delivered while the current activity is active', () => {
  const s = new Scenario(tree());
  s.request({ type: 'choice', target: 'A1' });
  const ws = s.sequencer.workspace();
  assert.deepEqual(contentDeliveryEnvironmentProcess(ws, ws.tree.get('A2')!), { valid: false, exception: 'DB.2-1' });
});

test('DB.2 a new attempt resets the activity\'s attempt and objective information and marks its descendants prior', () => {
  const s = new Scenario(tree());
  s.request({ type: 'choice', target: 'A1' });
  s.visit({ completion: 'completed', success: 'passed' }, { type: 'choice', target: 'A2' });
  s.visit({}, { type: 'exitAll' });
  s.request({ type: 'choice', target: 'A1' });
  const { activities } = s.sequencer.state;
  assert.equal(activities['ORG']!.activityAttemptCount, 2);
  assert.equal(activities['A1']!.activityAttemptCount, 2);
  assert.equal(activities['A1']!.attemptProgressStatus, false);
  assert.equal(activities['A1']!.objectives[0]!.progressStatus, false);
  assert.equal(activities['A1']!.objectivesFromPriorAttempt, false);
  assert.equal(activities['A2']!.objectivesFromPriorAttempt, true);
  assert.equal(activities['A2']!.progressFromPriorAttempt, true);
});

test('DB.2 a suspended activity resumes its attempt: no new attempt, no longer suspended (DB.2.1 clears the rest)', () => {
  const s = new Scenario(tree());
  s.request({ type: 'choice', target: 'A1' });
  s.visit({ completion: 'incomplete', exit: 'suspend' }, { type: 'suspendAll' });
  s.request({ type: 'resumeAll' });
  const { activities, suspendedActivity } = s.sequencer.state;
  assert.equal(activities['A1']!.activityAttemptCount, 1);
  assert.equal(activities['A1']!.attemptProgressStatus, true);
  for (const id of ['ORG', 'C1', 'A1']) assert.equal(activities[id]!.isSuspended, false, id);
  assert.equal(suspendedActivity, null);
});

test('DB.2.1: delivering another activity than the suspended one ends the suspension up to the common ancestor', () => {
  const s = new Scenario(treeOf([cluster('C1', [leaf('A1'), leaf('A2')]), leaf('A3')]));
  s.request({ type: 'choice', target: 'A1' });
  s.visit({}, { type: 'suspendAll' });
  s.request({ type: 'choice', target: 'A3' });
  const { activities } = s.sequencer.state;
  assert.equal(activities['A1']!.isSuspended, false);
  assert.equal(activities['C1']!.isSuspended, false);
  assert.equal(s.delivered.at(-1), 'A3');
});
