// SCORM 1.2 RTE §3.4.4 cmi.student_data.*.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertGet, assertSetError, newModel } from './helpers.js';

test('student_data is "" until the manifest gives values', () => {
  const model = newModel();
  assertGet(model, 'cmi.student_data.mastery_score', '');
  assertGet(model, 'cmi.student_data.max_time_allowed', '');
  assertGet(model, 'cmi.student_data.time_limit_action', '');
});

test('student_data is read-only to the SCO', () => {
  const model = newModel();
  assertSetError(model, 'cmi.student_data.mastery_score', '80', 403);
  assertSetError(model, 'cmi.student_data.max_time_allowed', '0000:30:00', 403);
  assertSetError(model, 'cmi.student_data.time_limit_action', 'exit,message', 403);
});

test('the LMS writes the manifest values, type-checked', () => {
  const model = newModel();
  assert.equal(model.lmsSetValue('cmi.student_data.mastery_score', '80').error, 0);
  assert.equal(model.lmsSetValue('cmi.student_data.max_time_allowed', '0000:30:00').error, 0);
  assert.equal(model.lmsSetValue('cmi.student_data.time_limit_action', 'continue,no message').error, 0);
  assertGet(model, 'cmi.student_data.mastery_score', '80');
  assertGet(model, 'cmi.student_data.max_time_allowed', '0000:30:00');
  assertGet(model, 'cmi.student_data.time_limit_action', 'continue,no message');
});

test('the LMS cannot write values outside the types', () => {
  const model = newModel();
  assert.equal(model.lmsSetValue('cmi.student_data.mastery_score', '150').error, 405);
  assert.equal(model.lmsSetValue('cmi.student_data.max_time_allowed', '30 minutes').error, 405);
  assert.equal(model.lmsSetValue('cmi.student_data.time_limit_action', 'exit').error, 405);
});
