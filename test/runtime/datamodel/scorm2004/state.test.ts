// The saved state: plain JSON, checked by the zod schema when loaded back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scorm2004Model } from '../../../../src/runtime/datamodel/scorm2004/index.js';
import { launched, setAll } from './setup.js';

const stateSchema = await scorm2004Model.loadStateSchema();

test('a state with every kind of element survives JSON and the schema unchanged', () => {
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
  const parsed = stateSchema.safeParse(saved);
  assert.equal(parsed.success, true);
  assert.deepEqual(parsed.data, model.state);
});

test('a corrupt state is refused by the schema, naming the bad element', () => {
  const state = JSON.parse(JSON.stringify(scorm2004Model.newAttemptState()));
  state.cmi.completion_status = 'done';
  const parsed = stateSchema.safeParse(state);
  assert.equal(parsed.success, false);
  assert.match(JSON.stringify(parsed.error?.issues), /completion_status/);
});

test('an interaction with an unknown type is refused by the schema', () => {
  const state = JSON.parse(JSON.stringify(scorm2004Model.newAttemptState()));
  state.cmi.interactions.push({ id: 'q1', type: 'essay', objectives: [], correct_responses: [] });
  assert.equal(stateSchema.safeParse(state).success, false);
});
