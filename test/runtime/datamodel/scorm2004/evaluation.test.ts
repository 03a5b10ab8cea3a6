// RTE §4.2.4.1 completion status and §4.2.22.1 success status evaluation (CTS DMB Act2–Act9).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertSet, assertValue, launched, setAll } from './setup.js';

test('without a completion threshold, completion_status is what the SCO set', () => {
  const model = launched();
  for (const status of ['completed', 'incomplete', 'not attempted', 'unknown']) {
    assertSet(model.setValue('cmi.completion_status', status));
    assertValue(model.getValue('cmi.completion_status'), status);
  }
});

test('a progress measure without a threshold does not change completion_status', () => {
  const model = launched();
  setAll(model, [['cmi.progress_measure', '1'], ['cmi.completion_status', 'incomplete']]);
  assertValue(model.getValue('cmi.completion_status'), 'incomplete');
});

test('with a threshold and no progress measure, completion_status is "unknown" whatever the SCO set', () => {
  const model = launched();
  assertSet(model.lmsSetValue('cmi.completion_threshold', '0.6'));
  assertSet(model.setValue('cmi.completion_status', 'completed'));
  assertValue(model.getValue('cmi.completion_status'), 'unknown');
});

test('with a threshold, the progress measure decides completion_status', () => {
  const model = launched();
  assertSet(model.lmsSetValue('cmi.completion_threshold', '0.6'));
  setAll(model, [['cmi.progress_measure', '0.7'], ['cmi.completion_status', 'incomplete']]);
  assertValue(model.getValue('cmi.completion_status'), 'completed');
  setAll(model, [['cmi.progress_measure', '0.5'], ['cmi.completion_status', 'completed']]);
  assertValue(model.getValue('cmi.completion_status'), 'incomplete');
  assertSet(model.setValue('cmi.progress_measure', '0.6'));
  assertValue(model.getValue('cmi.completion_status'), 'completed');
});

test('evaluation happens on GetValue: the stored status stays what the SCO set', () => {
  const model = launched();
  assertSet(model.lmsSetValue('cmi.completion_threshold', '0.6'));
  setAll(model, [['cmi.progress_measure', '0.9'], ['cmi.completion_status', 'incomplete']]);
  assertValue(model.getValue('cmi.completion_status'), 'completed');
  assert.equal(model.state.cmi.completion_status, 'incomplete');
});

test('without a passing score, success_status is what the SCO set', () => {
  const model = launched();
  setAll(model, [['cmi.score.scaled', '-1'], ['cmi.success_status', 'passed']]);
  assertValue(model.getValue('cmi.success_status'), 'passed');
});

test('with a passing score and no scaled score, success_status is "unknown" whatever the SCO set', () => {
  const model = launched();
  assertSet(model.lmsSetValue('cmi.scaled_passing_score', '-0.5'));
  assertSet(model.setValue('cmi.success_status', 'passed'));
  assertValue(model.getValue('cmi.success_status'), 'unknown');
});

test('with a passing score, the scaled score decides success_status (DMB Act4V2)', () => {
  const model = launched();
  assertSet(model.lmsSetValue('cmi.scaled_passing_score', '-0.5'));
  for (const [scaled, status] of [['-1.0', 'failed'], ['1.0', 'passed'], ['-0.2', 'passed'], ['-0.5', 'passed'], ['-0.51', 'failed']]) {
    assertSet(model.setValue('cmi.score.scaled', scaled!));
    assertValue(model.getValue('cmi.success_status'), status!);
  }
});

test('the thresholds outrank what the SCO set (DMB Act6)', () => {
  const model = launched();
  assertSet(model.lmsSetValue('cmi.scaled_passing_score', '0.6'));
  assertSet(model.lmsSetValue('cmi.completion_threshold', '0.6'));
  setAll(model, [['cmi.progress_measure', '0.5'], ['cmi.score.scaled', '0.5'], ['cmi.completion_status', 'completed'], ['cmi.success_status', 'passed']]);
  assertValue(model.getValue('cmi.completion_status'), 'incomplete');
  assertValue(model.getValue('cmi.success_status'), 'failed');
});
