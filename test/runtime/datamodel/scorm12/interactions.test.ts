// SCORM 1.2 RTE §3.4.4 cmi.interactions.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultLimits } from '../../../../src/runtime/datamodel/data-model.js';
import { assertGet, assertGetError, assertSet, assertSetError, newModel, type Model } from './helpers.js';

function withInteraction(type?: string): Model {
  const model = newModel();
  assertSet(model, 'cmi.interactions.0.id', 'q1');
  if (type !== undefined) assertSet(model, 'cmi.interactions.0.type', type);
  return model;
}

test('setting the next index creates an interaction', () => {
  const model = withInteraction();
  assertGet(model, 'cmi.interactions._count', '1');
  assert.equal(model.state.interactions[0]?.id, 'q1');
});

test('every interaction element is write-only: reading answers 404', () => {
  const model = withInteraction('choice');
  for (const part of ['id', 'time', 'type', 'weighting', 'student_response', 'result', 'latency']) {
    assertGetError(model, `cmi.interactions.0.${part}`, 404);
  }
  assertSet(model, 'cmi.interactions.0.objectives.0.id', 'obj1');
  assertGetError(model, 'cmi.interactions.0.objectives.0.id', 404);
  assertSet(model, 'cmi.interactions.0.correct_responses.0.pattern', 'a');
  assertGetError(model, 'cmi.interactions.0.correct_responses.0.pattern', 404);
});

test('reading an interaction element answers 404 even where no interaction exists', () => {
  assertGetError(newModel(), 'cmi.interactions.5.id', 404);
});

test('an index past the next one answers 201 and creates nothing', () => {
  const model = newModel();
  assertSetError(model, 'cmi.interactions.1.id', 'q2', 201);
  assertGet(model, 'cmi.interactions._count', '0');
});

test('a refused value at the next index creates no phantom interaction', () => {
  const model = newModel();
  assertSetError(model, 'cmi.interactions.0.id', 'q 1', 405);
  assertSetError(model, 'cmi.interactions.0.objectives.0.id', 'o 1', 405);
  assertGet(model, 'cmi.interactions._count', '0');
});

test('interaction objectives: created in order, counted', () => {
  const model = withInteraction();
  assertGet(model, 'cmi.interactions.0.objectives._count', '0');
  assertSet(model, 'cmi.interactions.0.objectives.0.id', 'obj1');
  assertSet(model, 'cmi.interactions.0.objectives.1.id', 'obj2');
  assertGet(model, 'cmi.interactions.0.objectives._count', '2');
  assertSetError(model, 'cmi.interactions.0.objectives.3.id', 'obj4', 201);
  assertSetError(model, 'cmi.interactions.0.objectives.2.id', 'has space', 405);
});

test('a nested entry of the next interaction creates both', () => {
  const model = newModel();
  assertSet(model, 'cmi.interactions.0.objectives.0.id', 'obj1');
  assertGet(model, 'cmi.interactions._count', '1');
  assertGet(model, 'cmi.interactions.0.objectives._count', '1');
  assertSetError(model, 'cmi.interactions.1.objectives.1.id', 'obj2', 201);
  assertGet(model, 'cmi.interactions._count', '1');
});

test('the nested _counts of an interaction not recorded yet answer 0', () => {
  const model = newModel();
  assertGet(model, 'cmi.interactions.3.objectives._count', '0');
  assertGet(model, 'cmi.interactions.3.correct_responses._count', '0');
});

test('correct_responses: created in order, counted', () => {
  const model = withInteraction('choice');
  assertSet(model, 'cmi.interactions.0.correct_responses.0.pattern', 'a,b');
  assertSet(model, 'cmi.interactions.0.correct_responses.1.pattern', '{c,d}');
  assertGet(model, 'cmi.interactions.0.correct_responses._count', '2');
  assertSetError(model, 'cmi.interactions.0.correct_responses.5.pattern', 'a', 201);
});

test('time is a CMITime', () => {
  const model = withInteraction();
  assertSet(model, 'cmi.interactions.0.time', '14:05:09');
  assertSetError(model, 'cmi.interactions.0.time', '2024-01-01T14:05:09', 405);
  assertSetError(model, 'cmi.interactions.0.time', '', 405);
});

