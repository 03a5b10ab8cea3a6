// The player's own limits (DataModelLimits): far above every SPM, enforced with 351.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertError, assertSet, assertValue, launched } from './setup.js';

const limits = { maxValueLength: 100, maxArrayEntries: 3 };

test('a value longer than maxValueLength is 351 with a diagnostic naming the limit', () => {
  const model = launched({ limits });
  const result = model.setValue('cmi.suspend_data', 'x'.repeat(101));
  assertError(result, 351);
  assert.match(result.diagnostic, /maxValueLength/);
  assertError(model.getValue('cmi.suspend_data'), 403);
});

test('a value of exactly maxValueLength is stored', () => {
  const model = launched({ limits });
  assertSet(model.setValue('cmi.suspend_data', 'x'.repeat(100)));
});

test('arrays stop at maxArrayEntries with 351', () => {
  const model = launched({ limits });
  for (let i = 0; i < 3; i++) assertSet(model.setValue(`cmi.objectives.${i}.id`, `obj-${i}`));
  const result = model.setValue('cmi.objectives.3.id', 'obj-3');
  assertError(result, 351);
  assert.match(result.diagnostic, /maxArrayEntries/);
  assertValue(model.getValue('cmi.objectives._count'), '3');
});

test('SPMs are floors, not limits: longer values are stored (ADL accepts them)', () => {
  const model = launched();
  assertSet(model.setValue('cmi.location', 'x'.repeat(1001)));
  assertSet(model.setValue('cmi.suspend_data', 'x'.repeat(64_001)));
  for (let i = 0; i <= 100; i++) assertSet(model.setValue(`cmi.objectives.${i}.id`, `obj-${i}`));
});
