// Limits every SetValue obeys: the player's own bounds and well-formed strings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLimits } from '../../../../src/runtime/datamodel/data-model.js';
import { assertGet, assertSet, assertSetError, newModel } from './helpers.js';

test('a value longer than maxValueLength answers 405', () => {
  const model = newModel({ limits: { ...defaultLimits, maxValueLength: 10 } });
  assertSet(model, 'cmi.core.lesson_location', 'x'.repeat(10));
  assertSetError(model, 'cmi.core.lesson_location', 'x'.repeat(11), 405);
});

test('unpaired surrogates answer 405', () => {
  const model = newModel();
  assertSetError(model, 'cmi.suspend_data', 'a\uD800b', 405);
  assertSetError(model, 'cmi.suspend_data', '\uDC00', 405);
  assertSetError(model, 'cmi.core.lesson_location', 'end\uD83D', 405);
});

test('paired surrogates are stored as set', () => {
  const model = newModel();
  assertSet(model, 'cmi.suspend_data', 'smile 😀');
  assertGet(model, 'cmi.suspend_data', 'smile 😀');
});

test('a successful LMSSetValue answers error 0 with empty value and diagnostic', () => {
  assert.deepEqual(newModel().setValue('cmi.core.lesson_location', 'p1'), { error: 0, value: '', diagnostic: '' });
});

test('a failed LMSGetValue answers "" with a diagnostic', () => {
  const result = newModel().getValue('cmi.core.exit');
  assert.equal(result.value, '');
  assert.match(result.diagnostic, /write-only/);
});

test('the state stays plain JSON after every kind of set', () => {
  const model = newModel();
  assertSet(model, 'cmi.core.lesson_location', 'p');
  assertSet(model, 'cmi.objectives.0.id', 'o');
  assertSet(model, 'cmi.interactions.0.objectives.0.id', 'o');
  assertSet(model, 'cmi.interactions.0.correct_responses.0.pattern', 'a');
  assert.deepEqual(JSON.parse(JSON.stringify(model.state)), model.state);
});
