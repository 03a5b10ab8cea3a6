// SCORM 1.2 RTE §3.4.4 cmi.core.*.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertGet, assertGetError, assertSet, assertSetError, newModel } from './helpers.js';

test('the launch fills student_id, student_name, credit and lesson_mode', () => {
  const model = newModel({}, { learnerId: 'u-9', learnerName: 'Roe, Ann', credit: 'no-credit', mode: 'review' });
  assertGet(model, 'cmi.core.student_id', 'u-9');
  assertGet(model, 'cmi.core.student_name', 'Roe, Ann');
  assertGet(model, 'cmi.core.credit', 'no-credit');
  assertGet(model, 'cmi.core.lesson_mode', 'review');
});

test('a first launch reads entry ab-initio, lesson_status not attempted, total_time zero', () => {
  const model = newModel();
  assertGet(model, 'cmi.core.entry', 'ab-initio');
  assertGet(model, 'cmi.core.lesson_status', 'not attempted');
  assertGet(model, 'cmi.core.total_time', '0000:00:00.00');
  assertGet(model, 'cmi.core.lesson_location', '');
  assertGet(model, 'cmi.core.score.raw', '');
});

test('read-only core elements answer 403 to LMSSetValue', () => {
  const model = newModel();
  for (const [element, value] of [
    ['cmi.core.student_id', 'tamper'],
    ['cmi.core.student_name', 'x'],
    ['cmi.core.credit', 'credit'],
    ['cmi.core.entry', 'resume'],
    ['cmi.core.total_time', '0000:00:01'],
    ['cmi.core.lesson_mode', 'normal'],
  ] as const) {
    assertSetError(model, element, value, 403);
  }
});

test('a read-only element answers 403 even to a value of the wrong type', () => {
  assertSetError(newModel(), 'cmi.core.credit', 'bogus', 403);
});

test('exit and session_time are write-only: LMSGetValue answers 404', () => {
  const model = newModel();
  assertSet(model, 'cmi.core.exit', 'suspend');
  assertGetError(model, 'cmi.core.exit', 404);
  assertGetError(model, 'cmi.core.session_time', 404);
});

test('lesson_location holds a CMIString255, stored exactly', () => {
  const model = newModel();
  assertSet(model, 'cmi.core.lesson_location', ' page 4 ');
  assertGet(model, 'cmi.core.lesson_location', ' page 4 ');
  assertSet(model, 'cmi.core.lesson_location', 'x'.repeat(255));
  assertSetError(model, 'cmi.core.lesson_location', 'x'.repeat(256), 405);
});

test('lesson_status takes the status vocabulary, exactly', () => {
  const model = newModel();
  for (const status of ['passed', 'completed', 'failed', 'incomplete', 'browsed']) {
    assertSet(model, 'cmi.core.lesson_status', status);
    assertGet(model, 'cmi.core.lesson_status', status);
  }
  assertSetError(model, 'cmi.core.lesson_status', 'Passed', 405);
  assertSetError(model, 'cmi.core.lesson_status', 'done', 405);
  assertSetError(model, 'cmi.core.lesson_status', '', 405);
});

test('the SCO may not set lesson_status to "not attempted" (405), the LMS may', () => {
  const model = newModel();
  assertSet(model, 'cmi.core.lesson_status', 'incomplete');
  assertSetError(model, 'cmi.core.lesson_status', 'not attempted', 405);
  assert.equal(model.lmsSetValue('cmi.core.lesson_status', 'not attempted').error, 0);
  assertGet(model, 'cmi.core.lesson_status', 'not attempted');
});

test('score.raw, min and max take a decimal from 0 to 100, or blank', () => {
  const model = newModel();
  for (const part of ['raw', 'min', 'max']) {
    const element = `cmi.core.score.${part}`;
    for (const value of ['85', '0', '100', '99.5', '']) {
      assertSet(model, element, value);
      assertGet(model, element, value);
    }
    assertSetError(model, element, '150', 405);
    assertSetError(model, element, '-1', 405);
    assertSetError(model, element, 'abc', 405);
  }
});

test('exit takes time-out, suspend, logout or ""', () => {
  const model = newModel();
  for (const value of ['time-out', 'suspend', 'logout', '']) assertSet(model, 'cmi.core.exit', value);
  assertSetError(model, 'cmi.core.exit', 'normal', 405);
  assertSetError(model, 'cmi.core.exit', 'Suspend', 405);
});

test('session_time takes a CMITimespan', () => {
  const model = newModel();
  assertSet(model, 'cmi.core.session_time', '00:30:00');
  assertSet(model, 'cmi.core.session_time', '0001:02:03.45');
  assert.equal(model.state.core.session_time, '0001:02:03.45');
  assertSetError(model, 'cmi.core.session_time', '30 minutes', 405);
  assertSetError(model, 'cmi.core.session_time', 'PT30M', 405);
  assertSetError(model, 'cmi.core.session_time', '', 405);
});

test('the LMS side writes read-only core elements, still type-checked', () => {
  const model = newModel();
  assert.equal(model.lmsSetValue('cmi.core.total_time', '0002:00:00.00').error, 0);
  assertGet(model, 'cmi.core.total_time', '0002:00:00.00');
  assert.equal(model.lmsSetValue('cmi.core.entry', 'resume').error, 0);
  assert.equal(model.lmsSetValue('cmi.core.credit', 'maybe').error, 405);
  assert.equal(model.lmsSetValue('cmi.core.student_id', 'has space').error, 405);
  assertGet(model, 'cmi.core.credit', 'credit');
});
