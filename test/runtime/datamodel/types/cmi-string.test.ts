// SCORM 1.2 RTE §3.4 data types CMIString255 / CMIString4096.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isCMIString255, isCMIString4096 } from '../../../../src/runtime/datamodel/types/cmi-string.js';

test('CMIString255 holds up to 255 characters, "" included', () => {
  assert.equal(isCMIString255(''), true);
  assert.equal(isCMIString255('x'.repeat(255)), true);
  assert.equal(isCMIString255('x'.repeat(256)), false);
});

test('CMIString4096 holds up to 4096 characters', () => {
  assert.equal(isCMIString4096('x'.repeat(4096)), true);
  assert.equal(isCMIString4096('x'.repeat(4097)), false);
});

test('lengths count UTF-16 code units, as ADL\'s validator does', () => {
  assert.equal(isCMIString255('😀'.repeat(127)), true);
  assert.equal(isCMIString255('😀'.repeat(128)), false);
});