test('type takes the eight interaction types', () => {
  const model = withInteraction();
  for (const type of ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'likert', 'sequencing', 'numeric']) {
    assertSet(model, 'cmi.interactions.0.type', type);
  }
  assertSetError(model, 'cmi.interactions.0.type', 'multiple-choice', 405);
  assertSetError(model, 'cmi.interactions.0.type', 'true_false', 405);
});

test('weighting is a CMIDecimal', () => {
  const model = withInteraction();
  assertSet(model, 'cmi.interactions.0.weighting', '-1.5');
  assertSetError(model, 'cmi.interactions.0.weighting', 'heavy', 405);
});

test('result is correct, wrong, unanticipated, neutral or a decimal', () => {
  const model = withInteraction();
  for (const value of ['correct', 'wrong', 'unanticipated', 'neutral', '0.75']) assertSet(model, 'cmi.interactions.0.result', value);
  assertSetError(model, 'cmi.interactions.0.result', 'incorrect', 405);
  assertSetError(model, 'cmi.interactions.0.result', 'Correct', 405);
});

test('latency is a CMITimespan', () => {
  const model = withInteraction();
  assertSet(model, 'cmi.interactions.0.latency', '00:00:12.5');
  assertSetError(model, 'cmi.interactions.0.latency', 'PT12.5S', 405);
});

test('student_response follows the format of the interaction\'s type', () => {
  const model = withInteraction('choice');
  assertSet(model, 'cmi.interactions.0.student_response', 'a,c');
  assertSetError(model, 'cmi.interactions.0.student_response', 'choice_1', 405);
  assertSet(model, 'cmi.interactions.0.type', 'true-false');
  assertSet(model, 'cmi.interactions.0.student_response', 't');
  assertSetError(model, 'cmi.interactions.0.student_response', 'x', 405);
});

test('a correct response pattern follows the format of the interaction\'s type', () => {
  const model = withInteraction('matching');
  assertSet(model, 'cmi.interactions.0.correct_responses.0.pattern', '1.a,2.b');
  assertSetError(model, 'cmi.interactions.0.correct_responses.1.pattern', '1-a', 405);
  assertGet(model, 'cmi.interactions.0.correct_responses._count', '1');
});

test('a response set before the type is only bounded at 255 characters', () => {
  const model = withInteraction();
  assertSet(model, 'cmi.interactions.0.student_response', 'Paris, France');
  assertSetError(model, 'cmi.interactions.0.student_response', 'x'.repeat(256), 405);
});

test('interactions are kept apart by index', () => {
  const model = withInteraction('numeric');
  assertSet(model, 'cmi.interactions.1.type', 'choice');
  assertSet(model, 'cmi.interactions.1.student_response', 'b');
  assertSetError(model, 'cmi.interactions.0.student_response', 'b', 405);
  assert.equal(model.state.interactions[0]?.type, 'numeric');
});

test('nested arrays stop at maxArrayEntries with 405 too', () => {
  const model = newModel({ limits: { ...defaultLimits, maxArrayEntries: 1 } });
  assertSet(model, 'cmi.interactions.0.objectives.0.id', 'obj1');
  assertSetError(model, 'cmi.interactions.0.objectives.1.id', 'obj2', 405);
  assertSetError(model, 'cmi.interactions.1.id', 'q2', 405);
});

test('with leniency.scorm12FreeFormResponses a choice response may be the answer\'s text or id', () => {
  const model = newModel({ leniency: { scorm12FreeFormResponses: true } });
  assertSet(model, 'cmi.interactions.0.id', 'q1');
  assertSet(model, 'cmi.interactions.0.type', 'choice');
  assertSet(model, 'cmi.interactions.0.student_response', 'choice_1');
  assertSet(model, 'cmi.interactions.0.correct_responses.0.pattern', 'The Eiffel Tower');
});

test('with leniency.scorm12FreeFormResponses a response is still at most 255 characters', () => {
  const model = newModel({ leniency: { scorm12FreeFormResponses: true } });
  assertSet(model, 'cmi.interactions.0.id', 'q1');
  assertSetError(model, 'cmi.interactions.0.student_response', 'x'.repeat(256), 405);
});
