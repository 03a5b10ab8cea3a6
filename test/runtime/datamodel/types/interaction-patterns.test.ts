// SCORM 2004 4th ed. RTE §4.2.9: interaction types, correct_responses patterns and learner
// responses; vectors from ADL's CTS (DMI) and ADL's SampleRTE rules. dmi-vectors.test.ts
// replays the full DMI script, long values included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  correctResponseLimit,
  isCorrectResponsePattern,
  isInteractionType,
  isLearnerResponse,
  samePattern,
  type InteractionType,
} from '../../../../src/runtime/datamodel/types/interaction-patterns.js';

function checkPatterns(type: InteractionType, valid: string[], invalid: string[]) {
  for (const p of valid) assert.equal(isCorrectResponsePattern(type, p), true, JSON.stringify(p));
  for (const p of invalid) assert.equal(isCorrectResponsePattern(type, p), false, JSON.stringify(p));
}

function checkResponses(type: InteractionType, valid: string[], invalid: string[]) {
  for (const r of valid) assert.equal(isLearnerResponse(type, r), true, JSON.stringify(r));
  for (const r of invalid) assert.equal(isLearnerResponse(type, r), false, JSON.stringify(r));
}

test('the ten interaction types, and nothing else, are types (DMI)', () => {
  for (const t of [
    'true-false', 'choice', 'fill-in', 'long-fill-in', 'likert', 'matching', 'performance', 'sequencing',
    'numeric', 'other',
  ]) {
    assert.equal(isInteractionType(t), true, t);
  }
  for (const t of ['other-fill-in', 'true', '', 'illegal_state', 'Choice', '__proto__', 'toString']) {
    assert.equal(isInteractionType(t), false, t);
  }
});

test('true-false: exactly true or false (DMI)', () => {
  checkPatterns('true-false', ['true', 'false'], ['true-false', 'invalid', '', 'TRUE', 'a[,]a']);
  checkResponses('true-false', ['true', 'false'], ['true-false', 'invalid', '']);
});

test('choice: "" or distinct short identifiers joined by [,] (DMI)', () => {
  const valid = ['', 'z', 'a[,]b[,]c', 'uri.uri.uri.abcd[,]testuri', 'CRPattern2'];
  const invalid = ['[,]', '[,]a', 'a[,]', 'a[,][,]b', 'a[,]b[,]a', '{}{[]}{}{[]}{}', 'a b'];
  checkPatterns('choice', valid, invalid);
  checkResponses('choice', valid, invalid);
});

test('fill-in patterns: case_matters and order_matters in either order, then match texts (DMI)', () => {
  checkPatterns(
    'fill-in',
    [
      '', '[,]', 'z', '{lang=en}', '{lang=eng}z', '{lang=en-US}z', '{order_matters=false}z',
      '{case_matters=true}z', 'uri.uri.uri[.]abcd[,]testuri', '{}{[]}{}{[]}{}',
      '{case_matters=true}{lang=eng}{order_matters=true}z', '{lang=eng}{case_matters=invalid}a[,]b',
      '{lang=en-US}a[,]{lang=en-US}b', '{order_matters=true}{case_matters=false}x',
      '{case_matters=true}{case_matters=nonsense}x',
    ],
    [
      '{lang=frl}z', '{lang=exg}z', '{lang=sp}z', '{lang=ruq-JM}z', 'a[,]{lang=frl}b',
      '{order_matters=true-false}z', '{order_matters=invalid}z', '{case_matters=true-false}z',
      '{case_matters=invalid}z', '{case_matters=true-false}{lang=frl}{order_matters=true-false}z', '{lang=}x',
    ],
  );
});

test('fill-in responses: match texts; delimiters other than lang are text (DMI)', () => {
  checkResponses('fill-in', [
    ' ', '', '{lang=en}', '[,]', 'z', '{lang=fr}This should pass', '{case_matters=true}x', '{}{[]}{}{[]}{}',
  ], ['{lang=frl}z', 'a[,]{lang=}b']);
});

test('long-fill-in patterns: case_matters and lang in either order, then text (DMI)', () => {
  checkPatterns(
    'long-fill-in',
    [
      '', ' ', 'z', '{lang=en}', '{lang=eng}z', '{case_matters=true}{lang=eng}z',
      '{lang=eng}{case_matters=true}z', '{case_matters=false}{lang=en-US}z', 'uri.uri.uri.uri.abcd[,]testuri',
      '{}{[]}{}{[]}{}', 'q'.repeat(4001),
    ],
    [
      '{lang=frl}z', '{lang=sp}z', '{lang=ruq-JM}z', '{case_matters=true-false}z', '{case_matters=invalid}z',
      '{case_matters=true-false}{lang=frl}z', '{lang=frl}{case_matters=true-false}z', '{lang=}z',
    ],
  );
});

test('long-fill-in responses: localized strings; case_matters is text there', () => {
  checkResponses('long-fill-in', [
    '', ' ', '{lang=en}', 'uri.uri.uri[.]abcd[,]testuri', '{case_matters=true}x',
  ], ['{lang=frl}z', '{lang=}']);
});

