// SN book 4th ed. UP.5 Check Activity Process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkActivityProcess } from '../../../../src/runtime/sequencing/checks/up-5-check-activity.js';
import { attempted, fixture, leaf, preRule, seq, treeOf } from '../sequencing-request/fixture.js';

test('UP.5: an activity with no disabled rule and no limit passes the check', () => {
  const fx = fixture(treeOf(leaf('A1')));
  assert.equal(checkActivityProcess(fx.ws, fx.get('A1')), false);
});

test('UP.5 steps 1-2: a disabled rule that evaluates to True disables the activity', () => {
  const fx = fixture(treeOf(leaf('A1', seq(preRule('disabled', 'attempted')))));
  assert.equal(checkActivityProcess(fx.ws, fx.get('A1')), false);
  attempted(fx, 'A1');
  assert.equal(checkActivityProcess(fx.ws, fx.get('A1')), true);
});

test('UP.5: other pre-condition actions do not disable the activity', () => {
  const fx = fixture(treeOf(leaf('A1', seq(preRule('skip', 'always')))));
  assert.equal(checkActivityProcess(fx.ws, fx.get('A1')), false);
});

test('UP.5 step 3: a violated limit condition fails the check', () => {
  const fx = fixture(treeOf(leaf('A1', seq('<imsss:limitConditions attemptLimit="1"/>'))));
  attempted(fx, 'A1');
  assert.equal(checkActivityProcess(fx.ws, fx.get('A1')), true);
});
