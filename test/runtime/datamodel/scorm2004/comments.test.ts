// SCORM 2004 4th ed. RTE §4.2.2 comments_from_learner and §4.2.3 comments_from_lms.
import { test } from 'node:test';
import { assertError, assertSet, assertValue, launched, setAll } from './setup.js';

test('any element of a learner comment creates it at index _count', () => {
  for (const [element, value] of [['comment', 'Nice'], ['location', 'page 2'], ['timestamp', '2004-04-01T09:45']] as const) {
    const model = launched();
    assertSet(model.setValue(`cmi.comments_from_learner.0.${element}`, value));
    assertValue(model.getValue('cmi.comments_from_learner._count'), '1');
    assertValue(model.getValue(`cmi.comments_from_learner.0.${element}`), value);
  }
});

test('the other elements of a learner comment stay uninitialized (403)', () => {
  const model = launched();
  assertSet(model.setValue('cmi.comments_from_learner.0.comment', 'Nice'));
  assertError(model.getValue('cmi.comments_from_learner.0.location'), 403);
  assertError(model.getValue('cmi.comments_from_learner.0.timestamp'), 403);
});

test('learner comments are filled in order (351)', () => {
  const model = launched();
  assertError(model.setValue('cmi.comments_from_learner.1.comment', 'Nice'), 351);
  assertValue(model.getValue('cmi.comments_from_learner._count'), '0');
});

test('learner comment elements check their data types and create nothing when wrong', () => {
  const model = launched();
  assertError(model.setValue('cmi.comments_from_learner.0.comment', '{lang=}x'), 406);
  assertError(model.setValue('cmi.comments_from_learner.0.timestamp', '1969'), 406);
  assertValue(model.getValue('cmi.comments_from_learner._count'), '0');
});

test('a localized comment keeps its {lang=} delimiter verbatim', () => {
  const model = launched();
  assertSet(model.setValue('cmi.comments_from_learner.0.comment', '{lang=fr}Très bien'));
  assertValue(model.getValue('cmi.comments_from_learner.0.comment'), '{lang=fr}Très bien');
});

test('comments from the LMS are read-only to the SCO (404) and create nothing', () => {
  const model = launched();
  assertError(model.setValue('cmi.comments_from_lms.0.comment', 'Hi'), 404);
  assertValue(model.getValue('cmi.comments_from_lms._count'), '0');
});

test('the LMS writes comments from the LMS, which the SCO reads but cannot change', () => {
  const model = launched();
  for (const [element, value] of [['comment', '{lang=en}Welcome'], ['location', 'intro'], ['timestamp', '2004-04-01']] as const) {
    assertSet(model.lmsSetValue(`cmi.comments_from_lms.0.${element}`, value));
    assertValue(model.getValue(`cmi.comments_from_lms.0.${element}`), value);
  }
  assertError(model.setValue('cmi.comments_from_lms.0.comment', 'Bye'), 404);
});

test('both comment arrays list comment, location and timestamp as _children', () => {
  const model = launched();
  assertValue(model.getValue('cmi.comments_from_learner._children'), 'comment,location,timestamp');
  assertValue(model.getValue('cmi.comments_from_lms._children'), 'comment,location,timestamp');
});

test('many comments can be appended', () => {
  const model = launched();
  setAll(model, Array.from({ length: 300 }, (_, i) => [`cmi.comments_from_learner.${i}.comment`, `c${i}`] as const));
  assertValue(model.getValue('cmi.comments_from_learner._count'), '300');
});
