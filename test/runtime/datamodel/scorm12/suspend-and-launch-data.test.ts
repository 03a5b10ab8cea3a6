// SCORM 1.2 RTE §3.4.4 cmi.suspend_data and cmi.launch_data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLimits } from '../../../../src/runtime/datamodel/data-model.js';
import { assertGet, assertSet, assertSetError, newModel } from './helpers.js';

test('suspend_data is read/write and stored exactly', () => {
  const model = newModel();
  assertSet(model, 'cmi.suspend_data', 'q1=a;q2=c\n');
  assertGet(model, 'cmi.suspend_data', 'q1=a;q2=c\n');
});

test('suspend_data holds up to 4096 characters when strict', () => {
  const model = newModel();
  assertSet(model, 'cmi.suspend_data', 'x'.repeat(4096));
  assertSetError(model, 'cmi.suspend_data', 'x'.repeat(4097), 405);
});

test('scorm12LongSuspendData keeps suspend_data past 4096 characters', () => {
  const model = newModel({ leniency: { scorm12LongSuspendData: true } });
  const long = 'x'.repeat(100_000);
  assertSet(model, 'cmi.suspend_data', long);
  assertGet(model, 'cmi.suspend_data', long);
});

test('scorm12LongSuspendData relaxes suspend_data only', () => {
  const model = newModel({ leniency: { scorm12LongSuspendData: true } });
  assertSetError(model, 'cmi.comments', 'x'.repeat(4097), 405);
});

test('scorm12LongSuspendData still stops at the player\'s maxValueLength', () => {
  const model = newModel({
    leniency: { scorm12LongSuspendData: true },
    limits: { ...defaultLimits, maxValueLength: 5000 },
  });
  assertSet(model, 'cmi.suspend_data', 'x'.repeat(5000));
  assertSetError(model, 'cmi.suspend_data', 'x'.repeat(5001), 405);
});

test('launch_data is read-only to the SCO and written by the LMS', () => {
  const model = newModel();
  assertGet(model, 'cmi.launch_data', '');
  assertSetError(model, 'cmi.launch_data', 'x', 403);
  assert.equal(model.lmsSetValue('cmi.launch_data', 'level=2').error, 0);
  assertGet(model, 'cmi.launch_data', 'level=2');
  assert.equal(model.lmsSetValue('cmi.launch_data', 'x'.repeat(4097)).error, 405);
});
