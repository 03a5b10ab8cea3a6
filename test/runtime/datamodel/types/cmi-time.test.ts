// SCORM 1.2 RTE §3.4 data type CMITime.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCMITime } from '../../../../src/runtime/datamodel/types/cmi-time.js';

test('HH:MM:SS with optional one or two decimal digits is a time', () => {
  for (const value of ['00:00:00', '23:59:59', '12:30:05.5', '12:30:05.25']) assert.equal(isCMITime(value), true, value);
});

test('a 24-hour clock has no hour 24 nor minute or second 60', () => {
  for (const value of ['24:00:00', '12:60:00', '12:00:60']) assert.equal(isCMITime(value), false, value);
});

test('other shapes are refused', () => {
  for (const value of ['', '1:00:00', '12:00', '12:00:00.123', '12:00:00.', '0012:00:00', 'T12:00:00']) {
    assert.equal(isCMITime(value), false, JSON.stringify(value));
  }
});
