// How often the worker tells the page of a download's progress (src/service-worker/progress-throttle.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { throttledProgress } from '../../src/service-worker/progress-throttle.js';

function clockedThrottle(interval: number) {
  const reported: Array<[number, number | undefined]> = [];
  const clock = { time: 0 };
  const onProgress = throttledProgress((loaded, total) => reported.push([loaded, total]), interval, () => clock.time);
  return { reported, clock, onProgress };
}

test('the first progress is reported at once', () => {
  const { reported, onProgress } = clockedThrottle(100);
  onProgress(0, 1000);
  assert.deepEqual(reported, [[0, 1000]]);
});

test('progress within the interval of the last report is dropped; the next one after it is reported', () => {
  const { reported, clock, onProgress } = clockedThrottle(100);
  onProgress(0, 1000);
  clock.time = 50;
  onProgress(100, 1000);
  clock.time = 99;
  onProgress(200, 1000);
  clock.time = 100;
  onProgress(300, 1000);
  assert.deepEqual(reported, [[0, 1000], [300, 1000]]);
});

test('the end of a download of known size is always reported', () => {
  const { reported, clock, onProgress } = clockedThrottle(100);
  onProgress(0, 1000);
  clock.time = 10;
  onProgress(1000, 1000);
  assert.deepEqual(reported, [[0, 1000], [1000, 1000]]);
});

test('without a total, progress is reported by time alone', () => {
  const { reported, clock, onProgress } = clockedThrottle(100);
  onProgress(0, undefined);
  clock.time = 10;
  onProgress(500, undefined);
  clock.time = 150;
  onProgress(900, undefined);
  assert.deepEqual(reported, [[0, undefined], [900, undefined]]);
});
