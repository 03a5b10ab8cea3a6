// SCORM 2004 4th ed. RTE §4.1.1.4 timeinterval(second,10,2); vectors from ADL's CTS (DMI).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTimeInterval, isTimeInterval, parseTimeInterval } from '../../../../src/runtime/datamodel/types/timeinterval.js';

test('any subset of the fields, leading zeros included, is a timeinterval (DMI)', () => {
  const valid = [
    'P1Y6M14DT4H15M6.34S', 'P6M14DT4H15M6.34S', 'P1YT4H15M6.34S', 'P1Y6M14DT4H', 'P1Y6M14D', 'PT6.34S',
    'PT15M', 'PT4H', 'P1Y', 'P6M', 'P14D', 'PT3M', 'PT6.3S', 'PT0S', 'P01Y6M14DT4H15M6.34S',
    'P1Y6M14DT4H015M06.34S',
  ];
  for (const s of valid) assert.equal(isTimeInterval(s), true, s);
});

test('a missing P or T, a dangling P or T and malformed numbers are not timeintervals (DMI)', () => {
  const invalid = [
    '', 'P', 'PT', '1Y6M14DT4H15M6.34S', 'P1Y6M14D4H15M6.34S', 'P1Y6M14DT', 'PT6.345S', 'PT.5S', 'PT6.S',
    'P1.5Y', 'PT1H1H', 'P1D1Y', 'pt1s', 'PT-1S', 'P T1S',
  ];
  for (const s of invalid) assert.equal(isTimeInterval(s), false, JSON.stringify(s));
});

test('values are hundredths of a second; a year is 365 days and a month 2 628 029 s, as in ADL', () => {
  const vectors: [string, number][] = [
    ['PT0S', 0],
    ['PT6.34S', 634],
    ['PT6.3S', 630],
    ['PT15M', 90_000],
    ['PT01H059M020S', 716_000],
    ['P14D', 120_960_000],
    ['P1Y', 3_153_600_000],
    ['P1M', 262_802_900],
    ['P1Y6M14DT4H15M6.34S', 3_153_600_000 + 6 * 262_802_900 + 120_960_000 + 1_440_000 + 90_000 + 634],
  ];
  for (const [s, cs] of vectors) assert.equal(parseTimeInterval(s), cs, s);
  assert.equal(parseTimeInterval('P1Y6M14DT'), undefined);
});

test('formatting follows ADL total_time: carry up to days, omit zero fields', () => {
  assert.equal(formatTimeInterval(0), 'PT0H0M0S');
  assert.equal(formatTimeInterval(6000 + 716_000), 'PT2H20S');
  assert.equal(formatTimeInterval(5), 'PT0.05S');
  assert.equal(formatTimeInterval(150), 'PT1.50S');
  assert.equal(formatTimeInterval(8_640_000), 'P1D');
  assert.equal(formatTimeInterval((36 * 3600 + 180) * 100), 'P1DT12H3M');
  assert.equal(formatTimeInterval(360_000), 'PT1H');
});

test('formatted values are timeintervals that parse back to the same value', () => {
  for (const cs of [1, 99, 100, 6000, 359_999, 8_640_001, 262_802_900, 3_153_600_000]) {
    const text = formatTimeInterval(cs);
    assert.equal(isTimeInterval(text), true, text);
    assert.equal(parseTimeInterval(text), cs, text);
  }
});

test('fractional counts are rounded; negative and non-finite counts format as zero', () => {
  assert.equal(formatTimeInterval(-500), 'PT0H0M0S');
  assert.equal(formatTimeInterval(Number.NaN), 'PT0H0M0S');
  assert.equal(formatTimeInterval(Number.POSITIVE_INFINITY), 'PT0H0M0S');
  assert.equal(formatTimeInterval(149.6), 'PT1.50S');
});
