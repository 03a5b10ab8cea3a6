// SN book 4th ed. UP.2.1 step 4 / RB.1.4.1 step 4: combining condition values in three-valued logic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { combineTrileans, negateTrilean } from '../../../../src/runtime/sequencing/objectives/trilean.js';

test('all: one False makes False, even beside Unknown', () => {
  assert.equal(combineTrileans([undefined, false, true], 'all'), false);
});

test('all: an Unknown among Trues is Unknown', () => {
  assert.equal(combineTrileans([true, undefined], 'all'), undefined);
});

test('all: only Trues is True', () => {
  assert.equal(combineTrileans([true, true], 'all'), true);
});

test('any: one True makes True, even beside Unknown', () => {
  assert.equal(combineTrileans([undefined, true, false], 'any'), true);
});

test('any: an Unknown among Falses is Unknown', () => {
  assert.equal(combineTrileans([false, undefined], 'any'), undefined);
});

test('any: only Falses is False', () => {
  assert.equal(combineTrileans([false, false], 'any'), false);
});

test('an empty bag is Unknown (UP.2.1 step 3)', () => {
  assert.equal(combineTrileans([], 'all'), undefined);
  assert.equal(combineTrileans([], 'any'), undefined);
});

test('not(Unknown) is Unknown; not flips known values', () => {
  assert.equal(negateTrilean(undefined), undefined);
  assert.equal(negateTrilean(true), false);
  assert.equal(negateTrilean(false), true);
});
