// The SCORM 1.2 state: plain JSON, checked when loaded back against the JSON Schema generated
// from the zod schema (state-schema.ts → state.json-schema.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkJsonSchema } from '../../../../src/runtime/json-schema/json-schema.js';
import { scorm12Model } from '../../../../src/runtime/datamodel/scorm12/index.js';
import { assertSet, newModel } from './helpers.js';

const check = (state: unknown) => checkJsonSchema(state, scorm12Model.stateJsonSchema);

test('a new attempt state passes the schema', () => {
  assert.equal(check(scorm12Model.newAttemptState()), undefined);
});

test('a state filled through the data model survives JSON and the schema', () => {
  const model = newModel();
  assertSet(model, 'cmi.core.lesson_status', 'passed');
  assertSet(model, 'cmi.objectives.0.status', 'failed');
  assertSet(model, 'cmi.interactions.0.type', 'choice');
  assertSet(model, 'cmi.interactions.0.correct_responses.0.pattern', 'a');
  const saved = JSON.parse(JSON.stringify(model.state));
  assert.equal(check(saved), undefined);
  assert.deepEqual(saved, model.state);
});

test('a corrupt save is refused and the offending path named', () => {
  const state = scorm12Model.newAttemptState();
  const corrupt = { ...state, core: { ...state.core, credit: 'maybe' } };
  assert.deepEqual(check(corrupt)?.path, ['core', 'credit']);
});

test('a save missing an element is refused', () => {
  const { suspend_data: _dropped, ...rest } = scorm12Model.newAttemptState();
  assert.deepEqual(check(rest), { path: ['suspend_data'], message: 'required, but missing' });
});

test('scorm12Model declares version 1.2', () => {
  assert.equal(scorm12Model.version, '1.2');
});
