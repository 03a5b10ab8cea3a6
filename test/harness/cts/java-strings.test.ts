import { test } from 'node:test';
import assert from 'node:assert/strict';
import { javaFormat, javaSplit } from '../../../src/harness/cts/java-strings.js';

test('javaSplit keeps inner and leading empty pieces and drops trailing ones', () => {
  assert.deepEqual(javaSplit('I->->t->0', '->'), ['I', '', 't', '0']);
  assert.deepEqual(javaSplit('->x', '->'), ['', 'x']);
  assert.deepEqual(javaSplit('GET->c~SD->->', '->'), ['GET', 'c~SD']);
});

test('javaSplit gives the whole text when the separator is absent, and nothing for separators only', () => {
  assert.deepEqual(javaSplit('', '~'), ['']);
  assert.deepEqual(javaSplit('abc', '~'), ['abc']);
  assert.deepEqual(javaSplit('~~', '~'), []);
});

test('javaFormat fills %s in order, keeps %% as %, and ignores extra arguments', () => {
  assert.equal(javaFormat('{target=%s}', ['a1']), '{target=a1}');
  assert.equal(javaFormat('%s and %s', ['x', 'y', 'z']), 'x and y');
  assert.equal(javaFormat('100%%', []), '100%');
  assert.equal(javaFormat('plain', ['unused']), 'plain');
});

test('javaFormat is undefined where Java throws: a missing argument or another conversion', () => {
  assert.equal(javaFormat('{target=%s}', []), undefined);
  assert.equal(javaFormat('%d', ['1']), undefined);
});
