// SCORM 1.2 RTE §3.4.4 cmi.objectives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLimits } from '../../../../src/runtime/datamodel/data-model.js';
import { assertGet, assertGetError, assertSet, assertSetError, newModel } from './helpers.js';

test('setting the next index creates an objective', () => {
  const model = newModel();
  assertSet(model, 'cmi.objectives.0.id', 'obj1');
  assertGet(model, 'cmi.objectives._count', '1');
  assertGet(model, 'cmi.objectives.0.id', 'obj1');
  assertGet(model, 'cmi.objectives.0.status', '');
  assertGet(model, 'cmi.objectives.0.score.raw', '');
});

test('any element of the next index creates it, not only id', () => {
  const model = newModel();
  assertSet(model, 'cmi.objectives.0.score.raw', '70');
  assertGet(model, 'cmi.objectives.0.id', '');
  assertGet(model, 'cmi.objectives.0.score.raw', '70');
});

test('an index past the next one answers 201 and creates nothing', () => {
  const model = newModel();
  assertSetError(model, 'cmi.objectives.1.id', 'obj2', 201);
  assertGet(model, 'cmi.objectives._count', '0');
});

test('reading an objective that does not exist answers 201', () => {
  const model = newModel();
  assertGetError(model, 'cmi.objectives.0.id', 201);
  assertSet(model, 'cmi.objectives.0.id', 'obj1');
  assertGetError(model, 'cmi.objectives.1.status', 201);
});

test('a refused value at the next index creates no phantom objective', () => {
  const model = newModel();
  assertSetError(model, 'cmi.objectives.0.id', 'obj 1', 405);
  assertSetError(model, 'cmi.objectives.0.score.raw', '101', 405);
  assertSetError(model, 'cmi.objectives.0.status', 'done', 405);
  assertGet(model, 'cmi.objectives._count', '0');
});

test('id is a CMIIdentifier and can be changed', () => {
  const model = newModel();
  assertSet(model, 'cmi.objectives.0.id', 'obj1');
  assertSet(model, 'cmi.objectives.0.id', 'obj-1b');
  assertGet(model, 'cmi.objectives.0.id', 'obj-1b');
  assertSetError(model, 'cmi.objectives.0.id', '', 405);
});

test('status takes the status vocabulary, "not attempted" included', () => {
  const model = newModel();
  assertSet(model, 'cmi.objectives.0.status', 'not attempted');
  assertSet(model, 'cmi.objectives.0.status', 'passed');
  assertGet(model, 'cmi.objectives.0.status', 'passed');
  assertSetError(model, 'cmi.objectives.0.status', 'unknown', 405);
});

test('an objective\'s score is held to 0..100 or blank, like cmi.core.score', () => {
  const model = newModel();
  assertSet(model, 'cmi.objectives.0.score.max', '100');
  assertSet(model, 'cmi.objectives.0.score.min', '');
  assertSetError(model, 'cmi.objectives.0.score.max', '200', 405);
  assertGet(model, 'cmi.objectives.0.score.max', '100');
});

test('objectives are kept apart by index', () => {
  const model = newModel();
  assertSet(model, 'cmi.objectives.0.id', 'a');
  assertSet(model, 'cmi.objectives.1.id', 'b');
  assertSet(model, 'cmi.objectives.0.status', 'failed');
  assertGet(model, 'cmi.objectives.1.status', '');
  assertGet(model, 'cmi.objectives.0.id', 'a');
});

test('an objective past maxArrayEntries is refused with 405', () => {
  const model = newModel({ limits: { ...defaultLimits, maxArrayEntries: 2 } });
  assertSet(model, 'cmi.objectives.0.id', 'a');
  assertSet(model, 'cmi.objectives.1.id', 'b');
  assertSetError(model, 'cmi.objectives.2.id', 'c', 405);
  assertSet(model, 'cmi.objectives.1.status', 'passed');
});

test('the LMS side may seed objectives in index order', () => {
  const model = newModel();
  assert.equal(model.lmsSetValue('cmi.objectives.0.id', 'seeded').error, 0);
  assert.equal(model.lmsSetValue('cmi.objectives.2.id', 'gap').error, 201);
  assertGet(model, 'cmi.objectives._count', '1');
});
