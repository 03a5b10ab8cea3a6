// The saved state: plain JSON, checked when loaded back against the JSON Schema generated from
// the zod schema (state-schema.ts → state.json-schema.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkJsonSchema } from '../../../../src/runtime/json-schema/json-schema.js';
import { scorm2004Model } from '../../../../src/runtime/datamodel/scorm2004/index.js';
import { launched, setAll } from './setup.js';

const check = (state: unknown) => checkJsonSchema(state, scorm2004Model.stateJsonSchema);

test('a state with every kind of element survives JSON and the schema', () => {
  const model = launched();
  setAll(model, [
    ['cmi.location', 'p1'],
    ['cmi.objectives.0.id', 'obj-1'],
    ['cmi.objectives.0.score.scaled', '0.5'],
    ['cmi.interactions.0.id', 'q1'],
    ['cmi.interactions.0.type', 'choice'],
    ['cmi.interactions.0.correct_responses.0.pattern', 'a[,]b'],
    ['cmi.interactions.0.objectives.0.id', 'obj-1'],
    ['cmi.comments_from_learner.0.comment', 'Nice'],
  ]);
  const saved = JSON.parse(JSON.stringify(model.state));
  assert.equal(check(saved), undefined);
  assert.deepEqual(saved, model.state);
});

test('a corrupt state is refused, naming the bad element', () => {
  const state = JSON.parse(JSON.stringify(scorm2004Model.newAttemptState()));
  state.cmi.completion_status = 'done';
  assert.deepEqual(check(state)?.path, ['cmi', 'completion_status']);
});

test('an interaction with an unknown type is refused', () => {
  const state = JSON.parse(JSON.stringify(scorm2004Model.newAttemptState()));
  state.cmi.interactions.push({ id: 'q1', type: 'essay', objectives: [], correct_responses: [] });
  assert.deepEqual(check(state)?.path, ['cmi', 'interactions', 0, 'type']);
});
