// SCORM 1.2 RTE §3.4 keywords: _children, _count, _version.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertGet, assertGetError, assertSet, assertSetError, newModel } from './helpers.js';

test('cmi._version is 3.4', () => {
  assertGet(newModel(), 'cmi._version', '3.4');
});

test('_children lists each group\'s elements in the book\'s order', () => {
  const model = newModel();
  assertGet(
    model,
    'cmi.core._children',
    'student_id,student_name,lesson_location,credit,lesson_status,entry,score,total_time,lesson_mode,exit,session_time',
  );
  assertGet(model, 'cmi.core.score._children', 'raw,min,max');
  assertGet(model, 'cmi.objectives._children', 'id,score,status');
  assertGet(model, 'cmi.student_data._children', 'mastery_score,max_time_allowed,time_limit_action');
  assertGet(model, 'cmi.student_preference._children', 'audio,language,speed,text');
  assertGet(
    model,
    'cmi.interactions._children',
    'id,objectives,time,type,correct_responses,weighting,student_response,result,latency',
  );
});

test('cmi.objectives.n.score._children lists raw,min,max for an existing objective', () => {
  const model = newModel();
  assertSet(model, 'cmi.objectives.0.id', 'obj1');
  assertGet(model, 'cmi.objectives.0.score._children', 'raw,min,max');
});

test('_children of an objective that does not exist answers 201', () => {
  assertGetError(newModel(), 'cmi.objectives.0.score._children', 201);
});

test('_children of an element answers 202', () => {
  const model = newModel();
  assertGetError(model, 'cmi.core.lesson_status._children', 202);
  assertGetError(model, 'cmi.suspend_data._children', 202);
  assertGetError(model, 'cmi.core.score.raw._children', 202);
});

test('_children where the book defines none answers 202', () => {
  const model = newModel();
  assertGetError(model, 'cmi._children', 202);
  assertSet(model, 'cmi.interactions.0.id', 'q1');
  assertGetError(model, 'cmi.interactions.0.objectives._children', 202);
});

test('_count of something that is not an array answers 203', () => {
  const model = newModel();
  assertGetError(model, 'cmi.core._count', 203);
  assertGetError(model, 'cmi.core.score._count', 203);
  assertGetError(model, 'cmi.suspend_data._count', 203);
  assertGetError(model, 'cmi._count', 203);
});

test('_count answers the number of entries as a string', () => {
  const model = newModel();
  assertGet(model, 'cmi.objectives._count', '0');
  assertGet(model, 'cmi.interactions._count', '0');
  assertSet(model, 'cmi.objectives.0.id', 'a');
  assertSet(model, 'cmi.objectives.1.id', 'b');
  assertGet(model, 'cmi.objectives._count', '2');
});

test('_version exists only as cmi._version', () => {
  const model = newModel();
  assertGetError(model, 'cmi.core._version', 201);
  assertGetError(model, 'cmi.suspend_data._version', 401);
  assertGetError(model, 'cmi.objectives._version', 401);
});

test('setting a keyword answers 402', () => {
  const model = newModel();
  for (const element of [
    'cmi._version',
    'cmi.core._children',
    'cmi.core.score._children',
    'cmi.objectives._children',
    'cmi.objectives._count',
    'cmi.interactions._count',
    'cmi.student_data._children',
    'cmi.student_preference._children',
    'cmi.core.lesson_status._children',
    'cmi.core._version',
  ]) {
    assertSetError(model, element, '1', 402);
  }
});

test('the LMS side cannot set a keyword either', () => {
  const model = newModel();
  assert.equal(model.lmsSetValue('cmi.objectives._count', '3').error, 402);
});
