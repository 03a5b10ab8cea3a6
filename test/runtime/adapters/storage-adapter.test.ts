// The browser storage adapter (docs/architecture.md, "PersistenceAdapter"): documents round-trip
// through Web Storage, and a storage that refuses a save makes Commit answer false (2004: 391)
// instead of losing the learner's data silently.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRuntime, storageAdapter, type KeyValueStorage } from '../../../src/runtime/index.js';

function fakeStorage(options: { full?: boolean } = {}): KeyValueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (options.full) throw new Error('QuotaExceededError: the storage is full');
      items.set(key, value);
    },
  };
}

test('an attempt saved in storage is resumed by a new run-time', async () => {
  const storage = fakeStorage();
  const first = await createRuntime({ scorm: '1.2', adapter: storageAdapter({ storage }) }).launch();
  first.api.LMSInitialize('');
  first.api.LMSSetValue('cmi.core.lesson_location', 'p4');
  first.api.LMSSetValue('cmi.core.exit', 'suspend');
  first.api.LMSFinish('');
  assert.ok(storage.items.has('scorm-player:attempt:default'));
  const second = await createRuntime({ scorm: '1.2', adapter: storageAdapter({ storage }) }).launch();
  second.api.LMSInitialize('');
  assert.equal(second.api.LMSGetValue('cmi.core.entry'), 'resume');
  assert.equal(second.api.LMSGetValue('cmi.core.lesson_location'), 'p4');
});

test('a full storage makes Commit answer false with 391 and the reason', async () => {
  const adapter = storageAdapter({ storage: fakeStorage({ full: true }) });
  const session = await createRuntime({ scorm: '2004', adapter }).launch();
  session.api.Initialize('');
  assert.equal(session.api.Commit(''), 'false');
  assert.equal(session.api.GetLastError(), '391');
  assert.match(session.api.GetDiagnostic(''), /storage is full/);
});

test('a saved entry that is not JSON is refused with its key', async () => {
  const storage = fakeStorage();
  storage.items.set('app:r1', '{"format": trunc');
  const adapter = storageAdapter({ storage, keyPrefix: 'app:' });
  await assert.rejects(createRuntime({ scorm: '2004', adapter, registrationId: 'r1' }).launch(), /"app:r1" is not JSON/);
});
