// SCORM 1.2 RTE §3.3 error codes for names that are not elements, as ADL's 1.2 validators answer.
import { test } from 'node:test';
import { assertGetError, assertSetError, newModel, type Model } from './helpers.js';

test('an unknown element inside a known group answers 201', () => {
  const model = newModel();
  assertGetError(model, 'cmi.core.bogus', 201);
  assertSetError(model, 'cmi.core.bogus', 'x', 201);
  assertGetError(model, 'cmi.core.score.bogus', 201);
  assertGetError(model, 'cmi.student_data.bogus', 201);
});

test('an unknown category answers 401', () => {
  const model = newModel();
  assertGetError(model, 'cmi.bogus', 401);
  assertSetError(model, 'cmi.bogus.x', 'y', 401);
});

test('a name outside cmi answers 401, a SCORM 2004 name included', () => {
  const model = newModel();
  assertGetError(model, 'adl.nav.request', 401);
  assertGetError(model, 'cmi.location', 401);
  assertGetError(model, 'cmi', 401);
  assertGetError(model, 'core.lesson_location', 401);
});

test('the empty name answers 201', () => {
  const model = newModel();
  assertGetError(model, '', 201);
  assertSetError(model, '', 'x', 201);
});

test('a name that stops at a group answers 401', () => {
  const model = newModel();
  giveOneObjective(model);
  assertGetError(model, 'cmi.core', 401);
  assertGetError(model, 'cmi.core.score', 401);
  assertGetError(model, 'cmi.objectives', 401);
  assertGetError(model, 'cmi.objectives.0', 401);
  assertSetError(model, 'cmi.objectives.0', 'x', 401);
});

test('a name that goes on past an element or an unknown member answers 401', () => {
  const model = newModel();
  assertGetError(model, 'cmi.core.lesson_status.x', 401);
  assertGetError(model, 'cmi.suspend_data.x', 401);
  assertGetError(model, 'cmi.core.bogus.x', 401);
  assertGetError(model, 'cmi.core._children.x', 401);
});

test('an index that is not a plain decimal integer answers 401', () => {
  const model = newModel();
  giveOneObjective(model);
  for (const index of ['x', '01', '+0', '-1', '1.5', '']) {
    assertGetError(model, `cmi.objectives.${index}.id`, 401);
    assertSetError(model, `cmi.objectives.${index}.id`, 'a', 401);
  }
});

test('inherited object names never resolve to anything', () => {
  const model = newModel();
  assertGetError(model, 'cmi.__proto__', 401);
  assertSetError(model, 'cmi.__proto__', 'x', 401);
  assertGetError(model, 'cmi.constructor', 401);
  assertGetError(model, 'cmi.core.__proto__', 201);
  assertGetError(model, 'cmi.core.constructor', 201);
  assertSetError(model, 'cmi.core.toString', 'x', 201);
  assertGetError(model, 'cmi.core.score.hasOwnProperty', 201);
  assertGetError(model, '__proto__', 401);
});

/** Gives the model one objective, so index 0 exists. */
function giveOneObjective(model: Model): void {
  model.setValue('cmi.objectives.0.id', 'obj1');
}
