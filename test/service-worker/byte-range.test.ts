// Which bytes a Range header selects (src/service-worker/byte-range.ts, RFC 9110 §14.1–14.2).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { selectByteRange } from '../../src/service-worker/byte-range.js';

test('no Range header selects the whole representation', () => {
  assert.deepEqual(selectByteRange(null, 100), { kind: 'whole' });
});

test('bytes=a-b selects a to b inclusive', () => {
  assert.deepEqual(selectByteRange('bytes=10-19', 100), { kind: 'part', first: 10, last: 19 });
});

test('bytes=a- selects from a to the end', () => {
  assert.deepEqual(selectByteRange('bytes=90-', 100), { kind: 'part', first: 90, last: 99 });
});

test('bytes=0- selects everything as a part, as media elements ask first', () => {
  assert.deepEqual(selectByteRange('bytes=0-', 100), { kind: 'part', first: 0, last: 99 });
});

test('bytes=-n selects the last n bytes', () => {
  assert.deepEqual(selectByteRange('bytes=-10', 100), { kind: 'part', first: 90, last: 99 });
});

test('a suffix longer than the representation selects all of it', () => {
  assert.deepEqual(selectByteRange('bytes=-500', 100), { kind: 'part', first: 0, last: 99 });
});

test('a last position past the end stands for the end', () => {
  assert.deepEqual(selectByteRange('bytes=50-5000', 100), { kind: 'part', first: 50, last: 99 });
});

test('the range unit is case-insensitive', () => {
  assert.deepEqual(selectByteRange('Bytes=1-2', 100), { kind: 'part', first: 1, last: 2 });
});

test('a first position at or past the end is unsatisfiable', () => {
  assert.deepEqual(selectByteRange('bytes=100-', 100), { kind: 'unsatisfiable' });
  assert.deepEqual(selectByteRange('bytes=100-200', 100), { kind: 'unsatisfiable' });
  assert.deepEqual(selectByteRange('bytes=99999999999999999999-', 100), { kind: 'unsatisfiable' });
});

test('a suffix of length 0 is unsatisfiable', () => {
  assert.deepEqual(selectByteRange('bytes=-0', 100), { kind: 'unsatisfiable' });
});

test('a last position before the first is refused as unsatisfiable', () => {
  assert.deepEqual(selectByteRange('bytes=20-10', 100), { kind: 'unsatisfiable' });
});

test('any range of an empty representation but a suffix is unsatisfiable', () => {
  assert.deepEqual(selectByteRange('bytes=0-', 0), { kind: 'unsatisfiable' });
  assert.deepEqual(selectByteRange('bytes=-5', 0), { kind: 'whole' });
});

test('several ranges are ignored: the whole representation is sent', () => {
  assert.deepEqual(selectByteRange('bytes=0-1, 5-6', 100), { kind: 'whole' });
});

test('other units and malformed values are ignored', () => {
  for (const header of ['items=0-1', 'bytes=-', 'bytes=a-b', 'bytes 0-1', 'bytes=1', 'bytes=+1-2', 'bytes=0x1-2', '']) {
    assert.deepEqual(selectByteRange(header, 100), { kind: 'whole' }, header);
  }
});
