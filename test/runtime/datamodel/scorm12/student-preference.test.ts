// SCORM 1.2 RTE §3.4.4 cmi.student_preference.*.
import { test } from 'node:test';
import { assertGet, assertSet, assertSetError, newModel } from './helpers.js';

test('audio takes an integer from -1 to 100', () => {
  const model = newModel();
  for (const value of ['-1', '0', '100']) assertSet(model, 'cmi.student_preference.audio', value);
  assertGet(model, 'cmi.student_preference.audio', '100');
  for (const value of ['-2', '101', '1.5', '', 'loud']) assertSetError(model, 'cmi.student_preference.audio', value, 405);
});

test('language takes a CMIString255', () => {
  const model = newModel();
  assertSet(model, 'cmi.student_preference.language', 'fr-CA');
  assertGet(model, 'cmi.student_preference.language', 'fr-CA');
  assertSetError(model, 'cmi.student_preference.language', 'x'.repeat(256), 405);
});

test('speed takes an integer from -100 to 100', () => {
  const model = newModel();
  for (const value of ['-100', '0', '100']) assertSet(model, 'cmi.student_preference.speed', value);
  for (const value of ['-101', '101', '+5']) assertSetError(model, 'cmi.student_preference.speed', value, 405);
});

test('text takes -1, 0 or 1', () => {
  const model = newModel();
  for (const value of ['-1', '0', '1']) assertSet(model, 'cmi.student_preference.text', value);
  for (const value of ['2', '-2', 'on']) assertSetError(model, 'cmi.student_preference.text', value, 405);
});

test('preferences read "" until set', () => {
  assertGet(newModel(), 'cmi.student_preference.speed', '');
});
