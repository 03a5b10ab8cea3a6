// SCORM 1.2 RTE §3.4 data type CMIIdentifier.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCMIIdentifier } from '../../../../src/runtime/datamodel/types/cmi-identifier.js';

test('an identifier is 1 to 255 characters without white space', () => {
  assert.equal(isCMIIdentifier('obj1'), true);
  assert.equal(isCMIIdentifier('Scene1_Slide3-q:1.a'), true);
  assert.equal(isCMIIdentifier('x'.repeat(255)), true);
  assert.equal(isCMIIdentifier('x'.repeat(256)), false);
});

test('a blank identifier is refused (ADL PT1832)', () => {
  assert.equal(isCMIIdentifier(''), false);
});

test('spaces, other white space and control characters are refused', () => {
  assert.equal(isCMIIdentifier('obj 1'), false);
  assert.equal(isCMIIdentifier('obj\t1'), false);
  assert.equal(isCMIIdentifier('obj\n'), false);
  assert.equal(isCMIIdentifier('obj\u00a01'), false);
  assert.equal(isCMIIdentifier('obj\u00001'), false);
});
