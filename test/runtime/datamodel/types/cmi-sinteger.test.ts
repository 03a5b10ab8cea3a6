// SCORM 1.2 RTE §3.4 data type CMISInteger.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCMISIntegerInRange, parseCMISInteger } from '../../../../src/runtime/datamodel/types/cmi-sinteger.js';

test('signed integers within ADL\'s -32768..32768 parse', () => {
  assert.equal(parseCMISInteger('-1'), -1);
  assert.equal(parseCMISInteger('0'), 0);
  assert.equal(parseCMISInteger('32768'), 32768);
  assert.equal(parseCMISInteger('-32768'), -32768);
});

test('other spellings and values outside the range do not', () => {
  for (const value of ['', '+1', '1.0', '1e2', ' 1', 'a', '-', '32769', '-32769']) {
    assert.equal(parseCMISInteger(value), undefined, JSON.stringify(value));
  }
});

test('isCMISIntegerInRange checks the element\'s own range', () => {
  assert.equal(isCMISIntegerInRange('-1', -1, 100), true);
  assert.equal(isCMISIntegerInRange('-2', -1, 100), false);
  assert.equal(isCMISIntegerInRange('101', -1, 100), false);
});
