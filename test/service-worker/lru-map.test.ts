// The bounded map behind the worker's open archives and recently read files (src/service-worker/lru-map.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LruMap } from '../../src/service-worker/lru-map.js';

test('the least recently used value goes first when the weight is exceeded', () => {
  const map = new LruMap<string, number>(2, () => 1);
  map.set('a', 1);
  map.set('b', 2);
  map.get('a');
  map.set('c', 3);
  assert.equal(map.get('b'), undefined);
  assert.equal(map.get('a'), 1);
  assert.equal(map.get('c'), 3);
});

test('values are weighed: one heavy value displaces several light ones', () => {
  const map = new LruMap<string, Uint8Array>(10, (bytes) => bytes.length);
  map.set('a', new Uint8Array(4));
  map.set('b', new Uint8Array(4));
  map.set('c', new Uint8Array(8));
  assert.equal(map.get('a'), undefined);
  assert.equal(map.get('b'), undefined);
  assert.equal(map.get('c')?.length, 8);
});

test('a value heavier than the limit is not kept, and displaces nothing', () => {
  const map = new LruMap<string, Uint8Array>(10, (bytes) => bytes.length);
  map.set('a', new Uint8Array(4));
  map.set('huge', new Uint8Array(11));
  assert.equal(map.get('huge'), undefined);
  assert.equal(map.get('a')?.length, 4);
});

test('setting a key again replaces its value and its weight', () => {
  const map = new LruMap<string, Uint8Array>(10, (bytes) => bytes.length);
  map.set('a', new Uint8Array(8));
  map.set('a', new Uint8Array(2));
  map.set('b', new Uint8Array(8));
  assert.equal(map.get('a')?.length, 2);
  assert.equal(map.get('b')?.length, 8);
});

test('deleteWhere forgets the matching keys only', () => {
  const map = new LruMap<string, number>(10, () => 1);
  map.set('p1/a', 1);
  map.set('p1/b', 2);
  map.set('p2/a', 3);
  map.deleteWhere((key) => key.startsWith('p1/'));
  assert.equal(map.get('p1/a'), undefined);
  assert.equal(map.get('p1/b'), undefined);
  assert.equal(map.get('p2/a'), 3);
});
