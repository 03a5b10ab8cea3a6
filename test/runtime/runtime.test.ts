// The run-time's LMS side around the API: launches, the attempt document, the persistence
// adapter (ARCHITECTURE.md "attempt state"; SCORM 2004 RTE §3.1.4.2 and §4.2.8 on what Terminate
// makes the LMS keep).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  AttemptDocumentError,
  createRuntime,
  LaunchValueError,
  memoryAdapter,
  type AttemptDocument,
  type PersistenceAdapter,
  type RuntimeEvent,
} from '../../src/runtime/index.js';

/** An adapter whose saves resolve or reject when the test says so. */
function controllableAdapter() {
  const saves: { document: string; settle: (error?: Error) => void }[] = [];
  const adapter: PersistenceAdapter = {
    load: () => undefined,
    save: (_id, document) =>
      new Promise<void>((resolve, reject) => {
        saves.push({ document: JSON.stringify(document), settle: (error) => (error ? reject(error) : resolve()) });
      }),
  };
  return { adapter, saves };
}

test('a suspended 2004 session resumes with entry "resume" and its data on the next launch', async () => {
  const adapter = memoryAdapter();
  const first = await createRuntime({ scorm: '2004', adapter }).launch();
  first.api.Initialize('');
  first.api.SetValue('cmi.suspend_data', 'q1=a');
  first.api.SetValue('cmi.exit', 'suspend');
  first.api.Terminate('');
  const second = await createRuntime({ scorm: '2004', adapter }).launch();
  second.api.Initialize('');
  assert.equal(second.api.GetValue('cmi.entry'), 'resume');
  assert.equal(second.api.GetValue('cmi.suspend_data'), 'q1=a');
});

test('each launch gets a fresh API object while the attempt state outlives it', async () => {
  const runtime = createRuntime({ scorm: '2004' });
  const a = await runtime.launch();
  const b = await runtime.launch();
  assert.notEqual(a.api, b.api);
});

test('content that never terminates still has its data saved when it is unloaded', async () => {
  const adapter = memoryAdapter();
  const runtime = createRuntime({ scorm: '2004', adapter });
  const session = await runtime.launch();
  session.api.Initialize('');
  session.api.SetValue('cmi.location', 'p9');
  session.api.SetValue('cmi.exit', 'suspend');
  await session.unload();
  const saved = adapter.load('default') as AttemptDocument;
  assert.equal(saved.activities['sco']?.suspended, true);
  const next = await createRuntime({ scorm: '2004', adapter }).launch();
  next.api.Initialize('');
  assert.equal(next.api.GetValue('cmi.location'), 'p9');
});

test('a call from content after it was unloaded answers as after Terminate and does not reach the saved state', async () => {
  const adapter = memoryAdapter();
  const runtime = createRuntime({ scorm: '2004', adapter });
  const session = await runtime.launch({ activityId: 'a' });
  session.api.Initialize('');
  session.api.SetValue('cmi.location', 'kept');
  session.api.SetValue('cmi.exit', 'suspend');
  await session.unload();
  assert.equal(session.api.SetValue('cmi.location', 'late'), 'false');
  assert.equal(session.api.GetLastError(), '133');
  const other = await runtime.launch({ activityId: 'b' });
  other.api.Initialize('');
  other.api.Commit('');
  const next = await createRuntime({ scorm: '2004', adapter }).launch({ activityId: 'a' });
  next.api.Initialize('');
  assert.equal(next.api.GetValue('cmi.location'), 'kept');
});

test('a launch the content never initializes leaves the attempt as it was', async () => {
  const adapter = memoryAdapter();
  const runtime = createRuntime({ scorm: '2004', adapter });
  await (await runtime.launch()).unload();
  assert.equal(adapter.load('default'), undefined);
  assert.deepEqual(runtime.snapshot().activities, {});
});

test('a refused asynchronous save is reported, kept, and makes the next Commit answer 391', async () => {
  const { adapter, saves } = controllableAdapter();
  const events: RuntimeEvent[] = [];
  const runtime = createRuntime({ scorm: '2004', adapter });
  runtime.on((e) => events.push(e));
  const session = await runtime.launch();
  session.api.Initialize('');
  session.api.SetValue('cmi.location', 'p1');
  assert.equal(session.api.Commit(''), 'true');
  saves[0]!.settle(new Error('HTTP 503'));
  await runtime.flush();
  assert.ok(events.some((e) => e.type === 'commit' && e.status === 'failed' && e.error === 'HTTP 503'));
  assert.equal(session.api.Commit(''), 'false');
  assert.equal(session.api.GetLastError(), '391');
  assert.match(session.api.GetDiagnostic(''), /HTTP 503/);
  assert.match(saves[1]!.document, /"p1"/);
  saves[1]!.settle();
  await runtime.flush();
  assert.equal(session.api.Commit(''), 'true');
});

