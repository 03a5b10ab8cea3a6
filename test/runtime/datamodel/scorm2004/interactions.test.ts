// SCORM 2004 4th ed. RTE §4.2.9 cmi.interactions: dependencies, types, patterns, responses.
import { test } from 'node:test';
import { assertError, assertSet, assertValue, launched, setAll } from './setup.js';

function withInteraction(type?: string) {
  const model = launched();
  assertSet(model.setValue('cmi.interactions.0.id', 'q1'));
  if (type !== undefined) assertSet(model.setValue('cmi.interactions.0.type', type));
  return model;
}

test('an interaction is created by setting its id at index _count', () => {
  const model = withInteraction();
  assertValue(model.getValue('cmi.interactions._count'), '1');
  assertValue(model.getValue('cmi.interactions.0.id'), 'q1');
  assertValue(model.getValue('cmi.interactions.0.objectives._count'), '0');
  assertValue(model.getValue('cmi.interactions.0.correct_responses._count'), '0');
});

test('every other element of a new interaction is 408 and creates nothing', () => {
  const model = launched();
  const elements = [
    ['type', 'choice'],
    ['objectives.0.id', 'obj'],
    ['timestamp', '2003-07-25T03:00:00'],
    ['correct_responses.0.pattern', 'a'],
    ['weighting', '1'],
    ['learner_response', 'a'],
    ['result', 'correct'],
    ['latency', 'PT5S'],
    ['description', 'Question 1'],
  ];
  for (const [element, value] of elements) assertError(model.setValue(`cmi.interactions.0.${element}`, value!), 408);
  assertValue(model.getValue('cmi.interactions._count'), '0');
});

test('an interaction starts with every element but the id uninitialized', () => {
  const model = withInteraction();
  for (const element of ['type', 'timestamp', 'weighting', 'learner_response', 'result', 'latency', 'description']) {
    assertError(model.getValue(`cmi.interactions.0.${element}`), 403);
  }
});

test('learner_response and correct_responses need the type first (408)', () => {
  const model = withInteraction();
  assertError(model.setValue('cmi.interactions.0.learner_response', 'true'), 408);
  assertError(model.setValue('cmi.interactions.0.correct_responses.0.pattern', 'true'), 408);
  assertValue(model.getValue('cmi.interactions.0.correct_responses._count'), '0');
});

test('an interaction id may change and repeat (journaling), unlike an objective id', () => {
  const model = withInteraction();
  assertSet(model.setValue('cmi.interactions.0.id', 'q1-renamed'));
  assertSet(model.setValue('cmi.interactions.1.id', 'q1-renamed'));
  assertValue(model.getValue('cmi.interactions.0.id'), 'q1-renamed');
  assertValue(model.getValue('cmi.interactions._count'), '2');
});

test('an invalid interaction id is 406', () => {
  const model = launched();
  assertError(model.setValue('cmi.interactions.0.id', ''), 406);
  assertError(model.setValue('cmi.interactions.0.id', 'urn:'), 406);
});

test('the type is one of the ten interaction types', () => {
  const model = withInteraction();
  for (const type of ['true-false', 'choice', 'fill-in', 'long-fill-in', 'likert', 'matching', 'performance', 'sequencing', 'numeric', 'other']) {
    assertSet(model.setValue('cmi.interactions.0.type', type));
  }
  assertError(model.setValue('cmi.interactions.0.type', 'essay'), 406);
  assertValue(model.getValue('cmi.interactions.0.type'), 'other');
});

test('the interaction elements check their data types', () => {
  const model = withInteraction('true-false');
  assertError(model.setValue('cmi.interactions.0.timestamp', '2039-01-01'), 406);
  assertError(model.setValue('cmi.interactions.0.weighting', 'heavy'), 406);
  assertError(model.setValue('cmi.interactions.0.result', 'wrong'), 406);
  assertError(model.setValue('cmi.interactions.0.result', '34,000.00'), 406);
  assertError(model.setValue('cmi.interactions.0.latency', 'PT'), 406);
  assertError(model.setValue('cmi.interactions.0.description', '{lang=}x'), 406);
  assertError(model.setValue('cmi.interactions.0.learner_response', 'yes'), 406);
});

