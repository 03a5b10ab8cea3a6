// SCORM 2004 4th ed. RTE §3.1.7.6 / §4.1.1: dot-notation names, keywords and their errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertError, assertSet, assertValue, launched } from './setup.js';

test('unknown and partial names are 401 on GetValue and SetValue', () => {
  const model = launched();
  for (const element of ['cmi', 'adl', 'cmi.objectives', 'cmi.interactions', 'cmi.score', 'cmi.learner_preference', 'adl.nav', 'adl.data', 'adl.nav.request_valid', 'cmi.nonsense', 'scorm.location', 'cmi.core.lesson_location']) {
    assertError(model.getValue(element), 401);
    assertError(model.setValue(element, 'x'), 401);
  }
});

test('names of object properties are no elements (401)', () => {
  const model = launched();
  for (const element of ['__proto__', 'cmi.__proto__', 'cmi.constructor', 'cmi.toString', 'cmi.hasOwnProperty', 'cmi.score.__proto__', 'cmi.objectives.__proto__', 'cmi.location.length', 'cmi.0', 'cmi.score.0', 'cmi.learner_preference.1']) {
    assertError(model.getValue(element), 401);
    assertError(model.setValue(element, 'x'), 401);
  }
});

test('array indices that are not decimal digits are 401', () => {
  const model = launched();
  for (const index of ['-1', 'one', '1e0', '0x1', ' 0', '']) {
    assertError(model.getValue(`cmi.objectives.${index}.id`), 401);
    assertError(model.setValue(`cmi.objectives.${index}.id`, 'obj'), 401);
  }
});

test('empty names fail: GetValue 301, SetValue 351', () => {
  const model = launched();
  assertError(model.getValue(''), 301);
  assertError(model.setValue('', 'x'), 351);
});

test('empty name segments are 401', () => {
  const model = launched();
  for (const element of ['cmi..location', 'cmi.location.', '.cmi.location']) assertError(model.getValue(element), 401);
});

test('_children lists the children of cmi.score, learner_preference, objectives and interactions', () => {
  const model = launched();
  assertValue(model.getValue('cmi.score._children'), 'scaled,raw,min,max');
  assertValue(model.getValue('cmi.learner_preference._children'), 'audio_level,language,delivery_speed,audio_captioning');
  assertValue(model.getValue('cmi.objectives._children'), 'id,score,success_status,completion_status,progress_measure,description');
  assertValue(model.getValue('cmi.interactions._children'), 'id,type,objectives,timestamp,correct_responses,weighting,learner_response,result,latency,description');
});

test('an objective score lists its children', () => {
  const model = launched();
  assertSet(model.setValue('cmi.objectives.0.id', 'obj-1'));
  assertValue(model.getValue('cmi.objectives.0.score._children'), 'scaled,raw,min,max');
});

test('_count counts the entries of every array', () => {
  const model = launched();
  for (const element of ['cmi.comments_from_learner', 'cmi.comments_from_lms', 'cmi.interactions', 'cmi.objectives', 'adl.data']) {
    assertValue(model.getValue(`${element}._count`), '0');
  }
});

test('keywords an element lacks are 301', () => {
  const model = launched();
  for (const element of ['cmi.location._children', 'cmi.location._count', 'cmi.location._version', 'cmi.score._count', 'cmi.score._version', 'cmi.objectives._version', 'cmi.learner_preference._count']) {
    assertError(model.getValue(element), 301);
  }
});

test('keywords on the data model roots are 401, as ADL looks them up as names', () => {
  const model = launched();
  for (const element of ['cmi._children', 'cmi._count', 'adl._version', 'adl._count', '_version']) assertError(model.getValue(element), 401);
});

test('keywords cannot be set (404)', () => {
  const model = launched();
  for (const element of ['cmi._version', 'cmi.score._children', 'cmi.objectives._count', 'cmi.objectives._children', 'cmi.interactions._count', 'cmi.learner_preference._children', 'adl.data._children', 'adl.data._count']) {
    assertError(model.setValue(element, 'x'), 404);
    assertError(model.lmsSetValue(element, 'x'), 404);
  }
});

test('names below a keyword are 401', () => {
  assertError(launched().getValue('cmi.objectives._count.x'), 401);
});

test('a failed SetValue leaves no trace in the state', () => {
  const model = launched();
  const before = JSON.stringify(model.state);
  const failures = [
    ['cmi.objectives.0.score.scaled', '0.5'],
    ['cmi.objectives.1.id', 'obj'],
    ['cmi.objectives.0.id', 'urn:'],
    ['cmi.interactions.0.type', 'choice'],
    ['cmi.comments_from_learner.0.timestamp', 'yesterday'],
    ['cmi.comments_from_lms.0.comment', 'x'],
    ['cmi.objectives.0.nonsense', 'x'],
    ['cmi.objectives.0', 'x'],
    ['cmi.score.scaled', '2'],
    ['cmi.completion_threshold', '0.5'],
  ] as const;
  for (const [element, value] of failures) {
    assert.notEqual(model.setValue(element, value).error, 0, element);
  }
  assert.equal(JSON.stringify(model.state), before);
});

test('a diagnostic names the element and stays under 255 characters', () => {
  const model = launched();
  const element = `cmi.${'x'.repeat(400)}`;
  const result = model.getValue(element);
  assertError(result, 401);
  assert.ok(result.diagnostic.startsWith('cmi.xxx'), result.diagnostic);
  assert.ok(result.diagnostic.length < 255, `${result.diagnostic.length} characters`);
  const long = model.setValue('adl.nav.request', 'y'.repeat(1000));
  assert.ok(long.diagnostic.length < 255, `${long.diagnostic.length} characters`);
});
