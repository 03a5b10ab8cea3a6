// SCORM 1.2 RTE §3.4 data type CMIVocabulary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  EXIT_VOCABULARY,
  RESULT_VOCABULARY,
  STATUS_VOCABULARY,
  TIME_LIMIT_ACTION_VOCABULARY,
} from '../../../../src/runtime/datamodel/types/cmi-vocabulary.js';

test('vocabularies are exact and case-sensitive', () => {
  assert.equal(STATUS_VOCABULARY.has('passed'), true);
  assert.equal(STATUS_VOCABULARY.has('Passed'), false);
  assert.equal(STATUS_VOCABULARY.has('passed '), false);
});

test('the exit and time_limit_action vocabularies include ""', () => {
  assert.equal(EXIT_VOCABULARY.has(''), true);
  assert.equal(TIME_LIMIT_ACTION_VOCABULARY.has(''), true);
  assert.equal(STATUS_VOCABULARY.has(''), false);
});

test('2004 tokens are not 1.2 tokens', () => {
  assert.equal(EXIT_VOCABULARY.has('normal'), false);
  assert.equal(RESULT_VOCABULARY.has('incorrect'), false);
});

test('inherited object names are not vocabulary members', () => {
  assert.equal(STATUS_VOCABULARY.has('__proto__'), false);
  assert.equal(STATUS_VOCABULARY.has('constructor'), false);
});