test('the interaction elements round-trip', () => {
  const model = withInteraction('true-false');
  const values = [
    ['cmi.interactions.0.timestamp', '2004-07-25T03:00:00.5Z'],
    ['cmi.interactions.0.weighting', '2.5'],
    ['cmi.interactions.0.learner_response', 'false'],
    ['cmi.interactions.0.result', '-0.5'],
    ['cmi.interactions.0.latency', 'PT1M5S'],
    ['cmi.interactions.0.description', '{lang=en}The sky is green'],
    ['cmi.interactions.0.objectives.0.id', 'obj-1'],
    ['cmi.interactions.0.correct_responses.0.pattern', 'true'],
  ] as const;
  setAll(model, values);
  for (const [element, value] of values) assertValue(model.getValue(element), value);
  assertSet(model.setValue('cmi.interactions.0.result', 'unanticipated'));
});

test('an interaction objective id is unique within the interaction (351) and may change', () => {
  const model = withInteraction();
  setAll(model, [['cmi.interactions.0.objectives.0.id', 'obj-1'], ['cmi.interactions.0.objectives.1.id', 'obj-2']]);
  assertError(model.setValue('cmi.interactions.0.objectives.1.id', 'obj-1'), 351);
  assertError(model.setValue('cmi.interactions.0.objectives.2.id', 'obj-2'), 351);
  assertSet(model.setValue('cmi.interactions.0.objectives.1.id', 'obj-3'));
  assertValue(model.getValue('cmi.interactions.0.objectives._count'), '2');
});

test('interaction objectives are filled in order (351) and read within _count (301)', () => {
  const model = withInteraction();
  assertError(model.setValue('cmi.interactions.0.objectives.1.id', 'obj-1'), 351);
  assertError(model.getValue('cmi.interactions.0.objectives.0.id'), 301);
});

test('single-pattern types take one correct response: a second is 351', () => {
  for (const [type, pattern] of [['true-false', 'true'], ['likert', 'agree'], ['numeric', '1[:]5'], ['other', 'anything']] as const) {
    const model = withInteraction(type);
    assertSet(model.setValue('cmi.interactions.0.correct_responses.0.pattern', pattern));
    assertError(model.setValue('cmi.interactions.0.correct_responses.1.pattern', pattern), 351);
    assertSet(model.setValue('cmi.interactions.0.correct_responses.0.pattern', pattern));
  }
});

test('choice patterns must differ as sets: a duplicate is 351', () => {
  const model = withInteraction('choice');
  assertSet(model.setValue('cmi.interactions.0.correct_responses.0.pattern', 'a[,]b'));
  assertError(model.setValue('cmi.interactions.0.correct_responses.1.pattern', 'b[,]a'), 351);
  assertSet(model.setValue('cmi.interactions.0.correct_responses.1.pattern', 'a[,]c'));
  assertSet(model.setValue('cmi.interactions.0.correct_responses.0.pattern', 'a[,]b'));
});

test('sequencing patterns must differ: a duplicate is 351', () => {
  const model = withInteraction('sequencing');
  assertSet(model.setValue('cmi.interactions.0.correct_responses.0.pattern', 'a[,]b'));
  assertError(model.setValue('cmi.interactions.0.correct_responses.1.pattern', 'a[,]b'), 351);
  assertSet(model.setValue('cmi.interactions.0.correct_responses.1.pattern', 'b[,]a'));
});

test('fill-in patterns may repeat', () => {
  const model = withInteraction('fill-in');
  assertSet(model.setValue('cmi.interactions.0.correct_responses.0.pattern', ''));
  assertSet(model.setValue('cmi.interactions.0.correct_responses.1.pattern', ''));
});

test('a pattern in the wrong format for the type is 406 and creates nothing', () => {
  const model = withInteraction('numeric');
  assertError(model.setValue('cmi.interactions.0.correct_responses.0.pattern', '300[:]1.5'), 406);
  assertValue(model.getValue('cmi.interactions.0.correct_responses._count'), '0');
});

test('a different type drops the correct responses and learner response of the old one', () => {
  const model = withInteraction('true-false');
  setAll(model, [['cmi.interactions.0.correct_responses.0.pattern', 'true'], ['cmi.interactions.0.learner_response', 'true']]);
  assertSet(model.setValue('cmi.interactions.0.type', 'true-false'));
  assertValue(model.getValue('cmi.interactions.0.correct_responses._count'), '1');
  assertSet(model.setValue('cmi.interactions.0.type', 'choice'));
  assertValue(model.getValue('cmi.interactions.0.correct_responses._count'), '0');
  assertError(model.getValue('cmi.interactions.0.learner_response'), 403);
});

test('correct_responses and interaction objectives have no _children (301)', () => {
  const model = withInteraction('choice');
  assertError(model.getValue('cmi.interactions.0.correct_responses._children'), 301);
  assertError(model.getValue('cmi.interactions.0.objectives._children'), 301);
});