test('likert: one short identifier (DMI)', () => {
  const invalid = ['', 'uri.uri.uri[.]abcd[,]testuri', '{}{[]}{}{[]}{}', 'a b'];
  checkPatterns('likert', ['z', 'asdf0987654321'], invalid);
  checkResponses('likert', ['z', 'asdf0987654321'], invalid);
});

test('matching patterns: source[.]target pairs of identifiers; repeats allowed (DMI)', () => {
  checkPatterns(
    'matching',
    ['a[.]b', 'a[.]b[,]c[.]d', 'a[.]b[,]a[.]b', 'uri.uri[.]x'],
    [
      '', ' ', 'z', 'a[.]', '[.]b', '[,]a[.]b', '[.]a[.]b', 'a[.]b[,]', 'a[.]b[.]c',
      'uri.uri.uri[.]abcd[,]testuri', '{}{[]}{}{[]}{}', 'a[.]b c',
    ],
  );
});

test('matching responses: like patterns, or blank', () => {
  checkResponses('matching', ['', ' ', 'a[.]b[,]c[.]d'], [
    'z', 'a[.]', '[,]a[.]b', 'uri.uri.uri[.]abcd[,]testuri',
  ]);
});

test('performance patterns: order_matters, then name[.]answer steps (DMI)', () => {
  checkPatterns(
    'performance',
    [
      'a[.]b', '[.]answer', 'name[.]', '{order_matters=true}a[.]b', '{order_matters=false}a[.]free text!',
      's1[.]1[:]5[,]s2[.][:]3', 's1[.]-2.5[:]', 's1[.][:]',
    ],
    [
      '', '[.]', 'z', '[,]a[.]b', '[.]a[.]b', 'a[.]b[,]', 'a[.]b[,][,]c[.]d',
      '{order_matters=true-false}a[.]b', '{order_matters=invalid}a[.]b', 'uri.uri.uri[.]abcd[,]testuri',
      '{}{[]}{}{[]}{}', 'a b[.]c', 's[.]5[:]1', 's[.]abc[:]', 's[.]1[:]2[:]3',
    ],
  );
});

test('performance responses: steps; {order_matters} is no delimiter there', () => {
  checkResponses('performance', ['a[.]b', '[.]x', 'x[.]'], [
    '', '{order_matters=true}a[.]b', 'uri.uri.uri[.]abcd[,]testuri',
  ]);
});

test('sequencing: one or more short identifiers joined by [,]; repeats allowed (DMI)', () => {
  const valid = ['z', 'a[,]b', 'a[,]a', 'CR1'];
  const invalid = ['', '[,]', '[,]a', 'a[,]', 'uri.uri.uri[.]abcd[,]testuri', '{}{[]}{}{[]}{}'];
  checkPatterns('sequencing', valid, invalid);
  checkResponses('sequencing', valid, invalid);
});

test('numeric patterns: min[:]max with optional real bounds, min ≤ max (DMI)', () => {
  checkPatterns(
    'numeric',
    ['3[:]10', '3.333[:]4.0', '-1000.333[:]-1.00', '-0.45678[:]90000', '5[:]5', '[:]5', '5[:]', '[:]'],
    ['300[:]1.5', '30[:]-4500', '100,000.00', 'invalid', '5', '', '1[:]2[:]3', 'a[:]2', '1[:]b'],
  );
});

test('numeric responses: a single real (DMI)', () => {
  checkResponses('numeric', ['410', '4', '-0.23100', '-234.23003', '3'], [
    '3.1456200.045', '4000.003a', '-400[:]-500.00', 'invalid', '',
  ]);
});

test('other: any characterstring (DMI)', () => {
  const valid = ['', 'uri.uri.uri[.]abcd[,]testuri', '{}{[]}{}{[]}{}', 'q'.repeat(4001)];
  checkPatterns('other', valid, ['\uD800']);
  checkResponses('other', valid, ['\uDC00']);
});

test('true-false, likert, numeric and other take one pattern; the rest are unbounded (ADL)', () => {
  for (const t of [
    'true-false', 'likert', 'numeric', 'other',
  ] as const) assert.equal(correctResponseLimit(t), 1, t);
  for (const t of ['choice', 'fill-in', 'long-fill-in', 'matching', 'performance', 'sequencing'] as const) {
    assert.equal(correctResponseLimit(t), Number.POSITIVE_INFINITY, t);
  }
});

test('choice patterns are duplicates when they name the same set of choices', () => {
  assert.equal(samePattern('choice', 'a[,]b', 'b[,]a'), true);
  assert.equal(samePattern('choice', '', ''), true);
  assert.equal(samePattern('choice', 'a[,]b', 'a'), false);
  assert.equal(samePattern('choice', 'a[,]b', 'a[,]c'), false);
});

test('sequencing patterns are duplicates only in the same order', () => {
  assert.equal(samePattern('sequencing', 'a[,]b', 'a[,]b'), true);
  assert.equal(samePattern('sequencing', 'a[,]b', 'b[,]a'), false);
});

test('patterns of other types are never duplicates (ADL accepts repeats)', () => {
  for (const t of ['fill-in', 'long-fill-in', 'matching', 'performance', 'true-false', 'numeric'] as const) {
    assert.equal(samePattern(t, '', ''), false, t);
  }
});
