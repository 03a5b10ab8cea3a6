// Where the run-time keeps adl.data stores (RTE 4th ed. §4.3.2): the attempt document by
// default, or a store the launch gives (a course whose shared data is global to system); and
// clearing the document's stores for a new attempt on a course whose shared data is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRuntime } from '../../src/runtime/index.js';
import type { Scorm2004Api } from '../../src/runtime/api/scorm2004-api.js';
import type { SharedDataStore } from '../../src/runtime/datamodel/data-model.js';

const notes = [{ id: 'notes', readSharedData: true, writeSharedData: true }];

test('a launch given a shared data store keeps adl.data stores there, not in the attempt document', async () => {
  const stores = new Map<string, string>();
  const store: SharedDataStore = { get: (id) => stores.get(id), set: (id, value) => void stores.set(id, value) };
  const runtime = createRuntime({ scorm: '2004' });
  const session = await runtime.launch({ sharedDataBuckets: notes, sharedDataStore: store });
  const api = session.api as Scorm2004Api;
  api.Initialize('');
  assert.equal(api.SetValue('adl.data.0.store', 'elsewhere'), 'true');
  assert.equal(stores.get('notes'), 'elsewhere');
  assert.deepEqual(runtime.snapshot().sharedData, {});
});

test('clearSharedData empties the stores of the attempt document', async () => {
  const runtime = createRuntime({ scorm: '2004' });
  const first = (await runtime.launch({ sharedDataBuckets: notes })).api as Scorm2004Api;
  first.Initialize('');
  first.SetValue('adl.data.0.store', 'to be reset');
  first.Terminate('');
  runtime.clearSharedData();
  assert.deepEqual(runtime.snapshot().sharedData, {});
  const next = (await runtime.launch({ sharedDataBuckets: notes })).api as Scorm2004Api;
  next.Initialize('');
  assert.equal(next.GetValue('adl.data.0.store'), '');
  assert.equal(next.GetLastError(), '403');
});
