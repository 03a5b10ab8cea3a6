// What the course session asks of the run-time: the navigator's state kept in the attempt
// document (its `sequencing` field) and a launch that begins a new attempt when told.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRuntime, memoryAdapter } from '../../../src/runtime/index.js';

test('the sequencing state is saved in the attempt document and read back by a new run-time', async () => {
  const adapter = memoryAdapter();
  const first = createRuntime({ scorm: '2004', adapter, registrationId: 'r' });
  assert.equal(await first.loadSequencingState(), undefined);
  assert.equal(first.saveSequencingState({ current: 'A1' }, 'A1'), undefined);
  await first.flush();
  const second = createRuntime({ scorm: '2004', adapter, registrationId: 'r' });
  assert.deepEqual(await second.loadSequencingState(), { current: 'A1' });
});

test('a launch with newAttempt begins afresh even after a suspended session', async () => {
  const runtime = createRuntime({ scorm: '2004' });
  const first = await runtime.launch({ activityId: 'a' });
  first.api.Initialize('');
  first.api.SetValue('cmi.suspend_data', 'x');
  first.api.SetValue('cmi.exit', 'suspend');
  first.api.Terminate('');
  const resumed = await runtime.launch({ activityId: 'a' });
  resumed.api.Initialize('');
  assert.equal(resumed.api.GetValue('cmi.entry'), 'resume');
  resumed.api.SetValue('cmi.exit', 'suspend');
  resumed.api.Terminate('');
  const fresh = await runtime.launch({ activityId: 'a', newAttempt: true });
  fresh.api.Initialize('');
  assert.equal(fresh.api.GetValue('cmi.entry'), 'ab-initio');
  assert.equal(fresh.api.GetValue('cmi.suspend_data'), '');
});
