// SCORM 1.2 RTE §3.4.4 cmi.comments and cmi.comments_from_lms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertGet, assertSet, assertSetError, newModel } from './helpers.js';

test('comments is read/write, up to 4096 characters, a set replacing the last', () => {
  const model = newModel();
  assertSet(model, 'cmi.comments', 'first');
  assertSet(model, 'cmi.comments', 'second');
  assertGet(model, 'cmi.comments', 'second');
  assertSet(model, 'cmi.comments', 'x'.repeat(4096));
  assertSetError(model, 'cmi.comments', 'x'.repeat(4097), 405);
});

test('comments_from_lms is read-only to the SCO and written by the LMS', () => {
  const model = newModel();
  assertGet(model, 'cmi.comments_from_lms', '');
  assertSetError(model, 'cmi.comments_from_lms', 'x', 403);
  assert.equal(model.lmsSetValue('cmi.comments_from_lms', 'Welcome').error, 0);
  assertGet(model, 'cmi.comments_from_lms', 'Welcome');
});
