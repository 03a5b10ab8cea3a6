import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matches, parseDuration } from '../../src/harness/matchers.js';

test('exact compares the strings as they are', () => {
  assert.ok(matches('exact', 'passed', 'passed'));
  assert.ok(!matches('exact', '0.5', '0.50'));
});

test('set ignores the order of comma-separated names', () => {
  assert.ok(matches('set', 'scaled,raw,min,max', 'raw,min,max,scaled'));
});

test('set still requires the same names', () => {
  assert.ok(!matches('set', 'scaled,raw,min,max', 'scaled,raw,min'));
  assert.ok(!matches('set', 'raw,min', 'raw,min,min'));
});

test('number compares decimal values', () => {
  assert.ok(matches('number', '0.5', '0.50'));
  assert.ok(matches('number', '0.5', '.5'));
  assert.ok(matches('number', '-1', '-1.0'));
  assert.ok(!matches('number', '0.5', '0.51'));
});

test('number refuses what is not a decimal', () => {
  assert.ok(!matches('number', '0', ''));
  assert.ok(!matches('number', '16', '0x10'));
  assert.ok(!matches('number', '1', '1e0'));
});

test('duration equates ISO 8601 and SCORM 1.2 notations of one length', () => {
  assert.ok(matches('duration', 'PT1M30S', '0000:01:30.00'));
  assert.ok(matches('duration', 'PT90S', 'PT1M30S'));
  assert.ok(matches('duration', '00:00:00.5', 'PT0.50S'));
  assert.ok(matches('duration', 'PT2H20S', 'PT1H59M80S'));
  assert.ok(matches('duration', 'P1DT1H', 'PT25H'));
});

test('duration tells different lengths apart', () => {
  assert.ok(!matches('duration', 'PT1M30S', '0000:01:31.00'));
  assert.ok(!matches('duration', 'PT0.01S', 'PT0S'));
});

test('duration counts a year as twelve months, and a month as no number of days', () => {
  assert.ok(matches('duration', 'P1Y', 'P12M'));
  assert.ok(!matches('duration', 'P1M', 'P30D'));
});

test('duration falls back to exact comparison for what is no duration', () => {
  assert.ok(matches('duration', 'soon', 'soon'));
  assert.ok(!matches('duration', 'PT0S', 'soon'));
});

test('nonempty accepts any non-empty answer', () => {
  assert.ok(matches('nonempty', 'No Error', 'Kein Fehler'));
  assert.ok(!matches('nonempty', 'No Error', ''));
});

test('any accepts everything', () => {
  assert.ok(matches('any', 'x', ''));
});

test('parseDuration reads both versions to months and hundredths', () => {
  assert.deepEqual(parseDuration('P01Y6M14DT4H15M6.34S'), {
    months: 18,
    hundredths: (((14 * 24 + 4) * 60 + 15) * 60 + 6) * 100 + 34,
  });
  assert.deepEqual(parseDuration('9999:59:59.99'), { months: 0, hundredths: (9999 * 3600 + 3599) * 100 + 99 });
});

test('parseDuration refuses malformed durations', () => {
  for (const text of ['P', 'PT', 'P1Y6M14DT', 'P1Y6M14D4H', '1Y6M', 'PT1.5H', 'P-1D', '1:00:00', '00:60:0']) {
    assert.equal(parseDuration(text), undefined, text);
  }
});
