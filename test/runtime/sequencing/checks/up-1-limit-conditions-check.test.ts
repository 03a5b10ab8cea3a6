// SN book 4th ed. UP.1 Limit Conditions Check Process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { limitConditionsCheckProcess } from '../../../../src/runtime/sequencing/checks/up-1-limit-conditions-check.js';
import { attempted, fixture, leaf, seq, treeOf } from '../sequencing-request/fixture.js';

function withLimits(attributes: string, more = '') {
  return fixture(treeOf(leaf('A1', seq(`<imsss:limitConditions ${attributes}/>${more}`))));
}

test('UP.1 step 3: the attempt limit is violated once the attempt count reaches it', () => {
  const fx = withLimits('attemptLimit="2"');
  const a1 = fx.get('A1');
  assert.equal(limitConditionsCheckProcess(fx.ws, a1), false);
  attempted(fx, 'A1', 1);
  assert.equal(limitConditionsCheckProcess(fx.ws, a1), false);
  attempted(fx, 'A1', 2);
  assert.equal(limitConditionsCheckProcess(fx.ws, a1), true);
});

test('UP.1 step 2: an active or suspended activity violates no limit', () => {
  const fx = withLimits('attemptLimit="1"');
  const a1 = fx.get('A1');
  attempted(fx, 'A1', 1);
  fx.ws.edit(a1).isActive = true;
  assert.equal(limitConditionsCheckProcess(fx.ws, a1), false);
  fx.ws.edit(a1).isActive = false;
  fx.ws.edit(a1).isSuspended = true;
  assert.equal(limitConditionsCheckProcess(fx.ws, a1), false);
});

test('UP.1 step 1: an untracked activity has no limits', () => {
  const fx = withLimits('attemptLimit="1"', '<imsss:deliveryControls tracked="false"/>');
  attempted(fx, 'A1', 3);
  assert.equal(limitConditionsCheckProcess(fx.ws, fx.get('A1')), false);
});

test('UP.1 step 4: the activity absolute duration limit is violated once reached', () => {
  const fx = withLimits('activityAbsoluteDurationLimit="PT1M30S"');
  attempted(fx, 'A1');
  fx.ws.edit(fx.get('A1')).activityAbsoluteDuration = 89_990;
  assert.equal(limitConditionsCheckProcess(fx.ws, fx.get('A1')), false);
  fx.ws.edit(fx.get('A1')).activityAbsoluteDuration = 90_000;
  assert.equal(limitConditionsCheckProcess(fx.ws, fx.get('A1')), true);
});

test('UP.1 step 7: the attempt experienced duration counts only when the attempt progress is known', () => {
  const fx = withLimits('attemptExperiencedDurationLimit="PT10S"');
  attempted(fx, 'A1');
  fx.ws.edit(fx.get('A1')).attemptExperiencedDuration = 20_000;
  assert.equal(limitConditionsCheckProcess(fx.ws, fx.get('A1')), false);
  fx.ws.edit(fx.get('A1')).attemptProgressStatus = true;
  assert.equal(limitConditionsCheckProcess(fx.ws, fx.get('A1')), true);
});

test('UP.1 steps 8-9: outside the begin and end time limits the activity is limited', () => {
  const fx = withLimits('beginTimeLimit="2026-01-01T00:00:00Z" endTimeLimit="2026-02-01T00:00:00Z"');
  const a1 = fx.get('A1');
  fx.clock.time = Date.UTC(2025, 11, 31);
  assert.equal(limitConditionsCheckProcess(fx.ws, a1), true);
  fx.clock.time = Date.UTC(2026, 0, 15);
  assert.equal(limitConditionsCheckProcess(fx.ws, a1), false);
  fx.clock.time = Date.UTC(2026, 1, 2);
  assert.equal(limitConditionsCheckProcess(fx.ws, a1), true);
});
