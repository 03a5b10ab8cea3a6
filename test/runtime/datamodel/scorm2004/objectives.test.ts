// SCORM 2004 4th ed. RTE §4.2.17 cmi.objectives: ids, dependencies, array order.
import { test } from 'node:test';
import { assertError, assertSet, assertValue, launched, setAll } from './setup.js';

test('an objective is created by setting its id at index _count', () => {
  const model = launched();
  assertSet(model.setValue('cmi.objectives.0.id', 'obj-1'));
  assertValue(model.getValue('cmi.objectives._count'), '1');
  assertValue(model.getValue('cmi.objectives.0.id'), 'obj-1');
});

test('a new objective starts with statuses "unknown" and no score, measure or description', () => {
  const model = launched();
  assertSet(model.setValue('cmi.objectives.0.id', 'obj-1'));
  assertValue(model.getValue('cmi.objectives.0.success_status'), 'unknown');
  assertValue(model.getValue('cmi.objectives.0.completion_status'), 'unknown');
  for (const element of ['score.scaled', 'score.raw', 'score.min', 'score.max', 'progress_measure', 'description']) {
    assertError(model.getValue(`cmi.objectives.0.${element}`), 403);
  }
});

test('any other element of a new objective is 408 and creates nothing', () => {
  const model = launched();
  for (const element of ['success_status', 'completion_status', 'progress_measure', 'description', 'score.scaled']) {
    assertError(model.setValue(`cmi.objectives.0.${element}`, element === 'description' ? 'd' : '0.5'), 408);
  }
  assertValue(model.getValue('cmi.objectives._count'), '0');
});

test('an index past _count is 351 (out of order) and creates nothing', () => {
  const model = launched();
  assertError(model.setValue('cmi.objectives.1.id', 'obj-2'), 351);
  assertValue(model.getValue('cmi.objectives._count'), '0');
});

test('an index with leading zeros is read as a number, as ADL does ("01" is 1)', () => {
  const model = launched();
  assertError(model.setValue('cmi.objectives.01.id', 'obj-2'), 351);
  assertSet(model.setValue('cmi.objectives.00.id', 'obj-1'));
  assertValue(model.getValue('cmi.objectives.0.id'), 'obj-1');
});

test('GetValue at or past _count is 301', () => {
  const model = launched();
  assertError(model.getValue('cmi.objectives.0.id'), 301);
  assertSet(model.setValue('cmi.objectives.0.id', 'obj-1'));
  assertError(model.getValue('cmi.objectives.1.success_status'), 301);
});

test('an invalid id is 406 and creates nothing', () => {
  const model = launched();
  for (const id of ['', 'urn:', 'urn:adl:lms Test/OBJ01']) assertError(model.setValue('cmi.objectives.0.id', id), 406);
  assertValue(model.getValue('cmi.objectives._count'), '0');
});

test('a duplicate id is 351 and creates nothing', () => {
  const model = launched();
  assertSet(model.setValue('cmi.objectives.0.id', 'obj-1'));
  assertError(model.setValue('cmi.objectives.1.id', 'obj-1'), 351);
  assertValue(model.getValue('cmi.objectives._count'), '1');
});

test('an id cannot change once set (351), but setting the same id again succeeds', () => {
  const model = launched();
  assertSet(model.setValue('cmi.objectives.0.id', 'obj-1'));
  assertError(model.setValue('cmi.objectives.0.id', 'obj-2'), 351);
  assertError(model.setValue('cmi.objectives.0.id', ''), 351);
  assertSet(model.setValue('cmi.objectives.0.id', 'obj-1'));
  assertValue(model.getValue('cmi.objectives.0.id'), 'obj-1');
});

test('objective elements check their data types and ranges', () => {
  const model = launched();
  assertSet(model.setValue('cmi.objectives.0.id', 'obj-1'));
  assertError(model.setValue('cmi.objectives.0.score.scaled', '1.5'), 407);
  assertError(model.setValue('cmi.objectives.0.score.raw', 'ninety'), 406);
  assertError(model.setValue('cmi.objectives.0.progress_measure', '2'), 407);
  assertError(model.setValue('cmi.objectives.0.success_status', 'completed'), 406);
  assertError(model.setValue('cmi.objectives.0.completion_status', 'passed'), 406);
  assertError(model.setValue('cmi.objectives.0.description', '{lang=}x'), 406);
});

test('objective elements round-trip once the id is set', () => {
  const model = launched();
  const values = [
    ['cmi.objectives.0.id', 'urn:adl:objective:1'],
    ['cmi.objectives.0.score.scaled', '-0.5'],
    ['cmi.objectives.0.score.raw', '25'],
    ['cmi.objectives.0.score.min', '0'],
    ['cmi.objectives.0.score.max', '50'],
    ['cmi.objectives.0.success_status', 'failed'],
    ['cmi.objectives.0.completion_status', 'completed'],
    ['cmi.objectives.0.progress_measure', '1'],
    ['cmi.objectives.0.description', '{lang=fr}Objectif'],
  ] as const;
  setAll(model, values);
  for (const [element, value] of values) assertValue(model.getValue(element), value);
});

test('the objective elements cannot be read as a whole', () => {
  const model = launched();
  assertSet(model.setValue('cmi.objectives.0.id', 'obj-1'));
  for (const element of ['cmi.objectives', 'cmi.objectives.0', 'cmi.objectives.0.score']) assertError(model.getValue(element), 401);
});

test('the LMS pre-populates objective ids with lmsSetValue', () => {
  const model = launched();
  assertSet(model.lmsSetValue('cmi.objectives.0.id', 'primary'));
  assertSet(model.lmsSetValue('cmi.objectives.1.id', 'secondary'));
  assertValue(model.getValue('cmi.objectives._count'), '2');
  assertError(model.setValue('cmi.objectives.2.id', 'primary'), 351);
});

// ADL's run-time writes the manifest's objectiveIDs, %20-decoded, without the long identifier
// check, and the CTS expects them so (OB-12a); content is still held to the type (RTE §4.1.1.3).
test('the LMS may pre-populate an objective id the long identifier type refuses; content may not set one', () => {
  const model = launched();
  assertSet(model.lmsSetValue('cmi.objectives.0.id', 'ob j 1'));
  assertValue(model.getValue('cmi.objectives.0.id'), 'ob j 1');
  assertError(model.setValue('cmi.objectives.1.id', 'ob j 2'), 406);
  assertError(model.lmsSetValue('cmi.objectives.1.id', ''), 406);
});
