// SCORM 1.2 RTE §3.4 data type CMITimespan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addCMITimespans,
  formatCMITimespan,
  isCMITimespan,
  parseCMITimespan,
} from '../../../../src/runtime/datamodel/types/cmi-timespan.js';

test('two to four hour digits, two minute and second digits, optional hundredths', () => {
  for (const value of ['00:01:30', '000:01:30', '0000:01:30.5', '9999:59:59.99']) assert.equal(isCMITimespan(value), true, value);
});

test('minutes and seconds up to 99 are accepted, as ADL\'s validator accepts them', () => {
  assert.equal(isCMITimespan('00:75:99'), true);
});

test('other shapes are refused', () => {
  for (const value of ['', '1:00:00', '00000:00:00', '00:1:00', '00:00:1', '00:00:00.123', 'PT1M30S', '00:00']) {
    assert.equal(isCMITimespan(value), false, JSON.stringify(value));
  }
});

test('parseCMITimespan gives hundredths of a second, a single decimal being tenths', () => {
  assert.equal(parseCMITimespan('0001:01:30.5'), 360000 + 6000 + 3000 + 50);
  assert.equal(parseCMITimespan('00:00:00.05'), 5);
  assert.equal(parseCMITimespan('bad'), undefined);
});

test('formatCMITimespan writes four hour digits and hundredths', () => {
  assert.equal(formatCMITimespan(0), '0000:00:00.00');
  assert.equal(formatCMITimespan(9050), '0000:01:30.50');
});

test('formatCMITimespan writes a span past 9999 hours as the longest it can', () => {
  assert.equal(formatCMITimespan(10_000 * 360000), '9999:59:59.99');
});

test('addCMITimespans carries seconds, minutes and hours', () => {
  assert.equal(addCMITimespans('0000:59:59.99', '00:00:00.01'), '0001:00:00.00');
  assert.equal(addCMITimespans('0000:00:00.00', '00:75:00'), '0001:15:00.00');
});

test('addCMITimespans counts an empty operand as no time', () => {
  assert.equal(addCMITimespans('', '00:01:30'), '0000:01:30.00');
  assert.equal(addCMITimespans('0000:01:30.00', ''), '0000:01:30.00');
});
