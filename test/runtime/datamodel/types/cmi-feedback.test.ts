// SCORM 1.2 RTE §3.4 data type CMIFeedback, per interaction type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCMIFeedback } from '../../../../src/runtime/datamodel/types/cmi-feedback.js';

function check(type: string, valid: string[], invalid: string[]) {
  for (const value of valid) assert.equal(isCMIFeedback(value, type), true, `${type}: ${JSON.stringify(value)}`);
  for (const value of invalid) assert.equal(isCMIFeedback(value, type), false, `${type}: ${JSON.stringify(value)}`);
}

test('true-false: 0, 1, t or f, the first character deciding', () => {
  check('true-false', ['0', '1', 't', 'f', 'true', 'false'], ['yes', 'T', 'x', '2']);
});

test('choice: single characters separated by commas, optionally in braces', () => {
  check('choice', ['a', '1', 'a,c', 'a,b,9', '{a,c}'], ['ab', 'a,', ',a', 'a;b', 'A', '{a,c', '{}', 'a, b']);
});

test('fill-in: any string of at most 255 characters', () => {
  check('fill-in', ['Paris', ' a b ', 'x'.repeat(255)], ['x'.repeat(256)]);
});

test('numeric: a CMIDecimal', () => {
  check('numeric', ['42', '-1.5'], ['4 2', 'forty', '1e2']);
});

test('likert: a single character', () => {
  check('likert', ['3', 'c'], ['34', 'C', 'strongly agree']);
});

test('matching: source.target pairs, optionally in braces', () => {
  check('matching', ['1.a', '1.a,2.c', '{1.a,2.b}'], ['1a', '1.ab', '1.a,', 'a-b', '1.a;2.b']);
});

test('performance: any string of at most 255 characters', () => {
  check('performance', ['step1 then step2'], ['x'.repeat(256)]);
});

test('sequencing: single characters separated by commas, no braces', () => {
  check('sequencing', ['c,a,b', 'a'], ['{a,b}', 'ca', 'a,,b']);
});

test('an empty response is accepted for every type', () => {
  for (const type of ['true-false', 'choice', 'fill-in', 'numeric', 'likert', 'matching', 'performance', 'sequencing', '']) {
    assert.equal(isCMIFeedback('', type), true, type);
  }
});

test('before the type is known, a response is bounded at 255 characters only', () => {
  check('', ['anything at all', 'x'.repeat(255)], ['x'.repeat(256)]);
});