test('saves made while one is under way are coalesced into one save of the newest state', async () => {
  const { adapter, saves } = controllableAdapter();
  const runtime = createRuntime({ scorm: '2004', adapter });
  const session = await runtime.launch();
  session.api.Initialize('');
  session.api.SetValue('cmi.location', 'one');
  session.api.Commit('');
  session.api.SetValue('cmi.location', 'two');
  session.api.Commit('');
  session.api.SetValue('cmi.location', 'three');
  session.api.Commit('');
  assert.equal(saves.length, 1);
  saves[0]!.settle();
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.equal(saves.length, 2);
  assert.match(saves[1]!.document, /"three"/);
  saves[1]!.settle();
  await runtime.flush();
});

test('a corrupt saved document is refused with the path of what is wrong', async () => {
  const adapter: PersistenceAdapter = {
    load: () => ({ format: 'scorm-player/attempt', version: 1, scorm: '2004', registrationId: 'x', learner: { id: '', name: '' }, activities: { sco: { runtime: {}, suspended: 'yes', sessions: 1 } }, sharedData: {}, savedAt: '' }),
    save: () => {},
  };
  await assert.rejects(createRuntime({ scorm: '2004', adapter }).launch(), (error: unknown) => {
    assert.ok(error instanceof AttemptDocumentError);
    assert.match(error.message, /activities\.sco\.suspended/);
    return true;
  });
});

test('a saved 1.2 attempt is not loaded into a 2004 run-time', async () => {
  const adapter = memoryAdapter();
  const session = await createRuntime({ scorm: '1.2', adapter }).launch();
  session.api.LMSInitialize('');
  session.api.LMSFinish('');
  await assert.rejects(createRuntime({ scorm: '2004', adapter }).launch(), /SCORM 1\.2, but this package is SCORM 2004/);
});

test('an LMS launch value the data model refuses is named in the error', async () => {
  await assert.rejects(
    createRuntime({ scorm: '2004' }).launch({ initialValues: { 'cmi.completion_threshold': 'lots' } }),
    (error: unknown) => error instanceof LaunchValueError && /cmi\.completion_threshold = "lots"/.test(error.message),
  );
});

test('launch values reach the content, read-only elements included', async () => {
  const session = await createRuntime({ scorm: '2004', learner: { id: 'u-17', name: 'Doe, Jane' } }).launch({
    initialValues: { 'cmi.launch_data': 'level=2', 'cmi.mode': 'review' },
  });
  session.api.Initialize('');
  assert.equal(session.api.GetValue('cmi.launch_data'), 'level=2');
  assert.equal(session.api.GetValue('cmi.mode'), 'review');
  assert.equal(session.api.GetValue('cmi.learner_id'), 'u-17');
});

test('an activity id like __proto__ is stored as an ordinary key', async () => {
  const adapter = memoryAdapter();
  const runtime = createRuntime({ scorm: '2004', adapter });
  const session = await runtime.launch({ activityId: '__proto__' });
  session.api.Initialize('');
  session.api.Terminate('');
  assert.ok(Object.hasOwn(runtime.snapshot().activities, '__proto__'));
  assert.equal(Object.getPrototypeOf(runtime.snapshot().activities), Object.prototype);
});

test('session start and end are events with the entry and the outcome', async () => {
  const runtime = createRuntime({ scorm: '2004', clock: { now: () => 42 } });
  const events: RuntimeEvent[] = [];
  runtime.on((e) => events.push(e));
  const session = await runtime.launch({ activityId: 'a' });
  session.api.Initialize('');
  session.api.SetValue('cmi.exit', 'suspend');
  session.api.Terminate('');
  assert.deepEqual(events.find((e) => e.type === 'session-start'), { type: 'session-start', activityId: 'a', entry: 'ab-initio', t: 42 });
  const end = events.find((e) => e.type === 'session-end');
  assert.equal(end?.type === 'session-end' && end.outcome.suspended, true);
});
