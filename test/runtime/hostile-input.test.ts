// Careless or hostile content never gets an exception and never corrupts state: every such call
// answers a proper error code (issue 2, "Hostile or careless input"), through the public entry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRuntime } from '../../src/runtime/index.js';

async function api2004() {
  const session = await createRuntime({ scorm: '2004' }).launch();
  session.api.Initialize('');
  return { api: session.api, session };
}

async function api12() {
  const session = await createRuntime({ scorm: '1.2' }).launch();
  session.api.LMSInitialize('');
  return session.api;
}

const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);

test('2004: a 10 MB value is refused with 351 and the stored value is kept', async () => {
  const { api } = await api2004();
  api.SetValue('cmi.suspend_data', 'kept');
  assert.equal(api.SetValue('cmi.suspend_data', tenMegabytes), 'false');
  assert.equal(api.GetLastError(), '351');
  assert.equal(api.GetValue('cmi.suspend_data'), 'kept');
});

test('1.2: a 10 MB value is refused with 405, even with the long-suspend-data leniency', async () => {
  const session = await createRuntime({ scorm: '1.2', leniency: { scorm12LongSuspendData: true } }).launch();
  session.api.LMSInitialize('');
  assert.equal(session.api.LMSSetValue('cmi.suspend_data', tenMegabytes), 'false');
  assert.equal(session.api.LMSGetLastError(), '405');
});

test('2004: prototype names are undefined elements (401), and resolve to nothing', async () => {
  const { api } = await api2004();
  for (const name of ['cmi.__proto__', 'cmi.constructor', 'cmi.toString', '__proto__', 'cmi.score.__proto__', 'cmi.interactions.__proto__']) {
    assert.equal(api.GetValue(name), '', name);
    assert.equal(api.GetLastError(), '401', name);
    assert.equal(api.SetValue(name, '{"polluted":true}'), 'false', name);
  }
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
});

test('1.2: prototype names are refused and resolve to nothing', async () => {
  const api = await api12();
  for (const name of ['cmi.__proto__', 'cmi.core.constructor', 'cmi.toString']) {
    assert.equal(api.LMSGetValue(name), '', name);
    assert.notEqual(api.LMSGetLastError(), '0', name);
    assert.equal(api.LMSSetValue(name, 'x'), 'false', name);
  }
});

test('2004: an unpaired surrogate is a type mismatch (406) and changes nothing', async () => {
  const { api } = await api2004();
  api.SetValue('cmi.location', 'p1');
  assert.equal(api.SetValue('cmi.location', 'a\ud800b'), 'false');
  assert.equal(api.GetLastError(), '406');
  assert.equal(api.GetValue('cmi.location'), 'p1');
});

test('2004: a refused array write leaves no phantom entry behind', async () => {
  const { api, session } = await api2004();
  const before = JSON.stringify(session.dataModel.state);
  assert.equal(api.SetValue('cmi.interactions.0.id', ''), 'false');
  assert.equal(api.SetValue('cmi.objectives.0.id', 'urn:'), 'false');
  assert.equal(api.SetValue('cmi.comments_from_learner.0.comment', '{lang=}x'), 'false');
  assert.equal(api.GetValue('cmi.interactions._count'), '0');
  assert.equal(JSON.stringify(session.dataModel.state), before);
});

test('numbers, booleans, null and undefined are read as strings; objects and functions are refused', async () => {
  const { api } = await api2004();
  assert.equal(api.SetValue('cmi.score.raw', 85), 'true');
  assert.equal(api.GetValue('cmi.score.raw'), '85');
  assert.equal(api.SetValue('cmi.location', null), 'true');
  assert.equal(api.GetValue('cmi.location'), '');
  assert.equal(api.SetValue('cmi.location', () => 'x'), 'false');
  assert.equal(api.GetLastError(), '201');
  assert.equal(api.SetValue(['cmi.location'], 'x'), 'false');
  assert.equal(api.GetLastError(), '201');
});

test('a getter that throws inside an argument is never touched', async () => {
  const { api } = await api2004();
  const trap = Object.defineProperty({}, 'length', { get() { throw new Error('trap'); } });
  assert.doesNotThrow(() => api.SetValue('cmi.location', trap));
  assert.equal(api.GetLastError(), '201');
});
