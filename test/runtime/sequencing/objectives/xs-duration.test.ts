// xs:duration limits (SN book 4th ed. §3.5 limit conditions), in milliseconds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseXsDuration } from '../../../../src/runtime/sequencing/objectives/xs-duration.js';

test('time fields add up, fractions of seconds of any length included', () => {
  assert.equal(parseXsDuration('PT1H2M3.125S'), 3_723_125);
  assert.equal(parseXsDuration('PT0.5S'), 500);
});

test('days, months and years count as ADL counts them', () => {
  assert.equal(parseXsDuration('P1D'), 86_400_000);
  assert.equal(parseXsDuration('P1M'), 2_628_029_000);
  assert.equal(parseXsDuration('P1Y'), 31_536_000_000);
});

test('CTS CM-01 limit P5Y6M4DT12H30M58S', () => {
  const seconds = 5 * 31_536_000 + 6 * 2_628_029 + 4 * 86_400 + 12 * 3600 + 30 * 60 + 58;
  assert.equal(parseXsDuration('P5Y6M4DT12H30M58S'), seconds * 1000);
});

test('not durations: empty designators, a bare T, a sign, garbage', () => {
  for (const text of ['P', 'PT', 'P1DT', '-PT1S', 'PT1H30', '1H', '']) assert.equal(parseXsDuration(text), undefined, text);
});
