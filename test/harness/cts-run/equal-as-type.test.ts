// ADL's evaluator compares GetValue answers as values of the element's type (DMElement.equals).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { equalAsType } from '../../../src/harness/cts-run/equal-as-type.js';

test('the same characters are always equal', () => {
  assert.equal(equalAsType('cmi.location', 'abc', 'abc', undefined), true);
  assert.equal(equalAsType('cmi.location', 'abc', 'abd', undefined), false);
});

test('real(10,7) elements compare as numbers (RTE §4.2.20 score, §4.2.18 progress_measure)', () => {
  assert.equal(equalAsType('cmi.score.scaled', '0.50', '0.5', undefined), true);
  assert.equal(equalAsType('cmi.objectives.0.progress_measure', '1', '1.0', undefined), true);
  assert.equal(equalAsType('cmi.completion_threshold', '0.8', '0.81', undefined), false);
});

test('a text element is not compared as a number', () => {
  assert.equal(equalAsType('cmi.location', '1.0', '1', undefined), false);
});

test('timeinterval elements compare as durations (RTE §4.2.25 total_time)', () => {
  assert.equal(equalAsType('cmi.total_time', 'PT2H20S', 'PT2H0M20S', undefined), true);
  assert.equal(equalAsType('cmi.max_time_allowed', 'PT1H', 'PT60M', undefined), true);
  assert.equal(equalAsType('cmi.total_time', 'PT1H', 'PT1H1S', undefined), false);
});

test('timestamps compare as instants', () => {
  assert.equal(equalAsType('cmi.interactions.0.timestamp', '2024-01-01T10:00:00Z', '2024-01-01T10:00:00.0Z', undefined), true);
});

test('_children lists compare as sets of names', () => {
  assert.equal(equalAsType('cmi.objectives._children', 'id,score', 'score,id', undefined), true);
  assert.equal(equalAsType('cmi.objectives._children', 'id,score', 'id', undefined), false);
});

test('numeric interaction patterns compare each bound as a number', () => {
  assert.equal(equalAsType('cmi.interactions.0.correct_responses.0.pattern', '82.3960', '82.396', 'numeric'), true);
  assert.equal(equalAsType('cmi.interactions.0.correct_responses.0.pattern', '1[:]2.0', '1.0[:]2', 'numeric'), true);
  assert.equal(equalAsType('cmi.interactions.0.learner_response', '82.3960', '82.396', 'choice'), false);
});

test('a pattern delimiter that states its default equals its absence (RTE §4.2.9.1; CTS DMI)', () => {
  assert.equal(equalAsType('cmi.interactions.3.correct_responses.0.pattern', 'a[,]b', '{order_matters=true}a[,]b', 'fill-in'), true);
  assert.equal(equalAsType('cmi.interactions.3.correct_responses.0.pattern', 'a[,]b', '{case_matters=false}a[,]b', 'fill-in'), true);
  assert.equal(equalAsType('cmi.interactions.3.correct_responses.0.pattern', 'a[,]b', '{order_matters=false}a[,]b', 'fill-in'), false);
});

test('pattern delimiters compare as a set, in any order (CTS DMI)', () => {
  const element = 'cmi.interactions.4.correct_responses.0.pattern';
  assert.equal(equalAsType(element, '{case_matters=true}{lang=eng}text', '{lang=eng}{case_matters=true}text', 'long-fill-in'), true);
  assert.equal(equalAsType(element, '{case_matters=true}{lang=eng}text', '{lang=fre}{case_matters=true}text', 'long-fill-in'), false);
});
