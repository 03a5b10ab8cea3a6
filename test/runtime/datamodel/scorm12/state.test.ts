// The SCORM 1.2 state: plain JSON, validated when loaded back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scorm12Model } from '../../../../src/runtime/datamodel/scorm12/index.js';
import { assertSet, newModel } from './helpers.js';

const stateSchema = await scorm12Model.loadStateSchema();

test('a new attempt state passes the schema', () => {
  assert.equal(stateSchema.safeParse(scorm12Model.newAttemptState()).success, true);
});

test('a state filled through the data model survives JSON and the schema', () => {
  const model = newModel();
  assertSet(model, 'cmi.core.lesson_status', 'passed');
  assertSet(model, 'cmi.objectives.0.status', 'failed');
  assertSet(model, 'cmi.interactions.0.type', 'choice');
  assertSet(model, 'cmi.interactions.0.correct_responses.0.pattern', 'a');
  const loaded = stateSchema.safeParse(JSON.parse(JSON.stringify(model.state)));
  assert.deepEqual(loaded, { success: true, data: model.state });
});

test('a corrupt save is refused and the offending path named', () => {
  const state = scorm12Model.newAttemptState();
  const corrupt = { ...state, core: { ...state.core, credit: 'maybe' } };
  const result = stateSchema.safeParse(corrupt);
  assert.equal(result.success, false);
  assert.deepEqual(result.success ? [] : result.error.issues[0]?.path, ['core', 'credit']);
});

test('a save missing an element is refused', () => {
  const { suspend_data: _dropped, ...rest } = scorm12Model.newAttemptState();
  assert.equal(stateSchema.safeParse(rest).success, false);
});

test('scorm12Model declares version 1.2', () => {
  assert.equal(scorm12Model.version, '1.2');
});
