// SCORM 1.2 RTE §3.4 data type CMIDecimal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isCMIDecimal,
  isCMIDecimalInRange,
  parseCMIDecimal,
} from '../../../../src/runtime/datamodel/types/cmi-decimal.js';

test('the book\'s examples are decimals', () => {
  for (const value of ['2', '2.2', '-2.2', '0', '100', '.5', '5.', '007']) assert.equal(isCMIDecimal(value), true, value);
});

test('other number spellings are not', () => {
  for (const value of ['', '+1', '1e3', 'NaN', 'Infinity', ' 1', '1 ', '1,5', '-', '.', 'abc', '0x10']) {
    assert.equal(isCMIDecimal(value), false, JSON.stringify(value));
  }
});

test('parseCMIDecimal gives the number or undefined', () => {
  assert.equal(parseCMIDecimal('-2.25'), -2.25);
  assert.equal(parseCMIDecimal('abc'), undefined);
});

test('isCMIDecimalInRange includes both bounds', () => {
  assert.equal(isCMIDecimalInRange('0', 0, 100), true);
  assert.equal(isCMIDecimalInRange('100', 0, 100), true);
  assert.equal(isCMIDecimalInRange('100.01', 0, 100), false);
  assert.equal(isCMIDecimalInRange('-0.5', 0, 100), false);
});
