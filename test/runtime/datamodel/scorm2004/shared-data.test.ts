// adl.data.n.*: shared data buckets (CAM adlcp:data / adlcp:map; checklist §5).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SharedDataBucket, SharedDataStore } from '../../../../src/runtime/datamodel/data-model.js';
import { assertError, assertSet, assertValue, launched } from './setup.js';

const buckets: SharedDataBucket[] = [
  { id: 'tarID1', readSharedData: true, writeSharedData: true },
  { id: 'tarID2', readSharedData: true, writeSharedData: false },
  { id: 'tarID3', readSharedData: false, writeSharedData: true },
  { id: 'tarID4', readSharedData: false, writeSharedData: false },
];

function withSharedData(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  const store: SharedDataStore = { get: (id) => values.get(id), set: (id, value) => void values.set(id, value) };
  return { model: launched({ sharedData: { buckets, store } }), values };
}

test('_count is the number of buckets the manifest maps and _children is "id,store"', () => {
  const { model } = withSharedData();
  assertValue(model.getValue('adl.data._count'), '4');
  assertValue(model.getValue('adl.data._children'), 'id,store');
});

test('the ids are the manifest targetIDs, read-only (404)', () => {
  const { model } = withSharedData();
  assertValue(model.getValue('adl.data.1.id'), 'tarID2');
  assertError(model.setValue('adl.data.1.id', 'other'), 404);
  assertError(model.lmsSetValue('adl.data.1.id', 'other'), 404);
});

test('a store never written is 403', () => {
  assertError(withSharedData().model.getValue('adl.data.0.store'), 403);
});

test('a store round-trips 64000 characters and arbitrary text exactly', () => {
  const { model, values } = withSharedData();
  const payload = '<?xml version="1.0"?>{lang=en}[,]\u6B22'.padEnd(64_000, 'z');
  assertSet(model.setValue('adl.data.0.store', payload));
  assertValue(model.getValue('adl.data.0.store'), payload);
  assert.equal(values.get('tarID1'), payload);
});

test('an empty store reads as not initialized (403), as ADL\'s CTS expects', () => {
  const { model } = withSharedData();
  assertSet(model.setValue('adl.data.0.store', ''));
  assertError(model.getValue('adl.data.0.store'), 403);
});

test('writeSharedData="false" makes the store read-only (404)', () => {
  const { model } = withSharedData({ tarID2: 'from another SCO' });
  assertError(model.setValue('adl.data.1.store', 'x'), 404);
  assertValue(model.getValue('adl.data.1.store'), 'from another SCO');
});

test('readSharedData="false" makes the store write-only (405)', () => {
  const { model, values } = withSharedData();
  assertSet(model.setValue('adl.data.2.store', 'secret'));
  assertError(model.getValue('adl.data.2.store'), 405);
  assert.equal(values.get('tarID3'), 'secret');
});

test('a bucket neither readable nor writable answers 405 and 404', () => {
  const { model } = withSharedData();
  assertError(model.getValue('adl.data.3.store'), 405);
  assertError(model.setValue('adl.data.3.store', 'x'), 404);
});

test('an index past _count is 301 to GetValue and 351 to SetValue: buckets come from the manifest', () => {
  const { model } = withSharedData();
  assertError(model.getValue('adl.data.4.id'), 301);
  assertError(model.setValue('adl.data.4.store', 'x'), 351);
  assertError(model.setValue('adl.data.10.store', 'x'), 351);
});

test('without shared data there are no buckets', () => {
  const model = launched();
  assertValue(model.getValue('adl.data._count'), '0');
  assertError(model.getValue('adl.data.0.store'), 301);
});
