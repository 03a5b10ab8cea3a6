// SCORM 2004 4th ed. RTE §4.1.1.6 time(second,10,2); vectors from ADL's CTS (DMI).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTimeSecond } from '../../../../src/runtime/datamodel/types/time-second.js';

test('every precision from the year to a time zone is a time (DMI)', () => {
  const valid = [
    '1970',
    '2038',
    '2004-04',
    '2004-04-01',
    '2004-04-01T15',
    '2004-04-01T09:45',
    '2003-07-25T03:00:00',
    '2004-06-30T14:00:00.0',
    '2004-06-30T14:00:00.99',
    '2004-04-01T09:45:58.55Z',
    '2004-06-30T14:00:00.10+00',
    '2004-06-30T14:00:00.10-23',
    '2004-04-01T09:45:58.55+02:30',
    '2004-06-30T14:00:00.10-05:59',
    '2004-03-31',
    '2004-06-30T23',
    '2004-06-30T14:59',
    '2004-06-30T14:00:59',
  ];
  for (const s of valid) assert.equal(isTimeSecond(s), true, s);
});

test('years outside 1970–2038 and fields of the wrong width are not times (DMI)', () => {
  const invalid = [
    '', '4', '04', '004', '22004', '1969', '1400', '2039', '3239', '2004-', '2004-4', '2004-004', '2004-04-',
    '2004-04-1', '2004-04-001', '2004-04-01T', '2004-04-01T9', '2004-04-01T015', '2004-04-01T09:',
    '2004-04-01T09:4', '2004-04-01T09:045', '2004-04-01T09:45:8', '2004-04-01T09:45:580',
  ];
  for (const s of invalid) assert.equal(isTimeSecond(s), false, JSON.stringify(s));
});

test('fields out of their calendar range are not times (DMI)', () => {
  const invalid = [
    '2004-00', '2004-13', '2004-25', '2004-03-00', '2004-03-32', '2004-03-57', '2004-06-30T24',
    '2004-06-30T60', '2004-06-30T14:60', '2004-06-30T14:99', '2004-06-30T14:00:60', '2004-06-30T14:00:89',
    '2004-06-30T14:00:00.10+24', '2004-06-30T14:00:00.10-47', '2004-06-30T14:00:00.10+05:60',
    '2004-06-30T14:00:00.10-05:99',
  ];
  for (const s of invalid) assert.equal(isTimeSecond(s), false, s);
});

test('a time zone only follows a fraction of a second, and only once (DMI)', () => {
  const invalid = [
    '2004-04-01T15Z', '2004-04-01T15+03', '2004-04-01T15-03:30', '2004-04-01T09:45Z',
    '2004-04-01T09:45+02:30', '2004-04-01T09:45:58Z', '2004-04-01T09:45:58+02', '2004-04-01T09:45:58-03:00',
    '2004-04-01T09:45:58.025', '2004-04-01T09:45:58.55+2', '2004-04-01T09:45:58.55+020',
    '2004-04-01T09:45:58.55+02:3', '2004-04-01T09:45:58.55+02:030', '2004-04-01T09:45:58.55-03:',
    '2004-04-01T09:45:58.55+02:30.20', '2004-04-01T09:45:58.55Z-03:00', '2004-04-01T09:45:58.55Z+02:30',
  ];
  for (const s of invalid) assert.equal(isTimeSecond(s), false, s);
});

test('days follow the calendar, leap years included', () => {
  assert.equal(isTimeSecond('2004-02-29'), true);
  assert.equal(isTimeSecond('2000-02-29'), true);
  assert.equal(isTimeSecond('2003-02-29'), false);
  assert.equal(isTimeSecond('2004-02-30'), false);
  assert.equal(isTimeSecond('2004-04-31'), false);
  assert.equal(isTimeSecond('2004-12-31'), true);
});

test('a lowercase z is a time zone, as ADL accepts it', () => {
  assert.equal(isTimeSecond('2004-04-01T09:45:58.55z'), true);
});
